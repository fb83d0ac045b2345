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
class CacheRecovery
{
    Q_DECLARE_TR_FUNCTIONS(CacheRecovery)

public:
    struct Result
    {
        QString setAsideAs;    // where the damaged cache went (empty: it was not moved)
        QStringList sources;   // what the cache was rebuilt from
        ImportReport report;   // the rebuilding import
        QString error;         // why the recovery failed; empty when it worked
        bool ok() const { return error.isEmpty(); }
    };

    // Sets the damaged cache at path aside (no connection of this process may
    // be open on it) and rebuilds it; progress as NewsImporter's.
    static Result rebuild(const QString &path, const NewsImporter::Progress &progress = {});
    // The first step of rebuild(): the damaged files set aside; the new name,
    // or empty with error set.
    static QString setAside(const QString &path, QString &error);
    // For people: what happened (the cache, where the damaged copy went, what
    // it was rebuilt from).
    static QString describe(const QString &path, const Result &result);
};
