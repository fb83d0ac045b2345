#pragma once

#include "models/store/newsitem.h"

#include <QString>

class QSqlQuery;

// The row of an item both stores read for the list (SqliteStore::readItems,
// PgStore::items): id, title, summary, their whole lengths, read, starred,
// added. The text is cut in the database (substr() and length() count
// characters in both), so megabytes never become a QString.
namespace ItemRow {

// The title, summary and length columns: "i.title, i.summary, -1, -1"
// without a limit (textLimit < 0).
QString textColumns(qint64 textLimit);
// The item of the query's current row, selected as id, textColumns(),
// read, starred, added.
NewsItem fromQuery(const QSqlQuery &query, qint64 textLimit);

} // namespace ItemRow
