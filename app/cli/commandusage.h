#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

// What one form of newsdesk takes (a command, or the window form): the
// description, the options and the arguments. Its --help is made from it
// (addTo() a QCommandLineParser), and so are the man page and the shell
// completions (app/docs), so the three always say the same.
struct CommandUsage
{
    struct Argument
    {
        QString name;
        QString description;
        QString syntax; // "PATH...", "[PATH...]"
    };

    QString name;        // the command ("import"), empty for the window form
    QString description; // the first paragraph: what it does; then details
    QList<QCommandLineOption> options; // without --help and --version
    QList<Argument> arguments;
    bool hasVersionOption = false;

    // Everything above, with --help (and --version); returns the help option.
    QCommandLineOption addTo(QCommandLineParser &parser) const;
};
