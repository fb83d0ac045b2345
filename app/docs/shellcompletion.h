#pragma once

#include "app/cli/commandusage.h"

#include <QList>
#include <QString>

// Completion for bash and zsh, made from what the program's --help says
// (CommandUsage: the window form first, then every command): the commands,
// each one's options and their values (the choices a value names, files,
// and for --category, --label and --view the names of the cache, from
// `newsdesk categories|labels|views` with the --db given on the line), the
// commands' arguments by position (label add|remove NAME: the label names),
// and Qt's own options.
class ShellCompletion final
{
public:
    static QString bash(const QList<CommandUsage> &usages);
    static QString zsh(const QList<CommandUsage> &usages);
};
