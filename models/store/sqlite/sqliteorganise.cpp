// SqliteStore's organising part (issue 16): labels, notes, hidden items and
// saved views, all in the state database by item key (state schema 4).
#include "models/store/organiserules.h"
#include "models/store/sqlite/sqlitestore.h"

#include "models/store/sqlite/sqliteerror.h"
#include "models/store/sqlite/sqltransaction.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The keys of the items of temp.mark_changed (an organising mark is kept by
// key), read once into temp.mark_keys: each key costs a read of the item's
// wide row.
const QString ChangedKeys = u"SELECT key FROM temp.mark_keys"_s;

} // namespace

QString SqliteStore::refusedMark(const MarkChange &change) const
{
    const bool organised = change.mark == MarkChange::Mark::Label || change.mark == MarkChange::Mark::Hidden;
    if (!organised)
        return {};
    if (!m_planner.isOrganised()) {
        return tr("The state database of the cache %1 cannot hold labels or hidden items: open the cache once where "
                  "it may be written.")
                .arg(m_path);
    }
    if (change.mark == MarkChange::Mark::Label
        && itemKeyCount(u"SELECT count(*) FROM labels WHERE id = ?"_s, {change.labelId}) == 0) {
        m_connection.takeFailure();
        return OrganiseRules::noSuchLabel();
    }
    return {};
}

bool SqliteStore::writeOrganised(MarkChange::Mark mark, bool on, const SqlStatement &items, qint64 labelId)
{
    if (items.sql.isEmpty())
        return true; // no item can pass
    const bool label = mark == MarkChange::Mark::Label;
    QString has = label ? u"EXISTS (SELECT 1 FROM item_labels il WHERE il.key = i.key AND il.label_id = %1)"_s.arg(labelId)
                        : u"EXISTS (SELECT 1 FROM hidden_items h WHERE h.key = i.key%1)"_s.arg(
                                  on ? QString() : u" AND NOT h.forgotten"_s);
    if (on)
        has.prepend(u"NOT "_s);
    QSqlQuery q(m_connection.database());
    // The changed items with their keys, each item's row read once.
    if (!m_connection.run(q, u"CREATE TEMP TABLE IF NOT EXISTS mark_keys (id INTEGER PRIMARY KEY, key BLOB NOT NULL)"_s)
        || !m_connection.run(q, u"DELETE FROM temp.mark_keys"_s)
        || !m_connection.run(q, u"WITH p(id) AS (%1) INSERT OR IGNORE INTO temp.mark_keys(id, key) SELECT p.id, i.key "
                                u"FROM p CROSS JOIN items i ON i.id = p.id WHERE %2"_s.arg(items.sql, has),
                             items.binds)
        || !m_connection.run(q, u"INSERT INTO temp.mark_changed(id) SELECT id FROM temp.mark_keys"_s))
        return false;
    // In key order: the state database's pages are written in order.
    if (label && on) {
        return m_connection.run(q, u"INSERT INTO state.item_labels(label_id, key) SELECT %1, k.key FROM (%2) k "
                                   u"WHERE true ORDER BY k.key ON CONFLICT DO NOTHING"_s.arg(labelId).arg(ChangedKeys));
    }
    if (label) {
        return m_connection.run(q, u"DELETE FROM state.item_labels WHERE label_id = %1 AND key IN (%2)"_s.arg(labelId)
                                           .arg(ChangedKeys));
    }
    if (on) {
        return m_connection.run(q, u"INSERT INTO state.hidden_items(key, hidden_at) SELECT k.key, ? FROM (%1) k "
                                   u"WHERE true ORDER BY k.key ON CONFLICT DO NOTHING"_s.arg(ChangedKeys),
                                {QDateTime::currentMSecsSinceEpoch()});
    }
    return m_connection.run(q, u"DELETE FROM state.hidden_items WHERE NOT forgotten AND key IN (%1)"_s.arg(ChangedKeys));
}

void SqliteStore::readOrganised(const QString &idList, QHash<qint64, NewsItem> &byId) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    // The labels in the person's order.
    if (!m_connection.run(q, u"SELECT i.id, l.name FROM items i CROSS JOIN item_labels il ON il.key = i.key "
                             u"CROSS JOIN labels l ON l.id = il.label_id WHERE i.id IN (%1) ORDER BY l.position"_s
                                     .arg(idList)))
        return;
    while (m_connection.next(q)) {
        if (const auto it = byId.find(q.value(0).toLongLong()); it != byId.end())
            it->labels.append(q.value(1).toString());
    }
    if (!m_connection.run(q, u"SELECT i.id, n.text FROM items i CROSS JOIN notes n ON n.key = i.key "
                             u"WHERE i.id IN (%1)"_s.arg(idList)))
        return;
    while (m_connection.next(q)) {
        if (const auto it = byId.find(q.value(0).toLongLong()); it != byId.end())
            it->note = q.value(1).toString();
    }
    if (!m_connection.run(q, u"SELECT i.id FROM items i CROSS JOIN hidden_items h ON h.key = i.key "
                             u"WHERE i.id IN (%1)"_s.arg(idList)))
        return;
    while (m_connection.next(q)) {
        if (const auto it = byId.find(q.value(0).toLongLong()); it != byId.end())
            it->hidden = true;
    }
}

qint64 SqliteStore::itemKeyCount(const QString &sql, const QVariantList &binds) const
{
    return number({sql, binds});
}

StoreResult<> SqliteStore::writing(const std::function<bool()> &write)
{
    m_connection.takeFailure();
    if (!m_connection.isOpen())
        return StoreResult<>::failure(readFailure({}));
    SqlTransaction transaction(m_connection.database());
    if (!transaction.isActive())
        return StoreResult<>::failure(writeFailure(SqliteError::describe(transaction.lastError(), m_path)));
    const bool written = write();
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty() || !written)
        return StoreResult<>::failure(writeFailure(failure));
    if (!transaction.commit())
        return StoreResult<>::failure(writeFailure(SqliteError::describe(transaction.lastError(), m_path)));
    return {};
}

QString SqliteStore::cannotOrganise() const
{
    return tr("The state database of the cache %1 cannot hold labels or saved views: open the cache once where it "
              "may be written.")
            .arg(m_path);
}

StoreResult<> SqliteStore::refusedName(const QString &name, const QString &table, qint64 id) const
{
    if (!m_planner.isOrganised())
        return StoreResult<>::failure(cannotOrganise());
    const OrganiseRules::Kind kind = table == u"saved_views" ? OrganiseRules::Kind::View : OrganiseRules::Kind::Label;
    if (const QString why = OrganiseRules::nameRefusal(name, kind); !why.isEmpty())
        return StoreResult<>::failure(why);
    const qint64 taken = itemKeyCount(u"SELECT count(*) FROM %1 WHERE name = ? AND id <> ?"_s.arg(table), {name, id});
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty())
        return StoreResult<>::failure(readFailure(failure));
    if (taken > 0)
        return StoreResult<>::failure(OrganiseRules::nameTaken(name, kind));
    return {};
}

StoreResult<> SqliteStore::movePosition(const QString &table, qint64 id, int position)
{
    // The rows in order, id at position (clamped), the others closed up
    // around it; id 0: only closed up.
    QList<qint64> order = idColumn({u"SELECT id FROM state.%1 ORDER BY position, id"_s.arg(table), {}});
    order.removeAll(id);
    if (id != 0)
        order.insert(std::clamp<qsizetype>(position, 0, order.size()), id);
    writeOrder(table, order);
    return {};
}

void SqliteStore::writeOrder(const QString &table, const QList<qint64> &order)
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.hasFailure() && q.prepare(u"UPDATE state.%1 SET position = ? WHERE id = ? AND position <> ?"_s
                                                        .arg(table))) {
        for (qsizetype p = 0; p < order.size(); ++p) {
            if (!m_connection.rerun(q, {p, order.at(p), p}))
                break;
        }
    } else {
        m_connection.failed(u"order of "_s + table, &q);
    }
}

StoreResult<> SqliteStore::setOrder(const QString &table, const QList<qint64> &ids)
{
    if (!m_planner.isOrganised())
        return StoreResult<>::failure(cannotOrganise());
    return writing([&] {
        const QList<qint64> before = idColumn({u"SELECT id FROM state.%1 ORDER BY position, id"_s.arg(table), {}});
        QList<qint64> order;
        order.reserve(before.size());
        for (qint64 id : ids) {
            if (before.contains(id) && !order.contains(id))
                order.append(id);
        }
        for (qint64 id : before) {
            if (!order.contains(id))
                order.append(id);
        }
        writeOrder(table, order);
        return !m_connection.hasFailure();
    });
}

StoreResult<> SqliteStore::setLabelOrder(const QList<qint64> &ids)
{
    return setOrder(u"labels"_s, ids);
}

StoreResult<> SqliteStore::setViewOrder(const QList<qint64> &ids)
{
    return setOrder(u"saved_views"_s, ids);
}

StoreResult<QList<Label>> SqliteStore::labels() const
{
    return reading([&] {
        QList<Label> result;
        if (!m_planner.isOrganised())
            return result;
        QSqlQuery q(m_connection.database());
        if (!m_connection.run(q, u"SELECT id, name, color, position FROM labels ORDER BY position, id"_s))
            return result;
        while (m_connection.next(q))
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
        return result;
    });
}

StoreResult<QList<Label>> SqliteStore::labelCounts(const ItemFilter &filter) const
{
    StoreResult<QList<Label>> all = labels();
    if (!all.ok() || all.value().isEmpty())
        return all;
    QList<Label> result = all.takeValue();
    StoreResult<QHash<qint64, std::pair<qint64, qint64>>> counts = reading([&] {
        QHash<qint64, std::pair<qint64, qint64>> byLabel;
        useMirror(false);
        ItemFilter rest = filter;
        rest.labels.clear();
        rest.sort = ItemFilter::Sort::Listing;
        const SqlCondition c = m_planner.condition(rest, QueryPlanner::Use::Count);
        // Every labelled item is looked up once (per label it carries).
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        if (!m_connection.run(q, u"SELECT il.label_id, count(*), coalesce(sum(%1), 0) FROM item_labels il "
                                 u"CROSS JOIN %2 ON i.key = il.key WHERE %3 GROUP BY il.label_id"_s
                                         .arg(ReadMirror::isUnreadSql(m_planner.usesMirror()), m_planner.itemsByKey(),
                                              c.sql()),
                              c.binds))
            return byLabel;
        while (m_connection.next(q))
            byLabel.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
        return byLabel;
    });
    if (!counts.ok())
        return StoreResult<QList<Label>>::failure(counts.error(), counts.kind());
    for (Label &label : result) {
        const auto [count, unread] = counts.value().value(label.id);
        label.count = count;
        label.unread = unread;
    }
    return result;
}

StoreResult<Label> SqliteStore::createLabel(const Label &label)
{
    Label made = label;
    made.name = Label::normalisedName(label.name);
    made.count = made.unread = 0;
    if (StoreResult<> refused = refusedName(made.name, u"labels"_s, 0); !refused.ok())
        return StoreResult<Label>::failure(refused.error(), refused.kind());
    if (!made.color.isEmpty() && !OrganiseRules::isColor(made.color))
        return StoreResult<Label>::failure(OrganiseRules::notAColour(made.color));
    const StoreResult<> written = writing([&] {
        made.position = int(itemKeyCount(u"SELECT count(*) FROM state.labels"_s));
        if (made.color.isEmpty())
            made.color = QString::fromLatin1(Label::Palette.at(made.position % Label::Palette.size()));
        QSqlQuery q(m_connection.database());
        if (!m_connection.run(q, u"INSERT INTO state.labels(name, color, position) VALUES (?, ?, ?)"_s,
                              {made.name, made.color.toLower(), made.position}))
            return false;
        made.id = q.lastInsertId().toLongLong();
        made.color = made.color.toLower();
        return true;
    });
    if (!written.ok())
        return StoreResult<Label>::failure(written.error(), written.kind());
    return made;
}

StoreResult<> SqliteStore::updateLabel(const Label &label)
{
    const QString name = Label::normalisedName(label.name);
    if (StoreResult<> refused = refusedName(name, u"labels"_s, label.id); !refused.ok())
        return refused;
    if (!label.color.isEmpty() && !OrganiseRules::isColor(label.color))
        return StoreResult<>::failure(OrganiseRules::notAColour(label.color));
    if (itemKeyCount(u"SELECT count(*) FROM labels WHERE id = ?"_s, {label.id}) == 0) {
        m_connection.takeFailure();
        return StoreResult<>::failure(OrganiseRules::noSuchLabel());
    }
    return writing([&] {
        QSqlQuery q(m_connection.database());
        if (!m_connection.run(q, u"SELECT name FROM state.labels WHERE id = ?"_s, {label.id}) || !m_connection.next(q))
            return false;
        const QString before = q.value(0).toString();
        q.finish();
        return m_connection.run(q, u"UPDATE state.labels SET name = ?, color = coalesce(nullif(?, ''), color) "
                                   u"WHERE id = ?"_s,
                                {name, label.color.toLower(), label.id})
                && movePosition(u"labels"_s, label.id, label.position).ok()
                && (before == name || renameInViews(before, name));
    });
}

bool SqliteStore::renameInViews(const QString &before, const QString &after)
{
    // Saved views name their labels: a renamed label is renamed in them too,
    // in the same transaction (a view naming the old name would show nothing).
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"SELECT id, filter FROM state.saved_views"_s))
        return false;
    QList<std::pair<qint64, QString>> changed;
    while (m_connection.next(q)) {
        QString error;
        ItemFilter filter = ItemFilter::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object(), &error);
        if (!error.isEmpty() || !filter.labels.contains(before))
            continue; // (a view that cannot be read is left as it is: savedViews() says so)
        filter.labels.replaceInStrings(QRegularExpression(u"^"_s + QRegularExpression::escape(before) + u"$"_s),
                                       after);
        filter.labels.removeDuplicates();
        changed.append({q.value(0).toLongLong(),
                        QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact))});
    }
    q.finish();
    for (const auto &[id, json] : std::as_const(changed)) {
        if (!m_connection.run(q, u"UPDATE state.saved_views SET filter = ? WHERE id = ?"_s, {json, id}))
            return false;
    }
    return true;
}

StoreResult<MarkChange> SqliteStore::deleteLabel(qint64 id)
{
    MarkChange carried{MarkChange::Mark::Label, true, {}, id};
    if (QString refused = refusedMark(carried); !refused.isEmpty())
        return StoreResult<MarkChange>::failure(refused);
    const StoreResult<> written = writing([&] {
        // Every key the label is on (the state database's truth, also items
        // not in the cache now), and the ids of those in the cache.
        carried.ids = idColumn({u"SELECT i.id FROM item_labels il CROSS JOIN items i ON i.key = il.key "
                                u"WHERE il.label_id = ?"_s,
                                {id}});
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        if (!m_connection.run(q, u"SELECT key FROM state.item_labels WHERE label_id = ?"_s, {id}))
            return false;
        while (m_connection.next(q))
            carried.keys.append(q.value(0).toByteArray());
        q.finish();
        return !m_connection.hasFailure()
                && m_connection.run(q, u"DELETE FROM state.item_labels WHERE label_id = ?"_s, {id})
                && m_connection.run(q, u"DELETE FROM state.labels WHERE id = ?"_s, {id})
                && movePosition(u"labels"_s, 0, 0).ok();
    });
    if (!written.ok())
        return StoreResult<MarkChange>::failure(written.error(), written.kind());
    return carried;
}

bool SqliteStore::labelKeys(qint64 labelId, const QList<QByteArray> &keys)
{
    // Keys are blobs: through a temporary table, written in key order.
    QSqlQuery q(m_connection.database());
    if (!m_connection.run(q, u"CREATE TEMP TABLE IF NOT EXISTS carried_keys (key BLOB PRIMARY KEY) WITHOUT ROWID"_s)
        || !m_connection.run(q, u"DELETE FROM temp.carried_keys"_s))
        return false;
    QSqlQuery insert(m_connection.database());
    if (!insert.prepare(u"INSERT OR IGNORE INTO temp.carried_keys(key) VALUES (?)"_s))
        return m_connection.failed(u"carried keys"_s, &insert);
    for (const QByteArray &key : keys) {
        if (!m_connection.rerun(insert, {key}))
            return false;
    }
    return m_connection.run(q, u"INSERT INTO state.item_labels(label_id, key) SELECT ?, key FROM temp.carried_keys "
                               u"WHERE true ORDER BY key ON CONFLICT DO NOTHING"_s,
                            {labelId})
            && m_connection.run(q, u"DELETE FROM temp.carried_keys"_s);
}

StoreResult<> SqliteStore::restoreLabel(const Label &label, const MarkChange &carried)
{
    const QString name = Label::normalisedName(label.name);
    if (StoreResult<> refused = refusedName(name, u"labels"_s, label.id); !refused.ok())
        return refused;
    if (itemKeyCount(u"SELECT count(*) FROM labels WHERE id = ?"_s, {label.id}) > 0 || label.id <= 0) {
        m_connection.takeFailure();
        return StoreResult<>::failure(OrganiseRules::labelExists(name));
    }
    return writing([&] {
        QSqlQuery q(m_connection.database());
        const QString color = OrganiseRules::isColor(label.color) ? label.color.toLower() : QString::fromLatin1(Label::Palette[0]);
        if (!m_connection.run(q, u"INSERT INTO state.labels(id, name, color, position) VALUES (?, ?, ?, ?)"_s,
                              {label.id, name, color, label.position})
            || !movePosition(u"labels"_s, label.id, label.position).ok())
            return false;
        if (!carried.keys.isEmpty())
            return labelKeys(label.id, carried.keys);
        if (carried.ids.isEmpty())
            return true;
        return m_connection.run(q, u"INSERT INTO state.item_labels(label_id, key) SELECT ?, i.key FROM "
                                   u"json_each(?) j CROSS JOIN items i ON i.id = j.value WHERE true ORDER BY i.key "
                                   u"ON CONFLICT DO NOTHING"_s,
                                {label.id, QString(u'[' + QueryPlanner::idList(carried.ids) + u']')});
    });
}

StoreResult<QString> SqliteStore::note(qint64 id) const
{
    return reading([&]() -> QString {
        if (!m_planner.isOrganised())
            return {};
        QSqlQuery q(m_connection.database());
        if (!m_connection.run(q, u"SELECT n.text FROM items i CROSS JOIN notes n ON n.key = i.key WHERE i.id = ?"_s,
                              {id})
            || !m_connection.next(q))
            return {};
        return q.value(0).toString();
    });
}

StoreResult<> SqliteStore::setNote(qint64 id, const QString &text)
{
    if (QString refused = refusedMark({MarkChange::Mark::Hidden, true, {}}); !refused.isEmpty())
        return StoreResult<>::failure(refused);
    if (itemKeyCount(u"SELECT count(*) FROM items WHERE id = ?"_s, {id}) == 0) {
        if (const QString failure = m_connection.takeFailure(); !failure.isEmpty())
            return StoreResult<>::failure(readFailure(failure));
        return StoreResult<>::failure(tr("There is no item %1 in the cache %2.").arg(id).arg(m_path));
    }
    return writing([&] {
        QSqlQuery q(m_connection.database());
        if (text.trimmed().isEmpty()) {
            return m_connection.run(q, u"DELETE FROM state.notes WHERE key = (SELECT key FROM items WHERE id = ?)"_s,
                                    {id});
        }
        return m_connection.run(q, u"INSERT INTO state.notes(key, text, changed_at) SELECT key, ?, ? FROM items "
                                   u"WHERE id = ? ON CONFLICT(key) DO UPDATE SET text = excluded.text, "
                                   u"changed_at = excluded.changed_at"_s,
                                {text, QDateTime::currentMSecsSinceEpoch(), id});
    });
}

StoreResult<qint64> SqliteStore::hiddenKeyCount() const
{
    return reading([&]() -> qint64 {
        if (!m_planner.isOrganised())
            return 0; // an older state database, only read: nothing is hidden
        return number({u"SELECT count(*) FROM state.hidden_items WHERE NOT forgotten"_s, {}});
    });
}

StoreResult<qint64> SqliteStore::forgetHidden(const ItemFilter &filter)
{
    if (QString refused = refusedMark({MarkChange::Mark::Hidden, true, {}}); !refused.isEmpty())
        return StoreResult<qint64>::failure(refused);
    ItemFilter hidden = filter;
    hidden.hidden = ItemFilter::Hidden::Exclude;
    hidden.sort = ItemFilter::Sort::Listing;
    // A filter that narrows nothing forgets every hidden key, also those whose
    // items are not in the cache now (a removed file); a narrower one can
    // only judge the items the cache holds.
    const bool every = hidden.isEmpty();
    hidden.hidden = ItemFilter::Hidden::Only;
    m_connection.takeFailure();
    useMirror(false);
    const SqlStatement source = every ? SqlStatement() : m_planner.idSource(hidden);
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty())
        return StoreResult<qint64>::failure(writeFailure(failure));
    qint64 forgotten = 0;
    const StoreResult<> written = writing([&] {
        if (!every && source.sql.isEmpty())
            return true;
        QSqlQuery q(m_connection.database());
        const QString keys = every ? QString()
                                   : u" AND key IN (SELECT i.key FROM p CROSS JOIN items i ON i.id = p.id)"_s;
        if (!m_connection.run(q, u"%1UPDATE state.hidden_items SET forgotten = 1 WHERE NOT forgotten%2"_s
                                         .arg(every ? QString() : u"WITH p(id) AS (%1) "_s.arg(source.sql), keys),
                              source.binds))
            return false;
        forgotten = q.numRowsAffected();
        return true;
    });
    if (!written.ok())
        return StoreResult<qint64>::failure(written.error(), written.kind());
    return forgotten;
}

StoreResult<QList<SavedView>> SqliteStore::savedViews() const
{
    QString unreadable;
    StoreResult<QList<SavedView>> result = reading([&] {
        QList<SavedView> views;
        if (!m_planner.isOrganised())
            return views;
        QSqlQuery q(m_connection.database());
        if (!m_connection.run(q, u"SELECT id, name, position, filter FROM saved_views ORDER BY position, id"_s))
            return views;
        while (m_connection.next(q)) {
            SavedView view{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), {}};
            QJsonParseError parsed;
            const QJsonDocument json = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &parsed);
            QString error = json.isObject() ? QString() : parsed.errorString();
            if (error.isEmpty())
                view.filter = ItemFilter::fromJson(json.object(), &error);
            if (!error.isEmpty() && unreadable.isEmpty()) {
                unreadable = tr("The saved view \u201c%1\u201d in the state database of the cache %2 cannot be "
                                "read: %3")
                                     .arg(view.name, m_path, error);
            }
            views.append(view);
        }
        return views;
    });
    if (result.ok() && !unreadable.isEmpty()) {
        qCWarning(lcStore).noquote() << unreadable;
        return StoreResult<QList<SavedView>>::failure(unreadable);
    }
    return result;
}

StoreResult<SavedView> SqliteStore::saveView(const SavedView &view)
{
    SavedView saved = view;
    saved.name = Label::normalisedName(view.name);
    saved.filter.ids = QList<qint64>();
    if (StoreResult<> refused = refusedName(saved.name, u"saved_views"_s, view.id);
        !refused.ok())
        return StoreResult<SavedView>::failure(refused.error(), refused.kind());
    if (view.id != 0 && itemKeyCount(u"SELECT count(*) FROM saved_views WHERE id = ?"_s, {view.id}) == 0) {
        m_connection.takeFailure();
        return StoreResult<SavedView>::failure(OrganiseRules::noSuchView());
    }
    const QString json = QString::fromUtf8(QJsonDocument(saved.filter.toJson()).toJson(QJsonDocument::Compact));
    const StoreResult<> written = writing([&] {
        QSqlQuery q(m_connection.database());
        if (saved.id == 0) {
            saved.position = int(itemKeyCount(u"SELECT count(*) FROM state.saved_views"_s));
            if (!m_connection.run(q, u"INSERT INTO state.saved_views(name, position, filter) VALUES (?, ?, ?)"_s,
                                  {saved.name, saved.position, json}))
                return false;
            saved.id = q.lastInsertId().toLongLong();
            return true;
        }
        if (!m_connection.run(q, u"UPDATE state.saved_views SET name = ?, filter = ? WHERE id = ?"_s,
                              {saved.name, json, saved.id})
            || !movePosition(u"saved_views"_s, saved.id, saved.position).ok())
            return false;
        saved.position = int(itemKeyCount(u"SELECT position FROM state.saved_views WHERE id = ?"_s, {saved.id}));
        return true;
    });
    if (!written.ok())
        return StoreResult<SavedView>::failure(written.error(), written.kind());
    return saved;
}

StoreResult<> SqliteStore::deleteView(qint64 id)
{
    if (QString refused = refusedMark({MarkChange::Mark::Hidden, true, {}}); !refused.isEmpty())
        return StoreResult<>::failure(refused);
    return writing([&] {
        QSqlQuery q(m_connection.database());
        return m_connection.run(q, u"DELETE FROM state.saved_views WHERE id = ?"_s, {id})
                && movePosition(u"saved_views"_s, 0, 0).ok();
    });
}
