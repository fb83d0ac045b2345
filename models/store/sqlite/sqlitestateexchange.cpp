#include "models/store/sqlite/sqlitestateexchange.h"

#include "models/store/sqlite/sqliteconnection.h"
#include "models/store/statemergerules.h"
#include "models/store/sqlite/sqliteerror.h"
#include "models/store/sqlite/sqlitestore.h"
#include "models/store/sqlite/sqltransaction.h"
#include "models/support/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

SqliteStateExchange::SqliteStateExchange(const SqliteConnection &connection)
    : m_connection(connection)
{
}

QString SqliteStateExchange::refusal(const StateSnapshot &snapshot, const QString &cachePath)
{
    const QString why = StateMergeRules::refusal(snapshot);
    return why.isEmpty() ? why : tr("Cannot merge into the cache %1: %2").arg(cachePath, why);
}

StateSnapshot SqliteStateExchange::snapshot() const
{
    StateSnapshot snapshot;
    snapshot.labels = readLabels();
    snapshot.views = readViews();
    QSqlQuery q(m_connection.database());
    if (m_connection.run(q, u"SELECT coalesce(max(last_visit), 0) FROM state.visits"_s) && m_connection.next(q))
        snapshot.lastVisit = q.value(0).toLongLong();
    readItems(snapshot);
    return snapshot;
}

QList<Label> SqliteStateExchange::readLabels() const
{
    QList<Label> labels;
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"SELECT id, name, color, position FROM state.labels ORDER BY position, id"_s))
        return labels;
    while (m_connection.next(q)) {
        Label label;
        label.id = q.value(0).toLongLong();
        label.name = q.value(1).toString();
        label.color = q.value(2).toString();
        label.position = q.value(3).toInt();
        labels.append(label);
    }
    return labels;
}

QList<SavedView> SqliteStateExchange::readViews() const
{
    QList<SavedView> views;
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"SELECT id, name, position, filter FROM state.saved_views ORDER BY position, id"_s))
        return views;
    while (m_connection.next(q)) {
        SavedView view;
        view.id = q.value(0).toLongLong();
        view.name = q.value(1).toString();
        view.position = q.value(2).toInt();
        QString error;
        view.filter = ItemFilter::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object(), &error);
        if (!error.isEmpty())
            qCWarning(lcStore).noquote() << "the saved view" << view.name << "holds a filter newsdesk cannot read:"
                                         << error;
        views.append(view);
    }
    return views;
}

void SqliteStateExchange::readItems(StateSnapshot &snapshot) const
{
    // Every key with some state, once (UNION: in key order), with its marks
    // as bits (SQLite's | and << bind alike: in parentheses), its labels (in label order, a JSON array; NULL: none), note
    // and the cache's title. (Few columns: a row costs the driver per value.)
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.run(
                q, u"WITH k(key) AS (SELECT key FROM state.item_state WHERE read OR starred "
                   u"UNION SELECT key FROM state.hidden_items UNION SELECT key FROM state.item_labels "
                   u"UNION SELECT key FROM state.notes) "
                   u"SELECT k.key, coalesce(st.read, 0) | (coalesce(st.starred, 0) << 1) | ((h.key IS NOT NULL) << 2) "
                   u"| (coalesce(h.forgotten, 0) << 3), CASE WHEN EXISTS (SELECT 1 FROM state.item_labels x "
                   u"WHERE x.key = k.key) THEN (SELECT json_group_array(name) FROM (SELECT l.name "
                   u"FROM state.item_labels il JOIN state.labels l ON l.id = il.label_id WHERE il.key = k.key "
                   u"ORDER BY l.position, l.id)) END, n.text, i.title FROM k "
                   u"LEFT JOIN state.item_state st ON st.key = k.key LEFT JOIN state.hidden_items h ON h.key = k.key "
                   u"LEFT JOIN state.notes n ON n.key = k.key LEFT JOIN main.items i ON i.key = k.key"_s))
        return;
    while (m_connection.next(q)) {
        StateSnapshot::Item item;
        item.key = q.value(0).toByteArray();
        const int marks = q.value(1).toInt();
        item.read = marks & 1;
        item.starred = marks & 2;
        item.hidden = marks & 4;
        item.forgotten = marks & 8;
        if (const QVariant labels = q.value(2); !labels.isNull()) {
            for (const QJsonValue &name : QJsonDocument::fromJson(labels.toByteArray()).array())
                item.labels.append(name.toString());
        }
        item.note = q.value(3).toString();
        item.title = q.value(4).toString();
        snapshot.items.append(std::move(item));
    }
}

StateMerge SqliteStateExchange::merge(const StateSnapshot &snapshot) const
{
    StateMerge merged;
    QSqlQuery q(m_connection.database());
    const bool ready =
            m_connection.run(q, u"CREATE TEMP TABLE IF NOT EXISTS merge_items (key BLOB PRIMARY KEY, "
                                u"read INTEGER, starred INTEGER, hidden INTEGER, forgotten INTEGER, note TEXT) "
                                u"WITHOUT ROWID"_s)
            && m_connection.run(q, u"CREATE TEMP TABLE IF NOT EXISTS merge_labels (key BLOB, name TEXT, "
                                   u"PRIMARY KEY (key, name)) WITHOUT ROWID"_s)
            && m_connection.run(q, u"CREATE TEMP TABLE IF NOT EXISTS merge_changed (key BLOB PRIMARY KEY) "
                                   u"WITHOUT ROWID"_s)
            && m_connection.run(q, u"DELETE FROM temp.merge_items"_s)
            && m_connection.run(q, u"DELETE FROM temp.merge_labels"_s)
            && m_connection.run(q, u"DELETE FROM temp.merge_changed"_s);
    if (!ready || !loadItems(snapshot))
        return merged;
    merged.labelsAdded = addLabels(snapshot);
    mergeViews(snapshot.views, merged);
    if (!m_connection.hasFailure() && findChanges(merged) && applyItems())
        mergeLastVisit(snapshot.lastVisit);
    // (The temporary tables are emptied for the next merge; a failure leaves
    // them to the rollback.)
    m_connection.run(q, u"DELETE FROM temp.merge_items"_s);
    m_connection.run(q, u"DELETE FROM temp.merge_labels"_s);
    m_connection.run(q, u"DELETE FROM temp.merge_changed"_s);
    return merged;
}

bool SqliteStateExchange::loadItems(const StateSnapshot &snapshot) const
{
    // One prepared statement each, run per item (StateMergeRules joined a key that came twice).
    QSqlQuery items(m_connection.database());
    QSqlQuery labels(m_connection.database());
    if (!items.prepare(u"INSERT INTO temp.merge_items(key, read, starred, hidden, forgotten, note) "
                       u"VALUES (?, ?, ?, ?, ?, ?)"_s)
        || !labels.prepare(u"INSERT INTO temp.merge_labels(key, name) VALUES (?, ?)"_s))
        return m_connection.failed(u"preparing the merge"_s, labels.lastError().isValid() ? &labels : &items);
    for (const StateSnapshot::Item &item : StateMergeRules::joinedItems(snapshot)) {
        const QVariant key(item.key);
        if (!m_connection.rerun(items, {key, item.read, item.starred, item.hidden, item.forgotten, item.note}))
            return false;
        for (const QString &name : item.labels) {
            if (!m_connection.rerun(labels, {key, name}))
                return false;
        }
    }
    return true;
}

qint64 SqliteStateExchange::addLabels(const StateSnapshot &snapshot) const
{
    QSet<QString> known;
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"SELECT name FROM state.labels"_s))
        return 0;
    while (m_connection.next(q))
        known.insert(q.value(0).toString());
    QStringList carried;
    if (m_connection.run(q, u"SELECT DISTINCT name FROM temp.merge_labels"_s)) {
        while (m_connection.next(q))
            carried.append(q.value(0).toString());
    }
    qint64 added = 0;
    for (const Label &label : StateMergeRules::labelsToAdd(snapshot, carried, known)) {
        if (!m_connection.run(q, u"INSERT INTO state.labels(name, color, position) VALUES (?, ?, "
                                 u"(SELECT coalesce(max(position) + 1, 0) FROM state.labels))"_s,
                              {label.name, label.color}))
            return added;
        ++added;
    }
    return added;
}

void SqliteStateExchange::mergeViews(const QList<SavedView> &views, StateMerge &merged) const
{
    QSqlQuery q(m_connection.database());
    for (const StateMergeRules::ViewChange &change : StateMergeRules::viewChanges(views, readViews())) {
        const QString json = QString::fromUtf8(QJsonDocument(change.filter.toJson()).toJson(QJsonDocument::Compact));
        if (m_connection.hasFailure())
            return;
        if (change.replaces != 0) {
            if (m_connection.run(q, u"UPDATE state.saved_views SET filter = ? WHERE id = ?"_s, {json, change.replaces}))
                ++merged.viewsReplaced;
        } else if (m_connection.run(q, u"INSERT INTO state.saved_views(name, position, filter) VALUES (?, "
                                       u"(SELECT coalesce(max(position) + 1, 0) FROM state.saved_views), ?)"_s,
                                    {change.name, json})) {
            ++merged.viewsAdded;
        }
    }
}

bool SqliteStateExchange::findChanges(StateMerge &merged) const
{
    // Before anything is written: what the merge will change. A note changes
    // unless the local one holds it already.
    QSqlQuery q(m_connection.database());
    const bool found =
            m_connection.run(q, u"INSERT OR IGNORE INTO temp.merge_changed(key) SELECT m.key FROM temp.merge_items m "
                                u"LEFT JOIN state.item_state st ON st.key = m.key "
                                u"LEFT JOIN state.hidden_items h ON h.key = m.key "
                                u"LEFT JOIN state.notes n ON n.key = m.key "
                                u"WHERE (m.read AND NOT coalesce(st.read, 0)) OR (m.starred AND NOT coalesce(st.starred, 0)) "
                                u"OR (m.hidden AND h.key IS NULL) OR (m.forgotten AND NOT coalesce(h.forgotten, 0)) "
                                u"OR (m.note <> '' AND (n.key IS NULL OR instr(n.text, m.note) = 0))"_s)
            && m_connection.run(q, u"INSERT OR IGNORE INTO temp.merge_changed(key) SELECT ml.key "
                                   u"FROM temp.merge_labels ml JOIN state.labels l ON l.name = ml.name "
                                   u"WHERE NOT EXISTS (SELECT 1 FROM state.item_labels il "
                                   u"WHERE il.label_id = l.id AND il.key = ml.key)"_s)
            && m_connection.run(q, u"SELECT (SELECT count(*) FROM temp.merge_changed), (SELECT count(*) "
                                   u"FROM temp.merge_items m JOIN state.notes n ON n.key = m.key WHERE m.note <> '' "
                                   u"AND instr(n.text, m.note) = 0 AND instr(m.note, n.text) = 0)"_s)
            && m_connection.next(q);
    if (!found)
        return false;
    merged.items = q.value(0).toLongLong();
    merged.notesJoined = q.value(1).toLongLong();
    return true;
}

bool SqliteStateExchange::applyItems() const
{
    // In key order: the state database's pages are written in order. Only
    // rows that change are written (the read marks' triggers count changes).
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"INSERT INTO state.item_state(key, read, starred) SELECT key, read, starred "
                               u"FROM temp.merge_items WHERE read OR starred ORDER BY key "
                               u"ON CONFLICT(key) DO UPDATE SET read = read OR excluded.read, "
                               u"starred = starred OR excluded.starred "
                               u"WHERE (excluded.read AND NOT read) OR (excluded.starred AND NOT starred)"_s)
            && m_connection.run(q, u"INSERT INTO state.hidden_items(key, hidden_at, forgotten) "
                                   u"SELECT key, ?, forgotten FROM temp.merge_items WHERE hidden ORDER BY key "
                                   u"ON CONFLICT(key) DO UPDATE SET forgotten = 1 "
                                   u"WHERE excluded.forgotten AND NOT forgotten"_s,
                                {m_now})
            && m_connection.run(q, u"INSERT OR IGNORE INTO state.item_labels(label_id, key) SELECT l.id, ml.key "
                                   u"FROM temp.merge_labels ml JOIN state.labels l ON l.name = ml.name "
                                   u"ORDER BY l.id, ml.key"_s)
            // Differing notes are both kept, the local one first; a note that
            // holds the other (joined on another machine) is taken whole.
            && m_connection.run(q, u"INSERT INTO state.notes(key, text, changed_at) SELECT key, note, ? "
                                   u"FROM temp.merge_items WHERE note <> '' ORDER BY key "
                                   u"ON CONFLICT(key) DO UPDATE SET text = CASE WHEN instr(excluded.text, text) > 0 "
                                   u"THEN excluded.text ELSE text || ? || excluded.text END, "
                                   u"changed_at = excluded.changed_at WHERE instr(text, excluded.text) = 0"_s,
                                {m_now, StateMergeRules::noteSeparator()});
}

bool SqliteStateExchange::mergeLastVisit(qint64 lastVisit) const
{
    QSqlQuery q(m_connection.database());
    return m_connection.run(q, u"SELECT coalesce(max(last_visit), 0) FROM state.visits"_s) && m_connection.next(q)
            && (lastVisit <= q.value(0).toLongLong()
                || (m_connection.run(q, u"DELETE FROM state.visits"_s)
                    && m_connection.run(q, u"INSERT INTO state.visits(last_visit) VALUES (?)"_s, {lastVisit})));
}

// SqliteStore's part (sqlitestore.h).

StoreResult<StateSnapshot> SqliteStore::stateSnapshot() const
{
    // A saved view whose filter cannot be read fails the export, naming it:
    // written as the default filter it would replace a good view elsewhere.
    if (const StoreResult<QList<SavedView>> views = savedViews(); !views.ok())
        return StoreResult<StateSnapshot>::failure(views.error(), views.kind());
    return reading([&] { return SqliteStateExchange(m_connection).snapshot(); });
}

StoreResult<StateMerge> SqliteStore::mergeState(const StateSnapshot &snapshot)
{
    using Result = StoreResult<StateMerge>;
    m_connection.takeFailure();
    if (const QString refused = SqliteStateExchange::refusal(snapshot, m_path); !refused.isEmpty())
        return Result::failure(refused);
    SqlTransaction transaction(m_connection.database());
    if (!transaction.isActive())
        return Result::failure(writeFailure(SqliteError::describe(transaction.lastError(), m_path)));
    const StateMerge merged = SqliteStateExchange(m_connection).merge(snapshot);
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty())
        return Result::failure(writeFailure(failure));
    if (!transaction.commit())
        return Result::failure(writeFailure(SqliteError::describe(transaction.lastError(), m_path)));
    return merged;
}
