#include "models/store/postgres/pgstateexchange.h"

#include "models/store/postgres/pgconnection.h"
#include "models/store/postgres/pgsearchtext.h"
#include "models/store/statemergerules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Items go to the server in batches of this many (one JSON value each).
constexpr qsizetype ItemsPerBatch = 5000;

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

PgStateExchange::PgStateExchange(const PgConnection &connection)
    : m_connection(connection)
{
}

bool PgStateExchange::readItems(StateSnapshot &snapshot) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(
                q, u"WITH k(key) AS (SELECT key FROM marks WHERE person = newsdesk_person() "
                   u"AND (read OR starred OR hidden) UNION SELECT il.key FROM item_labels il JOIN labels l "
                   u"ON l.id = il.label_id WHERE l.person = newsdesk_person() "
                   u"UNION SELECT key FROM notes WHERE person = newsdesk_person()) "
                   u"SELECT k.key, coalesce(m.read, false), coalesce(m.starred, false), coalesce(m.hidden, false), "
                   u"coalesce(m.forgotten, false), (SELECT json_agg(l.name ORDER BY l.position, l.id) "
                   u"FROM item_labels il JOIN labels l ON l.id = il.label_id WHERE il.key = k.key "
                   u"AND l.person = newsdesk_person()), n.text, i.title FROM k "
                   u"LEFT JOIN marks m ON m.person = newsdesk_person() AND m.key = k.key "
                   u"LEFT JOIN notes n ON n.person = newsdesk_person() AND n.key = k.key "
                   u"LEFT JOIN items i ON i.key = k.key ORDER BY k.key"_s))
        return false;
    while (q.next()) {
        StateSnapshot::Item item;
        item.key = q.value(0).toByteArray();
        item.read = q.value(1).toBool();
        item.starred = q.value(2).toBool();
        item.hidden = q.value(3).toBool();
        item.forgotten = q.value(4).toBool();
        for (const QJsonValue &name : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            item.labels.append(name.toString());
        item.note = q.value(6).toString();
        item.title = q.value(7).toString();
        snapshot.items.append(std::move(item));
    }
    return true;
}

bool PgStateExchange::readLabels(StateSnapshot &snapshot) const
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT id, name, color, position FROM labels WHERE person = newsdesk_person() "
                              u"ORDER BY position, id"_s))
        return false;
    while (q.next())
        snapshot.labels.append(Label{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toInt(), 0, 0});
    return true;
}

bool PgStateExchange::readLastVisit(StateSnapshot &snapshot) const
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT coalesce(max(last_visit), 0) FROM visits WHERE person = newsdesk_person()"_s)
        || !q.next())
        return false;
    snapshot.lastVisit = q.value(0).toLongLong();
    return true;
}

bool PgStateExchange::merge(const StateSnapshot &snapshot, const QList<SavedView> &knownViews,
                            StateMerge &merged) const
{
    QSqlQuery q(m_connection.database());
    // (ON COMMIT DROP: the tables go with the caller's transaction.)
    const bool ready =
            m_connection.exec(q, u"CREATE TEMP TABLE merge_items (key bytea PRIMARY KEY, read boolean, "
                                 u"starred boolean, hidden boolean, forgotten boolean, note text) ON COMMIT DROP"_s)
            && m_connection.exec(q, u"CREATE TEMP TABLE merge_labels (key bytea, name text, PRIMARY KEY (key, name)) "
                                    u"ON COMMIT DROP"_s)
            && m_connection.exec(q, u"CREATE TEMP TABLE merge_changed (key bytea PRIMARY KEY) ON COMMIT DROP"_s);
    return ready && loadItems(snapshot) && addLabels(snapshot, merged) && mergeViews(snapshot, knownViews, merged)
            && findChanges(merged) && applyItems()
            && (snapshot.lastVisit <= 0
                || m_connection.exec(q, u"INSERT INTO visits(person, last_visit) VALUES (newsdesk_person(), ?) "
                                        u"ON CONFLICT (person) DO UPDATE SET last_visit = "
                                        u"greatest(visits.last_visit, excluded.last_visit)"_s,
                                     {snapshot.lastVisit}));
}

bool PgStateExchange::loadItems(const StateSnapshot &snapshot) const
{
    const QList<StateSnapshot::Item> items = StateMergeRules::joinedItems(snapshot);
    QSqlQuery q(m_connection.database());
    for (qsizetype from = 0; from < items.size(); from += ItemsPerBatch) {
        QJsonArray batch;
        for (const StateSnapshot::Item &item : items.mid(from, ItemsPerBatch)) {
            const int marks = int(item.read) | int(item.starred) << 1 | int(item.hidden) << 2
                    | int(item.forgotten) << 3;
            batch.append(QJsonArray{QString::fromLatin1(item.key.toHex()), marks, item.note,
                                    QJsonArray::fromStringList(item.labels)});
        }
        if (!m_connection.exec(q, u"INSERT INTO merge_items SELECT decode(e ->> 0, 'hex'), "
                                  u"(e ->> 1)::int & 1 <> 0, (e ->> 1)::int & 2 <> 0, (e ->> 1)::int & 4 <> 0, "
                                  u"(e ->> 1)::int & 8 <> 0, e ->> 2 FROM jsonb_array_elements(?::jsonb) e"_s,
                               {compact(batch)})
            || !m_connection.exec(q, u"INSERT INTO merge_labels SELECT DISTINCT decode(e ->> 0, 'hex'), n "
                                     u"FROM jsonb_array_elements(?::jsonb) e, jsonb_array_elements_text(e -> 3) n"_s,
                                  {compact(batch)}))
            return false;
    }
    return true;
}

bool PgStateExchange::addLabels(const StateSnapshot &snapshot, StateMerge &merged) const
{
    QSqlQuery q(m_connection.database());
    QSet<QString> known;
    if (!m_connection.exec(q, u"SELECT name FROM labels WHERE person = newsdesk_person()"_s))
        return false;
    while (q.next())
        known.insert(q.value(0).toString());
    QStringList carried;
    if (!m_connection.exec(q, u"SELECT DISTINCT name FROM merge_labels"_s))
        return false;
    while (q.next())
        carried.append(q.value(0).toString());
    for (const Label &label : StateMergeRules::labelsToAdd(snapshot, carried, known)) {
        if (!m_connection.exec(q, u"INSERT INTO labels(person, name, color, position) SELECT newsdesk_person(), ?, ?, "
                                  u"coalesce(max(position) + 1, 0) FROM labels WHERE person = newsdesk_person()"_s,
                               {label.name, label.color}))
            return false;
        ++merged.labelsAdded;
    }
    return true;
}

bool PgStateExchange::mergeViews(const StateSnapshot &snapshot, const QList<SavedView> &knownViews,
                                 StateMerge &merged) const
{
    QSqlQuery q(m_connection.database());
    for (const StateMergeRules::ViewChange &change : StateMergeRules::viewChanges(snapshot.views, knownViews)) {
        const QString json = QString::fromUtf8(QJsonDocument(change.filter.toJson()).toJson(QJsonDocument::Compact));
        if (change.replaces != 0) {
            if (!m_connection.exec(q, u"UPDATE saved_views SET filter = ? WHERE id = ? AND person = newsdesk_person()"_s,
                                   {json, change.replaces}))
                return false;
            ++merged.viewsReplaced;
        } else {
            if (!m_connection.exec(q, u"INSERT INTO saved_views(person, name, position, filter) SELECT "
                                      u"newsdesk_person(), ?, coalesce(max(position) + 1, 0), ? FROM saved_views "
                                      u"WHERE person = newsdesk_person()"_s,
                                   {change.name, json}))
                return false;
            ++merged.viewsAdded;
        }
    }
    return true;
}

bool PgStateExchange::findChanges(StateMerge &merged) const
{
    // Before anything is written: what the merge will change. A note changes
    // unless the person's note holds it already.
    QSqlQuery q(m_connection.database());
    const bool found =
            m_connection.exec(q, u"INSERT INTO merge_changed SELECT mi.key FROM merge_items mi "
                                 u"LEFT JOIN marks m ON m.person = newsdesk_person() AND m.key = mi.key "
                                 u"LEFT JOIN notes n ON n.person = newsdesk_person() AND n.key = mi.key "
                                 u"WHERE (mi.read AND NOT coalesce(m.read, false)) "
                                 u"OR (mi.starred AND NOT coalesce(m.starred, false)) "
                                 u"OR (mi.hidden AND NOT coalesce(m.hidden, false)) "
                                 u"OR (mi.forgotten AND NOT coalesce(m.forgotten, false)) "
                                 u"OR (mi.note <> '' AND (n.key IS NULL OR strpos(n.text, mi.note) = 0))"_s)
            && m_connection.exec(q, u"INSERT INTO merge_changed SELECT DISTINCT ml.key FROM merge_labels ml "
                                    u"JOIN labels l ON l.person = newsdesk_person() AND l.name = ml.name "
                                    u"WHERE NOT EXISTS (SELECT 1 FROM item_labels il WHERE il.label_id = l.id "
                                    u"AND il.key = ml.key) ON CONFLICT DO NOTHING"_s)
            && m_connection.exec(q, u"SELECT (SELECT count(*) FROM merge_changed), (SELECT count(*) "
                                    u"FROM merge_items mi JOIN notes n ON n.person = newsdesk_person() "
                                    u"AND n.key = mi.key WHERE mi.note <> '' AND strpos(n.text, mi.note) = 0 "
                                    u"AND strpos(mi.note, n.text) = 0)"_s)
            && q.next();
    if (!found)
        return false;
    merged.items = q.value(0).toLongLong();
    merged.notesJoined = q.value(1).toLongLong();
    return true;
}

bool PgStateExchange::applyItems() const
{
    // In key order (two merges at once never wait on each other in a
    // circle); only rows that change are written.
    QSqlQuery q(m_connection.database());
    return m_connection.exec(q, u"INSERT INTO marks(person, key, read, starred, hidden, forgotten) "
                                u"SELECT newsdesk_person(), key, read, starred, hidden, forgotten FROM merge_items "
                                u"WHERE read OR starred OR hidden ORDER BY key ON CONFLICT (person, key) DO UPDATE "
                                u"SET read = marks.read OR excluded.read, starred = marks.starred OR excluded.starred, "
                                u"hidden = marks.hidden OR excluded.hidden, "
                                u"forgotten = marks.forgotten OR excluded.forgotten "
                                u"WHERE (excluded.read AND NOT marks.read) OR (excluded.starred AND NOT marks.starred) "
                                u"OR (excluded.hidden AND NOT marks.hidden) "
                                u"OR (excluded.forgotten AND NOT marks.forgotten)"_s)
            && m_connection.exec(q, u"INSERT INTO item_labels(label_id, key) SELECT l.id, ml.key FROM merge_labels ml "
                                    u"JOIN labels l ON l.person = newsdesk_person() AND l.name = ml.name "
                                    u"ORDER BY l.id, ml.key ON CONFLICT DO NOTHING"_s)
            // Differing notes are both kept, the person's first; a note that
            // holds the other (joined on another machine) is taken whole.
            && m_connection.exec(q, u"INSERT INTO notes(person, key, text, changed_at) SELECT newsdesk_person(), key, "
                                    u"note, ? FROM merge_items WHERE note <> '' ORDER BY key "
                                    u"ON CONFLICT (person, key) DO UPDATE SET text = CASE "
                                    u"WHEN strpos(excluded.text, notes.text) > 0 THEN excluded.text "
                                    u"ELSE notes.text || ? || excluded.text END, changed_at = excluded.changed_at, search_text = NULL "
                                    u"WHERE strpos(notes.text, excluded.text) = 0"_s,
                                 {m_now, StateMergeRules::noteSeparator()})
            // The merged notes' search text, folded here (a failure stays in the connection).
            && [this] {
                   QString error;
                   return PgSearchText::foldNotes(m_connection, error);
               }();
}
