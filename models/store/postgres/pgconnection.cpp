#include "models/store/postgres/pgconnection.h"

#include "models/support/logging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::isAvailable()
{
    return QSqlDatabase::isDriverAvailable(u"QPSQL"_s);
}

StoreResult<> PgConnection::open(const PgAddress &address)
{
    close();
    m_address = address;
    if (!isAvailable()) {
        const QString error = tr("Cannot open the shared archive %1: Qt's PostgreSQL driver (QPSQL) is not "
                                 "installed (Debian: libqt6sql6-psql).")
                                      .arg(server());
        qCWarning(lcStore).noquote() << error;
        return StoreResult<>::failure(error);
    }
    static QAtomicInteger<quint64> counter;
    m_name = u"newsdesk-pg-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    m_db.setHostName(address.host);
    m_db.setPort(address.port);
    m_db.setDatabaseName(address.database);
    if (!address.user.isEmpty())
        m_db.setUserName(address.user);
    m_db.setConnectOptions(u"connect_timeout=10;application_name=newsdesk"_s);
    // The server's notices ("... already exists, skipping") are not for the
    // person's terminal: only warnings and errors reach libpq.
    // The person (newsdesk_person(), schema 3): set for the whole session.
    QSqlQuery q(m_db);
    if (m_db.open() && q.exec(u"SET client_min_messages TO warning"_s) && q.prepare(u"SELECT set_config('newsdesk.person', ?, false)"_s)) {
        q.addBindValue(address.person);
        if (q.exec())
            return {};
    }
    const QString error = tr("Cannot connect to the shared archive %1: %2")
                                  .arg(server(), m_db.lastError().databaseText().trimmed());
    qCWarning(lcStore).noquote() << error;
    close();
    return StoreResult<>::failure(error);
}

void PgConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool PgConnection::isOpen() const
{
    return m_db.isOpen();
}

QString PgConnection::describe(const QSqlError &error) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text();
    // insufficient_privilege: the role may read but not write this part.
    if (error.nativeErrorCode() == u"42501"_s)
        return tr("The shared archive %1 refused: your role may not do this (%2). The archive's owner grants the "
                  "rights (docs/TEAM.md, \u201cRoles and rights\u201d).")
                .arg(server(), text);
    return tr("The shared archive %1 failed: %2").arg(server(), text);
}

bool PgConnection::exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    // (PostgreSQL prepares no transaction control or DDL: those run as they are.)
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        ok = ok && q.exec();
    }
    if (ok)
        return true;
    m_error = describe(q.lastError());
    qCWarning(lcStore).noquote() << server() << sql << ':' << q.lastError().text();
    return false;
}

bool PgConnection::begin() const
{
    QSqlQuery q(m_db);
    return exec(q, u"BEGIN"_s);
}

bool PgConnection::commit() const
{
    QSqlQuery q(m_db);
    if (exec(q, u"COMMIT"_s))
        return true;
    rollback();
    return false;
}

void PgConnection::rollback() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"ROLLBACK"_s))
        qCWarning(lcStore).noquote() << server() << "ROLLBACK:" << q.lastError().text();
}
