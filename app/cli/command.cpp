#include "app/cli/command.h"

#include "app/cli/commandline.h"
#include "app/cli/terminalsafedevice.h"

#include "models/export/exporter.h"
#include "models/export/exportjob.h"
#include "models/importing/cacherecovery.h"
#include "models/importing/importlock.h"
#include "models/importing/newsimporter.h"
#include "models/listing/controlcharacters.h"
#include "models/listing/sourcename.h"
#include "models/search/searchquery.h"
#include "models/store/itemfilter.h"
#include "models/store/label.h"
#include "models/store/markchange.h"
#include "models/store/newsstore.h"
#include "models/support/logging.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
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
    // Messages quote names and text from the cache or a state file: never a
    // control sequence to the terminal.
    m_err << ControlCharacters::visible(message) << Qt::endl;
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
            u"db"_s, tr("Use the cache FILE, or the shared archive postgresql://USER@HOST:PORT/DATABASE (a PostgreSQL "
                       "server: docs/TEAM.md), instead of the default (%1).").arg(NewsStore::defaultPath()), tr("FILE")});
}

void Command::addFilterOptions(CommandUsage &usage, FilterUnread unread)
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
    if (unread == FilterUnread::Yes)
        options.append(Option{u"unread"_s, tr("Only unread items.")});
    options.append(Option{u"starred"_s, tr("Only starred items.")});
    options.append(Option{u"source"_s, tr("Only the items of the listing FILE, in its order."), tr("FILE")});
    options.append(Option{u"sort"_s, tr("Order: listing (newest first, default), title, or best (with --search: the "
                                        "items with more of its words in the title first, newest first within)."),
                          u"listing|title|best"_s, u"listing"_s});
    options.append(Option{u"limit"_s, tr("At most N items: the first ones in the chosen order."), tr("N")});
    options.append(Option{u"id"_s, tr("Only the item with this ID (repeat for several)."), tr("ID")});
    options.append(Option{u"label"_s, tr("Only items that carry the label NAME (repeat for several: any of them)."),
                          tr("NAME")});
    options.append(Option{u"view"_s, tr("Only the items of the saved view VIEW; the other filter options given "
                                        "narrow it."),
                          tr("VIEW")});
    options.append(Option{u"hidden"_s, tr("Only hidden items (without it, hidden items are left out).")});
}

void Command::addTextFormatOption(CommandUsage &usage)
{
    usage.options.append(QCommandLineOption{u"format"_s, tr("Output format: text, tsv or json (default: text)."),
                                            u"text|tsv|json"_s, u"text"_s});
}

void Command::addTableFormatOption(CommandUsage &usage)
{
    usage.options.append(QCommandLineOption{u"format"_s, tr("Output format: text, tsv, json or csv (default: text)."),
                                            u"text|tsv|json|csv"_s, u"text"_s});
}

void Command::writeTable(const QString &format, const QStringList &header, const QList<QStringList> &rows)
{
    const bool csv = format == u"csv";
    const auto line = [&](const QStringList &fields) {
        QStringList out;
        for (QString field : fields) {
            field = ControlCharacters::visible(field);
            if (!csv) {
                out.append(field.replace(u'\t', u' ').replace(u'\n', u' '));
            } else if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')) {
                out.append(u'"' + field.replace(u"\""_s, u"\"\""_s) + u'"');
            } else {
                out.append(field);
            }
        }
        m_out << out.join(csv ? u',' : u'\t') << (csv ? u"\r\n"_s : u"\n"_s);
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    m_out.flush();
}

void Command::writeListing(const QString &format, const QStringList &header, const QList<ListedRow> &rows,
                           const QString &empty)
{
    if (format == u"json") {
        QJsonArray array;
        for (const ListedRow &row : rows)
            array.append(row.json);
        // QJsonDocument escapes C0 but writes DEL and C1 as they are: stand-ins, as list --format json has.
        m_out << ControlCharacters::visible(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else if (format == u"text") {
        for (const ListedRow &row : rows) {
            m_out << QString::number(row.count).rightJustified(7) << QString::number(row.unread).rightJustified(7)
                  << u"  "_s << ControlCharacters::visible(row.text) << u'\n';
        }
        if (rows.isEmpty())
            m_out << empty << u'\n';
    } else {
        QList<QStringList> fields;
        for (const ListedRow &row : rows)
            fields.append(row.fields);
        writeTable(format, header, fields);
    }
    m_out.flush();
}

bool Command::textFormat(const QCommandLineParser &parser, const QString &command, QString &format)
{
    format = parser.value(u"format"_s);
    const QList<QCommandLineOption> options = usage().options;
    const bool takesCsv = std::any_of(options.cbegin(), options.cend(), [](const QCommandLineOption &o) {
        return o.names().contains(u"format"_s) && o.valueName().contains(u"csv"_s);
    });
    if (format == u"text" || format == u"tsv" || format == u"json" || (takesCsv && format == u"csv"))
        return true;
    m_err << (takesCsv ? tr("newsdesk %1: unknown format “%2” (text, tsv, json or csv).")
                       : tr("newsdesk %1: unknown format “%2” (text, tsv or json)."))
                     .arg(command, ControlCharacters::visible(format))
          << Qt::endl;
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
    if (access == Access::Read && !NewsStore::isShared(path) && !QFileInfo::exists(path)) {
        tellNoCache(path, parser);
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

void Command::tellNoCache(const QString &path, const QCommandLineParser &parser)
{
    QString import = u"newsdesk import"_s;
    if (parser.isSet(u"db"_s))
        import += u" --db "_s + shellQuoted(path);
    fail(tr("newsdesk: no cache at %1; import listing files first: %2 FILE\u2026")
                 .arg(ControlCharacters::visible(path), ControlCharacters::visible(import)));
}

std::optional<int> Command::openForChange(QCommandLineParser &parser, const QString &command,
                                          const QStringList &arguments, NewsStore &store,
                                          const std::function<bool()> &checks, bool mayCreate)
{
    int code = CommandLine::Success;
    if (!parse(parser, command, arguments, code))
        return code;
    if (checks && !checks())
        return CommandLine::Failure;
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : NewsStore::defaultPath();
    if (!mayCreate && !NewsStore::isShared(path) && !QFileInfo::exists(path)) {
        tellNoCache(path, parser);
        return CommandLine::Failure;
    }
    if (QFileInfo::exists(path) && !NewsStore::isWritable(path)) {
        fail(tr("newsdesk %1: the cache %2 may only be read here; nothing was changed.")
                     .arg(command, ControlCharacters::visible(path)));
        return CommandLine::Failure;
    }
    if (!openStore(store, parser, Access::Write))
        return CommandLine::Failure;
    if (NewsStore::isShared(path))
        return std::nullopt; // (a shared archive's server orders its writers)
    // One writer of many items at a time: an import's transactions and this
    // command's never interleave; the wait is said as the import command says it.
    m_importLock = std::make_unique<ImportLock>(store.path());
    const QString cache = ControlCharacters::visible(store.path());
    bool told = false;
    const ImportLock::Result locked = m_importLock->acquire([&](qint64 pid) {
        if (!std::exchange(told, true)) {
            m_err << (pid > 0 ? tr("newsdesk: waiting for another import into %1 (process %2)\u2026").arg(cache).arg(pid)
                              : tr("newsdesk: waiting for another import into %1\u2026").arg(cache))
                  << Qt::endl;
        }
        return true; // as long as it takes (Ctrl+C stops the command)
    });
    if (locked != ImportLock::Result::Locked) {
        fail(u"newsdesk %1: "_s.arg(command) + m_importLock->errorString());
        return CommandLine::Failure;
    }
    return std::nullopt;
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
    if (!idsFrom(parser, filter.ids))
        return false;
    for (const QString &value : parser.values(u"label"_s)) {
        const QString name = Label::normalisedName(value);
        if (!filter.labels.contains(name))
            filter.labels.append(name);
    }
    if (parser.isSet(u"hidden"_s))
        filter.hidden = ItemFilter::Hidden::Only;
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

bool Command::idsFrom(const QCommandLineParser &parser, QList<qint64> &ids)
{
    for (const QString &value : parser.values(u"id"_s)) {
        bool ok = false;
        const qint64 id = value.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            m_err << tr("newsdesk: --id takes an item number, not \u201C%1\u201D.").arg(ControlCharacters::visible(value))
                  << Qt::endl;
            return false;
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return true;
}

bool Command::resolveFilter(NewsStore &store, const QCommandLineParser &parser, const QString &command,
                            ItemFilter &filter)
{
    if (parser.isSet(u"view"_s) && !applyView(store, parser, command, filter))
        return false;
    return knownLabels(store, command, filter.labels) && knownIds(store, command, filter.ids);
}

bool Command::applyView(NewsStore &store, const QCommandLineParser &parser, const QString &command,
                        ItemFilter &filter)
{
    const QString name = Label::normalisedName(parser.value(u"view"_s));
    const SavedView view = store.savedView(name);
    if (readFailed(store))
        return false;
    if (view.id == 0) {
        QStringList known;
        for (const SavedView &v : store.savedViews())
            known.append(quoted(v.name));
        if (readFailed(store))
            return false;
        fail(known.isEmpty() ? tr("newsdesk %1: no saved view named %2; there are none yet (newsdesk view save NAME).")
                                       .arg(command, quoted(name))
                             : tr("newsdesk %1: no saved view named %2; the views are: %3.")
                                       .arg(command, quoted(name), known.join(u", "_s)));
        return false;
    }
    // The view's filter, narrowed by what else was given.
    ItemFilter narrowed = view.filter;
    const bool both = (!filter.categories.isEmpty() && !narrowed.categories.isEmpty())
                      || (!filter.labels.isEmpty() && !narrowed.labels.isEmpty());
    if (both) {
        fail(tr("newsdesk %1: the view %2 has categories or labels of its own; --category and --label cannot "
                "narrow them (a view takes any of its labels and categories).")
                     .arg(command, quoted(view.name)));
        return false;
    }
    if (!filter.categories.isEmpty()) {
        narrowed.categories = filter.categories;
        narrowed.match = filter.match;
    }
    if (!filter.labels.isEmpty())
        narrowed.labels = filter.labels;
    if (!filter.search.isEmpty())
        narrowed.search = narrowed.search.isEmpty() ? filter.search : narrowed.search + u' ' + filter.search;
    narrowed.unreadOnly = narrowed.unreadOnly || filter.unreadOnly;
    narrowed.starredOnly = narrowed.starredOnly || filter.starredOnly;
    if (!filter.sourceFile.isEmpty())
        narrowed.sourceFile = filter.sourceFile;
    narrowed.ids = filter.ids;
    if (filter.hidden != ItemFilter::Hidden::Exclude)
        narrowed.hidden = filter.hidden;
    if (parser.isSet(u"sort"_s))
        narrowed.sort = filter.sort;
    filter = narrowed;
    return true;
}

bool Command::knownLabels(NewsStore &store, const QString &command, const QStringList &names)
{
    if (names.isEmpty())
        return true;
    const QList<Label> labels = store.labels();
    if (readFailed(store))
        return false;
    QStringList known;
    for (const Label &label : labels)
        known.append(label.name);
    for (const QString &name : names) {
        if (known.contains(name))
            continue;
        QStringList suggested;
        for (const QString &k : std::as_const(known))
            suggested.append(quoted(k));
        fail(suggested.isEmpty()
                     ? tr("newsdesk %1: No label named %2; there are no labels yet (newsdesk label add NAME).")
                               .arg(command, quoted(name))
                     : tr("newsdesk %1: No label named %2; the labels are: %3.")
                               .arg(command, quoted(name), suggested.join(u", "_s)));
        return false;
    }
    return true;
}

bool Command::knownIds(NewsStore &store, const QString &command, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    ItemFilter chosen;
    chosen.ids = ids;
    chosen.hidden = ItemFilter::Hidden::Include; // a hidden item is an item of the cache too
    const QList<qint64> known = store.itemIds(chosen);
    if (readFailed(store))
        return false;
    for (qint64 id : ids) {
        if (!known.contains(id)) {
            fail(tr("newsdesk %1: there is no item %2 in the cache.").arg(command).arg(id));
            return false;
        }
    }
    return true;
}

bool Command::nameFrom(const QString &command, const QString &typed, QString &name)
{
    name = Label::normalisedName(typed);
    if (name.isEmpty()) {
        m_err << tr("newsdesk %1: the name is empty; give it a name.").arg(command) << Qt::endl;
        return false;
    }
    if (name.size() > Label::MaxNameLength) {
        m_err << tr("newsdesk %1: the name is %L2 characters long; at most %L3 are allowed.")
                         .arg(command)
                         .arg(name.size())
                         .arg(Label::MaxNameLength)
              << Qt::endl;
        return false;
    }
    return true;
}

QString Command::quoted(const QString &name)
{
    return u"\u201C"_s + ControlCharacters::visible(name) + u"\u201D"_s;
}

bool Command::markWhere(NewsStore &store, const ItemFilter &filter, MarkChange &change, const QString &command,
                        qint64 limit)
{
    ItemFilter chosen = filter;
    if (limit >= 0) {
        // The first items as list --limit shows them, and only those.
        chosen.ids = store.itemIds(filter, limit);
        if (readFailed(store))
            return false;
        change.ids = {};
        if (chosen.ids.isEmpty())
            return true;
    }
    if (store.setMarkWhere(chosen, change))
        return true;
    fail(u"newsdesk %1: "_s.arg(command) + store.errorString());
    return false;
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
