#pragma once

// The SQLite connection behind a NewsStore, for tests and benchmarks that look
// at the cache's tables themselves (or break them on purpose). Product code
// never does: it goes through NewsStore and its StoreBackend.

#include "models/store/newsstore.h"
#include "models/store/sqlite/sqlitestore.h"

#include <QSqlDatabase>

// Invalid unless store runs on SQLite and is open.
inline QSqlDatabase storeConnection(const NewsStore &store)
{
    const auto *sqlite = dynamic_cast<const SqliteStore *>(&store.backend());
    return sqlite ? sqlite->database() : QSqlDatabase();
}
