#include "app/cli/command.h"

#include "app/cli/commandline.h"
#include "app/cli/terminalsafedevice.h"

#include "models/export/exporter.h"
#include "models/export/exportjob.h"
#include "models/importing/cacherecovery.h"
#include "models/importing/newsimporter.h"
#include "models/listing/controlcharacters.h"
#include "models/listing/sourcename.h"
#include "models/search/searchquery.h"
#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"
#include "models/support/logging.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFileDevice>
#include <QFileInfo>
#include <QRegularExpression>

#include <climits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// path as a shell word: as it is when it holds nothing a shell reads, else in single quotes.
QString shellQuoted(const QString &path)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./+:@%=-]+$"_s);
    if (plain.match(path).hasMatch())
        return path;
    return u'\'' + QString(path).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

} // namespace

Command::Command(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

Command::~Command() = default;

void Command::fail(const QString &message)
{
    m_err << message << Qt::endl;
    qCWarning(lcCli).noquote() << message;
}

bool Command::readFailed(NewsStore &store)
{
    if (!store.lastReadFailed())
        return false;
    fail(u"newsdesk: "_s + store.errorString());
    if (store.lastReadDamaged()) {
        const QString path = store.path();
        const QString damage = store.readError();
        store.close();
        if (!NewsStore::isWritable(path))
            tellHowToRecover(path);
        else if (rebuild(path, damage))
            m_err << tr("newsdesk: run the command again: what it printed so far came from the damaged cache.")
                  << Qt::endl;
    }
    return true;
}

bool Command::rebuild(const QString &path, const QString &damage)
{
    const auto progress = [this](int done, int total, const QString &file) {
        if (!file.isEmpty()) {
            m_err << tr("newsdesk: rebuilding the cache: file %1 of %2: %3")
                             .arg(done + 1)
                             .arg(total)
                             .arg(ControlCharacters::visible(file))
                  << Qt::endl;
        }
        return true;
    };
    // Set aside only when no other newsdesk has the cache open or imports into it.
    CacheRecovery::Result result = CacheRecovery::setAside(path, damage);
    if (!result.setAsideAs.isEmpty()) {
        m_err << tr("newsdesk: the damaged cache %1 was set aside as %2; rebuilding it from its listing files…")
                         .arg(path, result.setAsideAs)
              << Qt::endl;
        CacheRecovery::rebuildSetAside(path, result, progress);
    }
    for (const Diagnostic &d : result.report.diagnostics)
        m_err << ControlCharacters::visible(d.toString()) << u'\n';
    if (!result.ok()) {
        fail(u"newsdesk: "_s + CacheRecovery::describe(path, result));
        if (!result.setAsideAs.isEmpty())
            fail(u"newsdesk: "_s + result.error);
        return false;
    }
    m_err << u"newsdesk: "_s << CacheRecovery::describe(path, result) << Qt::endl;
    qCWarning(lcCli).noquote() << CacheRecovery::describe(path, result);
    return true;
}

void Command::tellHowToRecover(const QString &path)
{
    fail(tr("newsdesk: the cache may only be read here, so it cannot be rebuilt in place. Where its folder may "
            "be written, run “newsdesk import --db %1”: the damaged file is set aside and the cache "
            "rebuilt from the listing files newsdesk remembers (your read and starred marks are kept in %2).")
                 .arg(path, NewsStore::statePath(path)));
}

void Command::addDbOption(CommandUsage &usage)
{
    usage.options.append(QCommandLineOption{
            u"db"_s, tr("Use the cache FILE instead of the default (%1).").arg(NewsStore::defaultPath()), tr("FILE")});
}

void Command::addFilterOptions(CommandUsage &usage)
{
    using Option = QCommandLineOption;
    QList<Option> &options = usage.options;
    options.append(Option{u"category"_s, tr("Only items in category NAME (repeat for several)."), tr("NAME")});
    options.append(Option{u"match"_s, tr("With several categories: items in any of them, or in all (default: any)."),
                          u"any|all"_s, u"any"_s});
    options.append(Option{u"search"_s,
                          tr("Only items that match QUERY: every word, in any order, in the title, the summary or a "
                             "category name; a word of 3 or more letters is found inside longer words too (trafik "
                             "finds kollektivtrafiken), a shorter one at the start of a word; case does not matter, "
                             "å ä ö are letters of their own; \"a phrase\" finds exactly these words in this order; "
                             "-word leaves out the items it matches."),
                          tr("QUERY")});
    options.append(Option{u"unread"_s, tr("Only unread items.")});
    options.append(Option{u"starred"_s, tr("Only starred items.")});
    options.append(Option{u"source"_s, tr("Only the items of the listing FILE, in its order."), tr("FILE")});
    options.append(Option{u"sort"_s, tr("Order: listing (newest first, default), title, or best (with --search: the "
                                        "items with more of its words in the title first, newest first within)."),
                          u"listing|title|best"_s, u"listing"_s});
    options.append(Option{u"limit"_s, tr("At most N items: the first ones in the chosen order."), tr("N")});
}

void Command::addTextFormatOption(CommandUsage &usage)
{
    usage.options.append(QCommandLineOption{u"format"_s, tr("Output format: text, tsv or json (default: text)."),
                                            u"text|tsv|json"_s, u"text"_s});
}

bool Command::textFormat(const QCommandLineParser &parser, const QString &command, QString &format)
{
    format = parser.value(u"format"_s);
    if (format == u"text" || format == u"tsv" || format == u"json")
        return true;
    m_err << tr("newsdesk %1: unknown format “%2” (text, tsv or json).").arg(command, format) << Qt::endl;
    return false;
}

bool Command::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int &exitCode)
{
    const QCommandLineOption help = usage().addTo(parser);
    if (!parser.parse(QStringList{u"newsdesk "_s + command} + arguments)) {
        m_err << u"newsdesk %1: "_s.arg(command) << parser.errorText() << u'\n'
              << tr("Try \u201Cnewsdesk %1 --help\u201D.").arg(command) << Qt::endl;
        exitCode = CommandLine::Failure;
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        exitCode = CommandLine::Success;
        return false;
    }
    return true;
}

bool Command::noArguments(const QCommandLineParser &parser, const QString &command)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    m_err << tr("newsdesk %1: unexpected argument \u201C%2\u201D.").arg(command, parser.positionalArguments().first())
          << Qt::endl;
    return false;
}

bool Command::openStore(NewsStore &store, const QCommandLineParser &parser, Access access)
{
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : NewsStore::defaultPath();
    if (access == Access::Read && !QFileInfo::exists(path)) {
        QString import = u"newsdesk import"_s;
        if (parser.isSet(u"db"_s))
            import += u" --db "_s + shellQuoted(path);
        fail(tr("newsdesk: no cache at %1; import listing files first: %2 FILE\u2026")
                     .arg(ControlCharacters::visible(path), ControlCharacters::visible(import)));
        return false;
    }
    const bool readOnly = access == Access::Read && QFileInfo::exists(path) && !NewsStore::isWritable(path);
    if (readOnly ? store.openReadOnly(path) : store.open(path)) {
        for (const QString &notice : store.notices())
            fail(u"newsdesk: "_s + notice);
        return true;
    }
    fail(u"newsdesk: "_s + store.errorString());
    if (store.failure() != StoreFailure::Damaged)
        return false;
    if (readOnly) {
        tellHowToRecover(path);
        return false;
    }
    if (!rebuild(path, store.errorString()))
        return false;
    if (store.open(path))
        return true;
    fail(u"newsdesk: "_s + store.errorString());
    return false;
}

std::optional<int> Command::openForText(QCommandLineParser &parser, const QString &command,
                                        const QStringList &arguments, NewsStore &store, QString &format,
                                        const std::function<bool()> &checks)
{
    int code = CommandLine::Success;
    if (!parse(parser, command, arguments, code))
        return code;
    if (!textFormat(parser, command, format) || (checks && !checks()) || !openStore(store, parser, Access::Read))
        return CommandLine::Failure;
    return std::nullopt;
}

bool Command::filterFrom(const QCommandLineParser &parser, ItemFilter &filter)
{
    filter.categories = parser.values(u"category"_s);
    const QString match = parser.value(u"match"_s);
    if (match != u"any" && match != u"all") {
        m_err << tr("newsdesk: --match takes “any” or “all”, not “%1”.").arg(match) << Qt::endl;
        return false;
    }
    filter.match = match == u"all" ? ItemFilter::Match::All : ItemFilter::Match::Any;
    // The same rules as the window's search box (SearchQuery): what was
    // typed goes to the store as it is.
    filter.search = parser.value(u"search"_s);
    if (const SearchQuery query = SearchQuery::parse(filter.search); query.usesSyntax())
        m_err << u"newsdesk: "_s << ControlCharacters::visible(query.understood()) << Qt::endl;
    filter.unreadOnly = parser.isSet(u"unread"_s);
    filter.starredOnly = parser.isSet(u"starred"_s);
    if (parser.isSet(u"source"_s)) {
        // The bundled sample's files also by the names the output gives them ("Sample news 2").
        const QString source = SourceName::path(parser.value(u"source"_s));
        const QString canonical = QFileInfo(source).canonicalFilePath();
        filter.sourceFile = source.startsWith(u':') || canonical.isEmpty() ? source : canonical;
    }
    const QString sort = parser.value(u"sort"_s);
    if (sort == u"listing") {
        filter.sort = ItemFilter::Sort::Listing;
    } else if (sort == u"title") {
        filter.sort = ItemFilter::Sort::Title;
    } else if (sort == u"best") {
        filter.sort = ItemFilter::Sort::BestMatch; // without a search: the listing order
    } else {
        m_err << tr("newsdesk: --sort takes “listing”, “title” or “best”, not "
                    "\u201C%1\u201D.").arg(sort)
              << Qt::endl;
        return false;
    }
    return true;
}

bool Command::limitFrom(const QCommandLineParser &parser, const QString &command, qint64 &limit)
{
    limit = -1;
    if (!parser.isSet(u"limit"_s))
        return true;
    const QString value = parser.value(u"limit"_s);
    bool ok = false;
    limit = value.trimmed().toLongLong(&ok);
    if (ok && limit >= 0)
        return true;
    limit = -1;
    m_err << tr("newsdesk %1: --limit takes a number of items (0 or more), not \u201C%2\u201D.").arg(command, value)
          << Qt::endl;
    return false;
}

bool Command::mayWrite(const NewsStore &store)
{
    return NewsStore::isWritable(store.path());
}

void Command::announceWaiting(NewsImporter &importer, const NewsStore &store)
{
    importer.setWaiting([this, path = store.path(), told = false](qint64 pid) mutable {
        if (!std::exchange(told, true)) {
            const QString cache = ControlCharacters::visible(path); // a path may hold controls
            m_err << (pid > 0 ? tr("newsdesk: waiting for another import into %1 (process %2)\u2026").arg(cache).arg(pid)
                              : tr("newsdesk: waiting for another import into %1\u2026").arg(cache))
                  << Qt::endl;
        }
        return true; // as long as it takes (Ctrl+C stops the command)
    });
}

qint64 Command::completeSearchIndex(NewsStore &store, const QString &command)
{
    const qint64 waiting = store.pendingIndexItems();
    if (readFailed(store))
        return -1;
    if (waiting == 0 || !mayWrite(store))
        return waiting;
    m_err << tr("newsdesk %1: %Ln item(s) of an interrupted import are not yet searchable; "
                "adding them to the search index first.", nullptr, int(qMin<qint64>(waiting, INT_MAX)))
                     .arg(command)
          << Qt::endl;
    NewsImporter importer(store);
    announceWaiting(importer, store);
    importer.setProgress([&](int done, int, const QString &) {
        if (done >= 0)
            return true; // (no file is read)
        const qint64 left = store.pendingIndexItems();
        if (!store.lastReadFailed())
            m_err << tr("newsdesk %1: search index: %L2 of %L3 items added.")
                             .arg(command)
                             .arg(waiting - left)
                             .arg(waiting)
                  << Qt::endl;
        return true;
    });
    const ImportReport report = importer.finishIndex();
    if (!report.error.isEmpty()) {
        fail(u"newsdesk %1: "_s.arg(command) + report.error);
        const qint64 left = store.pendingIndexItems();
        return store.lastReadFailed() ? waiting : left;
    }
    return 0;
}

QString Command::incompleteHelp()
{
    return tr("Exit status: 0 when done; 1 on usage or cache errors; 3 when the output is incomplete: items an "
              "interrupted import left are not yet in the search index and the cache may only be read here "
              "(\u201Cnewsdesk import --finish-index\u201D adds them).");
}

int Command::incompleteUnless(qint64 waiting, const NewsStore &store, const QCommandLineParser &parser,
                              const QString &command, int code)
{
    if (waiting <= 0 || code != CommandLine::Success)
        return code;
    QString complete = u"newsdesk import --finish-index"_s;
    if (parser.isSet(u"db"_s))
        complete += u" --db "_s + shellQuoted(store.path());
    m_err << tr("newsdesk %1: the results are incomplete: %Ln item(s) of an interrupted import are not yet "
                "searchable, and the cache may not be written here to add them. To complete them, run as someone "
                "who may write the cache: %2",
                nullptr, int(qMin<qint64>(waiting, INT_MAX)))
                     .arg(command, ControlCharacters::visible(complete)) // a path may hold controls
          << Qt::endl;
    qCWarning(lcCli).noquote() << command << "left out" << waiting << "items waiting for the search index";
    return CommandLine::Incomplete;
}

ExportResult Command::exportToStream(NewsStore &store, const QList<qint64> &ids, Exporter &exporter)
{
    // Standard output may be a terminal: no control character from item text reaches it.
    m_out.flush();
    if (QIODevice *device = m_out.device()) {
        TerminalSafeDevice safe(device);
        const ExportResult result = ExportJob::exportItems(store, ids, exporter, &safe);
        safe.close();
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
        return result;
    }
    // A stream on a string (tests): collect the bytes, then add them as text.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult result = ExportJob::exportItems(store, ids, exporter, &buffer);
    m_out << ControlCharacters::visible(QString::fromUtf8(buffer.data()));
    m_out.flush();
    return result;
}
