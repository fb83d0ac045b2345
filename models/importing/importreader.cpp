#include "models/importing/importreader.h"

#include "models/listing/listingparser.h"
#include "models/listing/titlekey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSet>
#include <QThread>

using namespace Qt::StringLiterals;

ImportReader::ImportReader(QStringList files, QHash<QString, KnownFile> known, CategorySplitter splitter,
                           qsizetype partBytes)
    : m_files(std::move(files)), m_known(std::move(known)), m_partBytes(partBytes), m_splitter(std::move(splitter))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"newsdesk import reader"_s);
    m_thread->start();
}

ImportReader::~ImportReader()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_stop = true;
    }
    m_changed.wakeAll();
    m_thread->wait();
}

std::optional<PreparedListing> ImportReader::next()
{
    QMutexLocker locker(&m_mutex);
    while (m_ready.isEmpty() && m_produced < m_files.size())
        m_changed.wait(&m_mutex);
    if (m_ready.isEmpty())
        return std::nullopt;
    PreparedListing file = m_ready.takeFirst();
    locker.unlock();
    m_changed.wakeAll();
    return file;
}

bool ImportReader::stopping()
{
    const QMutexLocker locker(&m_mutex);
    return m_stop;
}

void ImportReader::run()
{
    for (const QString &path : m_files) {
        // A file is read only when there is room for it: besides the one the
        // importer stores, at most Ahead files are held.
        {
            QMutexLocker locker(&m_mutex);
            while (m_ready.size() >= Ahead && !m_stop)
                m_changed.wait(&m_mutex);
            if (m_stop)
                return;
        }
        PreparedListing file = prepare(path);
        QMutexLocker locker(&m_mutex);
        if (m_stop)
            return;
        m_ready.append(std::move(file));
        ++m_produced;
        locker.unlock();
        m_changed.wakeAll();
    }
}

QByteArray ImportReader::itemKey(const QString &title, const QString &summary)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(title.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(summary.toUtf8());
    return hash.result().left(16);
}

bool ImportReader::isResource(const QString &path)
{
    return path.startsWith(u':');
}

QString ImportReader::storedPath(const QString &path)
{
    if (isResource(path))
        return path;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

PreparedListing ImportReader::prepare(const QString &givenPath)
{
    const QString path = storedPath(givenPath);
    // A file named twice (through a link, say) is read once: stored or
    // skipped, it is skipped the second time; rejected, it is rejected again
    // (its diagnostics were given once).
    if (const auto first = m_seen.constFind(path); first != m_seen.constEnd()) {
        PreparedListing again;
        again.path = path;
        again.state = *first == PreparedListing::State::Rejected ? PreparedListing::State::Rejected
                                                                 : PreparedListing::State::Skipped;
        return again;
    }
    PreparedListing file = read(path);
    m_seen.insert(path, file.state);
    return file;
}

PreparedListing ImportReader::read(const QString &path)
{
    using State = PreparedListing::State;
    PreparedListing file;
    file.path = path;
    const QFileInfo info(file.path);
    file.size = info.size();
    file.mtime = isResource(file.path) ? 0 : info.lastModified().toMSecsSinceEpoch();

    QByteArray oldHash;
    if (const auto known = m_known.constFind(file.path); known != m_known.constEnd()) {
        file.fileId = known->id;
        if (known->size == file.size && known->mtime == file.mtime) {
            file.state = State::Skipped;
            return file;
        }
        oldHash = known->hash;
    }

    QFile source; // (holds the mapping of a large file)
    QByteArray copy;
    QByteArrayView bytes;
    if (!ListingParser::openFile(file.path, source, copy, bytes, file.diagnostics)) {
        file.state = State::Rejected;
        return file;
    }
    file.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    if (file.fileId != 0 && file.hash == oldHash) {
        file.state = State::Touched;
        return file;
    }
    if (bytes.size() > partBytes())
        return readLarge(std::move(file), bytes);

    const ParsedListing listing = ListingParser::parse(bytes, file.path);
    copy.clear();
    file.diagnostics += listing.diagnostics;
    if (listing.rejected) {
        file.state = State::Rejected;
        return file;
    }
    file.header = listing.header.isNull() ? u""_s : listing.header; // no header line: not NULL
    // What this file teaches about category names comes before its items are split.
    QSet<QString> learned;
    namesTaught(listing.items, learned);
    learn(file, learned);
    prepareItems(file, listing.items);
    return file;
}

// A file larger than a part is read in parts twice: once for the names it
// teaches (all of them come before any of its items is split, as for a small
// file), then for its items, given in parts (or, to an importer that takes
// whole files, gathered). Only a part's text and items are in memory at once.
PreparedListing ImportReader::readLarge(PreparedListing file, QByteArrayView bytes)
{
    if (!learnNames(file, bytes))
        return file;
    ListingParser::Parts parts(bytes, file.path, partBytes());
    PreparedListing whole = std::move(file);
    for (ParsedListing listing; parts.next(listing);) {
        whole.header = listing.header.isNull() ? u""_s : listing.header;
        whole.diagnostics += std::move(listing.diagnostics);
        if (!prepareItems(whole, listing.items))
            return whole; // thrown away
        listing.items.clear();
        if (m_partBytes <= WholeFiles || parts.atEnd() || whole.items.isEmpty())
            continue;
        // A part is given as soon as it holds about m_partBytes of text.
        PreparedListing next;
        next.path = whole.path;
        next.fileId = whole.fileId;
        next.size = whole.size;
        next.mtime = whole.mtime;
        next.hash = whole.hash;
        next.part = whole.part + 1;
        whole.lastPart = false;
        if (!deliver(std::exchange(whole, std::move(next))))
            return whole; // thrown away
    }
    return whole;
}

qsizetype ImportReader::partBytes() const
{
    return m_partBytes > WholeFiles ? m_partBytes : ListingParser::PartBytes;
}

// The first pass of readLarge(): the names the file teaches, or its rejection.
bool ImportReader::learnNames(PreparedListing &file, QByteArrayView bytes)
{
    ListingParser::Parts parts(bytes, file.path, partBytes());
    QSet<QString> learned;
    for (ParsedListing listing; parts.next(listing);) {
        if (listing.rejected) {
            file.diagnostics += listing.diagnostics;
            file.state = PreparedListing::State::Rejected;
            return false;
        }
        namesTaught(listing.items, learned);
        if (stopping())
            return false; // thrown away
    }
    learn(file, learned);
    return true;
}

void ImportReader::namesTaught(const QList<ParsedItem> &items, QSet<QString> &names)
{
    for (const ParsedItem &item : items) {
        if (CategorySplitter::isSingleName(item.categoryLine))
            names.insert(item.categoryLine);
    }
}

void ImportReader::learn(PreparedListing &file, const QSet<QString> &learned)
{
    m_splitter.addKnown(learned);
    file.learned = learned.values();
    file.learned.sort(); // new names get their ids in the same order every time
}

// Gives a part of a file to the importer before the file's last part (which
// run() gives), when there is room for it; false when the reader stops.
bool ImportReader::deliver(PreparedListing part)
{
    QMutexLocker locker(&m_mutex);
    while (m_ready.size() >= Ahead && !m_stop)
        m_changed.wait(&m_mutex);
    if (m_stop)
        return false;
    m_ready.append(std::move(part));
    locker.unlock();
    m_changed.wakeAll();
    return true;
}

// Appends items to file.items, with their keys, sort keys and categories;
// false when the reader stops meanwhile.
bool ImportReader::prepareItems(PreparedListing &file, const QList<ParsedItem> &items)
{
    // A file repeats a few category lines many times: split each once.
    QHash<QString, QString> namesOfLine;
    QSet<QString> categories(file.categories.cbegin(), file.categories.cend());
    file.items.reserve(file.items.size() + items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ParsedItem &item = items.at(i);
        if (i % 1024 == 0 && stopping())
            return false;
        auto names = namesOfLine.constFind(item.categoryLine);
        if (names == namesOfLine.constEnd()) {
            const QStringList split = m_splitter.split(item.categoryLine);
            for (const QString &name : split)
                categories.insert(name);
            const QJsonArray array = QJsonArray::fromStringList(split);
            names = namesOfLine.insert(item.categoryLine,
                                       QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        }
        // An item without a summary has a null string, which would bind as NULL.
        QString summary = item.summary();
        if (summary.isNull())
            summary = u""_s;
        QByteArray key = itemKey(item.title, summary);
        file.items.append({std::move(key), item.title, std::move(summary), titleSortKey(item.title), *names});
    }
    file.categories = categories.values();
    file.categories.sort();
    return true;
}
