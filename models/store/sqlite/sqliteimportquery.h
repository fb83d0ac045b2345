#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <algorithm>

// One query of the SQLite import writers: every statement that fails is
// logged (newsdesk.store) with its SQL and error, and the error's text is left
// in the writer's error string for the importer's report.
class SqliteImportQuery
{
public:
    SqliteImportQuery(const QSqlDatabase &db, QString &error);
    Q_DISABLE_COPY_MOVE(SqliteImportQuery)

    // Rows are read once, in order, and not kept (a large read: set before exec()).
    void setForwardOnly() { m_query.setForwardOnly(true); }
    // Runs sql as it is.
    bool exec(const QString &sql);
    // Prepares sql, binds binds in order and runs it.
    bool exec(const QString &sql, const QVariantList &binds);
    // Prepares sql to run several times: bind(), then run().
    bool prepare(const QString &sql);
    void bind(int position, const QVariant &value) { m_query.bindValue(position, value); }
    bool run();

    // Steps to the next row: false at the end of the rows or when stepping
    // failed; a failure is logged and left in the error (stepFailed()).
    bool next();
    bool stepFailed() const { return m_stepFailed; }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    // Rows the last statement changed (0 when it cannot say).
    qint64 rowsAffected() const { return std::max(m_query.numRowsAffected(), 0); }

private:
    bool failed(const QString &what = QStringLiteral("import statement"));

    QSqlQuery m_query;
    QString m_file;
    QString &m_error;
    bool m_stepFailed = false;
};
