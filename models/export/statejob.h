#pragma once

#include "models/store/statesnapshot.h"

#include <QCoreApplication>
#include <QString>

// File → Export Your Data… and Import Your Data… of the window: everything the
// person made (StateSnapshot) written to a state file (StateFile), or a state
// file merged into the cache (NewsStore::mergeState). Like ExportJob, a job
// opens a NewsStore of its own in the thread that runs it; the window runs it
// with Background::run(). An import takes the cache's ImportLock (as
// `newsdesk state import` does) so it never merges under a running import.
class StateJob final
{
    Q_DECLARE_TR_FUNCTIONS(StateJob)

public:
    struct Result
    {
        QString error;         // empty: done
        StateMerge merged;     // importState(): what changed
        qint64 items = 0;      // the items with state written or read
        qint64 labels = 0;
        qint64 views = 0;
        bool ok() const { return error.isEmpty(); }
    };

    StateJob(const QString &databasePath, const QString &filePath);

    // Writes the cache's state to the file (QSaveFile: complete or not at all).
    Result exportState() const;
    // Reads the file and merges it into the cache.
    Result importState() const;

    // What a result tells the person: "Wrote the state of 1,234 items, 3
    // labels and 2 views to …", "Merged …: 1,234 items changed, 3 new labels,
    // 1 new view, 1 view replaced, 2 notes joined".
    static QString exportedText(const Result &result, const QString &filePath);
    static QString importedText(const Result &result, const QString &filePath);

private:
    QString m_databasePath;
    QString m_filePath;
};
