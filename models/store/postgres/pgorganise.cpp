// PgStore: what each person organises on a shared archive (issue 16's labels
// and notes, as the SQLite cache keeps them in its state database): by item
// key and per person (newsdesk_person(): the role, or role/NAME), so that they survive re-imports.

#include "models/store/organiserules.h"
#include "models/store/postgres/pgfiltersql.h"
#include "models/store/postgres/pgsearchtext.h"
#include "models/store/postgres/pgstore.h"
#include "models/support/logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(QString::number(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const QString ChosenIds = u"(SELECT jsonb_array_elements_text(?::jsonb)::bigint)"_s;

} // namespace

// A label's (or saved view's) name refused as the SQLite cache refuses it:
// empty, too long, or another of the person's of that name.
StoreResult<> PgStore::refusedName(const QString &name, const QString &table, qint64 id) const
{
    const OrganiseRules::Kind kind = table == u"saved_views" ? OrganiseRules::Kind::View : OrganiseRules::Kind::Label;
    if (const QString why = OrganiseRules::nameRefusal(name, kind); !why.isEmpty())
        return StoreResult<>::failure(why);
    const StoreResult<qint64> taken =
            number(u"SELECT count(*) FROM %1 WHERE person = newsdesk_person() AND name = ? AND id <> ?"_s.arg(table),
                   {name, id});
    if (!taken.ok())
        return StoreResult<>::failure(taken.error());
    if (taken.value() > 0)
        return StoreResult<>::failure(OrganiseRules::nameTaken(name, kind));
    return {};
}

StoreResult<qint64> PgStore::number(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, sql, values) || !q.next())
        return failed<qint64>();
    return q.value(0).toLongLong();
}

bool PgStore::hasLabel(qint64 id) const
{
    return hasRow(u"labels"_s, id);
}

bool PgStore::hasRow(const QString &table, qint64 id) const
{
    const StoreResult<qint64> found =
            number(u"SELECT count(*) FROM %1 WHERE person = newsdesk_person() AND id = ?"_s.arg(table), {id});
    return found.ok() && found.value() > 0;
}

// Runs write in one transaction; its failure (the connection's) is the answer.
StoreResult<> PgStore::writing(const std::function<bool()> &write)
{
    if (!m_connection.begin())
        return failed<std::monostate>();
    if (write() && m_connection.commit())
        return {};
    const QString error = m_connection.error();
    m_connection.rollback();
    return StoreResult<>::failure(error);
}

// The person's labels (saved views) in order, id at position (clamped), the
// others closed up around it; id 0: only closed up.
bool PgStore::movePosition(const QString &table, qint64 id, int position)
{
    return reorder(table, [id, position](QList<qint64> &order) {
        order.removeAll(id);
        if (id != 0)
            order.insert(std::clamp<qsizetype>(position, 0, order.size()), id);
    });
}

// The person's rows of table in order, changed by change, written back as positions 0...
bool PgStore::reorder(const QString &table, const std::function<void(QList<qint64> &)> &change)
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT id FROM %1 WHERE person = newsdesk_person() ORDER BY position, id"_s.arg(table)))
        return false;
    QList<qint64> order;
    while (q.next())
        order.append(q.value(0).toLongLong());
    change(order);
    return m_connection.exec(q, u"UPDATE %1 l SET position = o.n - 1 FROM jsonb_array_elements_text(?::jsonb) "
                                u"WITH ORDINALITY AS o(id, n) WHERE l.id = o.id::bigint AND l.person = newsdesk_person() "
                                u"AND l.position <> o.n - 1"_s.arg(table),
                             {idsJson(order)});
}

StoreResult<> PgStore::setLabelOrder(const QList<qint64> &ids)
{
    return writing([&] { return reorder(u"labels"_s, [&ids](QList<qint64> &order) { putFirst(order, ids); }); });
}

StoreResult<> PgStore::setViewOrder(const QList<qint64> &ids)
{
    return writing([&] { return reorder(u"saved_views"_s, [&ids](QList<qint64> &order) { putFirst(order, ids); }); });
}

// ids that are in order first, in their order; then the rest of order.
void PgStore::putFirst(QList<qint64> &order, const QList<qint64> &ids)
{
    QList<qint64> first;
    for (qint64 id : ids) {
        if (order.contains(id) && !first.contains(id))
            first.append(id);
    }
    for (qint64 id : std::as_const(order)) {
        if (!first.contains(id))
            first.append(id);
    }
    order = first;
}

StoreResult<QList<Label>> PgStore::labels() const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT id, name, color, position FROM labels WHERE person = newsdesk_person() "
                              u"ORDER BY position, id"_s))
        return failed<QList<Label>>();
    QList<Label> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return result;
}

StoreResult<QList<Label>> PgStore::labelCounts(const ItemFilter &filter) const
{
    StoreResult<QList<Label>> all = labels();
    if (!all.ok() || all.value().isEmpty())
        return all;
    ItemFilter rest = filter;
    rest.labels.clear();
    rest.sort = ItemFilter::Sort::Listing;
    const StoreResult<PgFilterSql> sql = PgFilterSql::build(rest);
    if (!sql.ok())
        return StoreResult<QList<Label>>::failure(sql.error());
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT il.label_id, count(*), count(*) FILTER (WHERE NOT h.read) FROM item_labels il "
                              u"JOIN labels l ON l.id = il.label_id AND l.person = newsdesk_person() "
                              u"JOIN (SELECT i.key, coalesce(m.read, false) AS read %1) h ON h.key = il.key "
                              u"GROUP BY il.label_id"_s.arg(sql.value().fromWhere()),
                           sql.value().values()))
        return failed<QList<Label>>();
    QHash<qint64, std::pair<qint64, qint64>> byLabel;
    while (q.next())
        byLabel.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    QList<Label> result = all.takeValue();
    for (Label &label : result) {
        const auto [count, unread] = byLabel.value(label.id);
        label.count = count;
        label.unread = unread;
    }
    return result;
}

StoreResult<Label> PgStore::createLabel(const Label &label)
{
    Label made = label;
    made.name = Label::normalisedName(label.name);
    made.count = made.unread = 0;
    if (StoreResult<> refused = refusedName(made.name, u"labels"_s, 0); !refused.ok())
        return StoreResult<Label>::failure(refused.error(), refused.kind());
    if (!made.color.isEmpty() && !OrganiseRules::isColor(made.color))
        return StoreResult<Label>::failure(OrganiseRules::notAColour(made.color));
    const StoreResult<> written = writing([&] {
        const StoreResult<qint64> count = number(u"SELECT count(*) FROM labels WHERE person = newsdesk_person()"_s);
        if (!count.ok())
            return false;
        made.position = int(count.value());
        if (made.color.isEmpty())
            made.color = QString::fromLatin1(Label::Palette.at(made.position % Label::Palette.size()));
        made.color = made.color.toLower();
        QSqlQuery q(m_connection.database());
        if (!m_connection.exec(q, u"INSERT INTO labels(person, name, color, position) "
                                  u"VALUES (newsdesk_person(), ?, ?, ?) RETURNING id"_s,
                               {made.name, made.color, made.position})
            || !q.next())
            return false;
        made.id = q.value(0).toLongLong();
        return true;
    });
    if (!written.ok())
        return StoreResult<Label>::failure(written.error(), written.kind());
    return made;
}

StoreResult<> PgStore::updateLabel(const Label &label)
{
    const QString name = Label::normalisedName(label.name);
    if (StoreResult<> refused = refusedName(name, u"labels"_s, label.id); !refused.ok())
        return refused;
    if (!label.color.isEmpty() && !OrganiseRules::isColor(label.color))
        return StoreResult<>::failure(OrganiseRules::notAColour(label.color));
    if (!hasLabel(label.id))
        return StoreResult<>::failure(OrganiseRules::noSuchLabel());
    return writing([&] {
        QSqlQuery q(m_connection.database());
        if (!m_connection.exec(q, u"SELECT name FROM labels WHERE id = ? AND person = newsdesk_person()"_s, {label.id})
            || !q.next())
            return false;
        const QString before = q.value(0).toString();
        q.finish();
        return m_connection.exec(q, u"UPDATE labels SET name = ?, color = coalesce(nullif(?, ''), color) "
                                    u"WHERE id = ? AND person = newsdesk_person()"_s,
                                 {name, label.color.toLower(), label.id})
                && movePosition(u"labels"_s, label.id, label.position)
                && (before == name || renameInViews(before, name));
    });
}

StoreResult<MarkChange> PgStore::deleteLabel(qint64 id)
{
    if (!hasLabel(id))
        return StoreResult<MarkChange>::failure(OrganiseRules::noSuchLabel());
    MarkChange carried{MarkChange::Mark::Label, true, {}, id};
    const StoreResult<> written = writing([&] {
        // Every key the label is on (also of items not in the archive now),
        // and the ids of those in it.
        QSqlQuery q(m_connection.database());
        q.setForwardOnly(true);
        if (!m_connection.exec(q, u"SELECT il.key, i.id FROM item_labels il LEFT JOIN items i ON i.key = il.key "
                                  u"WHERE il.label_id = ? ORDER BY i.sort_key DESC"_s,
                               {id}))
            return false;
        while (q.next()) {
            carried.keys.append(q.value(0).toByteArray());
            if (!q.value(1).isNull())
                carried.ids.append(q.value(1).toLongLong());
        }
        return m_connection.exec(q, u"DELETE FROM labels WHERE id = ? AND person = newsdesk_person()"_s, {id})
                && movePosition(u"labels"_s, 0, 0);
    });
    if (!written.ok())
        return StoreResult<MarkChange>::failure(written.error(), written.kind());
    return carried;
}

StoreResult<> PgStore::restoreLabel(const Label &label, const MarkChange &carried)
{
    const QString name = Label::normalisedName(label.name);
    if (StoreResult<> refused = refusedName(name, u"labels"_s, label.id); !refused.ok())
        return refused;
    const StoreResult<qint64> exists = number(u"SELECT count(*) FROM labels WHERE id = ?"_s, {label.id});
    if (!exists.ok())
        return StoreResult<>::failure(exists.error());
    if (exists.value() > 0 || label.id <= 0)
        return StoreResult<>::failure(OrganiseRules::labelExists(name));
    return writing([&] {
        QSqlQuery q(m_connection.database());
        const QString color = OrganiseRules::isColor(label.color) ? label.color.toLower() : QString::fromLatin1(Label::Palette[0]);
        if (!m_connection.exec(q, u"INSERT INTO labels(id, person, name, color, position) "
                                  u"VALUES (?, newsdesk_person(), ?, ?, ?)"_s,
                               {label.id, name, color, label.position})
            || !movePosition(u"labels"_s, label.id, label.position))
            return false;
        if (!carried.keys.isEmpty()) {
            QJsonArray keys;
            for (const QByteArray &key : carried.keys)
                keys.append(QString::fromLatin1(key.toHex()));
            return m_connection.exec(q, u"INSERT INTO item_labels(label_id, key) SELECT ?, decode(k, 'hex') "
                                        u"FROM jsonb_array_elements_text(?::jsonb) AS k ORDER BY 2 "
                                        u"ON CONFLICT DO NOTHING"_s,
                                     {label.id, QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))});
        }
        return carried.ids.isEmpty() || setLabelOn(label.id, carried.ids, true);
    });
}

// The person's label on (or off) the items ids; no transaction of its own.
bool PgStore::setLabelOn(qint64 labelId, const QList<qint64> &ids, bool on)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_connection.database());
    if (on) {
        return m_connection.exec(q, u"INSERT INTO item_labels(label_id, key) SELECT ?, i.key FROM items i "
                                    u"WHERE i.id IN %1 ORDER BY i.key ON CONFLICT DO NOTHING"_s.arg(ChosenIds),
                                 {labelId, idsJson(ids)});
    }
    return m_connection.exec(q, u"DELETE FROM item_labels WHERE label_id = ? AND key IN "
                                u"(SELECT i.key FROM items i WHERE i.id IN %1)"_s.arg(ChosenIds),
                             {labelId, idsJson(ids)});
}

// The condition "the item carries the person's label", to set it where it
// is not (on) or take it off where it is.
QString PgStore::labelCondition(qint64 labelId, bool on)
{
    return u"%1EXISTS (SELECT 1 FROM item_labels il WHERE il.key = i.key AND il.label_id = %2)"_s.arg(
            on ? u"NOT "_s : QString(), QString::number(labelId));
}

StoreResult<QString> PgStore::note(qint64 id) const
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT n.text FROM items i JOIN notes n ON n.key = i.key "
                              u"AND n.person = newsdesk_person() WHERE i.id = ?"_s,
                           {id}))
        return failed<QString>();
    return q.next() ? q.value(0).toString() : QString();
}

StoreResult<> PgStore::setNote(qint64 id, const QString &text)
{
    const StoreResult<qint64> found = number(u"SELECT count(*) FROM items WHERE id = ?"_s, {id});
    if (!found.ok())
        return StoreResult<>::failure(found.error());
    if (found.value() == 0)
        return StoreResult<>::failure(tr("There is no item %1 in the shared archive %2.").arg(id).arg(m_connection.server()));
    QSqlQuery q(m_connection.database());
    const bool written = text.trimmed().isEmpty()
            ? m_connection.exec(q, u"DELETE FROM notes WHERE person = newsdesk_person() "
                                   u"AND key = (SELECT key FROM items WHERE id = ?)"_s,
                                {id})
            : m_connection.exec(q, u"INSERT INTO notes(person, key, text, changed_at, search_text) "
                                   u"SELECT newsdesk_person(), key, ?, ?, ? FROM items WHERE id = ? "
                                   u"ON CONFLICT (person, key) DO UPDATE SET text = excluded.text, "
                                   u"changed_at = excluded.changed_at, search_text = excluded.search_text"_s,
                                {text, QDateTime::currentMSecsSinceEpoch(), PgSearchText::field(text), id});
    return written ? StoreResult<>() : failed<std::monostate>();
}

// The person's labels (in their order) and notes of the items idJson names.
bool PgStore::readOrganised(const QString &idJson, QHash<qint64, NewsItem> &byId) const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT i.id, l.name FROM items i JOIN item_labels il ON il.key = i.key "
                              u"JOIN labels l ON l.id = il.label_id AND l.person = newsdesk_person() "
                              u"WHERE i.id IN %1 ORDER BY l.position, l.id"_s.arg(ChosenIds),
                           {idJson}))
        return false;
    while (q.next()) {
        if (const auto it = byId.find(q.value(0).toLongLong()); it != byId.end())
            it->labels.append(q.value(1).toString());
    }
    if (!m_connection.exec(q, u"SELECT i.id, n.text FROM items i JOIN notes n ON n.key = i.key "
                              u"AND n.person = newsdesk_person() WHERE i.id IN %1"_s.arg(ChosenIds),
                           {idJson}))
        return false;
    while (q.next()) {
        if (const auto it = byId.find(q.value(0).toLongLong()); it != byId.end())
            it->note = q.value(1).toString();
    }
    return true;
}

// The person's saved views that name a renamed label name it anew, in the
// same transaction (a view naming the old name would show nothing).
bool PgStore::renameInViews(const QString &before, const QString &after)
{
    QSqlQuery q(m_connection.database());
    if (!m_connection.exec(q, u"SELECT id, filter FROM saved_views WHERE person = newsdesk_person()"_s))
        return false;
    QList<std::pair<qint64, QString>> changed;
    while (q.next()) {
        QString error;
        ItemFilter filter = ItemFilter::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                                                 &error);
        if (!error.isEmpty() || !filter.labels.contains(before))
            continue; // (a view that cannot be read is left as it is: savedViews() says so)
        for (QString &name : filter.labels) {
            if (name == before)
                name = after;
        }
        filter.labels.removeDuplicates();
        changed.append({q.value(0).toLongLong(),
                        QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact))});
    }
    q.finish();
    for (const auto &[id, json] : std::as_const(changed)) {
        if (!m_connection.exec(q, u"UPDATE saved_views SET filter = ? WHERE id = ?"_s, {json, id}))
            return false;
    }
    return true;
}

StoreResult<QList<SavedView>> PgStore::savedViews() const
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!m_connection.exec(q, u"SELECT id, name, position, filter FROM saved_views WHERE person = newsdesk_person() "
                              u"ORDER BY position, id"_s))
        return failed<QList<SavedView>>();
    QList<SavedView> views;
    QString unreadable;
    while (q.next()) {
        SavedView view{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), {}};
        QJsonParseError parsed;
        const QJsonDocument json = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &parsed);
        QString error = json.isObject() ? QString() : parsed.errorString();
        if (error.isEmpty())
            view.filter = ItemFilter::fromJson(json.object(), &error);
        if (!error.isEmpty() && unreadable.isEmpty()) {
            unreadable = tr("The saved view \u201c%1\u201d on the shared archive %2 cannot be read: %3")
                                 .arg(view.name, m_connection.server(), error);
        }
        views.append(view);
    }
    if (!unreadable.isEmpty()) {
        qCWarning(lcStore).noquote() << unreadable;
        return StoreResult<QList<SavedView>>::failure(unreadable);
    }
    return views;
}

StoreResult<SavedView> PgStore::saveView(const SavedView &view)
{
    SavedView saved = view;
    saved.name = Label::normalisedName(view.name);
    saved.filter.ids = QList<qint64>();
    if (StoreResult<> refused = refusedName(saved.name, u"saved_views"_s, view.id); !refused.ok())
        return StoreResult<SavedView>::failure(refused.error(), refused.kind());
    if (view.id != 0 && !hasRow(u"saved_views"_s, view.id))
        return StoreResult<SavedView>::failure(OrganiseRules::noSuchView());
    const QString json = QString::fromUtf8(QJsonDocument(saved.filter.toJson()).toJson(QJsonDocument::Compact));
    const StoreResult<> written = writing([&] {
        QSqlQuery q(m_connection.database());
        if (saved.id == 0) {
            if (!m_connection.exec(q, u"INSERT INTO saved_views(person, name, position, filter) SELECT newsdesk_person(), "
                                      u"?, count(*), ? FROM saved_views WHERE person = newsdesk_person() "
                                      u"RETURNING id, position"_s,
                                   {saved.name, json})
                || !q.next())
                return false;
            saved.id = q.value(0).toLongLong();
            saved.position = q.value(1).toInt();
            return true;
        }
        if (!m_connection.exec(q, u"UPDATE saved_views SET name = ?, filter = ? WHERE id = ? AND person = newsdesk_person()"_s,
                               {saved.name, json, saved.id})
            || !movePosition(u"saved_views"_s, saved.id, saved.position)
            || !m_connection.exec(q, u"SELECT position FROM saved_views WHERE id = ?"_s, {saved.id}) || !q.next())
            return false;
        saved.position = q.value(0).toInt();
        return true;
    });
    if (!written.ok())
        return StoreResult<SavedView>::failure(written.error(), written.kind());
    return saved;
}

StoreResult<> PgStore::deleteView(qint64 id)
{
    return writing([&] {
        QSqlQuery q(m_connection.database());
        return m_connection.exec(q, u"DELETE FROM saved_views WHERE id = ? AND person = newsdesk_person()"_s, {id})
                && movePosition(u"saved_views"_s, 0, 0);
    });
}
