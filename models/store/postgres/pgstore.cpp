#include "models/store/postgres/pgstore.h"

#include "models/store/fileorder.h"
#include "models/store/itemrow.h"
#include "models/store/postgres/pgfiltersql.h"
#include "models/store/postgres/pgimportwriter.h"
#include "models/store/postgres/pgschema.h"
#include "models/store/postgres/pgstateexchange.h"
#include "models/store/statemergerules.h"
#include "models/support/logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString idJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(QString::number(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString textJson(const QStringList &texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

template <typename T>
StoreResult<T> notYet(const QString &what)
{
    const QString error = PgFilterSql::notYet(what);
    qCWarning(lcStore).noquote() << error;
    return StoreResult<T>::failure(error);
}

// The SQLite cache's sentence (SqliteStore::checkExpected), its translation too.
QString outdatedSentence(qint64 now, qint64 expected)
{
    const int count = int(std::min<qint64>(now, std::numeric_limits<int>::max()));
    return QCoreApplication::translate("SqliteStore",
                                       "The list changed before the change was written: it holds %Ln item(s) now, "
                                       "%1 were shown. Nothing was changed; look at the list and choose again.",
                                       nullptr, count)
            .arg(QLocale().toString(expected));
}

} // namespace

StoreResult<QStringList> PgStore::open(const QString &path, int targetVersion, bool readOnly)
{
    close();
    QString error;
    const std::optional<PgAddress> address = PgAddress::parse(path, error);
    if (!address)
        return StoreResult<QStringList>::failure(error);
    if (StoreResult<> connected = m_connection.open(*address); !connected.ok())
        return StoreResult<QStringList>::failure(connected.error(), connected.kind());
    // (targetVersion is the SQLite cache's, for tests that build older caches.)
    Q_UNUSED(targetVersion)
    StoreResult<int> version = readOnly ? StoreResult<int>(PgSchema::version(m_connection))
                                        : PgSchema::migrate(m_connection);
    if (version.ok() && version.value() != PgSchema::Version) {
        version = StoreResult<int>::failure(
                tr("The shared archive %1 has schema %2; this newsdesk needs %3 and may not change it here.")
                        .arg(m_connection.server())
                        .arg(version.value())
                        .arg(PgSchema::Version),
                version.value() > PgSchema::Version ? StoreFailure::Newer : StoreFailure::NotWritable);
    }
    if (!version.ok()) {
        qCWarning(lcStore).noquote() << version.error();
        m_connection.close();
        return StoreResult<QStringList>::failure(version.error(), version.kind());
    }
    m_version = version.value();
    return QStringList();
}

bool PgStore::watchChanges(std::function<void()> changed)
{
    return m_connection.listen(QString::fromUtf16(PgConnection::ChangesChannel), std::move(changed));
}

void PgStore::close()
{
    m_connection.close();
    m_version = -1;
}

bool PgStore::isOpen() const
{
    return m_connection.isOpen() && m_version > 0;
}

int PgStore::schemaVersion() const
{
    return isOpen() ? m_version : -1;
}

StoreResult<qint64> PgStore::itemCount(const ItemFilter &filter) const
{
    const StoreResult<PgFilterSql> sql = PgFilterSql::build(filter);
    if (!sql.ok())
        return StoreResult<qint64>::failure(sql.error());
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT count(*) "_s + sql.value().fromWhere(), sql.value().values()) || !q.next())
        return failed<qint64>();
    return q.value(0).toLongLong();
}

StoreResult<QList<qint64>> PgStore::itemIds(const ItemFilter &filter, qint64 limit, qint64 offset) const
{
    const StoreResult<PgFilterSql> built = PgFilterSql::build(filter);
    if (!built.ok())
        return StoreResult<QList<qint64>>::failure(built.error());
    PgFilterSql sql = built.value();
    if (sql.needsFileOrder()) {
        const StoreResult<QList<OrderedFile>> files = fileOrder();
        if (!files.ok())
            return StoreResult<QList<qint64>>::failure(files.error());
        sql.setFileOrder(files.value());
    }
    if (sql.positiveTerms() > 0)
        return idsByTier(sql, limit, qMax<qint64>(offset, 0));
    const qint64 rows = limit < 0 ? -1 : limit + qMax<qint64>(offset, 0);
    return idColumn(u"SELECT i.id "_s + sql.pageFromWhere(rows) + u" ORDER BY "_s + sql.order()
                            + limitClause(limit, offset),
                    sql.pageValues() + sql.orderValues());
}

QString PgStore::limitClause(qint64 limit, qint64 offset)
{
    return limit < 0 ? QString() : u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(qMax<qint64>(offset, 0));
}

StoreResult<QList<qint64>> PgStore::idColumn(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, sql, values))
        return failed<QList<qint64>>();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// Best match first, as the SQLite cache walks it: the items whose titles hold
// every positive term, then those holding one fewer, and so on, each tier in
// its own order (newest first, or the source file's); a tier before the page
// is read only as far as the page needs. Each tier is a query that stops at
// its LIMIT, never a ranking of every match.
StoreResult<QList<qint64>> PgStore::idsByTier(const PgFilterSql &sql, qint64 limit, qint64 offset) const
{
    QList<qint64> ids;
    for (int tier = sql.positiveTerms(); tier >= 0 && (limit < 0 || ids.size() < limit); --tier) {
        const qint64 wanted = limit < 0 ? -1 : offset + limit - ids.size();
        const StoreResult<QList<qint64>> found =
                idColumn(u"SELECT i.id "_s + sql.pageFromWhere() + u" AND "_s + sql.titleHits() + u" = %1"_s.arg(tier)
                                 + u" ORDER BY "_s + sql.tierOrder() + limitClause(wanted, 0),
                         sql.pageValues() + sql.titleValues());
        if (!found.ok())
            return found;
        if (found.value().size() <= offset) {
            offset -= found.value().size();
            continue;
        }
        ids += found.value().mid(offset);
        offset = 0;
    }
    return ids;
}

StoreResult<QList<NewsItem>> PgStore::items(const QList<qint64> &ids, qint64 textLimit) const
{
    if (ids.isEmpty())
        return QList<NewsItem>();
    const QString text = ItemRow::textColumns(textLimit);
    const QString json = idJson(ids);
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT i.id, %1, coalesce(m.read, false), coalesce(m.starred, false), i.added_at, "
                              u"coalesce(m.hidden, false) "
                              u"FROM items i LEFT JOIN marks m ON m.key = i.key AND m.person = newsdesk_person() "
                              u"WHERE i.id IN (SELECT jsonb_array_elements_text(?::jsonb)::bigint)"_s.arg(text),
                           {json}))
        return failed<QList<NewsItem>>();
    QHash<qint64, NewsItem> byId;
    while (q.next()) {
        NewsItem item = ItemRow::fromQuery(q, textLimit);
        item.hidden = q.value(8).toBool();
        byId.insert(item.id, item);
    }
    if (!readSources(json, byId) || !readOrganised(json, byId))
        return failed<QList<NewsItem>>();
    QList<NewsItem> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

// Sources, newest file first; an item's categories are those of its sources
// merged, in the order the newest source wrote them (as the SQLite cache).
bool PgStore::readSources(const QString &idJson, QHash<qint64, NewsItem> &byId) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT so.item_id, f.path, so.position, so.categories::text FROM sources so "
                              u"JOIN files f ON f.id = so.file_id "
                              u"WHERE so.item_id IN (SELECT jsonb_array_elements_text(?::jsonb)::bigint) "
                              u"ORDER BY so.item_id, f.ordinal DESC, so.position"_s,
                           {idJson}))
        return false;
    while (q.next()) {
        const auto it = byId.find(q.value(0).toLongLong());
        if (it == byId.end())
            continue;
        it->sources.append({q.value(1).toString(), q.value(2).toInt()});
        const QJsonArray names = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
        for (const QJsonValue &name : names) {
            if (!it->categories.contains(name.toString()))
                it->categories.append(name.toString());
        }
    }
    return true;
}

StoreResult<QList<CategoryCount>> PgStore::categoryCounts(const ItemFilter &filter,
                                                          const std::function<bool()> &stop) const
{
    const ItemFilter facet = filter.withoutCategories();
    const StoreResult<PgFilterSql> sql = PgFilterSql::build(facet);
    if (!sql.ok())
        return StoreResult<QList<CategoryCount>>::failure(sql.error());
    // Every category, with 0 where no item passes (as the SQLite cache).
    const QString hits = u"SELECT i.id, coalesce(m.read, false) AS read "_s + sql.value().fromWhere();
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT c.name, count(h.id), count(h.id) FILTER (WHERE NOT h.read) FROM categories c "
                              u"LEFT JOIN item_categories ic ON ic.category_id = c.id "
                              u"LEFT JOIN (%1) h ON h.id = ic.item_id GROUP BY c.name ORDER BY 2 DESC, 1"_s.arg(hits),
                           sql.value().values()))
        return failed<QList<CategoryCount>>();
    QList<CategoryCount> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    if (stop && stop())
        return QList<CategoryCount>();
    if (!m_connection.exec(q, u"SELECT count(*), count(*) FILTER (WHERE NOT coalesce(m.read, false)) "_s
                                      + sql.value().fromWhere()
                                      + u" AND NOT EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id)"_s,
                           sql.value().values())
        || !q.next())
        return failed<QList<CategoryCount>>();
    if (const qint64 count = q.value(0).toLongLong(); count > 0)
        result.append({QString(), count, q.value(1).toLongLong()});
    return result;
}

StoreResult<QStringList> PgStore::textColumn(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, sql, values))
        return failed<QStringList>();
    QStringList texts;
    while (q.next())
        texts.append(q.value(0).toString());
    return texts;
}

// The archive's files by path in Swedish order (the server's collation may
// not know Swedish), for a sort by source: read afresh for each page (a
// handful of rows), bound to the page's statement, nothing written (a read
// replica refuses a temporary table).
StoreResult<QList<OrderedFile>> PgStore::fileOrder() const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT id, ordinal, path FROM files"_s))
        return failed<QList<OrderedFile>>();
    QList<OrderedFile> files;
    while (q.next())
        files.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    sortBySwedishPath(files);
    return files;
}

StoreResult<QStringList> PgStore::categoryNames() const
{
    return textColumn(u"SELECT name FROM categories ORDER BY name"_s);
}

StoreResult<QStringList> PgStore::sourceFiles() const
{
    return textColumn(u"SELECT path FROM files ORDER BY ordinal DESC"_s);
}

StoreResult<QString> PgStore::importStamp() const
{
    const StoreResult<QStringList> stamp = textColumn(
            u"SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(imported_at), 0) FROM files"_s);
    if (!stamp.ok())
        return StoreResult<QString>::failure(stamp.error());
    return stamp.value().value(0);
}

StoreResult<QStringList> PgStore::rememberedSources() const
{
    return textColumn(u"SELECT path FROM remembered_sources WHERE person = newsdesk_person() ORDER BY seq"_s);
}

std::unique_ptr<ImportWriter> PgStore::importWriter()
{
    return std::make_unique<PgImportWriter>(m_connection);
}

StoreResult<> PgStore::pathsChange(const QString &sql, const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, sql, {textJson(paths)}))
        return failed<std::monostate>();
    return {};
}

StoreResult<> PgStore::rememberSources(const QStringList &paths)
{
    return pathsChange(u"INSERT INTO remembered_sources(person, path) SELECT newsdesk_person(), p "
                       u"FROM jsonb_array_elements_text(?::jsonb) AS p ON CONFLICT DO NOTHING"_s,
                       paths);
}

StoreResult<QString> PgStore::markColumn(const MarkChange &change)
{
    switch (change.mark) {
    case MarkChange::Mark::Read:
        return u"read"_s;
    case MarkChange::Mark::Starred:
        return u"starred"_s;
    case MarkChange::Mark::Hidden:
        return u"hidden"_s;
    case MarkChange::Mark::Label:
        return QString(); // item_labels: setOn(), PgStore::labelCondition()
    }
    return notYet<QString>(tr("This mark"));
}

// The person's mark column set to on for the items ids (one statement).
StoreResult<> PgStore::setMarksOn(const QString &column, const QList<qint64> &ids, bool on)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"INSERT INTO marks(person, key, %1) SELECT newsdesk_person(), i.key, ?::boolean FROM items i "
                              u"WHERE i.id IN (SELECT jsonb_array_elements_text(?::jsonb)::bigint) "
                              u"ON CONFLICT (person, key) DO UPDATE SET %1 = excluded.%1 WHERE NOT marks.forgotten"_s.arg(column),
                           {on, idJson(ids)}))
        return failed<std::monostate>();
    return {};
}

StoreResult<> PgStore::setRead(const QList<qint64> &ids, bool read)
{
    return setMarksOn(u"read"_s, ids, read);
}

StoreResult<> PgStore::setStarred(const QList<qint64> &ids, bool starred)
{
    return setMarksOn(u"starred"_s, ids, starred);
}

StoreResult<> PgStore::setReadWhere(const ItemFilter &filter, bool read)
{
    MarkChange change;
    change.mark = MarkChange::Mark::Read;
    change.on = read;
    const StoreResult<QList<qint64>> changed = setMarkWhere(filter, change);
    return changed.ok() ? StoreResult<>() : StoreResult<>::failure(changed.error(), changed.kind());
}

StoreResult<QList<qint64>> PgStore::setMarkWhere(const ItemFilter &filter, const MarkChange &change)
{
    const StoreResult<QString> column = markColumn(change);
    const StoreResult<PgFilterSql> sql = PgFilterSql::build(filter);
    if (!column.ok() || !sql.ok())
        return StoreResult<QList<qint64>>::failure(column.ok() ? sql.error() : column.error());
    if (change.mark == MarkChange::Mark::Label && !hasLabel(change.labelId)) {
        const QString error = QCoreApplication::translate("SqliteStore",
                                                          "There is no such label (it may have been deleted).");
        return StoreResult<QList<qint64>>::failure(error);
    }
    if (!m_connection.begin())
        return failed<QList<qint64>>();
    StoreResult<QList<qint64>> changed = changeWhere(sql.value(), change, column.value());
    if (!changed.ok() || !m_connection.commit()) {
        const QString error = changed.ok() ? m_connection.error() : changed.error();
        m_connection.rollback();
        return StoreResult<QList<qint64>>::failure(error, changed.kind());
    }
    return changed;
}

// Inside setMarkWhere()'s transaction: the items that pass and whose mark
// differs, then the mark set on exactly those.
StoreResult<QList<qint64>> PgStore::changeWhere(const PgFilterSql &sql, const MarkChange &change,
                                                const QString &column)
{
    if (StoreResult<> current = checkExpected(sql, change.expected); !current.ok())
        return StoreResult<QList<qint64>>::failure(current.error(), current.kind());
    QSqlQuery q(m_connection.database());
    QVariantList values = sql.values();
    QString differs = PgStore::labelCondition(change.labelId, change.on);
    if (!column.isEmpty()) {
        differs = u"coalesce(m.%1, false) <> ?::boolean"_s.arg(column);
        values.append(change.on);
    }
    if (!m_connection.exec(q, u"SELECT i.id "_s + sql.fromWhere() + u" AND "_s + differs, values))
        return failed<QList<qint64>>();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    if (!setOn(change, column, ids, change.on))
        return failed<QList<qint64>>();
    return ids;
}

bool PgStore::setOn(const MarkChange &change, const QString &column, const QList<qint64> &ids, bool on)
{
    return column.isEmpty() ? setLabelOn(change.labelId, ids, on) : setMarksOn(column, ids, on).ok();
}

// change.expected >= 0: the filter must hold that many items now, inside the
// write's transaction (as SqliteStore::checkExpected, with its sentence).
StoreResult<> PgStore::checkExpected(const PgFilterSql &sql, qint64 expected)
{
    if (expected < 0)
        return {};
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT count(*) "_s + sql.fromWhere(), sql.values()) || !q.next())
        return failed<std::monostate>();
    const qint64 now = q.value(0).toLongLong();
    if (now == expected)
        return {};
    qCInfo(lcStore) << "a change of" << expected << "items shown was refused: the filter holds" << now << "now";
    return StoreResult<>::failure(outdatedSentence(now, expected), StoreFailure::Outdated);
}

StoreResult<> PgStore::setMarks(const MarkChange &change, bool on)
{
    const StoreResult<QString> column = markColumn(change);
    if (!column.ok())
        return StoreResult<>::failure(column.error());
    if (change.mark == MarkChange::Mark::Label && !hasLabel(change.labelId)) {
        return StoreResult<>::failure(
                QCoreApplication::translate("SqliteStore", "There is no such label (it may have been deleted)."));
    }
    if (!setOn(change, column.value(), change.ids, on))
        return failed<std::monostate>();
    return {};
}

StoreResult<QStringList> PgStore::removedFiles() const
{
    return textColumn(u"SELECT path FROM removed_files WHERE person = newsdesk_person() ORDER BY path"_s);
}

StoreResult<> PgStore::recordRemovedFiles(const QStringList &paths)
{
    return pathsChange(u"INSERT INTO removed_files(person, path) SELECT newsdesk_person(), p "
                       u"FROM jsonb_array_elements_text(?::jsonb) AS p ON CONFLICT DO NOTHING"_s,
                       paths);
}

StoreResult<> PgStore::liftRemovedFiles(const QStringList &paths)
{
    return pathsChange(u"DELETE FROM removed_files WHERE person = newsdesk_person() "
                       u"AND path IN (SELECT jsonb_array_elements_text(?::jsonb))"_s,
                       paths);
}

StoreResult<qint64> PgStore::hiddenKeyCount() const
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT count(*) FROM marks WHERE person = newsdesk_person() AND hidden AND NOT forgotten"_s)
        || !q.next())
        return failed<qint64>();
    return q.value(0).toLongLong();
}

// The person's hidden items that pass filter (taken as Hidden::Only) are
// forgotten for good; a filter that narrows nothing forgets every hidden key,
// also of items not in the archive now (as the SQLite cache).
StoreResult<qint64> PgStore::forgetHidden(const ItemFilter &filter)
{
    ItemFilter hidden = filter;
    hidden.hidden = ItemFilter::Hidden::Exclude;
    hidden.sort = ItemFilter::Sort::Listing;
    const bool every = hidden.isEmpty();
    hidden.hidden = ItemFilter::Hidden::Only;
    const StoreResult<PgFilterSql> sql = PgFilterSql::build(hidden);
    if (!sql.ok())
        return StoreResult<qint64>::failure(sql.error());
    QString statement = u"UPDATE marks SET forgotten = true WHERE person = newsdesk_person() AND hidden AND NOT forgotten"_s;
    if (!every)
        statement += u" AND key IN (SELECT i.key "_s + sql.value().fromWhere() + u")"_s;
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, statement, every ? QVariantList() : sql.value().values()))
        return failed<qint64>();
    return q.numRowsAffected();
}

StoreResult<qint64> PgStore::lastVisit() const
{
    return number(u"SELECT coalesce(max(last_visit), 0) FROM visits WHERE person = newsdesk_person()"_s);
}

StoreResult<> PgStore::setLastVisit(qint64 msecsSinceEpoch)
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"INSERT INTO visits(person, last_visit) VALUES (newsdesk_person(), ?) "
                              u"ON CONFLICT (person) DO UPDATE SET last_visit = excluded.last_visit"_s,
                           {msecsSinceEpoch}))
        return failed<std::monostate>();
    return {};
}

// Each file's items as its own list shows them (its positions), without the
// person's hidden ones, and how many of those the person has not read; the
// files by path (byte order, as the SQLite cache gives them).
StoreResult<QList<SourceCount>> PgStore::sourceCounts() const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"WITH mine AS (SELECT so.file_id, count(*) FILTER (WHERE m.read AND NOT m.hidden) AS read, "
                              u"count(*) FILTER (WHERE m.hidden) AS hidden FROM marks m JOIN items i ON i.key = m.key "
                              u"JOIN sources so ON so.item_id = i.id WHERE m.person = newsdesk_person() "
                              u"AND (m.read OR m.hidden) GROUP BY so.file_id) "
                              u"SELECT f.path, f.item_count - coalesce(mine.hidden, 0), coalesce(mine.read, 0) "
                              u"FROM files f LEFT JOIN mine ON mine.file_id = f.id ORDER BY f.path COLLATE \"C\""_s))
        return failed<QList<SourceCount>>();
    QList<SourceCount> counts;
    while (q.next()) {
        SourceCount count;
        count.path = q.value(0).toString();
        count.count = q.value(1).toLongLong();
        count.unread = count.count - q.value(2).toLongLong();
        counts.append(count);
    }
    return counts;
}

StoreResult<qint64> PgStore::itemsOfFiles(const QStringList &paths, bool heldElsewhere) const
{
    const QString elsewhere = heldElsewhere ? u" AND EXISTS (SELECT 1 FROM sources o WHERE o.item_id = s.item_id "
                                              u"AND o.file_id NOT IN (SELECT id FROM f))"_s
                                            : QString();
    return number(u"WITH f AS (SELECT id FROM files WHERE path IN (SELECT jsonb_array_elements_text(?::jsonb))) "
                  u"SELECT count(DISTINCT s.item_id) FROM sources s WHERE s.file_id IN (SELECT id FROM f)"_s
                          + elsewhere,
                  {textJson(paths)});
}

// One consistent moment: the views, labels, last visit and items are read in
// one read-only transaction at REPEATABLE READ (one snapshot of the server
// for all of them; a read replica allows it), so that an export never holds a
// label another machine added between two of its statements without the
// items that carry it. A failed read ends the transaction (the connection
// stays usable) and fails the export with its sentence.
StoreResult<StateSnapshot> PgStore::stateSnapshot() const
{
    if (!m_connection.begin())
        return failed<StateSnapshot>();
    // (Right after BEGIN: the same as BEGIN ISOLATION LEVEL REPEATABLE READ
    // READ ONLY, within the connection's own begin() and commit().)
    QSqlQuery q(m_connection.database());
    const bool oneMoment = m_connection.exec(q, u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
    const StoreResult<StateSnapshot> snapshot = oneMoment ? readSnapshot() : failed<StateSnapshot>();
    if (!snapshot.ok()) {
        m_connection.rollback();
        return snapshot;
    }
    if (!m_connection.commit())
        return failed<StateSnapshot>();
    return snapshot;
}

StoreResult<StateSnapshot> PgStore::readSnapshot() const
{
    // A saved view whose filter cannot be read fails the export, naming it:
    // written as the default filter it would replace a good view elsewhere.
    const StoreResult<QList<SavedView>> views = savedViews();
    if (!views.ok())
        return StoreResult<StateSnapshot>::failure(views.error(), views.kind());
    StateSnapshot snapshot;
    snapshot.views = views.value();
    const PgStateExchange exchange(m_connection);
    if (!exchange.readLabels(snapshot) || !exchange.readLastVisit(snapshot) || !exchange.readItems(snapshot))
        return failed<StateSnapshot>();
    return snapshot;
}

StoreResult<StateMerge> PgStore::mergeState(const StateSnapshot &snapshot)
{
    if (const QString why = StateMergeRules::refusal(snapshot); !why.isEmpty()) {
        const QString error = tr("Cannot merge into the shared archive %1: %2").arg(m_connection.server(), why);
        qCWarning(lcStore).noquote() << error;
        return StoreResult<StateMerge>::failure(error);
    }
    const StoreResult<QList<SavedView>> views = savedViews();
    if (!views.ok())
        return StoreResult<StateMerge>::failure(views.error(), views.kind());
    StateMerge merged;
    const StoreResult<> written =
            writing([&] { return PgStateExchange(m_connection).merge(snapshot, views.value(), merged); });
    if (!written.ok())
        return StoreResult<StateMerge>::failure(written.error());
    return merged;
}
