#include "sqlprofiler.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QVariant>

#ifdef NEWSDESK_BENCH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;

SqlProfiler::~SqlProfiler()
{
    detach();
}

bool SqlProfiler::attach(const QSqlDatabase &db)
{
    detach();
#ifndef NEWSDESK_BENCH_HAVE_SQLITE3
    Q_UNUSED(db);
    return false;
#else
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        return false;
    sqlite3_trace_v2(m_handle, SQLITE_TRACE_PROFILE, &SqlProfiler::trace, this);
    return true;
#endif
}

void SqlProfiler::detach()
{
#ifdef NEWSDESK_BENCH_HAVE_SQLITE3
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
#endif
    m_handle = nullptr;
}

int SqlProfiler::trace(unsigned type, void *context, void *statement, void *extra)
{
#ifndef NEWSDESK_BENCH_HAVE_SQLITE3
    Q_UNUSED(type);
    Q_UNUSED(context);
    Q_UNUSED(statement);
    Q_UNUSED(extra);
    return 0;
#else
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto *self = static_cast<SqlProfiler *>(context);
    const QByteArray raw(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
    auto known = self->m_keys.constFind(raw);
    if (known == self->m_keys.constEnd()) {
        static const QRegularExpression numbers(u"\\b\\d+\\b"_s);
        static const QRegularExpression lists(u"#(,#)+"_s);
        QString sql = QString::fromUtf8(raw).simplified();
        sql.replace(numbers, u"#"_s);
        sql.replace(lists, u"#,..."_s);
        known = self->m_keys.insert(raw, sql);
    }
    Entry &entry = self->m_entries[*known];
    entry.sql = *known;
    entry.nanos += *static_cast<const sqlite3_int64 *>(extra);
    ++entry.calls;
    return 0;
#endif
}

QList<SqlProfiler::Entry> SqlProfiler::entries() const
{
    QList<Entry> list = m_entries.values();
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) { return a.nanos > b.nanos; });
    return list;
}

bool SqlProfiler::isNested(const QString &sql)
{
    // FTS5 keeps its index in shadow tables it writes with its own statements
    // ("INSERT INTO 'main'.'items_fts_data' ..."), while the statement that
    // changed the FTS table runs: their time is part of that statement's.
    return sql.contains(u"'main'.'"_s);
}

qint64 SqlProfiler::totalNanos() const
{
    qint64 total = 0;
    for (const Entry &e : m_entries) {
        if (!isNested(e.sql))
            total += e.nanos;
    }
    return total;
}
