#pragma once

// SqliteStore::reading(), for the files that define SqliteStore's reads
// (sqlitestore.cpp, sqlitesources.cpp, sqlitestateexchange.cpp). (Merge of
// h-store and h-sources: both moved the template out of sqlitestore.cpp;
// h-store's definition in sqlitestore.h is the one kept here.)
#include "models/store/sqlite/sqlitestore.h"
