#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

class Command;

// The commands that need no QtGui: import, list, categories and the
// organising ones (mark, label, labels, note, hide, unhide, view, views,
// state). The program
// `newsdesk` runs them itself without loading the GUI libraries (app/main.cpp):
// a command's process starts in a few milliseconds. Export (PDF needs QtGui)
// and the window are newsdesk-window's; CommandLine runs every command.
class CoreCommands
{
public:
    static QStringList names();
    // True when arguments (without the program name) start with one of them.
    static bool isCoreCommand(const QStringList &arguments);
    // The command called name, or nullptr when it is not one of them.
    static std::unique_ptr<Command> create(const QString &name, QTextStream &out, QTextStream &err);
};
