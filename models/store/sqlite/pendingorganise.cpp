// TEMPORARY (issue 16 in progress): every placeholder is implemented now (h-store, h-sources);
// the file is deleted before the work is merged to main.
#include "models/store/sqlite/sqlitestore.h"
