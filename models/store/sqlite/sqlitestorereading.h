#pragma once

// SqliteStore::reading(), for the files that define SqliteStore's reads
// (sqlitestore.cpp, sqlitesources.cpp, sqlitestateexchange.cpp). Merge of
// h-store and h-sources (in h-cli): h-store defines the template in
// sqlitestore.h itself, so this header only includes it.
#include "models/store/sqlite/sqlitestore.h"
