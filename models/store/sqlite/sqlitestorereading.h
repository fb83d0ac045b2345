#pragma once

// SqliteStore::reading(), for the files that define SqliteStore's reads: the
// template is defined in sqlitestore.h now (h-store), this header only
// includes it (merge of h-store and h-sources in h-panes).
#include "models/store/sqlite/sqlitestore.h"
