#include "views/controllers/rejectedfiles.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Key {
const QString Seen = u"importWarnings/seen"_s;       // path → stamp, the warning was shown
const QString Ignored = u"importWarnings/ignored"_s; // path → stamp, "Ignore This File"
} // namespace Key

RejectedFiles::RejectedFiles(QSettings &settings)
    : m_settings(settings)
{
}

QString RejectedFiles::stamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return u"%1 %2"_s.arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

RejectedFiles::State RejectedFiles::state(const QString &path) const
{
    const QString now = stamp(path);
    if (now.isEmpty())
        return State::New;
    if (m_settings.value(Key::Ignored).toMap().value(path).toString() == now)
        return State::Ignored;
    if (m_settings.value(Key::Seen).toMap().value(path).toString() == now)
        return State::Seen;
    return State::New;
}

void RejectedFiles::markSeen(const QStringList &paths)
{
    remember(Key::Seen, paths);
}

void RejectedFiles::ignore(const QStringList &paths)
{
    remember(Key::Ignored, paths);
}

void RejectedFiles::remember(const QString &key, const QStringList &paths)
{
    QVariantMap files = m_settings.value(key).toMap();
    // A file that changed or went away since is new again: forget it, so the
    // list holds only what still counts.
    for (auto it = files.begin(); it != files.end();) {
        if (stamp(it.key()) != it.value().toString())
            it = files.erase(it);
        else
            ++it;
    }
    for (const QString &path : paths) {
        const QString now = stamp(path);
        if (!now.isEmpty())
            files.insert(path, now);
    }
    m_settings.setValue(key, files);
}
