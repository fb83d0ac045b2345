#include "models/store/postgres/pgsearchtext.h"

#include "models/search/searchtext.h"
#include "models/store/postgres/pgconnection.h"
#include "models/support/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Rows folded per statement while migration 4 fills an archive.
constexpr int FillRows = 5000;

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Appends the words of folded to out: " w w" (no space at the end).
void appendWords(QStringView folded, QString &out)
{
    qsizetype length = 0;
    for (qsizetype start = SearchText::nextWord(folded, 0, length); start >= 0;
         start = SearchText::nextWord(folded, start + length, length)) {
        out += u' ';
        out += folded.sliced(start, length);
    }
}

void appendField(QStringView text, QString &out, QString &buffer)
{
    SearchText::foldText(text, buffer);
    appendWords(buffer, out);
    out += u' ';
}

// Folds the text columns of a table's rows, FillRows at a time by id:
// select reads (id, text, text...), update takes the JSON rows [{"id", "f"}].
bool fillTable(const PgConnection &connection, const QString &select, const QString &update,
               QString (*make)(const QSqlQuery &), QString &error)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    qint64 after = -1;
    while (true) {
        if (!connection.exec(q, select, {after, FillRows})) {
            error = connection.error();
            return false;
        }
        QJsonArray rows;
        while (q.next()) {
            after = q.value(0).toLongLong();
            rows.append(QJsonObject{{u"id"_s, after}, {u"f"_s, make(q)}});
        }
        if (rows.isEmpty())
            return true;
        if (!connection.exec(q, update, {json(rows)})) {
            error = connection.error();
            return false;
        }
    }
}

QString itemRow(const QSqlQuery &q)
{
    return PgSearchText::item(q.value(1).toString(), q.value(2).toString());
}

QString fieldRow(const QSqlQuery &q)
{
    return PgSearchText::field(q.value(1).toString());
}

QString updateFrom(const QString &table, const QString &column)
{
    return u"UPDATE %1 t SET %2 = r.f FROM jsonb_to_recordset(?::jsonb) AS r(id bigint, f text) WHERE t.id = r.id"_s
            .arg(table, column);
}

} // namespace

namespace PgSearchText {

QString field(QStringView text)
{
    QString out;
    QString buffer;
    out.reserve(text.size() + 2);
    appendField(text, out, buffer);
    return out;
}

QString item(QStringView title, QStringView summary)
{
    QString out;
    QString buffer;
    out.reserve(title.size() + summary.size() + 4);
    appendField(title, out, buffer);
    out += FieldSeparator;
    appendField(summary, out, buffer);
    return out;
}

QString categories(const QString &namesJson)
{
    QStringList names = QJsonDocument::fromJson(namesJson.toUtf8()).toVariant().toStringList();
    names.removeDuplicates();
    // In the order the server's string_agg(... ORDER BY name) gives: the
    // names' bytes (categories.name is COLLATE "C").
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QStringList fields;
    fields.reserve(names.size());
    for (const QString &name : std::as_const(names))
        fields.append(field(name));
    return fields.join(FieldSeparator);
}

QString insertCategoriesSql()
{
    return u"INSERT INTO categories(name, search_name) SELECT r.n, r.f FROM jsonb_to_recordset(?::jsonb) "
           u"AS r(n text, f text) ORDER BY r.n ON CONFLICT DO NOTHING"_s;
}

QVariantList insertCategoriesValues(const QStringList &names)
{
    QStringList sortedNames = names;
    sortedNames.sort();
    QJsonArray rows;
    for (const QString &name : std::as_const(sortedNames))
        rows.append(QJsonObject{{u"n"_s, name}, {u"f"_s, field(name)}});
    return {json(rows)};
}

QString lockForCategoriesSql(const QString &idsSql)
{
    return u"SELECT count(*) FROM (SELECT 1 FROM items it WHERE it.id = ANY(ARRAY(%1)) ORDER BY it.id "
           u"FOR NO KEY UPDATE OF it) AS held"_s.arg(idsSql);
}

QString updateCategoriesSql(const QString &idsSql)
{
    // (The rows to change locked in id order first, as the importer locks
    // every set of items it updates: two imports wait, never deadlock.)
    // (= ANY(ARRAY(...)): the items looked up by id, never a hash join
    // over every item, which the planner picks from a temporary table's
    // guessed size: 2.7 s per call at 1,000,000 items.)
    return u"WITH y AS MATERIALIZED (SELECT a.id, coalesce((SELECT string_agg(c.search_name, '%1' ORDER BY c.name) "
           u"FROM item_categories ic JOIN categories c ON c.id = ic.category_id WHERE ic.item_id = a.id), '') AS t "
           u"FROM (%2) a) "
           u"UPDATE items i SET search_categories = x.t FROM (SELECT it.id, y.t FROM items it JOIN y ON y.id = it.id "
           u"WHERE it.id = ANY(ARRAY(SELECT id FROM y)) AND it.search_categories <> y.t "
           u"ORDER BY it.id FOR NO KEY UPDATE OF it) x WHERE i.id = x.id"_s.arg(FieldSeparator).arg(idsSql);
}

bool checkTrigrams(const PgConnection &connection, QString &error)
{
    QSqlQuery q(connection.database());
    if (!connection.exec(q, u"SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"_s) || !q.next()) {
        error = connection.error();
        return false;
    }
    if (q.value(0).toLongLong() > 0)
        return true;
    error = QCoreApplication::translate("PgSearchText",
                                        "The PostgreSQL server of %1 lacks the extension pg_trgm, which newsdesk's "
                                        "search needs; install it on the server (it comes with PostgreSQL: "
                                        "on Debian the postgresql package, elsewhere often postgresql-contrib).")
                    .arg(connection.server());
    qCWarning(lcStore).noquote() << error;
    return false;
}

bool foldNotes(const PgConnection &connection, QString &error)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!connection.exec(q, u"SELECT person, encode(key, 'hex'), text FROM notes WHERE search_text IS NULL"_s)) {
        error = connection.error();
        return false;
    }
    QJsonArray rows;
    while (q.next())
        rows.append(QJsonObject{{u"p"_s, q.value(0).toString()}, {u"k"_s, q.value(1).toString()},
                                {u"f"_s, field(q.value(2).toString())}});
    if (rows.isEmpty())
        return true;
    if (connection.exec(q, u"UPDATE notes n SET search_text = r.f FROM jsonb_to_recordset(?::jsonb) "
                           u"AS r(p text, k text, f text) WHERE n.person = r.p AND n.key = decode(r.k, 'hex')"_s,
                        {json(rows)}))
        return true;
    error = connection.error();
    return false;
}

bool fill(const PgConnection &connection, QString &error)
{
    QSqlQuery q(connection.database());
    return fillTable(connection, u"SELECT id, title, summary FROM items WHERE id > ? ORDER BY id LIMIT ?"_s,
                     updateFrom(u"items"_s, u"search_text"_s), itemRow, error)
            && fillTable(connection, u"SELECT id, name FROM categories WHERE id > ? ORDER BY id LIMIT ?"_s,
                         updateFrom(u"categories"_s, u"search_name"_s), fieldRow, error)
            && foldNotes(connection, error)
            && (connection.exec(q, u"UPDATE items i SET search_categories = x.t FROM (SELECT ic.item_id, "
                                   u"string_agg(c.search_name, '%1' ORDER BY c.name) AS t FROM item_categories ic "
                                   u"JOIN categories c ON c.id = ic.category_id GROUP BY ic.item_id) x "
                                   u"WHERE i.id = x.item_id"_s.arg(FieldSeparator))
                || (error = connection.error(), false));
}

} // namespace PgSearchText
