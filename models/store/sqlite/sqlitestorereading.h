#pragma once

// SqliteStore::reading(), for the files that define SqliteStore's reads
// (sqlitestore.cpp, sqlitesources.cpp, sqlitestateexchange.cpp). h-store put
// the template's one definition in sqlitestore.h itself (sqliteorganise.cpp
// reads through it too); this header stays for h-sources' includes.
#include "models/store/sqlite/sqlitestore.h"
