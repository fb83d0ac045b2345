#include "searchexperiments.h"

#include "benchsupport.h"
#include "samples.h"
#include "models/search/searchmatcher.h"
#include "models/search/searchquery.h"
#include "models/search/searchtext.h"
#include "models/store/sqlite/searchindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int PageSize = 128; // NewsListModel::PageSize

// The parts looked up in the term lists: 2 letters (a prefix range), then
// 3 to 7 letters found anywhere inside a term.
const QStringList LookupParts{u"tr"_s,     u"ing"_s,    u"för"_s,    u"vård"_s,   u"tåg"_s,
                              u"trafik"_s, u"budget"_s, u"region"_s, u"sjukhus"_s, u"kalib"_s};

// The searches both designs answer (the benchmark's cases, and a few parts).
const QStringList Searches{u"tr"_s,      u"trafik"_s,  u"sjukhus"_s, u"vård"_s,
                           u"ing"_s,     u"\"region stockholm\""_s, u"sjukhus budget stockholm"_s,
                           u"budget -stockholm"_s, u"politiska"_s};

QString quoted(const QString &term)
{
    return u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"';
}

// The first term after prefix in a sorted list: prefix with its last character raised.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

} // namespace

SearchExperiments::SearchExperiments(const QString &cachePath, const QString &workDir, int runs, bool keep,
                                     QTextStream &out)
    : m_cachePath(cachePath),
      m_runs(std::max(1, runs)),
      m_out(out),
      m_dir(QDir(workDir.isEmpty() ? QDir::tempPath() : workDir).filePath(u"newsdesk-search-experiments-XXXXXX"_s)),
      m_connection(u"search-experiments"_s)
{
    m_dir.setAutoRemove(!keep);
    if (keep)
        m_out << "keeping " << m_dir.path() << Qt::endl;
}

SearchExperiments::~SearchExperiments()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SearchExperiments::copyCache()
{
    // Only ever read: the experiments write indexes and tables into a copy.
    m_copy = QDir(m_dir.path()).filePath(u"cache.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    if (!QFile::copy(m_cachePath, m_copy))
        return false;
    const QString wal = m_cachePath + u"-wal"_s;
    if (QFileInfo(wal).size() > 0 && !QFile::copy(wal, m_copy + u"-wal"_s))
        return false;
    m_out << u"copied %1 (%2 MB) in %3 s"_s.arg(m_cachePath)
                     .arg(double(fileSize(m_cachePath)) / 1e6, 0, 'f', 0)
                     .arg(msSince(timer) / 1000, 0, 'f', 1)
          << Qt::endl;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_copy);
    if (!m_db.open())
        return false;
    // The store's settings (SqliteConnection::applySettings).
    QSqlQuery q(m_db);
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA temp_store = FILE"_s, u"PRAGMA cache_size = -16384"_s}) {
        if (!q.exec(pragma))
            return false;
    }
    if (!q.exec(u"SELECT id, name FROM categories"_s))
        return false;
    while (q.next()) {
        m_categoryIds.append(q.value(0).toLongLong());
        m_categoryNames.append(q.value(1).toString());
    }
    return true;
}

double SearchExperiments::usedBytes()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, pragma_freelist_count, "
                u"pragma_page_size"_s)
        || !q.next())
        return 0;
    return q.value(0).toDouble();
}

QJsonObject SearchExperiments::run()
{
    if (!m_dir.isValid() || !copyCache()) {
        const QString error = u"cannot copy or open %1 in %2: %3"_s.arg(m_cachePath, m_dir.path(),
                                                                      m_db.lastError().text());
        m_out << "search experiments: " << error << Qt::endl;
        return {{u"error"_s, error}};
    }
    QJsonObject result{{u"cache"_s, m_cachePath},
                       {u"cache_mb"_s, round3(double(fileSize(m_cachePath)) / 1e6)},
                       {u"load_before"_s, loadAverage()},
                       {u"runs"_s, m_runs}};
    {
        QSqlQuery q(m_db);
        if (q.exec(u"SELECT count(*) FROM items"_s) && q.next())
            result.insert(u"items"_s, q.value(0).toLongLong());
    }
    result.insert(u"term_list"_s, buildTermList());
    result.insert(u"term_list_lookups"_s, lookups(u"search_terms"_s, LookupParts));
    result.insert(u"synthetic_terms"_s, buildSyntheticTerms());
    result.insert(u"synthetic_lookups"_s, lookups(u"temp.synthetic_terms"_s, LookupParts));
    result.insert(u"synthetic_trigram_lookups"_s, syntheticTrigramLookups());
    result.insert(u"term_list_searches"_s, termListSearches());
    result.insert(u"trigram"_s, buildTrigram());
    result.insert(u"trigram_searches"_s, trigramSearches());
    result.insert(u"load_after"_s, loadAverage());
    return {{u"search_experiments"_s, result}};
}

QJsonObject SearchExperiments::buildTermList()
{
    // What migration 010 does: the index's vocabulary (fts5vocab) without
    // the category tokens, into a table of its own.
    const double before = usedBytes();
    QSqlQuery q(m_db);
    QElapsedTimer timer;
    timer.start();
    const bool ok = q.exec(u"CREATE VIRTUAL TABLE temp.vocabulary_rows USING fts5vocab(main, items_fts, row)"_s)
            && q.exec(u"CREATE TABLE search_terms(term TEXT PRIMARY KEY) WITHOUT ROWID"_s)
            && q.exec(u"INSERT INTO search_terms SELECT term FROM temp.vocabulary_rows "
                      u"WHERE substr(term, 1, 1) <> char(57344)"_s); // U+E000: a category token
    const double ms = msSince(timer);
    if (!ok)
        return {{u"error"_s, q.lastError().text()}};
    qint64 terms = 0, characters = 0;
    if (q.exec(u"SELECT count(*), sum(length(term)) FROM search_terms"_s) && q.next()) {
        terms = q.value(0).toLongLong();
        characters = q.value(1).toLongLong();
    }
    const double mb = (usedBytes() - before) / 1e6;
    m_out << u"term list: %1 distinct terms (%2 characters), filled from fts5vocab in %3, %4 MB"_s.arg(terms)
                     .arg(characters)
                     .arg(formatMs(ms))
                     .arg(mb, 0, 'f', 2)
          << Qt::endl;
    return {{u"terms"_s, terms}, {u"characters"_s, characters}, {u"fill_ms"_s, round3(ms)}, {u"mb"_s, round3(mb)}};
}

QStringList SearchExperiments::termsContaining(const QString &table, const QString &part)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (part.size() < SearchText::InsideWordFrom) {
        q.prepare(u"SELECT term FROM %1 WHERE term >= ? AND term < ?"_s.arg(table));
        q.addBindValue(part);
        q.addBindValue(prefixEnd(part));
    } else {
        q.prepare(u"SELECT term FROM %1 WHERE instr(term, ?) > 0"_s.arg(table));
        q.addBindValue(part);
    }
    QStringList terms;
    if (!q.exec()) {
        m_out << "  lookup failed: " << q.lastError().text() << Qt::endl;
        return terms;
    }
    while (q.next())
        terms.append(q.value(0).toString());
    return terms;
}

QJsonObject SearchExperiments::lookups(const QString &table, const QStringList &parts)
{
    QJsonObject result;
    for (const QString &part : parts) {
        Samples samples;
        qsizetype found = 0;
        for (int run = 0; run < m_runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            found = termsContaining(table, part).size();
            samples.add(msSince(timer));
        }
        QJsonObject o = samples.toJson();
        o.insert(u"terms"_s, found);
        result.insert(part, o);
        m_out << u"  %1: \u201C%2\u201D in %3 terms, median %4, worst %5"_s.arg(table, part)
                         .arg(found)
                         .arg(formatMs(samples.median()), formatMs(samples.worst()))
              << Qt::endl;
    }
    return result;
}

QJsonObject SearchExperiments::buildSyntheticTerms()
{
    // A larger archive's vocabulary: the real terms, then compounds of two
    // of them (as Swedish makes new words), until SyntheticTerms.
    QStringList words;
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT term FROM search_terms"_s))
            return {{u"error"_s, q.lastError().text()}};
        while (q.next()) {
            const QString term = q.value(0).toString();
            if (term.size() >= 2 && !term.at(0).isDigit())
                words.append(term);
        }
    }
    if (words.isEmpty())
        return {{u"error"_s, u"no terms"_s}};
    QSet<QString> terms(words.cbegin(), words.cend());
    QRandomGenerator rng(1);
    while (terms.size() < SyntheticTerms) {
        const QString &a = words.at(qsizetype(rng.bounded(quint32(words.size()))));
        const QString &b = words.at(qsizetype(rng.bounded(quint32(words.size()))));
        terms.insert(a + b);
    }
    QSqlQuery q(m_db);
    QElapsedTimer timer;
    timer.start();
    if (!q.exec(u"CREATE TEMP TABLE synthetic_terms(term TEXT PRIMARY KEY) WITHOUT ROWID"_s) || !m_db.transaction())
        return {{u"error"_s, q.lastError().text()}};
    q.prepare(u"INSERT INTO temp.synthetic_terms(term) VALUES (?)"_s);
    for (const QString &term : std::as_const(terms)) {
        q.addBindValue(term);
        if (!q.exec())
            return {{u"error"_s, q.lastError().text()}};
    }
    m_db.commit();
    m_out << u"synthetic term list: %1 terms (the real ones and compounds of two), filled in %2"_s
                     .arg(terms.size())
                     .arg(formatMs(msSince(timer)))
          << Qt::endl;
    return {{u"terms"_s, qint64(terms.size())}, {u"fill_ms"_s, round3(msSince(timer))}};
}

QJsonObject SearchExperiments::syntheticTrigramLookups()
{
    // The terms holding a part found through a trigram index over the term
    // list itself (not over the items): small, as the list is.
    QSqlQuery q(m_db);
    QElapsedTimer timer;
    timer.start();
    if (!q.exec(u"CREATE VIRTUAL TABLE temp.synthetic_trigrams USING fts5(term, tokenize = 'trigram')"_s)
        || !q.exec(u"INSERT INTO temp.synthetic_trigrams(term) SELECT term FROM temp.synthetic_terms"_s))
        return {{u"error"_s, q.lastError().text()}};
    const double buildMs = msSince(timer);
    m_out << u"trigram index over the synthetic term list: built in %1"_s.arg(formatMs(buildMs)) << Qt::endl;
    QJsonObject result{{u"build_ms"_s, round3(buildMs)}};
    for (const QString &part : LookupParts) {
        if (part.size() < 3)
            continue;
        Samples samples;
        qsizetype found = 0;
        for (int run = 0; run < m_runs; ++run) {
            timer.restart();
            q.prepare(u"SELECT term FROM temp.synthetic_trigrams WHERE synthetic_trigrams MATCH ?"_s);
            q.addBindValue(quoted(part));
            found = 0;
            if (q.exec())
                while (q.next())
                    ++found;
            samples.add(msSince(timer));
        }
        QJsonObject o = samples.toJson();
        o.insert(u"terms"_s, found);
        result.insert(part, o);
        m_out << u"  trigrams of the terms: \u201C%1\u201D in %2 terms, median %3, worst %4"_s.arg(part)
                         .arg(found)
                         .arg(formatMs(samples.median()), formatMs(samples.worst()))
              << Qt::endl;
    }
    return result;
}

QString SearchExperiments::termListExpression(const QString &typed, bool &checkRows, int &terms)
{
    // As the store plans it (contract of issue 14): a part of 3 or more
    // characters becomes the OR of the terms holding it, a shorter one the
    // index's prefix query; a category whose name the part matches adds its
    // token. Phrases and joined words are candidates, checked per row.
    const SearchQuery query = SearchQuery::parse(typed);
    checkRows = false;
    terms = 0;
    QStringList positive, excluded;
    for (const SearchQuery::Term &term : query.terms()) {
        const bool phrase = term.kind == SearchQuery::Term::Kind::Phrase;
        checkRows = checkRows || phrase || term.parts.size() > 1;
        QStringList parts;
        for (const QString &part : term.parts) {
            QStringList text;
            if (phrase)
                text = {quoted(part)};
            else if (part.size() < SearchText::InsideWordFrom)
                text = {quoted(part) + u'*'};
            else
                for (const QString &t : termsContaining(u"search_terms"_s, part))
                    text.append(quoted(t));
            terms += int(text.size());
            QStringList categories;
            for (qsizetype i = 0; !phrase && i < m_categoryNames.size(); ++i) {
                const QList<SearchText::Token> words = SearchText::tokens(m_categoryNames.at(i));
                if (std::any_of(words.cbegin(), words.cend(),
                                [&](const SearchText::Token &w) { return SearchText::partMatches(part, w.folded); }))
                    categories.append(SearchIndex::categoryTerm(m_categoryIds.at(i)));
            }
            // No column filter: detail=none cannot answer one ("column queries
            // are not supported"), and none is needed: the categories column
            // holds only category tokens, which no word can be.
            const QStringList either = text + categories;
            if (either.isEmpty())
                parts.append(QString()); // this part matches nothing
            else
                parts.append(u'(' + either.join(u" OR "_s) + u')');
        }
        const bool none = parts.contains(QString());
        if (term.excluded && !none)
            excluded.append(parts.join(u" AND "_s));
        else if (!term.excluded && none)
            return {};
        else if (!term.excluded)
            positive.append(parts.join(u" AND "_s));
    }
    QString expression = positive.join(u" AND "_s);
    for (const QString &e : std::as_const(excluded))
        expression += u" NOT ("_s + e + u')';
    return expression;
}

namespace {

// Ids read by a statement whose rows are (id, title, summary), keeping those
// matcher passes, until limit of them (-1: all): what the store's SQL
// function does for a phrase. -1 when the statement fails.
qint64 checkedRows(QSqlQuery &q, const SearchMatcher &matcher, qint64 limit)
{
    if (!q.exec())
        return -1;
    qint64 found = 0;
    while ((limit < 0 || found < limit) && q.next()) {
        if (matcher.matches(q.value(1).toString(), q.value(2).toString(), {}))
            ++found;
    }
    q.finish();
    return found;
}

qint64 plainRows(QSqlQuery &q, bool count)
{
    if (!q.exec())
        return -1;
    qint64 rows = 0;
    if (count)
        rows = q.next() ? q.value(0).toLongLong() : -1;
    else
        while (q.next())
            ++rows;
    q.finish();
    return rows;
}

} // namespace

QJsonObject SearchExperiments::timeSearch(const QString &table, const QString &match, const QString &typed,
                                          bool checkRows)
{
    const SearchMatcher matcher(SearchQuery::parse(typed));
    const QString hits = u"SELECT rowid AS k FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC"_s.arg(table);
    // The first page as the store reads it: the index's hits in listing
    // order, joined to their items; with a per-row check, walked until a page
    // has passed it. The count: the index's count, or every hit checked.
    const QString page = checkRows
            ? u"SELECT i.id, i.title, i.summary FROM (%1) f CROSS JOIN items i INDEXED BY items_by_listing "
              u"ON i.sort_key = f.k"_s.arg(hits)
            : u"SELECT i.id FROM (%1 LIMIT %2) f CROSS JOIN items i INDEXED BY items_by_listing "
              u"ON i.sort_key = f.k ORDER BY f.k DESC"_s.arg(hits).arg(PageSize);
    const QString count = checkRows ? page : u"SELECT count(*) FROM %1 WHERE %1 MATCH ?"_s.arg(table);
    Samples first, counted;
    qint64 pageRows = 0, rows = 0;
    for (int run = 0; run < m_runs; ++run) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QElapsedTimer timer;
        timer.start();
        q.prepare(page);
        q.addBindValue(match);
        pageRows = checkRows ? checkedRows(q, matcher, PageSize) : plainRows(q, false);
        first.add(msSince(timer));
        timer.restart();
        q.prepare(count);
        q.addBindValue(match);
        rows = checkRows ? checkedRows(q, matcher, -1) : plainRows(q, true);
        counted.add(msSince(timer));
        if (pageRows < 0 || rows < 0) {
            m_out << "  " << typed << ": " << q.lastError().text() << Qt::endl;
            return {{u"error"_s, q.lastError().text()}};
        }
    }
    return {{u"first_page_median_ms"_s, round3(first.median())}, {u"first_page_worst_ms"_s, round3(first.worst())},
            {u"count_median_ms"_s, round3(counted.median())}, {u"count_worst_ms"_s, round3(counted.worst())},
            {u"page_rows"_s, pageRows}, {u"rows"_s, rows}, {u"checked_per_row"_s, checkRows}};
}

QJsonObject SearchExperiments::termListSearches()
{
    m_out << "term list + the cache's FTS5 index (detail=none, prefix 2-6):" << Qt::endl;
    QJsonObject result;
    for (const QString &typed : Searches) {
        bool checkRows = false;
        int terms = 0;
        QElapsedTimer timer;
        timer.start();
        const QString match = termListExpression(typed, checkRows, terms);
        const double expandMs = msSince(timer);
        QJsonObject o = match.isEmpty() ? QJsonObject{{u"rows"_s, 0}} : timeSearch(u"items_fts"_s, match, typed,
                                                                                      checkRows);
        o.insert(u"expansion_ms"_s, round3(expandMs));
        o.insert(u"terms"_s, terms);
        result.insert(typed, o);
        m_out << u"  %1: %2 terms (found in %3); first page median %4, worst %5; count %6 rows, median %7, "
                 u"worst %8%9"_s.arg(typed)
                         .arg(terms)
                         .arg(formatMs(expandMs), formatMs(o.value(u"first_page_median_ms"_s).toDouble()),
                              formatMs(o.value(u"first_page_worst_ms"_s).toDouble()))
                         .arg(o.value(u"rows"_s).toInteger())
                         .arg(formatMs(o.value(u"count_median_ms"_s).toDouble()),
                              formatMs(o.value(u"count_worst_ms"_s).toDouble()),
                              checkRows ? u" (candidates checked per row)"_s : QString())
              << Qt::endl;
    }
    return result;
}

QJsonObject SearchExperiments::buildTrigram()
{
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const double before = usedBytes();
    const qint64 fileBefore = fileSize(m_copy);
    m_out << "trigram index: building over every item's title and summary..." << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    // detail=full: a trigram query of more than 3 characters is a phrase of
    // trigrams, which detail=none cannot answer ("phrase queries are not
    // supported"). Contentless, as items_fts.
    const bool ok = q.exec(u"CREATE VIRTUAL TABLE items_tri USING fts5(title, summary, content = '', "
                           u"tokenize = 'trigram')"_s)
            && m_db.transaction()
            && q.exec(u"INSERT INTO items_tri(rowid, title, summary) SELECT sort_key, title, summary FROM items "
                      u"ORDER BY sort_key"_s)
            && m_db.commit();
    const double ms = msSince(timer);
    if (!ok)
        return {{u"error"_s, q.lastError().text()}};
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const double mb = (usedBytes() - before) / 1e6;
    const double cacheMb = double(fileBefore) / 1e6;
    m_out << u"trigram index: built in %1 s, %2 MB (the cache without it: %3 MB, +%4%)"_s
                     .arg(ms / 1000, 0, 'f', 1)
                     .arg(mb, 0, 'f', 0)
                     .arg(cacheMb, 0, 'f', 0)
                     .arg(100 * mb / cacheMb, 0, 'f', 0)
          << Qt::endl;
    return {{u"build_s"_s, round3(ms / 1000)}, {u"mb"_s, round3(mb)}, {u"cache_mb"_s, round3(cacheMb)},
            {u"growth_percent"_s, round3(100 * mb / cacheMb)}};
}

QJsonObject SearchExperiments::trigramSearches()
{
    m_out << "trigram index (title and summary; no categories):" << Qt::endl;
    QJsonObject result;
    for (const QString &typed : Searches) {
        // Each term a substring of 3 or more characters; a phrase the
        // substring of its words with a space between.
        const SearchQuery query = SearchQuery::parse(typed);
        QStringList positive, excluded;
        bool supported = true;
        for (const SearchQuery::Term &term : query.terms()) {
            const QString text = term.parts.join(u' ');
            supported = supported && text.size() >= 3;
            (term.excluded ? excluded : positive).append(quoted(text));
        }
        if (!supported || positive.isEmpty()) {
            result.insert(typed, QJsonObject{{u"supported"_s, false}});
            m_out << u"  %1: not possible (a trigram index finds 3 characters or more)"_s.arg(typed) << Qt::endl;
            continue;
        }
        QString match = positive.join(u" AND "_s);
        for (const QString &e : std::as_const(excluded))
            match += u" NOT "_s + e;
        const QJsonObject o = timeSearch(u"items_tri"_s, match, typed, false);
        result.insert(typed, o);
        m_out << u"  %1: first page median %2, worst %3; count %4 rows, median %5, worst %6"_s.arg(typed)
                         .arg(formatMs(o.value(u"first_page_median_ms"_s).toDouble()),
                              formatMs(o.value(u"first_page_worst_ms"_s).toDouble()))
                         .arg(o.value(u"rows"_s).toInteger())
                         .arg(formatMs(o.value(u"count_median_ms"_s).toDouble()),
                              formatMs(o.value(u"count_worst_ms"_s).toDouble()))
              << Qt::endl;
    }
    return result;
}
