#include "app/docs/manpage.h"

#include "app/cli/commandline.h"
#include "app/cli/programarguments.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// What a person runs, and what it does (the README's examples).
struct Example
{
    const char *command;
    const char *what;
};

constexpr Example Examples[] = {
    {"newsdesk", "Open the reader window (the sample news is imported on the first run)."},
    {"newsdesk ~/news", "Import a folder of listings into the window's cache and watch it for new files."},
    {"newsdesk -style Fusion", "The window in Qt's Fusion style."},
    {"newsdesk import ~/news/*.txt", "Import listing files into the cache."},
    {"newsdesk --db /tmp/test.sqlite import --sample", "Import the bundled sample news into another cache."},
    {"newsdesk categories", "The categories with their item counts."},
    {"newsdesk list --category Kultur --search konst --format json", "Items of a category that match a search, "
                                                                     "as JSON."},
    {"newsdesk list --search 'trafik -buss' --count", "Only the number of items that match."},
    {"newsdesk export --format csv --output kultur.csv --category Kultur", "A category's items as CSV."},
    {"newsdesk export --format txt --source ~/news/2021-06.txt --output -", "One listing file's items, in the "
                                                                          "listing format, on standard output."},
    {"newsdesk label add Budget --search budget --category Ekonomi", "Put the label Budget on the items of a "
                                                                     "search in a category (made when new)."},
    {"newsdesk list --label Budget --unread", "The unread items that carry the label Budget."},
    {"newsdesk mark --read --category Sport", "Mark every item of a category read."},
    {"newsdesk note --id 42 --text 'Ask about this'", "Write a note on the item 42."},
    {"newsdesk view save 'Budget unread' --label Budget --unread", "Save a filter as a view; newsdesk list --view "
                                                                  "'Budget unread' lists it."},
    {"newsdesk hide --search horoskop", "Hide the items of a search; newsdesk unhide --search horoskop restores them."},
    {"newsdesk state export ~/newsdesk-state.json", "Everything you made (marks, labels, notes, hidden items, views) "
                                                    "as one file; newsdesk state import merges it on another machine."},
};

QString bold(const QString &text)
{
    return u"\\fB"_s + ManPage::escaped(text) + u"\\fR"_s;
}

QString italic(const QString &text)
{
    return u"\\fI"_s + ManPage::escaped(text) + u"\\fR"_s;
}

// "-o, --output FILE" in man markup.
QString optionHead(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(bold((name.size() == 1 ? u"-"_s : u"--"_s) + name));
    QString head = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        head += u' ' + italic(option.valueName());
    return head;
}

QString tagged(const QString &head, const QString &text)
{
    return u".TP\n"_s + head + u'\n' + ManPage::escaped(QString(text).replace(u'\n', u' ')) + u'\n';
}

// Paragraphs apart by blank lines; a paragraph whose lines are indented (a
// table, as the commands' list) is kept as it is laid out.
QString paragraphs(const QString &text)
{
    QString out;
    for (const QString &paragraph : text.split(u"\n\n"_s, Qt::SkipEmptyParts)) {
        QStringList lines = paragraph.trimmed().split(u'\n');
        const bool laidOut = lines.size() > 1 && lines.at(1).startsWith(u"  "_s);
        if (!laidOut) {
            out += u".PP\n"_s + ManPage::escaped(lines.join(u' ')) + u'\n';
            continue;
        }
        out += u".PP\n"_s + ManPage::escaped(lines.takeFirst()) + u"\n.RS\n.nf\n"_s;
        for (const QString &line : lines) // as laid out, less the paragraph's indentation
            out += ManPage::escaped(line.startsWith(u"  "_s) ? line.mid(2) : line) + u'\n';
        out += u".fi\n.RE\n"_s;
    }
    return out;
}

QString options(const CommandUsage &usage)
{
    // --help and --version as QCommandLineParser describes them.
    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    QString out = tagged(optionHead(help), help.description());
    if (usage.hasVersionOption) {
        const QCommandLineOption version = parser.addVersionOption();
        out += tagged(optionHead(version), version.description());
    }
    for (const QCommandLineOption &option : usage.options)
        out += tagged(optionHead(option), option.description());
    for (const CommandUsage::Argument &argument : usage.arguments)
        out += tagged(italic(argument.syntax), argument.description);
    return out;
}

QString synopsis(const QList<CommandUsage> &usages)
{
    QString out = u".SH SYNOPSIS\n"_s;
    for (const CommandUsage &usage : usages) {
        out += u".B newsdesk\n[\\fB\\-\\-db\\fR \\fIFILE\\fR] "_s;
        if (usage.name.isEmpty())
            out += u"[\\fIQt options\\fR] "_s;
        else
            out += bold(usage.name) + u' ';
        out += u"[\\fIoptions\\fR]"_s;
        for (const CommandUsage::Argument &argument : usage.arguments)
            out += u' ' + italic(argument.syntax);
        out += u"\n.br\n"_s;
    }
    return out;
}

QString commands(const QList<CommandUsage> &usages)
{
    QString out = u".SH COMMANDS\n"_s;
    for (const CommandUsage &usage : usages) {
        if (usage.name.isEmpty())
            continue;
        out += u".SS "_s + usage.name + u'\n' + paragraphs(usage.description) + options(usage);
    }
    return out;
}

QString qtOptions()
{
    QString out = u".SH \"QT OPTIONS\"\n.PP\n"_s
                  + ManPage::escaped(u"The window takes the options every Qt program takes (see the documentation "
                                     "of QGuiApplication and QApplication); the commands accept and ignore them. "
                                     "Qt also reads each with two dashes."_s)
                  + u"\n.RS\n.nf\n"_s;
    for (const QString &option : ProgramArguments::qtOptionSynopsis())
        out += ManPage::escaped(option) + u'\n';
    return out + u".fi\n.RE\n"_s;
}

QString exitStatus()
{
    return u".SH \"EXIT STATUS\"\n"_s
           + tagged(bold(QString::number(CommandLine::Success)), u"Done."_s)
           + tagged(bold(QString::number(CommandLine::Failure)),
                    u"A usage error (an unknown label, view or item, an empty or too long name, a file that is not "
                    "a state file), or the cache could not be read or written (stderr says which file and why)."_s)
           + tagged(bold(QString::number(CommandLine::SomeRejected)),
                    u"import: some files were rejected (stderr names each file and line); the others were imported."_s)
           + tagged(bold(QString::number(CommandLine::Incomplete)),
                    u"list, export: the output is incomplete: items an interrupted import left are not yet in the "
                    "search index and the cache may only be read here (newsdesk import --finish-index adds them)."_s);
}

QString environment()
{
    return u".SH ENVIRONMENT\n"_s
           + tagged(bold(u"XDG_DATA_HOME"_s), u"Where the default cache lives (~/.local/share when unset)."_s)
           + tagged(bold(u"XDG_CONFIG_HOME"_s), u"Where the settings live (~/.config when unset)."_s)
           + tagged(bold(u"QT_QPA_PLATFORM"_s), u"The window's platform plugin (as -platform); export uses "
                                                 "offscreen when it is unset."_s)
           + tagged(bold(u"QT_LOGGING_RULES"_s), u"newsdesk.*=true logs the details of every failure on stderr."_s)
           + tagged(bold(u"LANGUAGE, LC_ALL, LC_MESSAGES, LANG"_s),
                    u"The language (English or Swedish) when none was chosen in the window."_s);
}

QString files()
{
    return u".SH FILES\n"_s
           + tagged(italic(u"~/.local/share/newsdesk/newsdesk/newsdesk.sqlite"_s),
                    u"The cache: every imported item and the search index. It can always be made again from the "
                    "listing files (a damaged cache is set aside as newsdesk.sqlite.damaged-DATE and rebuilt)."_s)
           + tagged(italic(u"~/.local/share/newsdesk/newsdesk/newsdesk.state.sqlite"_s),
                    u"Beside the cache: your own data, the read and starred marks, labels, notes, hidden items, "
                    "saved views and the listing files and folders you imported (newsdesk state export writes it "
                    "all to one file)."_s)
           + tagged(italic(u"~/.local/share/newsdesk/newsdesk/newsdesk.state.backup-YYYYMMDD.sqlite"_s),
                    u"A daily backup of the state database (the newest five are kept)."_s)
           + tagged(italic(u"~/.config/newsdesk/newsdesk.conf"_s),
                    u"The window's settings: language, layout, zoom, shortcuts."_s);
}

QString examples()
{
    QString out = u".SH EXAMPLES\n"_s;
    for (const Example &example : Examples)
        out += tagged(bold(QString::fromUtf8(example.command)), QString::fromUtf8(example.what));
    return out;
}

} // namespace

QString ManPage::escaped(const QString &text)
{
    QString out = text;
    out.replace(u'\\', u"\\e"_s);
    // A dash that starts an option (or a word after a space, quote or bracket) is a minus: \-.
    static const QRegularExpression optionDash(u"(^|[\\s(\\[\u201C\"'|,])(-+)"_s);
    QString result;
    qsizetype from = 0;
    for (auto it = optionDash.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += out.mid(from, match.capturedStart(2) - from);
        result += QString(u"\\-"_s).repeated(match.capturedLength(2));
        from = match.capturedEnd(2);
    }
    result += out.mid(from);
    // A line that starts with a dot or a quote would be a request.
    static const QRegularExpression request(u"(^|\\n)([.'])"_s);
    result.replace(request, u"\\1\\\\&\\2"_s);
    return result;
}

QString ManPage::render(const Page &page)
{
    const CommandUsage &window = page.usages.first();
    QString name = window.description.section(u'\n', 0, 0);
    name = name.left(1).toLower() + name.mid(1);
    if (name.endsWith(u'.'))
        name.chop(1);
    QString out = u".\\\" newsdesk(1), made by newsdesk-docs from the program's own --help (app/docs).\n"_s
                  + u".TH NEWSDESK 1 \"%1\" \"newsdesk %2\" \"User Commands\"\n"_s.arg(page.date, page.version)
                  + u".nh\n.ad l\n.SH NAME\nnewsdesk \\- "_s + escaped(name) + u'\n' + synopsis(page.usages)
                  + u".SH DESCRIPTION\n"_s + paragraphs(window.description.section(u'\n', 1))
                  + u".SH OPTIONS\n"_s + options(window) + commands(page.usages) + qtOptions() + exitStatus()
                  + environment() + files() + examples();
    return out;
}
