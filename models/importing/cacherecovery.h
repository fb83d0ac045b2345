#pragma once

#include "models/importing/importreport.h"
#include "models/importing/newsimporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What happens to a damaged cache (StoreFailure::Damaged): it is set aside
// with its -wal and -shm as <name>.damaged-<yyyyMMdd-HHmmss>, a new cache is
// made in its place, and it is rebuilt through the normal import from the
// sources its state database remembers. The person's marks live in the state
// database, keyed by item key, so the rebuilt cache shows them again.
// The command line does all of it here; the window sets aside (setAside())
// and imports the sources through its ImportController, with its progress.
//
// Setting aside happens only while this process holds the cache's ImportLock
// (no import is writing it) and no NewsStore of any process has it open
// (CacheUsers, taken without waiting). When either is busy nothing is
// renamed: the damage is recorded (<cache>.damage, CacheFile::markDamaged)
// for the next open after the other newsdesk is done, and the result says so
// (inUse). The rebuilding import takes the ImportLock again as any import.
class CacheRecovery
{
    Q_DECLARE_TR_FUNCTIONS(CacheRecovery)

public:
    struct Result
    {
        QString setAsideAs;    // where the damaged cache went (empty: it was not moved)
        bool inUse = false;    // not moved: an import or another opener holds the cache
        QStringList sources;   // what the cache was rebuilt from
        ImportReport report;   // the rebuilding import
        QString error;         // why the recovery failed; empty when it worked
        bool ok() const { return error.isEmpty(); }
    };

    // Sets the damaged cache at path aside (no connection of this process may
    // be open on it) and rebuilds it; damage: what was found (recorded when
    // the cache is in use); progress as NewsImporter's.
    static Result rebuild(const QString &path, const QString &damage,
                          const NewsImporter::Progress &progress = {});
    // The first step of rebuild(): the damaged files set aside (setAsideAs),
    // or not, with error set (and inUse when another newsdesk holds the cache).
    static Result setAside(const QString &path, const QString &damage);
    // The second step: the cache made anew at path and rebuilt from its sources.
    static void rebuildSetAside(const QString &path, Result &result, const NewsImporter::Progress &progress = {});
    // For people: what happened (the cache, where the damaged copy went, what
    // it was rebuilt from; or why it was not set aside).
    static QString describe(const QString &path, const Result &result);
};
