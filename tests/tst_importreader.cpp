#include "models/importing/importreader.h"
#include "models/importing/newsimporter.h"
#include "models/listing/titlekey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// ImportReader: files come out in the order given, each with what the importer
// must do with it, its items computed as the importer stores them, and the
// category vocabulary grown in file order, whatever the reader's thread runs ahead.
class TestImportReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statesInOrder();
    void itemsCarryWhatIsStored();
    void vocabularyGrowsInFileOrder();
    void stoppedBeforeTheEnd();
    void largeFileInParts_data();
    void largeFileInParts();
    void partsStoppedBeforeTheEnd();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString writeListing(const QString &name, const QList<std::pair<QString, QString>> &items,
                         const QString &summary = u"En sammanfattning."_s);
    static ImportReader::KnownFile knownAs(const QString &path, qint64 id);
    static QList<PreparedListing> readAll(ImportReader &reader);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_writes = 0;
};

void TestImportReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        qFatal("cannot write %s", qPrintable(path));
    QFile touched(path);
    const QDateTime time = QDateTime::fromSecsSinceEpoch(1'600'000'000 + 60 * ++m_writes);
    if (!touched.open(QIODevice::ReadWrite) || !touched.setFileTime(time, QFileDevice::FileModificationTime))
        qFatal("cannot set the time of %s", qPrintable(path));
    return QFileInfo(path).canonicalFilePath();
}

// items: (title, category line)
QString TestImportReader::writeListing(const QString &name, const QList<std::pair<QString, QString>> &items,
                                       const QString &summary)
{
    QString text = u"Nyheter\n\n"_s;
    for (const auto &[title, categories] : items)
        text += u" \u2022 "_s + title + u"\n\n  "_s + summary + u"\n\n  "_s + categories + u"\n\n"_s;
    return write(name, text.toUtf8());
}

ImportReader::KnownFile TestImportReader::knownAs(const QString &path, qint64 id)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QFileInfo info(path);
    return {id, info.size(), info.lastModified().toMSecsSinceEpoch(),
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1)};
}

QList<PreparedListing> TestImportReader::readAll(ImportReader &reader)
{
    QList<PreparedListing> files;
    while (std::optional<PreparedListing> file = reader.next())
        files.append(std::move(*file));
    return files;
}

void TestImportReader::statesInOrder()
{
    using State = PreparedListing::State;
    const QString fresh = writeListing(u"a.txt"_s, {{u"Ny fil"_s, u"Kultur"_s}});
    const QString binary = write(u"b.txt"_s, QByteArray("\x00\x01\x02\x03 binary", 12));
    const QString unchanged = writeListing(u"c.txt"_s, {{u"Oförändrad"_s, u"Kultur"_s}});
    const QString touched = writeListing(u"d.txt"_s, {{u"Rörd"_s, u"Kultur"_s}});
    const QString changed = writeListing(u"e.txt"_s, {{u"Ändrad"_s, u"Kultur"_s}});
    const QString link = m_dir->filePath(u"link.txt"_s);
    QVERIFY(QFile::link(fresh, link));
    const QString binaryLink = m_dir->filePath(u"link-b.txt"_s);
    QVERIFY(QFile::link(binary, binaryLink));

    QHash<QString, ImportReader::KnownFile> known;
    known.insert(unchanged, knownAs(unchanged, 3));
    ImportReader::KnownFile before = knownAs(touched, 4);
    before.mtime -= 60'000; // the same bytes, an older time
    known.insert(touched, before);
    before = knownAs(changed, 5);
    before.hash = QByteArray(20, 'x'); // other bytes before
    before.mtime -= 60'000;
    known.insert(changed, before);

    ImportReader reader({fresh, binary, unchanged, touched, changed, link, binaryLink}, known, CategorySplitter());
    const QList<PreparedListing> files = readAll(reader);
    QCOMPARE(files.size(), 7);

    QCOMPARE(files.at(0).path, fresh);
    QCOMPARE(files.at(0).state, State::Ready);
    QCOMPARE(files.at(0).fileId, 0);
    QCOMPARE(files.at(0).items.size(), 1);
    QCOMPARE(files.at(0).header, u"Nyheter"_s);
    QCOMPARE(files.at(0).hash, knownAs(fresh, 0).hash);

    QCOMPARE(files.at(1).path, binary);
    QCOMPARE(files.at(1).state, State::Rejected);
    QVERIFY(!files.at(1).diagnostics.isEmpty());
    QCOMPARE(files.at(1).diagnostics.first().file, binary);
    QVERIFY(files.at(1).items.isEmpty());

    QCOMPARE(files.at(2).state, State::Skipped);
    QCOMPARE(files.at(2).fileId, 3);
    QVERIFY(files.at(2).items.isEmpty());

    QCOMPARE(files.at(3).state, State::Touched);
    QCOMPARE(files.at(3).fileId, 4);
    QCOMPARE(files.at(3).mtime, QFileInfo(touched).lastModified().toMSecsSinceEpoch());

    QCOMPARE(files.at(4).state, State::Ready);
    QCOMPARE(files.at(4).fileId, 5);
    QCOMPARE(files.at(4).items.first().title, u"Ändrad"_s);

    // The link names the first file again: read once.
    QCOMPARE(files.at(5).path, fresh);
    QCOMPARE(files.at(5).state, State::Skipped);
    // ... and the binary file again: rejected again, its diagnostics given once.
    QCOMPARE(files.at(6).path, binary);
    QCOMPARE(files.at(6).state, State::Rejected);
    QVERIFY(files.at(6).diagnostics.isEmpty());

    QVERIFY(!reader.next());
}

void TestImportReader::itemsCarryWhatIsStored()
{
    const QString path = writeListing(u"a.txt"_s,
                                      {{u"Buss i Göteborg"_s, u"KollektivtrafikEkonomi och budget"_s},
                                       {u"Ännu en buss"_s, u"Kollektivtrafik"_s},
                                       {u"Budget igen"_s, u"KollektivtrafikEkonomi och budget"_s}});
    ImportReader reader({path}, {}, CategorySplitter());
    const QList<PreparedListing> files = readAll(reader);
    QCOMPARE(files.size(), 1);
    const PreparedListing &file = files.first();
    QCOMPARE(file.items.size(), 3);

    const PreparedItem &first = file.items.first();
    QCOMPARE(first.title, u"Buss i Göteborg"_s);
    QCOMPARE(first.summary, u"En sammanfattning."_s);
    QCOMPARE(first.key, ImportReader::itemKey(first.title, first.summary));
    QCOMPARE(first.key.size(), 16);
    QCOMPARE(first.titleKey, titleSortKey(first.title));
    QCOMPARE(QJsonDocument::fromJson(first.categories.toUtf8()).array(),
             QJsonArray({u"Kollektivtrafik"_s, u"Ekonomi och budget"_s}));
    QVERIFY(first.key != file.items.at(2).key);

    QCOMPARE(file.learned, QStringList{u"Kollektivtrafik"_s});
    QStringList categories = file.categories;
    categories.sort();
    QCOMPARE(categories, (QStringList{u"Ekonomi och budget"_s, u"Kollektivtrafik"_s}));
}

void TestImportReader::vocabularyGrowsInFileOrder()
{
    // "eHälsa" is one name only once a line of its own has taught it; the
    // reader runs ahead of the importer but learns file by file.
    const QString line = u"KollektivtrafikeHälsaKultur"_s;
    const QString before = writeListing(u"1.txt"_s, {{u"Före"_s, line}});
    const QString teaches = writeListing(u"2.txt"_s, {{u"Lär"_s, u"eHälsa"_s}});
    const QString after = writeListing(u"3.txt"_s, {{u"Efter"_s, line}});
    const CategorySplitter start(NewsImporter::sampleVocabulary());
    CategorySplitter taught = start;
    taught.addKnown(u"eHälsa"_s);
    QVERIFY(start.split(line) != taught.split(line));

    ImportReader reader({before, teaches, after}, {}, start);
    const QList<PreparedListing> files = readAll(reader);
    QCOMPARE(files.size(), 3);
    auto names = [](const PreparedListing &file) {
        QStringList list;
        for (const QJsonValue &v : QJsonDocument::fromJson(file.items.first().categories.toUtf8()).array())
            list.append(v.toString());
        return list;
    };
    QCOMPARE(names(files.at(0)), start.split(line));
    QCOMPARE(files.at(1).learned, QStringList{u"eHälsa"_s});
    QCOMPARE(names(files.at(2)), taught.split(line));
    QCOMPARE(names(files.at(2)), (QStringList{u"Kollektivtrafik"_s, u"eHälsa"_s, u"Kultur"_s}));
}

void TestImportReader::stoppedBeforeTheEnd()
{
    // The importer stops (cancelled, a cache error) after the first file: the
    // reader, blocked ahead of it, is stopped and joined without hanging.
    QStringList paths;
    for (int i = 0; i < 5; ++i)
        paths.append(writeListing(u"%1.txt"_s.arg(i), {{u"Nyhet %1"_s.arg(i), u"Kultur"_s}}));
    {
        ImportReader reader(paths, {}, CategorySplitter());
        const std::optional<PreparedListing> first = reader.next();
        QVERIFY(first);
        QCOMPARE(first->path, paths.first());
        QCOMPARE(first->items.first().title, u"Nyhet 0"_s);
    }
    {
        ImportReader unused(paths, {}, CategorySplitter());
    }
    ImportReader none({}, {}, CategorySplitter());
    QVERIFY(!none.next());
}

namespace {

// A listing of count items; item i (from 0) has a summary of i % 7 + 1
// sentences and, from item count - 3 on, a line "eHälsa" that teaches the
// vocabulary what the earlier items' line "KollektivtrafikeHälsaKultur" holds.
QByteArray largeListing(int count, const QByteArray &lineEnd)
{
    QByteArray text = "Nyheter" + lineEnd + lineEnd;
    for (int i = 0; i < count; ++i) {
        text += " \xE2\x80\xA2 Nyhet " + QByteArray::number(i) + " om v\xC3\xA4gen" + lineEnd + lineEnd;
        for (int s = 0; s <= i % 7; ++s)
            text += "  M\xC3\xB6te nummer " + QByteArray::number(i) + " i \xC3\xA5r, mening " + QByteArray::number(s) + '.'
                    + lineEnd;
        text += lineEnd + (i >= count - 3 ? "  eH\xC3\xA4lsa" : "  KollektivtrafikeH\xC3\xA4lsaKultur") + lineEnd
                + lineEnd;
    }
    return text;
}

} // namespace

// A file larger than a part comes, to an importer that takes parts, as
// consecutive parts that hold together exactly what the whole file holds:
// the items in order with what is stored of them, the diagnostics, the names
// the whole file teaches (learned before any item is split: the first item's
// categories depend on its last), each part with the file's identity.
void TestImportReader::largeFileInParts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("partBytes");

    QTest::newRow("LF, parts of 1 KB") << largeListing(300, "\n") << qsizetype(1024);
    QTest::newRow("CRLF, parts of 333 bytes") << largeListing(300, "\r\n") << qsizetype(333);
    QTest::newRow("CR, parts of 1 byte") << largeListing(40, "\r") << qsizetype(1);
    QByteArray foreign = largeListing(300, "\n");
    foreign.replace("v\xC3\xA4gen", "v\xE4gen"); // Windows-1252 titles: warnings on their lines
    QTest::newRow("Windows-1252 titles, parts of 2 KB") << foreign << qsizetype(2048);
}

void TestImportReader::largeFileInParts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, partBytes);
    const QString path = write(u"large.txt"_s, bytes);
    const CategorySplitter vocabulary(NewsImporter::sampleVocabulary());

    ImportReader wholeReader({path}, {}, vocabulary);
    const QList<PreparedListing> whole = readAll(wholeReader);
    QCOMPARE(whole.size(), 1);
    QCOMPARE(whole.first().state, PreparedListing::State::Ready);
    QCOMPARE(whole.first().lastPart, true);
    // (the first item's categories hold a name only the last items teach)
    QVERIFY2(whole.first().items.first().categories.contains(u"\"eH\u00e4lsa\""_s),
             qPrintable(whole.first().items.first().categories));

    ImportReader partsReader({path}, {}, vocabulary, partBytes);
    const QList<PreparedListing> parts = readAll(partsReader);
    QVERIFY2(parts.size() > 3, qPrintable(QString::number(parts.size())));
    PreparedListing joined = parts.first();
    joined.items.clear();
    joined.diagnostics.clear();
    QSet<QString> categories;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const PreparedListing &part = parts.at(i);
        QCOMPARE(part.part, int(i));
        QCOMPARE(part.lastPart, i == parts.size() - 1);
        QCOMPARE(part.state, PreparedListing::State::Ready);
        QCOMPARE(part.path, path);
        QCOMPARE(part.size, whole.first().size);
        QCOMPARE(part.mtime, whole.first().mtime);
        QCOMPARE(part.hash, whole.first().hash);
        QCOMPARE(part.header, u"Nyheter"_s);
        QVERIFY(!part.items.isEmpty() || part.lastPart);
        QCOMPARE(part.learned, i == 0 ? whole.first().learned : QStringList());
        joined.items += part.items;
        joined.diagnostics += part.diagnostics;
        QSet<QString> own;
        for (const PreparedItem &item : part.items) {
            for (const QJsonValue &name : QJsonDocument::fromJson(item.categories.toUtf8()).array())
                own.insert(name.toString());
        }
        QCOMPARE(QSet<QString>(part.categories.cbegin(), part.categories.cend()), own);
        categories += own;
    }
    QCOMPARE(joined.diagnostics, whole.first().diagnostics);
    QCOMPARE(joined.items.size(), whole.first().items.size());
    for (qsizetype i = 0; i < joined.items.size(); ++i) {
        const PreparedItem &a = joined.items.at(i);
        const PreparedItem &b = whole.first().items.at(i);
        QCOMPARE(a.key, b.key);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.summary, b.summary);
        QCOMPARE(a.titleKey, b.titleKey);
        QCOMPARE(a.categories, b.categories);
    }
    QCOMPARE(categories, QSet<QString>(whole.first().categories.cbegin(), whole.first().categories.cend()));
}

void TestImportReader::partsStoppedBeforeTheEnd()
{
    // The importer stops after the first part of a large file: the reader,
    // blocked in the middle of the file, stops without hanging.
    const QString path = write(u"large.txt"_s, largeListing(500, "\n"));
    ImportReader reader({path, path}, {}, CategorySplitter(), 256);
    const std::optional<PreparedListing> first = reader.next();
    QVERIFY(first);
    QCOMPARE(first->part, 0);
    QVERIFY(!first->lastPart);
    QCOMPARE(first->items.first().title, u"Nyhet 0 om vägen"_s);
}

QTEST_GUILESS_MAIN(TestImportReader)
#include "tst_importreader.moc"
