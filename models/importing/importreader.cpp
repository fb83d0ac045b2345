#include "models/importing/importreader.h"

#include "models/listing/listingparser.h"
#include "models/listing/titlekey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSet>
#include <QThread>

using namespace Qt::StringLiterals;

ImportReader::ImportReader(QStringList files, QHash<QString, KnownFile> known, CategorySplitter splitter)
    : m_files(std::move(files)), m_known(std::move(known)), m_splitter(std::move(splitter))
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

    QByteArray data;
    if (!ListingParser::readFile(file.path, data, file.diagnostics)) {
        file.state = State::Rejected;
        return file;
    }
    file.hash = QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    if (file.fileId != 0 && file.hash == oldHash) {
        file.state = State::Touched;
        return file;
    }

    const ParsedListing listing = ListingParser::parse(data, file.path);
    data.clear();
    file.diagnostics += listing.diagnostics;
    if (listing.rejected) {
        file.state = State::Rejected;
        return file;
    }
    file.header = listing.header.isNull() ? u""_s : listing.header; // no header line: not NULL

    // What this file teaches about category names comes before its items are split.
    QSet<QString> learned;
    for (const ParsedItem &item : listing.items) {
        if (CategorySplitter::isSingleName(item.categoryLine))
            learned.insert(item.categoryLine);
    }
    m_splitter.addKnown(learned);
    file.learned = learned.values();
    file.learned.sort(); // new names get their ids in the same order every time

    // A file repeats a few category lines many times: split each once.
    QHash<QString, QString> namesOfLine;
    QSet<QString> categories;
    file.items.reserve(listing.items.size());
    for (const ParsedItem &item : listing.items) {
        if (file.items.size() % 1024 == 0 && stopping())
            return file; // thrown away
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
    return file;
}
