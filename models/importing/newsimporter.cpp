#include "models/importing/newsimporter.h"

#include "models/importing/importreader.h"
#include "models/listing/categorysplitter.h"
#include "models/listing/listingparser.h"
#include "models/listing/preparedlisting.h"
#include "models/store/newsstore.h"
#include "models/support/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

NewsImporter::NewsImporter(NewsStore &store)
    : m_store(store)
{
}

NewsImporter::~NewsImporter() = default;

QStringList NewsImporter::sampleFiles()
{
    QStringList files;
    const QDir dir(u":/sample"_s);
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QSet<QString> NewsImporter::sampleVocabulary()
{
    static const QSet<QString> vocabulary = [] {
        QSet<QString> names;
        for (const QString &file : sampleFiles()) {
            for (const ParsedItem &item : ListingParser::parseFile(file).items) {
                if (CategorySplitter::isSingleName(item.categoryLine))
                    names.insert(item.categoryLine);
            }
        }
        return names;
    }();
    return vocabulary;
}

QStringList NewsImporter::collectFiles(const QStringList &paths, Diagnostics &diagnostics)
{
    QStringList files;
    for (const ListedFile &file : listFiles(paths, diagnostics))
        files.append(file.given);
    return files;
}

QList<ListedFile> NewsImporter::listFiles(const QStringList &paths, Diagnostics &diagnostics)
{
    QList<ListedFile> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            listFolder(path, files);
        } else if (info.exists() || ImportReader::isResource(path)) {
            files.append({path, ImportReader::storedPath(path)});
        } else {
            diagnostics.append({path, 0, Diagnostic::Severity::Error, tr("no such file or folder")});
        }
    }
    // A name given twice is taken once (a file named twice under different
    // names, through a link say, is read once by the reader). One folder
    // names each file once.
    if (paths.size() < 2)
        return files;
    QSet<QString> given;
    given.reserve(files.size());
    files.removeIf([&given](const ListedFile &file) {
        if (given.contains(file.given))
            return true;
        given.insert(file.given);
        return false;
    });
    return files;
}

bool NewsImporter::look(ListedFile &file)
{
    // One lstat(): QFileInfo::lastModified() gives local time, and glibc reads
    // /etc/localtime again for each conversion (two stat()s a file, most of a
    // re-import's listing); the time is kept as ImportReader reads it, in ms.
#ifdef Q_OS_UNIX
    struct stat buffer;
    if (::lstat(QFile::encodeName(file.given).constData(), &buffer) != 0 || !S_ISREG(buffer.st_mode))
        return false; // a link, a FIFO, gone: the reader looks (and says why)
    file.size = buffer.st_size;
    file.mtime = qint64(buffer.st_mtim.tv_sec) * 1000 + buffer.st_mtim.tv_nsec / 1'000'000;
#else
    const QFileInfo info(file.given);
    if (info.isSymLink() || !info.isFile())
        return false;
    file.size = info.size();
    file.mtime = info.lastModified().toMSecsSinceEpoch();
#endif
    file.looked = true;
    return true;
}

void NewsImporter::listFolder(const QString &folder, QList<ListedFile> &files)
{
    // The folder is canonicalised once; below it only a link can lead
    // elsewhere (the iterator does not follow linked folders), so a file's
    // stored path is the canonical folder and the rest of its name.
    const bool resource = ImportReader::isResource(folder);
    const QString canonical = resource ? QString() : QFileInfo(folder).canonicalFilePath();
    QList<ListedFile> found;
    // System: a FIFO, socket or device named *.txt is listed too, and so is a
    // file that may not be read: reading refuses each by name (and why)
    // rather than skipping it unsaid.
    // (The name is matched here: a name filter costs a regular expression match per file.)
    QDirIterator it(folder, QDir::Files | QDir::System, QDirIterator::Subdirectories);
    QString base = it.path(); // as given: perhaps with a slash at the end
    while (base.size() > 1 && base.endsWith(u'/'))
        base.chop(1);
    while (it.hasNext()) {
        ListedFile file;
        file.given = it.next();
        if (!file.given.endsWith(u".txt"_s, Qt::CaseInsensitive) || file.given.endsWith(u"/.txt"_s))
            continue;
        if (!resource && !canonical.isEmpty() && file.given.size() > base.size() && file.given.startsWith(base)
            && file.given.at(base.size()) == u'/' && look(file)) {
            file.path = (canonical == u"/"_s ? QString() : canonical) + QStringView(file.given).mid(base.size());
        } else {
            file.path = ImportReader::storedPath(file.given);
        }
        found.append(std::move(file));
    }
    std::sort(found.begin(), found.end(),
              [](const ListedFile &a, const ListedFile &b) { return a.given < b.given; });
    files += found;
}

bool NewsImporter::fail(ImportReport &report, const QString &what, const QString &error)
{
    qCWarning(lcImport).noquote() << "import failed while" << what << ':' << error;
    if (report.error.isEmpty()) // the first error is the cause
        report.error = tr("Cache error while %1: %2").arg(what, error);
    return false;
}

ImportReport NewsImporter::importPaths(const QStringList &paths)
{
    return importPaths(paths, paths);
}

ImportReport NewsImporter::importPaths(const QStringList &paths, const QStringList &sources)
{
    ImportReport report;
    QElapsedTimer timer; // where the time goes, for newsdesk.import.debug
    timer.start();
    QList<ListedFile> files = listFiles(paths, report.diagnostics);
    qCDebug(lcImport) << "listed" << files.size() << "files in" << timer.restart() << "ms";
    for (const Diagnostic &d : std::as_const(report.diagnostics))
        report.rejected.append(d.file);
    // The writer keeps the store tuned for the import until it goes.
    m_writer = m_store.importWriter();
    // Sources are remembered in this import's turn: the state database is
    // written under the same lock as the cache (an import before this one
    // may hold both for longer than the busy timeout).
    if (begin(report) && leaveOutRemoved(files, sources, report)) {
        rememberSources(sources, report);
        qCDebug(lcImport) << "began the import in" << timer.restart() << "ms";
        const bool imported = importFiles(files, report);
        qCDebug(lcImport) << "imported the files and the index in" << timer.restart() << "ms";
        if (imported) {
            if (m_progress && !report.cancelled && report.error.isEmpty())
                m_progress(int(files.size()), int(files.size()), QString());
            report.itemsTotal = m_store.itemCount();
            if (m_store.lastReadFailed())
                fail(report, tr("counting the items"), m_store.readError());
            qCDebug(lcImport) << "counted the items in" << timer.restart() << "ms";
        }
    }
    m_writer.reset();
    m_lock.reset();
    return report;
}

bool NewsImporter::takeTurn(ImportReport &report)
{
    // A shared archive has no lock file: its server's transactions and
    // unique keys let several imports run at once (PgImportWriter).
    if (NewsStore::isShared(m_store.path()))
        return true;
    if (!m_lock)
        m_lock = std::make_unique<ImportLock>(m_store.path());
    switch (m_lock->acquire(m_waiting)) {
    case ImportLock::Result::Locked:
        return true;
    case ImportLock::Result::Cancelled:
        report.cancelled = true;
        return false;
    case ImportLock::Result::Failed:
        break;
    }
    return fail(report, tr("preparing the import"), m_lock->errorString());
}

void NewsImporter::rememberSources(const QStringList &paths, ImportReport &report)
{
    // The state database remembers what the person imported: a damaged cache
    // is rebuilt from it (CacheRecovery).
    QStringList sources;
    for (const QString &path : paths) {
        if (ImportReader::isResource(path) || QFileInfo::exists(path))
            sources.append(path);
    }
    if (!sources.isEmpty() && !m_store.rememberSources(sources))
        fail(report, tr("remembering the imported files"), m_store.errorString());
    // A file the person removed and now imports by itself is back.
    QStringList files;
    for (const QString &path : std::as_const(sources)) {
        if (!QFileInfo(path).isDir())
            files.append(ImportReader::storedPath(path));
    }
    if (!files.isEmpty() && !m_store.liftRemovedFiles(files))
        fail(report, tr("remembering the imported files"), m_store.errorString());
}

bool NewsImporter::leaveOutRemoved(QList<ListedFile> &files, const QStringList &sources, ImportReport &report)
{
    const QStringList removed = m_store.removedFiles();
    if (m_store.lastReadFailed())
        return fail(report, tr("preparing the import"), m_store.readError());
    if (removed.isEmpty())
        return true;
    // Named by itself (not through a folder, nor a watched folder's change):
    // the person imports it again.
    QSet<QString> named;
    for (const QString &path : sources) {
        if (!QFileInfo(path).isDir())
            named.insert(ImportReader::storedPath(path));
    }
    const QSet<QString> left(removed.cbegin(), removed.cend());
    const qsizetype before = files.size();
    files.removeIf([&](const ListedFile &file) { return left.contains(file.path) && !named.contains(file.path); });
    if (files.size() < before)
        qCDebug(lcImport) << "left out" << before - files.size() << "removed files";
    return true;
}

RemovalReport NewsImporter::removeFiles(const QStringList &paths)
{
    RemovalReport removal;
    ImportReport report;
    m_writer = m_store.importWriter();
    if (begin(report)) {
        const auto known = m_writer->knownFiles();
        QStringList files;
        if (!known)
            fail(report, tr("removing files"), m_writer->errorString());
        for (const QString &path : paths) {
            if (!known)
                break;
            // As the cache names it (the sources pane), or as given.
            const QString stored = known->contains(path) ? path : ImportReader::storedPath(path);
            if (!known->contains(stored)) {
                removal.error = tr("%1 is not a listing file of the cache %2; nothing was removed.")
                                        .arg(path, m_store.path());
                break;
            }
            if (!files.contains(stored))
                files.append(stored);
        }
        if (known && removal.error.isEmpty() && !files.isEmpty())
            forgetRemoved(*known, files, removal, report);
    }
    if (removal.error.isEmpty() && report.cancelled)
        removal.error = tr("The removal was cancelled while another import wrote into the cache %1; nothing was "
                           "removed.")
                                .arg(m_store.path());
    if (removal.error.isEmpty())
        removal.error = report.error;
    // (files stay filled when they were removed and only the search index
    // could not follow: the next import finishes it.)
    if (!removal.error.isEmpty())
        qCWarning(lcImport).noquote() << "removing files failed:" << removal.error;
    m_writer.reset();
    m_lock.reset();
    return removal;
}

bool NewsImporter::forgetRemoved(const QHash<QString, ImportWriter::KnownFile> &known, const QStringList &files,
                                 RemovalReport &removal, ImportReport &report)
{
    // Counted before: the items the files hold, and those another file keeps.
    const qint64 held = m_store.itemsOfFiles(files, false);
    const qint64 kept = m_store.itemsOfFiles(files, true);
    if (m_store.lastReadFailed())
        return fail(report, tr("removing files"), m_store.readError());
    if (!beginBatch(report))
        return false;
    // One transaction: the files' items and records, the counts the import
    // keeps, and the record of their removal in the state database.
    const bool forgotten = std::all_of(files.cbegin(), files.cend(), [&](const QString &path) {
        return m_writer->forgetFile(known.value(path).id, path);
    });
    if (!forgotten || !writeStaged()) {
        const QString error = m_writer->errorString();
        m_writer->rollbackBatch();
        m_pending = {};
        countQueued(report, tr("removing files"));
        return fail(report, tr("removing files"), error);
    }
    m_pending = {};
    if (!m_store.recordRemovedFiles(files)) {
        m_writer->rollbackBatch();
        countQueued(report, tr("removing files"));
        return fail(report, tr("removing files"), m_store.errorString());
    }
    if (!m_writer->commitBatch()) {
        countQueued(report, tr("removing files"));
        return fail(report, tr("removing files"), m_writer->errorString());
    }
    removal.files = files;
    removal.itemsRemoved = held - kept;
    removal.itemsKept = kept;
    qCInfo(lcImport).noquote() << "removed" << files.size() << "files:" << removal.itemsRemoved << "items removed,"
                               << kept << "kept";
    // The search index follows (the removed items' entries go); a failure
    // there is the next import's to finish, and is said.
    if (!updateIndex(report)) {
        removal.error = report.error;
        return false;
    }
    return true;
}

ImportReport NewsImporter::finishIndex()
{
    ImportReport report;
    m_writer = m_store.importWriter();
    if (begin(report) && m_queued > 0)
        updateIndex(report);
    m_writer.reset();
    m_lock.reset();
    return report;
}

bool NewsImporter::begin(ImportReport &report)
{
    // The title index is made again after a bulk import (importFiles()); one
    // a crash interrupted is left to this import (beginImport()).
    if (!m_writer)
        return fail(report, tr("preparing the import"), m_store.errorString());
    // Another import into this cache finishes first (ImportLock); nothing is
    // written before this import's turn.
    if (!takeTurn(report))
        return false;
    if (!m_writer->beginImport())
        return fail(report, tr("preparing the import"), m_writer->errorString());
    return countQueued(report, tr("preparing the import"));
}

bool NewsImporter::importFiles(const QList<ListedFile> &files, ImportReport &report)
{
    QElapsedTimer timer;
    timer.start();
    // Vocabulary: the cache's, the sample's, then what each file teaches.
    // (The record of the files is read once: it says which are gone too.)
    const std::optional<QStringList> vocabulary = m_writer->vocabulary();
    const auto known = vocabulary ? m_writer->knownFiles() : std::nullopt;
    if (!known) {
        fail(report, tr("preparing the import"), m_writer->errorString());
        return false;
    }
    qCDebug(lcImport) << "read the vocabulary and the record of" << known->size() << "files in"
                      << timer.restart() << "ms";
    // The vanished files' items go before any file is stored (as written file
    // by file: an item that moved from a vanished file to another is new).
    if ((m_forgetVanished && !removeVanishedFiles(*known, files, report)) || !writeStagedOrRedo(report)) {
        commitBatch(report); // what went well before stays
        return false;
    }
    qCDebug(lcImport) << "forgot the vanished files in" << timer.restart() << "ms";
    CategorySplitter splitter(sampleVocabulary());
    for (const QString &name : std::as_const(*vocabulary))
        splitter.addKnown(name);
    qCDebug(lcImport) << "learned the vocabulary of" << vocabulary->size() << "names in" << timer.restart() << "ms";
    readFiles(files, *known, std::move(splitter), report);

    // The files before a failing one stay imported.
    // (A file that failed while its group was written at the commit undid
    // only itself: the index is written for the files before it.)
    const bool committed = commitBatch(report) || !m_commitFailed;
    // The title index, after a bulk import.
    if (!m_writer->createTitleIndex())
        fail(report, tr("indexing titles"), m_writer->errorString());
    qCDebug(lcImport) << "went through the files in" << timer.restart() << "ms";
    // Cancelled: the queue waits for the next import (the window starts one).
    if (committed && !report.cancelled)
        updateIndex(report);
    qCDebug(lcImport) << "updated the search index in" << timer.restart() << "ms";
    return true;
}

bool NewsImporter::isUnchanged(const ListedFile &file, const QHash<QString, ImportReader::KnownFile> &known)
{
    if (!file.looked)
        return false; // the reader looks (links, resources)
    const auto k = known.constFind(file.path);
    return k != known.constEnd() && k->size == file.size && k->mtime == file.mtime;
}

void NewsImporter::readFiles(const QList<ListedFile> &files, const QHash<QString, ImportReader::KnownFile> &known,
                             CategorySplitter splitter, ImportReport &report)
{
    // Unchanged files are skipped here, from the listing's look at them: the
    // reader's thread gets only the files it must read (a re-import of an
    // unchanged archive hands it nothing).
    QList<bool> unchanged(files.size());
    QStringList toRead;
    for (qsizetype i = 0; i < files.size(); ++i) {
        unchanged[i] = isUnchanged(files.at(i), known);
        if (!unchanged.at(i))
            toRead.append(files.at(i).given);
    }
    // (Gone on return: it may hold the next file, read ahead.)
    ImportReader reader(toRead, known, std::move(splitter), ListingParser::PartBytes);
    bool bulkDecided = false;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (m_progress && !m_progress(int(i), int(files.size()), files.at(i).given)) {
            report.cancelled = true;
            break;
        }
        if (unchanged.at(i)) {
            report.skipped.append(files.at(i).path);
            continue;
        }
        std::optional<PreparedListing> file = reader.next();
        if (!file)
            break;
        // A bulk import writes titles without their index and sorts them into
        // a new one after the files (see BulkItems); decided at the first file
        // whose content changed (touched files alone are no bulk import).
        if (file->state == PreparedListing::State::Ready && !std::exchange(bulkDecided, true)
            && !prepareBulk(std::span(files).subspan(i), known, report))
            break;
        if (importParts(reader, std::move(*file), report) == Outcome::Failed)
            break;
        // A long import makes its items searchable as it goes, a batch at a time.
        if (m_queued >= IndexBatch && !(commitBatch(report) && updateIndex(report)))
            break;
    }
}

bool NewsImporter::prepareBulk(std::span<const ListedFile> files, const QHash<QString, ImportReader::KnownFile> &known,
                               ImportReport &report)
{
    const std::optional<bool> bulk = isBulk(files, known);
    if (!bulk)
        return fail(report, tr("preparing the import"), m_store.readError());
    if (*bulk && !m_writer->dropTitleIndex())
        return fail(report, tr("preparing the import"), m_writer->errorString());
    return true;
}

std::optional<bool> NewsImporter::isBulk(std::span<const ListedFile> files,
                                         const QHash<QString, ImportReader::KnownFile> &known) const
{
    // New files and files whose size changed, by their size: about 500 bytes
    // an item. (A file with a new time only is most often only touched.)
    QSet<QString> seen;
    qint64 bytes = 0;
    for (const ListedFile &file : files) {
        const QString &path = file.path;
        if (seen.contains(path))
            continue;
        seen.insert(path);
        const qint64 size = file.looked ? file.size : QFileInfo(path).size();
        const auto k = known.constFind(path);
        if (k == known.constEnd() || k->size != size)
            bytes += size;
    }
    const qint64 items = (bytes + 499) / 500;
    if (items < m_bulkItems)
        return false;
    const qint64 stored = m_store.itemCount();
    if (m_store.lastReadFailed())
        return std::nullopt; // not "an empty cache": that would take the bulk path
    return items >= stored / 2;
}

bool NewsImporter::isReachableFolder(const QString &folder)
{
    // A folder that is gone (an unmounted drive, a renamed folder) or may not
    // be listed says nothing about whether its files still exist.
    const QFileInfo info(folder);
    if (ImportReader::isResource(folder))
        return info.isDir(); // compiled in: there, or gone with a new version
    return info.isDir() && info.isReadable() && info.isExecutable();
}

bool NewsImporter::removeVanishedFiles(const QHash<QString, ImportReader::KnownFile> &known,
                                       const QList<ListedFile> &files, ImportReport &report)
{
    // Files this import listed exist (they were just looked at); the others
    // are looked for.
    QSet<QString> listed;
    listed.reserve(files.size());
    for (const ListedFile &file : files) {
        if (file.looked)
            listed.insert(file.path);
    }
    // In the order of the files' ids (the order they were first imported).
    QList<std::pair<qint64, QString>> vanished;
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        if (!listed.contains(it.key()) && !QFileInfo::exists(it.key()))
            vanished.append({it->id, it.key()});
    }
    std::sort(vanished.begin(), vanished.end());
    QHash<QString, bool> reachable; // by folder
    QMap<QString, int> kept;        // files of unreachable folders, by folder
    for (const auto &[id, path] : std::as_const(vanished)) {
        const QString folder = QFileInfo(path).path();
        auto seen = reachable.find(folder);
        if (seen == reachable.end())
            seen = reachable.insert(folder, isReachableFolder(folder));
        if (!*seen) {
            ++kept[folder];
            continue;
        }
        if (!removeFile(id, path, report))
            return false;
    }
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        report.unreachableFolders.append(it.key());
        report.diagnostics.append({it.key(), 0, Diagnostic::Severity::Warning,
                                   tr("the folder is missing or cannot be read (a drive that is not mounted?); "
                                      "the items of its %n file(s) were kept", nullptr, it.value())});
        qCInfo(lcImport).noquote() << "folder" << it.key() << "is unreachable; kept the items of" << it.value()
                                   << "files";
    }
    return true;
}

NewsImporter::Outcome NewsImporter::importParts(ImportReader &reader, PreparedListing file, ImportReport &report)
{
    // A large file comes in parts (PreparedListing::part): the rest of it is
    // read and stored before the next file (no progress or cancelling between
    // them: the batch may not commit half a file).
    Outcome outcome = importFile(file, report);
    while (outcome != Outcome::Failed && file.state == PreparedListing::State::Ready && !file.lastPart) {
        std::optional<PreparedListing> next = reader.next();
        if (!next)
            break; // (commitBatch() undoes the unfinished file)
        file = std::move(*next);
        outcome = importFile(file, report);
    }
    return outcome;
}

NewsImporter::Outcome NewsImporter::importFile(const PreparedListing &file, ImportReport &report)
{
    report.diagnostics += file.diagnostics;
    switch (file.state) {
    case PreparedListing::State::Skipped:
        report.skipped.append(file.path);
        return Outcome::Skipped;
    case PreparedListing::State::Touched:
        // Touched but not changed: remember the new time, keep the items.
        if (!store(file, report, Write::Touch))
            return Outcome::Failed;
        report.skipped.append(file.path);
        return Outcome::Skipped;
    case PreparedListing::State::Rejected:
        report.rejected.append(file.path);
        return Outcome::Rejected;
    case PreparedListing::State::Ready:
        break;
    }
    if (m_partItems > 0 && file.part == 0 && file.lastPart && file.items.size() > m_partItems)
        return storeInParts(file, report);
    if (!store(file, report, Write::Store))
        return Outcome::Failed;
    return Outcome::Imported; // listed in the report when its batch commits
}

NewsImporter::Outcome NewsImporter::storeInParts(const PreparedListing &file, ImportReport &report)
{
    // (The test seam of setPartItems(): the names come with the first part.)
    PreparedListing part = file;
    part.items.clear();
    for (qsizetype from = 0; from < file.items.size(); from += m_partItems) {
        part.items = file.items.mid(from, m_partItems);
        part.lastPart = from + m_partItems >= file.items.size();
        if (!store(part, report, Write::Store))
            return Outcome::Failed;
        ++part.part;
        part.learned.clear();
        part.categories.clear();
    }
    return Outcome::Imported;
}

bool NewsImporter::store(const PreparedListing &file, ImportReport &report, Write what)
{
    // A file in parts has a batch of its own: the batch may not commit between
    // its parts, and they are not kept to be written again.
    const bool inParts = file.part > 0 || !file.lastPart;
    if (inParts && file.part == 0 && !commitBatch(report))
        return false;
    if (!m_writer->isBatchOpen() && !beginBatch(report))
        return false;
    BatchFile done{file, what, !inParts};
    if (inParts)
        done.file.items.clear();
    // The set-wise writing is done for a group of files at once.
    if (!write(file, what)
        || ((m_writer->stagedItems() >= GroupItems || m_writer->stagedFiles() >= GroupFiles) && !writeStaged())) {
        redoBatch(file.part == 0 ? std::optional(std::move(done)) : std::nullopt, report);
        return false;
    }
    if (file.part == 0)
        m_batchFiles.append(std::move(done));
    m_openParts = !file.lastPart;
    if (m_openParts)
        return true;
    // Files share a transaction for up to BatchMillis (one commit rewrites the
    // index pages of every file in it once).
    return (!inParts && m_batchTimer.elapsed() < BatchMillis) || commitBatch(report);
}

void NewsImporter::redoBatch(std::optional<BatchFile> current, ImportReport &report)
{
    // A file, or the writing of a group of files, failed and left part of
    // itself in the transaction. The batch is undone; its files are written
    // again one at a time (each group of one written at once) to find the one
    // that fails, undone too; the files before it are written again and stay
    // imported. (A savepoint per file would say the same with less code, but
    // copies every page a file changes, each time: 5% of an import of a
    // million items.)
    QList<BatchFile> files = std::exchange(m_batchFiles, {});
    if (current)
        files.append(std::move(*current));
    QString error = m_writer->errorString();
    m_writer->rollbackBatch();
    m_pending = {};
    m_openParts = false;
    const qsizetype failing = findFailing(files, error);
    // (No file failed again: the error was the cache's, not a file's; every
    // file of the batch is written again.)
    const QString failedPath = failing < files.size() ? files.at(failing).file.path : QString();
    fail(report, failedPath.isEmpty() ? tr("importing") : tr("importing %1").arg(failedPath), error);
    const QList<BatchFile> earlier = files.mid(0, failing);
    bool redone = earlier.isEmpty();
    if (!redone && beginBatch(report)) {
        redone = std::all_of(earlier.cbegin(), earlier.cend(), [&](const BatchFile &file) {
            return write(file.file, file.what);
        });
        redone = redone && writeStaged() && commitBatch(report);
        m_writer->rollbackBatch();
        m_batchFiles.clear();
        m_pending = {};
    }
    if (!redone) {
        // (Another connection took the cache in between, say.) The next
        // import brings these files in: nothing recorded them as done.
        for (const BatchFile &lost : earlier) {
            if (lost.what != Write::Touch) {
                report.diagnostics.append({lost.file.path, 0, Diagnostic::Severity::Error,
                                           failedPath.isEmpty()
                                                   ? tr("not imported: the import stopped at an error of the cache")
                                                   : tr("not imported: the import stopped at an error in %1")
                                                             .arg(failedPath)});
            }
        }
    }
    countQueued(report, tr("importing %1").arg(failedPath));
    m_store.indexChanged();
}

qsizetype NewsImporter::findFailing(const QList<BatchFile> &files, QString &error)
{
    // Which of the files fails (error becomes its error); files.size() when
    // none does again; the last one when they cannot be written again.
    // Nothing stays written.
    const bool redoable = std::all_of(files.cbegin(), files.cend(), [](const BatchFile &f) { return f.redoable; });
    if (files.size() <= 1 || !redoable || !m_writer->beginBatch())
        return std::max<qsizetype>(files.size() - 1, 0);
    qsizetype failing = files.size();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!write(files.at(i).file, files.at(i).what) || !writeStaged()) {
            failing = i;
            error = m_writer->errorString();
            break;
        }
    }
    m_writer->rollbackBatch();
    m_pending = {};
    return failing;
}

bool NewsImporter::write(const PreparedListing &file, Write what)
{
    // (A failure is reported by redoBatch(), which finds the file that fails.)
    switch (what) {
    case Write::Touch:
        return m_writer->touchFile(file);
    case Write::Forget:
        if (!m_writer->forgetFile(file.fileId, file.path))
            return false;
        m_pending.removed.append(file.path);
        return true;
    case Write::Store:
        break;
    }
    if (!m_writer->storeFile(file))
        return false;
    if (file.part == 0)
        m_pending.imported.append(file.path);
    return true;
}

bool NewsImporter::writeStaged()
{
    const std::optional<ImportWriter::Written> written = m_writer->writeStaged();
    if (!written)
        return false;
    m_store.indexChanged(); // entries of vanished items went
    m_queued += written->queued;
    m_pending.itemsNew += written->itemsNew; // counted once the batch commits
    return true;
}

bool NewsImporter::writeStagedOrRedo(ImportReport &report)
{
    if (m_writer->stagedFiles() == 0 || writeStaged())
        return true;
    redoBatch(std::nullopt, report);
    return false;
}

bool NewsImporter::beginBatch(ImportReport &report)
{
    if (!m_writer->beginBatch())
        return fail(report, tr("importing"), m_writer->errorString());
    m_batchTimer.start();
    return true;
}

bool NewsImporter::commitBatch(ImportReport &report)
{
    if (!m_writer->isBatchOpen())
        return true;
    if (m_openParts) {
        // The rest of a file given in parts did not come: the file is undone.
        const QString path = m_batchFiles.isEmpty() ? QString() : m_batchFiles.constFirst().file.path;
        m_writer->rollbackBatch();
        m_batchFiles.clear();
        m_pending = {};
        m_openParts = false;
        countQueued(report, tr("importing %1").arg(path));
        return fail(report, tr("importing %1").arg(path), tr("the file ended before its last part"));
    }
    if (!writeStagedOrRedo(report))
        return false;
    const QString what = batchWhat();
    const bool committed = m_writer->commitBatch();
    m_commitFailed = !committed;
    m_batchFiles.clear();
    Pending pending = std::exchange(m_pending, {});
    if (!committed)
        return fail(report, what, m_writer->errorString());
    report.imported += pending.imported;
    report.removed += pending.removed;
    report.itemsNew += pending.itemsNew;
    return true;
}

QString NewsImporter::batchWhat() const
{
    // (A failed commit undoes every file of the batch: all are named.)
    if (m_batchFiles.isEmpty())
        return tr("importing");
    const QString first = m_batchFiles.constFirst().file.path;
    if (m_batchFiles.size() == 1)
        return tr("importing %1").arg(first);
    return tr("importing %1 and %n more file(s)", nullptr, int(m_batchFiles.size() - 1)).arg(first);
}

bool NewsImporter::removeFile(qint64 fileId, const QString &path, ImportReport &report)
{
    // A vanished file is forgotten: its items go, then its record.
    PreparedListing file;
    file.path = path;
    file.fileId = fileId;
    return store(file, report, Write::Forget);
}

bool NewsImporter::countQueued(ImportReport &report, const QString &what)
{
    const std::optional<qint64> queued = m_writer->queuedIndexItems();
    m_queued = queued.value_or(0);
    return queued || fail(report, what, m_writer->errorString());
}

bool NewsImporter::updateIndex(ImportReport &report)
{
    // Two passes over the queue, a chunk per transaction: first every old
    // entry that changed goes, then every queued item gets its entry (see
    // ImportWriter::IndexPass). Progress is told, and cancelling takes
    // effect, between chunks.
    for (const auto pass : {ImportWriter::IndexPass::RemoveStale, ImportWriter::IndexPass::AddQueued}) {
        for (;;) {
            const ImportWriter::Chunk chunk = m_writer->writeIndexChunk(pass, m_indexChunk);
            if (chunk == ImportWriter::Chunk::Failed)
                return fail(report, tr("updating the search index"), m_writer->errorString());
            if (chunk == ImportWriter::Chunk::PassDone)
                break;
            m_store.indexChanged();
            report.indexUpdated = true;
            if (m_progress && !m_progress(-1, -1, QString())) {
                report.cancelled = true;
                return true;
            }
        }
    }
    // Categories no item holds any more go once no queued entry can name them
    // (an id used again would make an old entry match the new category).
    if (!m_writer->removeUnusedCategories())
        return fail(report, tr("updating the search index"), m_writer->errorString());
    return countQueued(report, tr("updating the search index"));
}
