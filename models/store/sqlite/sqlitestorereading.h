#pragma once

// SqliteStore::reading(), for the files that define SqliteStore's reads
// (sqlitestore.cpp, sqlitesources.cpp, sqlitestateexchange.cpp): one
// definition of the template, included where it is instantiated.
#include "models/store/sqlite/sqlitestore.h"

template <typename Read>
auto SqliteStore::reading(Read read) const -> StoreResult<std::invoke_result_t<Read>>
{
    using Value = std::invoke_result_t<Read>;
    m_connection.takeFailure(); // the failures of an earlier read were reported with it
    if (!m_connection.isOpen())
        return StoreResult<Value>::failure(readFailure({}));
    Value value = read();
    const bool damaged = m_connection.failureIsDamage();
    if (const QString failure = m_connection.takeFailure(); !failure.isEmpty()) {
        // SQLite's error does not say which file is damaged: the cache, or the state database its reads join.
        const StoreFailure kind = damaged ? damagedFile() : StoreFailure::Failed;
        if (kind == StoreFailure::StateDamaged)
            return StoreResult<Value>::failure(stateDamage(failure), kind);
        return StoreResult<Value>::failure(readFailure(failure, damaged), kind);
    }
    return value;
}
