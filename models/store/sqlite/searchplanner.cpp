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
    m_termTable.clear();
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
    QStringList terms;
    const QString table = termTable();
    if (table.isEmpty())
        return terms;
    if (SearchText::matchesInsideWords(part)) {
        terms = readTerms(u"SELECT term FROM %1 WHERE instr(term, ?) > 0 LIMIT ?"_s.arg(table), {part, limit + 1},
                          limit);
    } else {
        // The upper bound is past every term that starts with part.
        terms = readTerms(u"SELECT term FROM %1 WHERE term >= ? AND term < ? LIMIT ?"_s.arg(table),
                          {part, QString(part + QString::fromUcs4(U"\U0010FFFF", 1)), limit + 1}, limit);
    }
    // Only a complete answer is kept: a read that failed halfway is reported
    // by the caller and asked again next time.
    if (m_version >= 0 && !m_connection.hasFailure())
        m_terms.insert(part, new Terms{terms, limit});
    return terms;
}

QString SearchPlanner::termTable() const
{
    if (!m_termTable.isEmpty())
        return m_termTable;
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"SELECT count(*) FROM main.sqlite_schema WHERE name = 'search_terms'"_s)
        || !m_connection.next(q))
        return {};
    if (q.value(0).toInt() > 0) {
        m_termTable = u"main.search_terms"_s;
        return m_termTable;
    }
    // A cache before schema 10 opened only to read: the index's own terms
    // (slower: the vocabulary is read from the index).
    q.finish();
    if (!m_connection.run(q, u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.items_terms "
                             u"USING fts5vocab(main, items_fts, row)"_s))
        return {};
    m_termTable = u"temp.items_terms"_s;
    return m_termTable;
}

QStringList SearchPlanner::readTerms(const QString &sql, const QVariantList &binds, int limit) const
{
    QStringList terms;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(q, sql, binds))
        return terms;
    while (terms.size() <= limit && m_connection.next(q))
        terms.append(q.value(0).toString());
    return terms;
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
