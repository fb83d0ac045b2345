#pragma once

#include <QString>

// The name a person reads for a listing file's path. The sample news compiled
// into newsdesk lives at ":/sample/NNN_<hash>.txt", which means nothing to a
// reader: it is shown as "Sample news N", numbered from 1 in the sample's
// order (translated in the "SourceName" context). Every other path is shown
// as it is. Used wherever a source reaches a person: the detail pane and
// every export's sources.
namespace SourceName {

QString display(const QString &path);

// True when path names one of the bundled sample files.
bool isSample(const QString &path);

// The other way: the sample's resource path for its name ("Sample news 2",
// in English or translated), so a name that display() gave can be given back
// (`newsdesk list --source "Sample news 2"`); anything else unchanged.
QString path(const QString &name);

} // namespace SourceName
