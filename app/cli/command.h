#pragma once

#include "app/cli/commandusage.h"
#include "models/export/exportresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class Exporter;
class ImportLock;
class NewsImporter;
class NewsStore;
class QCommandLineParser;
struct ItemFilter;
struct MarkChange;

// One command of `newsdesk COMMAND ...` (CommandLine runs them): the two
// streams it writes to, and what the commands share: the --db, filter and
// --format options, parsing with --help, opening the cache, writing an export
// to standard output. Failures are printed for the person and logged (lcCli).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    Command(QTextStream &out, QTextStream &err);
    virtual ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    // arguments come without the program and command names; returns the exit code.
    virtual int run(const QStringList &arguments) = 0;
    // What the command takes: its --help, the man page and the completions.
    virtual CommandUsage usage() const = 0;

protected:
    static void addDbOption(CommandUsage &usage);
    // FilterUnread::No: without --unread (a command where it means something else).
    enum class FilterUnread { Yes, No };
    static void addFilterOptions(CommandUsage &usage, FilterUnread unread = FilterUnread::Yes);
    static void addTextFormatOption(CommandUsage &usage);
    // --format text|tsv|json|csv (the lists of labels and views).
    static void addTableFormatOption(CommandUsage &usage);
    // rows under header as tsv (a line each, tabs and newlines in a field made
    // spaces) or csv (RFC 4180 quoting), safe for a terminal.
    void writeTable(const QString &format, const QStringList &header, const QList<QStringList> &rows);
    // One row of a list of labels or views in each format.
    struct ListedRow
    {
        QJsonObject json;
        QStringList fields; // under the header (tsv, csv)
        qint64 count = 0;   // text: the total and the unread, right-aligned, then text
        qint64 unread = 0;
        QString text;
    };
    // The rows in format (text, json, tsv or csv), safe for a terminal; empty
    // is said (in text) when there are none.
    void writeListing(const QString &format, const QStringList &header, const QList<ListedRow> &rows,
                      const QString &empty);
    // text, tsv or json (with --format csv: csv too); false (after saying so) for anything else.
    bool textFormat(const QCommandLineParser &parser, const QString &command, QString &format);
    // usage() into parser, then the arguments. False when the command is
    // done: a usage error (exitCode Failure) or --help (Success).
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int &exitCode);
    // False (after saying so) when a positional argument was given.
    bool noArguments(const QCommandLineParser &parser, const QString &command);
    // How a command uses the cache: it writes (import), or it only reads and
    // may open a cache it may not write read-only (list, categories, export).
    enum class Access { Write, Read };
    // Opens the cache of --db. A damaged cache is set aside and rebuilt from
    // the sources its state database remembers, with progress on stderr,
    // when its folder may be written; otherwise the person is told how to
    // recover. Notices of the open (a restored state database) go to stderr.
    // A reading command never creates a cache: where there is none, it says
    // so (how to make one) and nothing is written.
    bool openStore(NewsStore &store, const QCommandLineParser &parser, Access access = Access::Write);
    // The opening of the commands that write text: parse (or --help), the
    // --format value, the command's own checks (false after saying what is
    // wrong), then the cache opened. The exit code when the command is done
    // already; nullopt when it goes on.
    std::optional<int> openForText(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                   NewsStore &store, QString &format, const std::function<bool()> &checks = {});
    // The opening of the commands that change what the person made (mark,
    // label, note, hide, view, state): parse (or --help), the command's own
    // checks, then the cache opened for writing (a missing cache is an error
    // unless mayCreate) and the cache's ImportLock held while the command
    // runs: a running import is waited for, said on stderr as the import
    // command says it. The exit code when the command is done already.
    std::optional<int> openForChange(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                     NewsStore &store, const std::function<bool()> &checks = {},
                                     bool mayCreate = false);
    // The filter options as typed (--id numbers checked, --label names and
    // --view kept as given); false after saying what is wrong.
    bool filterFrom(const QCommandLineParser &parser, ItemFilter &filter);
    // The filter against the cache, after filterFrom(): --view's filter
    // (other options given narrow it), every --label a label of the cache,
    // every --id an item of the cache; false after saying what is wrong
    // (unknown label: the known ones suggested).
    bool resolveFilter(NewsStore &store, const QCommandLineParser &parser, const QString &command,
                       ItemFilter &filter);
    // The --id values (each an item number, once); false after saying what is wrong.
    bool idsFrom(const QCommandLineParser &parser, QList<qint64> &ids);
    // Whether every id is an item of the cache (hidden ones too); false after
    // saying which is not.
    bool knownIds(NewsStore &store, const QString &command, const QList<qint64> &ids);
    // Whether every name is a label of the cache; false after saying which
    // is not (with the known labels).
    bool knownLabels(NewsStore &store, const QString &command, const QStringList &names);
    // A label or view name as typed, normalised (Label::normalisedName);
    // false after saying why it cannot be one (empty, too long).
    bool nameFrom(const QString &command, const QString &typed, QString &name);
    // “name”, safe for a terminal (ControlCharacters).
    static QString quoted(const QString &name);
    // Sets change (mark, on, labelId) on the items filter covers; false after
    // saying what failed. change.ids: the items it changed. With a limit
    // (>= 0, limitFrom()) only the first that many items of filter, in its order.
    bool markWhere(NewsStore &store, const ItemFilter &filter, MarkChange &change, const QString &command,
                   qint64 limit = -1);
    // The --limit of the filter options: at most that many items, the first
    // ones in the filter's order (-1 without it); false (after saying so) for
    // anything but a whole number of 0 or more.
    bool limitFrom(const QCommandLineParser &parser, const QString &command, qint64 &limit);
    // The items of ids through exporter to the output stream.
    ExportResult exportToStream(NewsStore &store, const QList<qint64> &ids, Exporter &exporter);
    // Items an interrupted import left waiting for the search index: when the
    // cache may be written they are indexed now, with progress on stderr, and
    // 0 is returned; otherwise (or when indexing fails, said) how many still
    // wait. -1 when the cache cannot be read (said).
    qint64 completeSearchIndex(NewsStore &store, const QString &command);
    // Whether this process may write the cache at store's path (and beside it: the WAL).
    static bool mayWrite(const NewsStore &store);
    // The importer says once on stderr when it waits for another import into the cache.
    void announceWaiting(NewsImporter &importer, const NewsStore &store);
    // The exit codes of a command that reads the cache, for its --help.
    static QString incompleteHelp();
    // After the output: says that it is incomplete (waiting items, from
    // completeSearchIndex()) and how to complete it; the exit code for code.
    int incompleteUnless(qint64 waiting, const NewsStore &store, const QCommandLineParser &parser,
                         const QString &command, int code);
    // A failure at run time (not a usage error): printed, and logged with its details.
    void fail(const QString &message);
    // Whether the store's last read failed; then it is reported (fail()): a
    // failed read must never look like an empty cache. A read that found the
    // cache damaged closes the store and rebuilds the cache (see openStore()):
    // the command still fails, and says to run it again.
    bool readFailed(NewsStore &store);


    QTextStream &m_out;
    QTextStream &m_err;

private:
    // Sets the damaged cache at path aside and rebuilds it (no store of this
    // process may be open on it); whether it worked, after saying what happened.
    bool rebuild(const QString &path, const QString &damage);
    void tellHowToRecover(const QString &path);
    // Says that there is no cache at path (and how to make one).
    void tellNoCache(const QString &path, const QCommandLineParser &parser);
    // The --view part of resolveFilter(): filter becomes the view's filter
    // narrowed by the options given.
    bool applyView(NewsStore &store, const QCommandLineParser &parser, const QString &command, ItemFilter &filter);

    std::unique_ptr<ImportLock> m_importLock; // held by a command that changes the cache (openForChange())
};
