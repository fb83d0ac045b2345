#include "models/store/sqlite/searchplanner.h"

#include "models/search/searchmatcher.h"
#include "models/search/searchquery.h"
#include "models/search/searchtext.h"
#include "models/store/sqlite/searchindex.h"
#include "models/store/sqlite/sqliteconnection.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &term)
{
    return u'"' + term + u'"'; // a word holds no quote (SearchText)
}

// expressions OR-ed as one FTS5 expression; empty when there are none.
QString anyOf(const QStringList &expressions)
{
    if (expressions.size() < 2)
        return expressions.value(0);
    return u'(' + expressions.join(u" OR "_s) + u')';
}

QString allOf(const QStringList &expressions)
{
    if (expressions.size() < 2)
        return expressions.value(0);
    return u'(' + expressions.join(u" AND "_s) + u')';
}

} // namespace

SearchPlanner::SearchPlanner(const SqliteConnection &connection)
    : m_connection(connection)
{
}

void SearchPlanner::indexChanged()
{
    forget();
}

void SearchPlanner::forget() const
{
    m_terms.clear();
    m_termText.reset();
    m_categories.reset();
}

bool SearchPlanner::isCurrent() const
{
    QSqlQuery q(m_connection.database());
    // Another connection's commit (an import) changes data_version; this
    // connection's own imports call indexChanged(). Without the version
    // nothing kept can be trusted.
    if (!m_connection.run(q, u"PRAGMA data_version"_s) || !m_connection.next(q)) {
        forget();
        m_version = -1;
        return false;
    }
    if (q.value(0).toLongLong() != m_version) {
        m_version = q.value(0).toLongLong();
        forget();
    }
    return true;
}

SearchPlan SearchPlanner::plan(const QString &typed, int maxExpansion) const
{
    SearchPlan plan;
    const SearchMatcher matcher(SearchQuery::parse(typed));
    const QList<SearchQuery::Term> &terms = matcher.query().terms();
    if (terms.isEmpty())
        return plan;
    isCurrent();
    QStringList positive, excluded, check, exactlyExcluded, titled;
    bool excludedCategories = false;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const SearchQuery::Term &term = terms.at(i);
        const TermPlan part = termPlan(matcher, i, maxExpansion);
        const QString text = SearchQuery::termText(term);
        if (!term.excluded) {
            if (part.none) {
                plan.nothing = true;
                return plan;
            }
            titled.append(text);
            if (!part.fts.isEmpty()) {
                positive.append(part.fts);
                plan.indexTerms += part.indexTerms;
            }
        } else if (part.none) {
            continue; // excludes nothing
        } else if (part.exact) {
            excluded.append(part.fts);
            plan.indexTerms += part.indexTerms;
            exactlyExcluded.append(text);
            excludedCategories = excludedCategories || part.categories;
            continue;
        }
        if (!part.exact) {
            check.append(text);
            plan.checkCategories = plan.checkCategories || part.categories;
        }
    }
    if (positive.isEmpty() && !check.isEmpty()) {
        // Every item is walked and checked anyway: the exclusions too.
        check += exactlyExcluded;
        plan.checkCategories = plan.checkCategories || excludedCategories;
        excluded.clear();
        plan.indexTerms = 0;
    }
    plan.positive = positive.join(u" AND "_s);
    plan.excluded = anyOf(excluded);
    plan.check = check.join(u' ');
    plan.positiveTerms = titled.join(u' ');
    plan.positiveCount = int(titled.size());
    return plan;
}

SearchPlanner::TermPlan SearchPlanner::termPlan(const SearchMatcher &matcher, qsizetype index,
                                                int maxExpansion) const
{
    const SearchQuery::Term &term = matcher.query().terms().at(index);
    QStringList categories;
    for (qint64 id : matchingCategories(matcher, index))
        categories.append(SearchIndex::categoryTerm(id));
    TermPlan plan;
    plan.categories = !categories.isEmpty();
    plan.indexTerms = int(categories.size());
    // The parts' expressions, AND-ed: a phrase's words exactly (their order
    // and adjacency are checked per row), a word's parts by the word rules.
    QStringList parts;
    bool empty = false;    // a part matches no term: the text cannot match
    bool complete = true;  // every part is in parts
    for (const QString &word : term.parts) {
        if (term.kind == SearchQuery::Term::Kind::Phrase) {
            parts.append(quoted(word));
            ++plan.indexTerms;
            continue;
        }
        const std::optional<QString> expression = partExpression(word, maxExpansion, plan.indexTerms);
        if (!expression) {
            complete = false;
        } else if (expression->isEmpty()) {
            empty = true;
            break;
        } else {
            parts.append(*expression);
        }
    }
    if (empty) {
        // Only its categories can match: the index knows them exactly.
        plan.none = categories.isEmpty();
        plan.fts = anyOf(categories);
        plan.exact = true;
        return plan;
    }
    if (parts.isEmpty())
        return plan; // too many terms: checked per row
    plan.fts = anyOf(QStringList{allOf(parts)} + categories);
    plan.exact = complete && term.parts.size() == 1;
    return plan;
}

std::optional<QString> SearchPlanner::partExpression(const QString &part, int maxExpansion, int &indexTerms) const
{
    // Two characters: the start of a word, straight from the index's prefix
    // index (schema 5); one: the terms that start with it.
    if (!SearchText::matchesInsideWords(part) && part.size() > 1) {
        ++indexTerms;
        return quoted(part) + u'*';
    }
    const QStringList terms = expansion(part, maxExpansion);
    if (terms.size() > maxExpansion)
        return std::nullopt;
    indexTerms += int(terms.size());
    QStringList expressions;
    expressions.reserve(terms.size());
    for (const QString &term : terms)
        expressions.append(quoted(term));
    return anyOf(expressions);
}

QStringList SearchPlanner::expansion(const QString &part, int limit) const
{
    if (const Terms *kept = m_terms.object(part); kept && (kept->limit >= limit || kept->terms.size() <= kept->limit))
        return kept->terms;
    const QString *all = termText();
    if (!all)
        return {}; // (the caller reports the failure)
    // Every term stands between two newlines: a part from 3 characters on is
    // looked for anywhere, a shorter one right after a newline.
    const QStringView text(*all);
    const bool inside = SearchText::matchesInsideWords(part);
    const QString needle = inside ? part : QString(u'\n' + part);
    QStringList terms;
    qsizetype from = 0;
    while (terms.size() <= limit) {
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0)
            break;
        const qsizetype start = inside ? text.lastIndexOf(u'\n', at) + 1 : at + 1;
        const qsizetype end = text.indexOf(u'\n', at + 1);
        terms.append(text.sliced(start, end - start).toString());
        from = end;
    }
    m_terms.insert(part, new Terms{terms, limit});
    return terms;
}

const QString *SearchPlanner::termText() const
{
    if (m_termText)
        return &*m_termText;
    // One read of the term list per change of the data, then every part is
    // looked up in memory (a few milliseconds for 500,000 words, where an
    // instr() over the table took 50-230 ms per part). A cache before schema
    // 10 opened only to read has no list: the index's own vocabulary, read
    // once (it reads every doclist), less its category tokens.
    // (The list of a real archive may hold 500,000 words: about 7 MB here.)
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"SELECT count(*) FROM main.sqlite_schema WHERE name = 'search_terms'"_s)
        || !m_connection.next(q))
        return nullptr;
    const bool listed = q.value(0).toInt() > 0;
    q.finish();
    if (!listed && !m_connection.run(q, u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.items_terms "
                                        u"USING fts5vocab(main, items_fts, row)"_s))
        return nullptr;
    // One row: SQLite joins the words (140 ms for 500,000; a row per word
    // through QSqlQuery took 600 ms).
    const QString sql = u"SELECT coalesce(group_concat(term, char(10)), '') FROM %1"_s.arg(
            listed ? u"main.search_terms"_s
                   : u"temp.items_terms WHERE substr(term, 1, 1) <> char(%1)"_s.arg(int(SearchText::IndexCategoryMark)));
    if (!m_connection.run(q, sql) || !m_connection.next(q))
        return nullptr;
    QString text = u'\n' + q.value(0).toString() + u'\n';
    // Only a complete answer is kept: a read that failed is reported by the
    // caller and asked again next time.
    if (m_version < 0 || m_connection.hasFailure())
        return nullptr;
    text.squeeze();
    m_termText = std::move(text);
    return &*m_termText;
}

QList<qint64> SearchPlanner::matchingCategories(const SearchMatcher &matcher, qsizetype term) const
{
    if (!m_categories) {
        QList<std::pair<qint64, QString>> categories;
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        if (m_connection.run(q, u"SELECT id, name FROM categories"_s)) {
            while (m_connection.next(q))
                categories.append({q.value(0).toLongLong(), q.value(1).toString()});
        }
        if (m_version < 0 || m_connection.hasFailure())
            return {}; // (the caller reports the failure)
        m_categories = std::move(categories);
    }
    QList<qint64> ids;
    for (const auto &[id, name] : std::as_const(*m_categories)) {
        if (matcher.termMatchesCategory(term, name))
            ids.append(id);
    }
    return ids;
}
