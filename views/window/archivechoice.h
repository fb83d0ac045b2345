#pragma once

#include <QString>

// Which archive the window opens: the one given (--db), else the shared
// archive the person connected to last (File → Connect to a Shared
// Archive…, remembered in the settings as its address only, never a
// password), else the local cache.
namespace ArchiveChoice {

// The address remembered, or empty (the local cache).
QString remembered();
// Remembers location (a shared archive's address); empty: the local cache.
void remember(const QString &location);
// What to open: given when not empty, else remembered(), else the local cache.
QString toOpen(const QString &given);

} // namespace ArchiveChoice
