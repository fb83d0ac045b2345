#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// What the person was told about files that are not news listings (an import
// rejects them): each is remembered with its size and modification time in
// the settings, so the warning does not come back at every start for a file
// that sits in a watched folder unchanged. A file the person chose to ignore
// is not warned about again, not even when imported by hand, until it changes.
// A changed (or vanished and returned) file is new again.
class RejectedFiles final
{
public:
    enum class State { New, Seen, Ignored };

    explicit RejectedFiles(QSettings &settings);

    State state(const QString &path) const;
    void markSeen(const QStringList &paths);
    void ignore(const QStringList &paths);

private:
    // "size mtime" of the file now; empty when it is not there.
    static QString stamp(const QString &path);
    void remember(const QString &key, const QStringList &paths);

    QSettings &m_settings;
};
