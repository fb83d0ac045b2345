#pragma once

#include "models/store/storeresult.h"

#include <QCoreApplication>

class PgConnection;

// The shared archive's schema: numbered migrations (:/newsdesk/pg/pg_NNN_*.sql),
// each in one transaction with the version in newsdesk_schema. An empty
// database is made a newsdesk archive; one with tables of another program,
// or a schema newer than this program, is refused and left as it is.
class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)

public:
    static constexpr int Version = 4;
    // An item's listing key is ordinal * PositionsPerFile + PositionsPerFile
    // - 1 - position, from its newest source (files.ordinal, sources.position).
    static constexpr qint64 PositionsPerFile = qint64(1) << 32;

    // Migrates to Version; the version found (-1 when it cannot be read).
    static StoreResult<int> migrate(const PgConnection &connection);
    // The version of an open archive; -1 when it cannot be read.
    static int version(const PgConnection &connection);

private:
    static StoreResult<int> found(const PgConnection &connection);
    static bool runStep(const PgConnection &connection, int step, QString &error);
    static bool runScript(const PgConnection &connection, const QString &sql, QString &error);
};
