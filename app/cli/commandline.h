#pragma once

#include "app/cli/commandusage.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The command-line front end: `newsdesk import|list|categories|export ...`,
// one Command each (ImportCommand, ListCommand, CategoriesCommand,
// ExportCommand). Works without a display; all output through the two
// streams given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Incomplete: the output leaves out items an interrupted import left waiting
    // for the search index, and the cache may not be written to add them.
    enum ExitCode { Success = 0, Failure = 1, SomeRejected = 2, Incomplete = 3 };

    CommandLine(QTextStream &out, QTextStream &err);

    static QStringList commands();
    // What `newsdesk [--db FILE] [PATH...]` (the window form: name empty)
    // or a command takes: their --help, the man page and the completions.
    static CommandUsage windowUsage();
    static CommandUsage usage(const QString &command);
    // The names (without dashes) of the options of any form that take a value.
    static QStringList valueOptions();

    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
