#include "models/listing/diagnostic.h"

#include <QCoreApplication>

QString Diagnostic::toString() const
{
    const QString where = line > 0 ? file + u':' + QString::number(line) : file;
    const QString kind = severity == Severity::Error
            ? QCoreApplication::translate("Diagnostic", "error")
            : QCoreApplication::translate("Diagnostic", "warning");
    return where + u": " + kind + u": " + message;
}
