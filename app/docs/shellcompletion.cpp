#include "app/docs/shellcompletion.h"

#include "app/cli/programarguments.h"

#include <QCommandLineParser>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// What a value is completed with.
enum class Value { None, Files, Categories, Labels, Views, Choices, Other };

Value valueOf(const QCommandLineOption &option)
{
    if (option.valueName().isEmpty())
        return Value::None;
    if (option.names().contains(u"category"_s))
        return Value::Categories;
    if (option.names().contains(u"label"_s))
        return Value::Labels;
    if (option.names().contains(u"view"_s))
        return Value::Views;
    if (option.valueName().contains(u'|'))
        return Value::Choices;
    if (option.valueName() == u"FILE")
        return Value::Files;
    return Value::Other;
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

// Every option a form takes, with --help (and --version).
QList<QCommandLineOption> allOptions(const CommandUsage &usage)
{
    QCommandLineParser parser;
    QList<QCommandLineOption> options{parser.addHelpOption()};
    if (usage.hasVersionOption)
        options.append(parser.addVersionOption());
    return options + usage.options;
}

QString firstSentence(const QString &text)
{
    const QString line = text.section(u"\n\n"_s, 0, 0).simplified();
    const qsizetype end = line.indexOf(u". "_s);
    return end < 0 ? line : line.left(end + 1);
}

// The option names of a form ("-h --help --db ...").
QStringList optionWords(const CommandUsage &usage)
{
    QStringList words;
    for (const QCommandLineOption &option : allOptions(usage)) {
        for (const QString &name : option.names())
            words.append(dashed(name));
    }
    return words;
}

// Qt's options: {"-style", "STYLE"}, {"-reverse", ""} ...
QList<std::pair<QString, QString>> qtOptions()
{
    QList<std::pair<QString, QString>> options;
    for (const QString &synopsis : ProgramArguments::qtOptionSynopsis())
        options.append({synopsis.section(u' ', 0, 0), synopsis.section(u' ', 1)});
    return options;
}

// ---------------------------------------------------------------------------
// bash

QString bashValueCases(const QList<CommandUsage> &usages)
{
    QString out;
    for (const CommandUsage &usage : usages) {
        for (const QCommandLineOption &option : usage.options) {
            const Value value = valueOf(option);
            if (value == Value::None)
                continue;
            QStringList patterns;
            for (const QString &name : option.names())
                patterns.append(usage.name + u':' + dashed(name));
            out += u"        "_s + patterns.join(u'|') + u")\n            "_s;
            const QString choices = option.valueName().split(u'|').join(u"\\n"_s);
            switch (value) {
            case Value::Files: out += u"_newsdesk_reply_files \"$cur\""_s; break;
            case Value::Categories:
                out += u"_newsdesk_reply_lines \"$(_newsdesk_categories \"$db\")\" \"$cur\""_s;
                break;
            case Value::Labels: out += u"_newsdesk_reply_lines \"$(_newsdesk_labels \"$db\")\" \"$cur\""_s; break;
            case Value::Views: out += u"_newsdesk_reply_lines \"$(_newsdesk_views \"$db\")\" \"$cur\""_s; break;
            case Value::Choices: out += u"_newsdesk_reply_lines \"%1\" \"$cur\""_s.arg(choices); break;
            default: out += u"COMPREPLY=()"_s; break;
            }
            out += u"\n            return ;;\n"_s;
        }
    }
    QStringList qtValues;
    for (const auto &[name, value] : qtOptions()) {
        if (!value.isEmpty() && name != u"-stylesheet")
            qtValues << u"*:"_s + name << u"*:-"_s + name;
    }
    out += u"        *:-stylesheet|*:--stylesheet)\n"
           "            _newsdesk_reply_files \"$cur\"\n            return ;;\n"_s;
    out += u"        "_s + qtValues.join(u'|') + u")\n            COMPREPLY=()\n            return ;;\n"_s;
    return out;
}

// What completes an argument (bash).
QString bashArgument(const CommandUsage::Argument &argument)
{
    using Values = CommandUsage::Argument::Values;
    switch (argument.values) {
    case Values::Files: return u"_newsdesk_reply_files \"$cur\""_s;
    case Values::Labels: return u"_newsdesk_reply_lines \"$(_newsdesk_labels \"$db\")\" \"$cur\""_s;
    case Values::Views: return u"_newsdesk_reply_lines \"$(_newsdesk_views \"$db\")\" \"$cur\""_s;
    case Values::Choices:
        return u"_newsdesk_reply_lines \"%1\" \"$cur\""_s.arg(argument.syntax.split(u'|').join(u"\\n"_s));
    case Values::None: break;
    }
    return u"COMPREPLY=()"_s;
}

// The arguments of a command by their position ($npos: the arguments before
// the word completed); the last one repeats when its syntax ends in "...".
QString bashArguments(const QList<CommandUsage::Argument> &arguments)
{
    if (arguments.size() == 1 && arguments.first().syntax.endsWith(u"..."_s))
        return bashArgument(arguments.first());
    QString out = u"case $npos in\n"_s;
    for (qsizetype i = 0; i < arguments.size(); ++i)
        out += u"                    %1) %2 ;;\n"_s.arg(i).arg(bashArgument(arguments.at(i)));
    const bool repeats = arguments.constLast().syntax.endsWith(u"..."_s);
    out += u"                    *) %1 ;;\n                esac"_s.arg(repeats ? bashArgument(arguments.constLast())
                                                                             : u"COMPREPLY=()"_s);
    return out;
}

QString bashOptionCases(const QList<CommandUsage> &usages, const QStringList &commands)
{
    QString out;
    for (const CommandUsage &usage : usages) {
        QStringList words = optionWords(usage);
        QString rest;
        if (usage.name.isEmpty()) {
            for (const auto &[name, value] : qtOptions())
                words.append(name);
            // The commands, and the files the window takes.
            rest = u"_newsdesk_reply_lines \"%1\" \"$cur\"\n"
                   "                _newsdesk_reply_files \"$cur\" add"_s.arg(commands.join(u"\\n"_s));
        } else if (!usage.arguments.isEmpty()) {
            rest = bashArguments(usage.arguments);
        } else {
            rest = u"COMPREPLY=()"_s;
        }
        out += u"        %1)\n            if [[ $cur == -* ]]; then\n"
               "                _newsdesk_reply_lines \"%2\" \"$cur\"\n"
               "            else\n                %3\n            fi ;;\n"_s
                       .arg(usage.name.isEmpty() ? u"''"_s : usage.name, words.join(u"\\n"_s), rest);
    }
    return out;
}

QStringList valueOptionWords(const QList<CommandUsage> &usages)
{
    QStringList words;
    for (const CommandUsage &usage : usages) {
        for (const QCommandLineOption &option : usage.options) {
            if (valueOf(option) == Value::None)
                continue;
            for (const QString &name : option.names()) {
                if (!words.contains(dashed(name)))
                    words.append(dashed(name));
            }
        }
    }
    for (const auto &[name, value] : qtOptions()) {
        if (!value.isEmpty())
            words << name << u'-' + name;
    }
    return words;
}

// The functions the bash completion calls: the cache's names and the replies.
QString bashHelpers()
{
    return uR"BASH(# bash completion for newsdesk(1): the commands, their options and values, and
# the category, label and view names of the cache. Made by newsdesk-docs from the program's own
# --help (app/docs); do not edit.

# The category names of the cache (of --db when given), one per line.
_newsdesk_categories()
{
    local db=$1
    [[ $db == '~/'* ]] && db=$HOME/${db#'~/'}
    newsdesk ${db:+--db "$db"} categories --format tsv 2>/dev/null | tail -n +2 | cut -f1
}

# The label names of the cache (of --db when given), one per line.
_newsdesk_labels()
{
    local db=$1
    [[ $db == '~/'* ]] && db=$HOME/${db#'~/'}
    newsdesk ${db:+--db "$db"} labels --format tsv 2>/dev/null | tail -n +2 | cut -f1
}

# The saved views' names of the cache (of --db when given), one per line.
_newsdesk_views()
{
    local db=$1
    [[ $db == '~/'* ]] && db=$HOME/${db#'~/'}
    newsdesk ${db:+--db "$db"} views --format tsv 2>/dev/null | tail -n +2 | cut -f1
}

# COMPREPLY: the lines of $1 that start with the word $2, quoted for the shell.
_newsdesk_reply_lines()
{
    local typed=${2//\\/} line
    COMPREPLY=()
    while IFS= read -r line; do
        [[ -n $line && $line == "$typed"* ]] && COMPREPLY+=("$(printf '%q' "$line")")
    done <<<"$(printf '%b' "$1")"
}

# COMPREPLY (or, with a second argument, more of it): the files that start with $1.
_newsdesk_reply_files()
{
    local -a files
    mapfile -t files < <(compgen -f -- "$1")
    if [[ -n ${2-} ]]; then COMPREPLY+=("${files[@]}"); else COMPREPLY=("${files[@]}"); fi
    compopt -o filenames 2>/dev/null
    return 0
}

)BASH"_s;
}

// The completion function itself; %VALUEOPTIONS%, %COMMANDS%, %VALUECASES%
// and %OPTIONCASES% are filled in by ShellCompletion::bash().
QString bashMain()
{
    return uR"BASH(_newsdesk()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # The command, the cache (--db) and the number of the command's arguments
    # named so far; the values of options are skipped.
    local command= db= npos=0 i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --db=*) db=${word#--db=} ;;
            %VALUEOPTIONS%)
                [[ $word == --db ]] && db=${COMP_WORDS[i + 1]}
                ((i++)) ;;
            -*) ;;
            *)
                if [[ -n $command ]]; then
                    ((npos++))
                elif [[ " %COMMANDS% " == *" $word "* ]]; then
                    command=$word
                fi ;;
        esac
    done
    case "$command:$prev" in
%VALUECASES%    esac
    case $command in
%OPTIONCASES%    esac
    return 0
}

complete -F _newsdesk newsdesk
)BASH"_s;
}

QStringList commandNames(const QList<CommandUsage> &usages)
{
    QStringList commands;
    for (const CommandUsage &usage : usages) {
        if (!usage.name.isEmpty())
            commands.append(usage.name);
    }
    return commands;
}

// ---------------------------------------------------------------------------
// zsh

QString zshQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

QString zshDescription(const QString &text)
{
    QString out = firstSentence(text);
    out.replace(u'\\', u"\\\\"_s).replace(u'[', u"\\["_s).replace(u']', u"\\]"_s);
    return out;
}

QString zshAction(const QCommandLineOption &option)
{
    switch (valueOf(option)) {
    case Value::None: return {};
    case Value::Files: return u":file:_files"_s;
    case Value::Categories: return u":category:_newsdesk_categories"_s;
    case Value::Labels: return u":label:_newsdesk_labels"_s;
    case Value::Views: return u":view:_newsdesk_views"_s;
    case Value::Choices: return u":%1:(%2)"_s.arg(option.names().last(), option.valueName().split(u'|').join(u' '));
    case Value::Other: break;
    }
    return u":%1: "_s.arg(option.valueName().toLower());
}

QStringList zshSpecs(const CommandUsage &usage)
{
    QStringList specs;
    for (const QCommandLineOption &option : allOptions(usage)) {
        const bool takesValue = !option.valueName().isEmpty();
        QStringList names;
        for (const QString &name : option.names())
            names.append(dashed(name));
        // --help and --version end the line; any other may be given again.
        const bool final = option.names().contains(u"help"_s) || option.names().contains(u"version"_s);
        const QString exclusion = final ? u"(- *)"_s : (names.size() > 1 ? u"("_s + names.join(u' ') + u")"_s : u"*"_s);
        for (const QString &name : names) {
            const QString form = takesValue ? name + (name.startsWith(u"--"_s) ? u"="_s : u"+"_s) : name;
            specs.append(zshQuoted(exclusion + form + u'[' + zshDescription(option.description()) + u']'
                                   + zshAction(option)));
        }
    }
    return specs;
}

// The _arguments specs of a command's arguments: by position ("1:..."), the
// last one for the rest when its syntax ends in "...".
QStringList zshArguments(const QList<CommandUsage::Argument> &arguments)
{
    using Values = CommandUsage::Argument::Values;
    QStringList specs;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const CommandUsage::Argument &argument = arguments.at(i);
        QString action;
        switch (argument.values) {
        case Values::Files: action = u"_files"_s; break;
        case Values::Labels: action = u"_newsdesk_labels"_s; break;
        case Values::Views: action = u"_newsdesk_views"_s; break;
        case Values::Choices: action = u'(' + argument.syntax.split(u'|').join(u' ') + u')'; break;
        case Values::None: action = u" "_s; break;
        }
        const bool rest = i == arguments.size() - 1 && argument.syntax.endsWith(u"..."_s);
        specs.append(zshQuoted((rest ? u"*"_s : QString::number(i + 1)) + u':' + argument.name + u':' + action));
    }
    return specs;
}

QString zshCommands(const QList<CommandUsage> &usages)
{
    QString out = u"_newsdesk_commands()\n{\n    local -a commands\n    commands=(\n"_s;
    for (const CommandUsage &usage : usages) {
        if (!usage.name.isEmpty())
            out += u"        "_s + zshQuoted(usage.name + u':' + firstSentence(usage.description)) + u'\n';
    }
    return out + u"    )\n    _describe -t commands 'newsdesk command' commands\n}\n\n"_s;
}

// The functions the zsh completion calls: the cache's names.
QString zshHelpers()
{
    return uR"ZSH(#compdef newsdesk
# zsh completion for newsdesk(1): the commands, their options and values, and
# the category, label and view names of the cache. Made by newsdesk-docs from the program's own
# --help (app/docs); do not edit.

# The category names of the cache (of --db when given, before or after the command).
_newsdesk_categories()
{
    local db=${opt_args[--db]:-$_newsdesk_db}
    db=${(Q)db}
    [[ $db == '~/'* ]] && db=$HOME/${db#'~/'}
    local -a dbopt names
    [[ -n $db ]] && dbopt=(--db $db)
    names=(${(f)"$(newsdesk $dbopt categories --format tsv 2>/dev/null | tail -n +2 | cut -f1)"})
    _wanted categories expl category compadd -a names
}

# The label names of the cache (as _newsdesk_categories).
_newsdesk_labels()
{
    local db=${opt_args[--db]:-$_newsdesk_db}
    db=${(Q)db}
    [[ $db == '~/'* ]] && db=$HOME/${db#'~/'}
    local -a dbopt names
    [[ -n $db ]] && dbopt=(--db $db)
    names=(${(f)"$(newsdesk $dbopt labels --format tsv 2>/dev/null | tail -n +2 | cut -f1)"})
    _wanted labels expl label compadd -a names
}

# The saved views' names of the cache (as _newsdesk_categories).
_newsdesk_views()
{
    local db=${opt_args[--db]:-$_newsdesk_db}
    db=${(Q)db}
    [[ $db == '~/'* ]] && db=$HOME/${db#'~/'}
    local -a dbopt names
    [[ -n $db ]] && dbopt=(--db $db)
    names=(${(f)"$(newsdesk $dbopt views --format tsv 2>/dev/null | tail -n +2 | cut -f1)"})
    _wanted views expl view compadd -a names
}

)ZSH"_s;
}

// The completion function itself; %OUTER% and %INNER% are filled in by
// ShellCompletion::zsh().
QString zshMain()
{
    return uR"ZSH(_newsdesk()
{
    local curcontext=$curcontext state state_descr line ret=1
    local -A opt_args
    # -A: the options after the command (or the first path) are the command's.
    _arguments -C -S -A '-*' \
%OUTER%        '1: :->first' \
        '*:: :->rest' && ret=0
    case $state in
        first)
            _alternative 'commands:command:_newsdesk_commands' 'files:file:_files' && ret=0 ;;
        rest)
            local _newsdesk_db=${opt_args[--db]}
            case $words[1] in
%INNER%            *)
                _files && ret=0 ;;
            esac ;;
    esac
    return ret
}

_newsdesk "$@"
)ZSH"_s;
}

// The _arguments specs before the command: the window form's options and Qt's.
QString zshOuterSpecs(const QList<CommandUsage> &usages)
{
    QString outer;
    for (const QString &spec : zshSpecs(usages.first()))
        outer += u"        "_s + spec + u" \\\n"_s;
    for (const auto &[name, value] : qtOptions()) {
        // The value's name as the message ("name" of NAME[:PARAMETERS]: a colon would end it).
        const QString action = value.isEmpty() ? QString()
                               : name == u"-stylesheet" ? u":file:_files"_s
                                                        : u":%1: "_s.arg(value.section(u'[', 0, 0).toLower());
        outer += u"        "_s + zshQuoted(name + u"[Qt option]"_s + action) + u" \\\n"_s;
    }
    return outer;
}

// A case for each command: its options and its arguments.
QString zshCommandCases(const QList<CommandUsage> &usages)
{
    QString inner;
    for (const CommandUsage &usage : usages) {
        if (usage.name.isEmpty())
            continue;
        inner += u"            %1)\n                _arguments -S \\\n"_s.arg(usage.name);
        for (const QString &spec : zshSpecs(usage))
            inner += u"                    "_s + spec + u" \\\n"_s;
        for (const QString &spec : zshArguments(usage.arguments))
            inner += u"                    "_s + spec + u" \\\n"_s;
        inner += u"                    && ret=0 ;;\n"_s;
    }
    return inner;
}

} // namespace

QString ShellCompletion::bash(const QList<CommandUsage> &usages)
{
    const QStringList commands = commandNames(usages);
    return bashHelpers()
           + bashMain()
                     .replace(u"%VALUEOPTIONS%"_s, valueOptionWords(usages).join(u'|'))
                     .replace(u"%COMMANDS%"_s, commands.join(u' '))
                     .replace(u"%VALUECASES%"_s, bashValueCases(usages))
                     .replace(u"%OPTIONCASES%"_s, bashOptionCases(usages, commands));
}

QString ShellCompletion::zsh(const QList<CommandUsage> &usages)
{
    return zshHelpers() + zshCommands(usages)
           + zshMain().replace(u"%OUTER%"_s, zshOuterSpecs(usages)).replace(u"%INNER%"_s, zshCommandCases(usages));
}
