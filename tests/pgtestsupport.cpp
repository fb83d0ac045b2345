#include "pgtestsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PgTestSupport {

namespace {

QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

QString serverUrl(QString &why)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        why = u"Qt's PostgreSQL driver (QPSQL, Debian: libqt6sql6-psql) is not installed"_s;
        return {};
    }
    const QString given = qEnvironmentVariable("NEWSDESK_TEST_PG");
    if (!given.isEmpty())
        return given;
    const QString state = qEnvironmentVariable("NEWSDESK_TEST_PG_STATE");
    if (state.isEmpty()) {
        why = u"no PostgreSQL test server: run the test through ctest (fixture postgresql_server_start) or set "
              u"NEWSDESK_TEST_PG"_s;
        return {};
    }
    const QString url = readLine(state + u"/url"_s);
    if (url.isEmpty()) {
        const QString skip = readLine(state + u"/skip"_s);
        why = skip.isEmpty() ? u"the PostgreSQL test server did not start (see the test postgresql_server_start)"_s
                             : skip;
        return {};
    }
    if (qEnvironmentVariableIsEmpty("PGPASSFILE"))
        qputenv("PGPASSFILE", QFile::encodeName(state + u"/pgpass"_s));
    return url;
}

QString addressFor(const QString &database, const QString &role)
{
    QString why;
    QUrl url(serverUrl(why));
    url.setPath(u"/"_s + database);
    if (!role.isEmpty())
        url.setUserName(role);
    return url.toString();
}

QString firstValue(const QString &database, const QString &sql, const QString &role, QString &error)
{
    QString why;
    const QUrl url(serverUrl(why));
    if (url.isEmpty()) {
        error = why;
        return {};
    }
    const QString name = u"pgtestsupport-admin"_s;
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(role.isEmpty() ? url.userName() : role);
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(u"SET client_min_messages TO warning"_s);
            if (!q.exec(sql))
                error = q.lastError().text() + u" (in: "_s + sql + u")"_s;
            else if (q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString execute(const QString &database, const QString &sql)
{
    QString error;
    firstValue(database, sql, {}, error);
    return error;
}

QString freshDatabase(const QString &name, QString &error, const QString &role)
{
    QString why;
    const QUrl url(serverUrl(why));
    if (url.isEmpty()) {
        error = why;
        return {};
    }
    const QString server = url.path().mid(1);
    error = execute(u"postgres"_s, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    if (error.isEmpty())
        error = execute(u"postgres"_s, u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(name, server));
    return error.isEmpty() ? addressFor(name, role) : QString();
}

} // namespace PgTestSupport
