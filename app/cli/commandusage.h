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
        // What the shell completes the argument with: file names, the
        // cache's label or view names, or one of the words of syntax
        // ("add|remove").
        enum class Values { Files, Labels, Views, Choices, None };

        QString name;
        QString description;
        QString syntax; // "PATH...", "[PATH...]", "add|remove"
        Values values = Values::Files;
    };

    QString name;        // the command ("import"), empty for the window form
    QString description; // the first paragraph: what it does; then details
    QList<QCommandLineOption> options; // without --help and --version
    QList<Argument> arguments;
    bool hasVersionOption = false;

    // Everything above, with --help (and --version); returns the help option.
    QCommandLineOption addTo(QCommandLineParser &parser) const;
};
