#include "models/store/sqlite/sqliteerror.h"

#include <QSqlError>

int SqliteError::code(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    return ok ? native & 0xff : -1; // an extended code's low byte is its primary code
}

QString SqliteError::describe(const QSqlError &error, const QString &path)
{
    switch (code(error)) {
    case Full:
        return tr("the disk is full: there is no room to write to the cache %1 (it keeps what it held before)")
                .arg(path);
    case Busy:
        return tr("another writer kept the cache %1 locked for too long (%2)").arg(path, error.text());
    default:
        return error.text();
    }
}
