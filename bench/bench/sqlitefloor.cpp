#include "sqlitefloor.h"

#include "benchsupport.h"
#include "models/store/newsstore.h"
#include "models/store/sqlite/searchindex.h"
#include "tests/storeconnection.h"

#include <QDir>
#include <QProcess>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Same page cache and journal settings as NewsStore::open.
const QByteArray Pragmas = "PRAGMA journal_mode = WAL;\n"
                           "PRAGMA synchronous = NORMAL;\n"
                           "PRAGMA temp_store = MEMORY;\n"
                           "PRAGMA cache_size = -65536;\n";

// Writes query's rows as CSV lines (fields quoted where quote[i]) to path.
bool writeCsv(QSqlQuery &q, const QString &path, const QList<bool> &quote, qint64 &rows, QString &message)
{
    QSaveFile csv(path);
    if (!csv.open(QIODevice::WriteOnly)) {
        message = u"cannot write %1: %2"_s.arg(path, csv.errorString());
        return false;
    }
    QString buffer;
    bool ok = true;
    rows = 0;
    while (q.next()) {
        for (qsizetype i = 0; i < quote.size(); ++i) {
            if (i > 0)
                buffer += u',';
            buffer += quote.at(i) ? csvField(q.value(int(i)).toString()) : q.value(int(i)).toString();
        }
        buffer += u'\n';
        ++rows;
        if (buffer.size() > (1 << 20)) {
            const QByteArray utf8 = buffer.toUtf8();
            ok = ok && csv.write(utf8) == utf8.size();
            buffer.clear();
        }
    }
    const QByteArray utf8 = buffer.toUtf8();
    ok = ok && csv.write(utf8) == utf8.size();
    if (!ok || !csv.commit()) {
        message = u"cannot write %1: %2"_s.arg(path, csv.errorString());
        return false;
    }
    return true;
}

} // namespace

SqliteFloor::SqliteFloor(QTextStream &out, bool keep)
    : m_out(out), m_keep(keep)
{
}

void SqliteFloor::error(const QString &message)
{
    m_errors.append(message);
    m_out << "ERROR: " << message << Qt::endl;
}

bool SqliteFloor::available(QJsonObject &skipped)
{
    if (!QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty())
        return true;
    m_out << "  sqlite3 floor: skipped (no sqlite3 shell; apt-get install sqlite3)" << Qt::endl;
    skipped = {{u"skipped"_s, u"no sqlite3 shell"_s}};
    return false;
}

bool SqliteFloor::runShell(const QByteArray &sql, const QString &dir, const QString &name, const QString &dbPath,
                           qint64 rows, double &seconds)
{
    const QString path = QDir(dir).filePath(name);
    QSaveFile script(path);
    if (!script.open(QIODevice::WriteOnly) || script.write(sql) != sql.size() || !script.commit()) {
        error(u"sqlite3 floor: cannot write %1"_s.arg(path));
        return false;
    }
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(u"sqlite3"_s, {dbPath, u".read '%1'"_s.arg(path)});
    const bool finished = shell.waitForFinished(-1);
    seconds = msSince(timer) / 1000;
    const QString output = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
    const QString stderrText = QString::fromUtf8(shell.readAllStandardError()).trimmed();
    if (!finished || shell.exitCode() != 0 || !output.endsWith(QString::number(rows))) {
        error(u"sqlite3 floor failed (exit %1): %2 %3"_s.arg(shell.exitCode()).arg(output, stderrText));
        return false;
    }
    return true;
}

// ------------------------------------------------------------ cache-shaped

bool SqliteFloor::writeCacheShapedCsv(const QString &cachePath, const QString &csvPath, QByteArray &ftsDefinition,
                                      qint64 &rows)
{
    NewsStore store;
    if (!store.open(cachePath)) {
        error(u"sqlite3 floor: %1"_s.arg(store.errorString()));
        return false;
    }
    QSqlQuery q(storeConnection(store));
    q.setForwardOnly(true);
    // The floor builds the same full-text table as the cache's.
    if (q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'items_fts'"_s) && q.next())
        ftsDefinition = q.value(0).toString().toUtf8() + ";\n";
    // ... with the same settings (the size of its in-memory hash, say).
    if (q.exec(u"SELECT k, v FROM items_fts_config WHERE k <> 'version'"_s)) {
        while (q.next()) {
            const QVariant v = q.value(1);
            const QString value = v.typeId() == QMetaType::QString
                    ? u"'"_s + v.toString().replace(u'\'', u"''"_s) + u"'"_s
                    : v.toString();
            ftsDefinition += u"INSERT INTO items_fts(items_fts, rank) VALUES ('%1', %2);\n"_s
                                     .arg(q.value(0).toString(), value).toUtf8();
        }
    }
    // The floor's rows carry what the index needs of an item's categories.
    q.exec(u"SELECT id, 'X' || hex(key), %1, %2, title_key, sort_key, %3 FROM items i ORDER BY id"_s.arg(
            SearchIndex::textSql(u"title"_s), SearchIndex::textSql(u"summary"_s),
            SearchIndex::categoriesSql(u"i.id"_s)));
    QString message;
    if (!writeCsv(q, csvPath, {false, false, true, true, true, false, true}, rows, message)) {
        error(u"sqlite3 floor: "_s + message);
        return false;
    }
    return true;
}

QJsonObject SqliteFloor::measureCacheShaped(const QString &cachePath, const QString &dir, double importSeconds)
{
    QJsonObject skipped;
    if (!available(skipped))
        return skipped;
    QDir().mkpath(dir);
    const QString csvPath = QDir(dir).filePath(u"items.csv"_s);
    const QString dbPath = QDir(dir).filePath(u"floor.sqlite"_s);
    QElapsedTimer csvTimer;
    csvTimer.start();
    qint64 rows = 0;
    QByteArray ftsDefinition;
    if (!writeCacheShapedCsv(cachePath, csvPath, ftsDefinition, rows))
        return {};
    const double csvSeconds = msSince(csvTimer) / 1000;

    // Two runs of the shell, timed apart: the .import, then the FTS rebuild.
    const QByteArray importSql = Pragmas
            + "CREATE TABLE items (id INTEGER PRIMARY KEY, key BLOB NOT NULL UNIQUE, "
              "title TEXT NOT NULL, summary TEXT NOT NULL, title_key TEXT NOT NULL, "
              "sort_key INTEGER NOT NULL, categories TEXT NOT NULL);\n"
              "CREATE INDEX items_by_listing ON items(sort_key);\n"
              "CREATE INDEX items_by_title ON items(title_key, sort_key);\n"
            + ftsDefinition
            + ".mode csv\n"
              ".import '"
            + csvPath.toUtf8() + "' items\nSELECT count(*) FROM items;\n";
    const QByteArray rebuildSql = Pragmas + "INSERT INTO items_fts(rowid, title, summary, categories) "
                                            "SELECT sort_key, title, summary, categories FROM items ORDER BY sort_key;\n"
                                            "SELECT count(*) FROM items;\n";
    QFile::remove(dbPath);
    double importPart = 0, rebuildPart = 0;
    if (!runShell(importSql, dir, u"import.sql"_s, dbPath, rows, importPart)
        || !runShell(rebuildSql, dir, u"rebuild.sql"_s, dbPath, rows, rebuildPart))
        return {};
    const double seconds = importPart + rebuildPart;
    const double ratio = seconds > 0 ? importSeconds / seconds : 0;
    m_out << u"  sqlite3 shell (.import %4 s + FTS5 build %5 s): %1 s for %2 rows; newsdesk import / sqlite3 = %3"_s
                    .arg(seconds, 0, 'f', 2)
                    .arg(rows)
                    .arg(ratio, 0, 'f', 2)
                    .arg(importPart, 0, 'f', 2)
                    .arg(rebuildPart, 0, 'f', 2)
          << Qt::endl;
    if (!m_keep)
        QDir(dir).removeRecursively();
    return {
        {u"s"_s, round3(seconds)},
        {u"import_s"_s, round3(importPart)},
        {u"fts_rebuild_s"_s, round3(rebuildPart)},
        {u"rows"_s, rows},
        {u"csv_write_s"_s, round3(csvSeconds)},
        {u"ratio"_s, round3(ratio)},
    };
}

// ------------------------------------------------------------------- plain

bool SqliteFloor::writePlainCsv(const QString &cachePath, const QString &dir, qint64 &rows)
{
    NewsStore store;
    if (!store.open(cachePath)) {
        error(u"plain floor: %1"_s.arg(store.errorString()));
        return false;
    }
    QSqlQuery q(storeConnection(store));
    q.setForwardOnly(true);
    QString message;
    qint64 ignored = 0;
    const bool ok = q.exec(u"SELECT id, title, summary, sort_key FROM items ORDER BY id"_s)
            && writeCsv(q, QDir(dir).filePath(u"items.csv"_s), {false, true, true, false}, rows, message)
            && q.exec(u"SELECT id, name FROM categories ORDER BY id"_s)
            && writeCsv(q, QDir(dir).filePath(u"categories.csv"_s), {false, true}, ignored, message)
            && q.exec(u"SELECT item_id, category_id FROM item_categories ORDER BY item_id, category_id"_s)
            && writeCsv(q, QDir(dir).filePath(u"links.csv"_s), {false, false}, ignored, message);
    if (!ok) {
        error(u"plain floor: "_s + (message.isEmpty() ? u"cannot read the cache"_s : message));
        return false;
    }
    return true;
}

QJsonObject SqliteFloor::measurePlain(const QString &cachePath, const QString &dir, double importSeconds)
{
    QJsonObject skipped;
    if (!available(skipped))
        return skipped;
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(u"plain.sqlite"_s);
    qint64 rows = 0;
    if (!writePlainCsv(cachePath, dir, rows))
        return {};
    auto csv = [&](const char *name) { return QDir(dir).filePath(QString::fromLatin1(name)).toUtf8(); };
    const QByteArray importSql = Pragmas
            + "CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL, "
              "sort_key INTEGER NOT NULL);\n"
              "CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n"
              "CREATE TABLE links (item_id INTEGER NOT NULL, category_id INTEGER NOT NULL, "
              "PRIMARY KEY (item_id, category_id)) WITHOUT ROWID;\n"
              ".mode csv\n"
              ".import '" + csv("items.csv") + "' items\n"
              ".import '" + csv("categories.csv") + "' categories\n"
              ".import '" + csv("links.csv") + "' links\n"
              "SELECT count(*) FROM items;\n";
    const QByteArray ftsSql = Pragmas
            + "CREATE VIRTUAL TABLE items_fts USING fts5(title, summary, content = 'items', "
              "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0');\n"
              "INSERT INTO items_fts(items_fts) VALUES ('rebuild');\n"
              "SELECT count(*) FROM items;\n";
    QFile::remove(dbPath);
    double importPart = 0, ftsPart = 0;
    if (!runShell(importSql, dir, u"plain-import.sql"_s, dbPath, rows, importPart)
        || !runShell(ftsSql, dir, u"plain-fts.sql"_s, dbPath, rows, ftsPart))
        return {};
    const double seconds = importPart + ftsPart;
    const double ratio = seconds > 0 ? importSeconds / seconds : 0;
    m_out << u"  plain floor (sqlite3 .import of items, categories, links %1 s + plain FTS5 %2 s): %3 s; "
             u"newsdesk import / plain = %4"_s.arg(importPart, 0, 'f', 2)
                    .arg(ftsPart, 0, 'f', 2)
                    .arg(seconds, 0, 'f', 2)
                    .arg(ratio, 0, 'f', 2)
          << Qt::endl;
    if (!m_keep)
        QDir(dir).removeRecursively();
    return {
        {u"s"_s, round3(seconds)},
        {u"import_s"_s, round3(importPart)},
        {u"fts_build_s"_s, round3(ftsPart)},
        {u"rows"_s, rows},
        {u"ratio"_s, round3(ratio)},
    };
}
