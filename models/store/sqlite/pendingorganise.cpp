// TEMPORARY (issue 16 in progress): placeholders for the organising part of
// SqliteStore while it is built on the h-store and h-sources branches. Each
// branch deletes the functions it implements; the file is deleted before the
// work is merged to main. (Merged in h-cli: both branches' functions are
// implemented; none is left.)
#include "models/store/sqlite/sqlitestore.h"
