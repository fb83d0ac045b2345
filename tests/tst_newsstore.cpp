#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "models/store/searchindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The SQLite cache and the importer, each test on a fresh database in its own
// temporary folder.
class TestNewsStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sampleImport();
    void sampleImportFromDisk();
    void sampleReimportSkipped();
    void itemsWithoutParts();
    void sameItemInTwoFiles();
    void unchangedFilesSkipped();
    void changedFileReplacesItsItems();
    void deletedFileStopsContributing();
    void readAndStarredSurvive();
    void failingFileRollsBack();
    void rejectedFileInBatch();
    void missingPath();
    void cancel();
    void migrationFromSchema1();
    void refused_data();
    void refused();
    void filters_data();
    void filters();
    void setReadWhere();
    void facetedCategoryCounts();
    void textIsData();
    void categoryMarkInTextIsText();
    void indexFollowsSources();
    void longPrefixSeesNewTerms();
    void interruptedIndexIsFinishedLater();
    void failingFileKeepsEarlierFilesOfItsBatch();
    void failingFileKeepsEarlierRemovalsOfItsBatch();
    void bulkImportRebuildsTheTitleIndex();
    void shiftedKeysAcrossIndexChunks();
    void staleEntriesAreLeftOut();
    void longPrefixSeesOtherConnectionsImport();
    void indexWritingCancelledBetweenChunks_data();
    void indexWritingCancelledBetweenChunks();

private:
    struct Item
    {
        QString title;
        QString summary;
        QString categories;
    };

    QString filePath(const QString &name) const;
    // Writes a listing into the news folder with its own modification time, so
    // every rewrite counts as a change of time.
    QString writeListing(const QString &name, const QList<Item> &items);
    QString writeBytes(const QString &name, const QByteArray &bytes);
    bool setModified(const QString &path, const QDateTime &time);
    // Makes storing any file's third item fail ('boom'), as a cache error would.
    bool failAtThirdItem();
    ImportReport importFolder();
    ImportReport importFolderCancelledBefore(int file);
    ImportReport importSample();
    void importFilterFixture();
    void importThenPrepend();

    QStringList titles(const ItemFilter &filter = {}) const;
    qint64 idOf(const QString &title) const;
    QMap<QString, qint64> counts(const ItemFilter &filter = {}) const;
    QStringList dump() const;
    QStringList ftsTerms(const QString &table = u"items_fts"_s) const;
    bool ftsMatchesContent();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NewsStore> m_store;
    QString m_dbPath;
    QString m_folder;
    int m_writes = 0;
};

namespace {

const QMap<QString, qint64> SampleCounts{
    {u"Hälso- och sjukvård"_s, 26},
    {u"Kollektivtrafik"_s, 7},
    {u"Ekonomi och budget"_s, 6},
    {u"Organisation och styrning"_s, 5},
    {u"Kultur"_s, 4},
    {u"Forskning och innovation"_s, 2},
    {u"Projekt inom lokalbana-spårvagn"_s, 2},
    {u"Regional utveckling"_s, 1},
    {u"Politiska sammanträden"_s, 1},
    {u"Stöd"_s, 1},
    {u"Kultur och hälsa"_s, 1},
};

QByteArray listingBytes(const QList<QString> &lines)
{
    return lines.join(u'\n').toUtf8();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

QString sqlValue(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::QByteArray)
        return u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    return value.toString();
}

// A database written by someone else, with the tables and version given.
bool makeForeignDatabase(const QString &path, int userVersion)
{
    const QString connection = u"tst-foreign"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(u"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"_s)
                    && q.exec(u"INSERT INTO notes(text) VALUES ('hello')"_s)
                    && q.exec(u"PRAGMA user_version = %1"_s.arg(userVersion));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

void TestNewsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"cache/newsdesk.sqlite"_s);
    m_folder = m_dir->filePath(u"news"_s);
    QVERIFY(QDir().mkpath(m_folder));
    m_writes = 0;
    m_store = std::make_unique<NewsStore>();
    QVERIFY2(m_store->open(m_dbPath), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->schemaVersion(), NewsStore::SchemaVersion);
}

void TestNewsStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestNewsStore::filePath(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

bool TestNewsStore::failAtThirdItem()
{
    QSqlQuery q(m_store->database());
    return q.exec(u"CREATE TRIGGER boom BEFORE INSERT ON sources WHEN NEW.position = 3 "
                  u"BEGIN SELECT RAISE(ABORT, 'boom'); END"_s);
}

bool TestNewsStore::setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

QString TestNewsStore::writeBytes(const QString &name, const QByteArray &bytes)
{
    const QString path = filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        qFatal("cannot write %s", qPrintable(path));
    // Distinct, increasing modification times, whatever the clock's resolution.
    const QDateTime time = QDateTime::fromSecsSinceEpoch(1'600'000'000 + 60 * ++m_writes);
    if (!setModified(path, time))
        qFatal("cannot set the time of %s", qPrintable(path));
    return path;
}

QString TestNewsStore::writeListing(const QString &name, const QList<Item> &items)
{
    QStringList lines{u"Nyheter"_s, QString()};
    for (const Item &item : items) {
        lines.append(u" \u2022 "_s + item.title);
        lines.append(QString());
        if (!item.summary.isEmpty())
            lines += {u"  "_s + item.summary, QString()};
        if (!item.categories.isEmpty())
            lines.append(u"  "_s + item.categories);
    }
    return writeBytes(name, listingBytes(lines));
}

ImportReport TestNewsStore::importFolder()
{
    NewsImporter importer(*m_store);
    return importer.importPaths({m_folder});
}

// The news folder, cancelled before its file number `file` (0-based).
ImportReport TestNewsStore::importFolderCancelledBefore(int file)
{
    NewsImporter importer(*m_store);
    importer.setProgress([file](int done, int, const QString &) { return done < file; });
    return importer.importPaths({m_folder});
}

ImportReport TestNewsStore::importSample()
{
    NewsImporter importer(*m_store);
    return importer.importPaths(NewsImporter::sampleFiles());
}

QStringList TestNewsStore::titles(const ItemFilter &filter) const
{
    QStringList result;
    for (const NewsItem &item : m_store->items(m_store->itemIds(filter)))
        result.append(item.title);
    return result;
}

qint64 TestNewsStore::idOf(const QString &title) const
{
    for (const NewsItem &item : m_store->items(m_store->itemIds()))
        if (item.title == title)
            return item.id;
    return 0;
}

QMap<QString, qint64> TestNewsStore::counts(const ItemFilter &filter) const
{
    QMap<QString, qint64> result;
    for (const CategoryCount &c : m_store->categoryCounts(filter))
        result.insert(c.name, c.count);
    // The counts the imports keep must equal the links: a stale one shows up
    // as an extra entry, so every comparison of counts() also checks that.
    QSqlQuery q(m_store->database());
    if (q.exec(u"SELECT count(*) FROM categories c WHERE item_count != "
               u"(SELECT count(*) FROM item_categories ic WHERE ic.category_id = c.id)"_s)
        && q.next() && q.value(0).toLongLong() != 0)
        result.insert(u"<stale item_count>"_s, q.value(0).toLongLong());
    return result;
}

// Every row of every table, sorted: two equal dumps are the same cache.
QStringList TestNewsStore::dump() const
{
    QStringList result;
    const QStringList tables{u"files"_s, u"items"_s, u"sources"_s, u"categories"_s, u"item_categories"_s,
                             u"vocabulary"_s, u"item_state"_s};
    for (const QString &table : tables) {
        QSqlQuery q(m_store->database());
        if (!q.exec(u"SELECT * FROM "_s + table))
            return {u"cannot read "_s + table + u": "_s + q.lastError().text()};
        QStringList rows;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields.append(sqlValue(q.value(i)));
            rows.append(table + u": "_s + fields.join(u" | "_s));
        }
        rows.sort();
        result += rows;
    }
    result += ftsTerms();
    return result;
}

// What a full-text table holds, term by term: each term (through fts5vocab)
// with the keys of the entries that hold it.
QStringList TestNewsStore::ftsTerms(const QString &table) const
{
    QSqlQuery q(m_store->database());
    const QString vocab = u"temp.tst_terms_"_s + table;
    const QString schema = table == u"items_fts"_s ? u"main"_s : u"temp"_s;
    if (!q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5vocab(%2, %3, row)"_s.arg(vocab, schema, table))
        || !q.exec(u"SELECT term FROM %1"_s.arg(vocab)))
        return {u"fts5vocab: "_s + q.lastError().text()};
    QStringList terms;
    while (q.next())
        terms.append(q.value(0).toString());
    QStringList rows;
    for (const QString &term : std::as_const(terms)) {
        q.prepare(u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid"_s.arg(table));
        q.addBindValue(QString(u'"' + term + u'"'));
        QStringList keys;
        if (!q.exec())
            return {u"fts: "_s + q.lastError().text()};
        while (q.next())
            keys.append(q.value(0).toString());
        rows.append(u"fts: %1 %2"_s.arg(term, keys.join(u',')));
    }
    rows.sort();
    return rows;
}

// Whether the full-text index is exactly what indexing the items afresh gives:
// one entry per item under its listing key with its title, summary and categories.
bool TestNewsStore::ftsMatchesContent()
{
    QSqlDatabase db = m_store->database();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'items_fts'"_s) || !q.next())
        return false;
    QString create = q.value(0).toString();
    create.replace(u"CREATE VIRTUAL TABLE items_fts"_s, u"CREATE VIRTUAL TABLE temp.tst_expected"_s);
    const bool built = q.exec(u"DROP TABLE IF EXISTS temp.tst_expected"_s) && q.exec(create)
            && q.exec(u"INSERT INTO temp.tst_expected(rowid, title, summary, categories) "
                      u"SELECT i.sort_key, %1, %2, %3 FROM items i ORDER BY i.sort_key"_s
                              .arg(SearchIndex::textSql(u"i.title"_s), SearchIndex::textSql(u"i.summary"_s),
                                   SearchIndex::categoriesSql(u"i.id"_s)));
    if (!built) {
        qWarning("cannot index the items afresh: %s", qPrintable(q.lastError().text()));
        return false;
    }
    // The kept number of items per set of categories is what counting gives.
    auto rows = [&](const QString &sql) {
        QStringList result;
        QSqlQuery rowsQuery(db);
        if (!rowsQuery.exec(sql))
            return QStringList{rowsQuery.lastError().text()};
        while (rowsQuery.next())
            result.append(rowsQuery.value(0).toString() + u": "_s + rowsQuery.value(1).toString());
        return result;
    };
    const QStringList sets = rows(u"SELECT categories, item_count FROM category_sets ORDER BY 1"_s);
    const QStringList countedSets = rows(u"SELECT c, count(*) FROM (SELECT %1 AS c FROM items i) GROUP BY c ORDER BY 1"_s
                                                 .arg(SearchIndex::categoriesSql(u"i.id"_s)));
    if (sets != countedSets) {
        qWarning("category sets differ from the items: %s / counted %s", qPrintable(sets.join(u"; "_s)),
                 qPrintable(countedSets.join(u"; "_s)));
        return false;
    }
    const QStringList indexed = ftsTerms();
    const QStringList expected = ftsTerms(u"tst_expected"_s);
    q.exec(u"DROP TABLE IF EXISTS temp.tst_terms_tst_expected"_s);
    q.exec(u"DROP TABLE temp.tst_expected"_s);
    if (indexed != expected) {
        qWarning("full-text index differs from the items (%lld terms indexed, %lld expected)",
                 qlonglong(indexed.size()), qlonglong(expected.size()));
        for (qsizetype i = 0; i < std::min(indexed.size(), expected.size()); ++i) {
            if (indexed.at(i) != expected.at(i)) {
                qWarning("first difference: %s / expected %s", qPrintable(indexed.at(i)), qPrintable(expected.at(i)));
                break;
            }
        }
        return false;
    }
    return !indexed.isEmpty() || m_store->itemCount() == 0;
}

void TestNewsStore::sampleImport()
{
    QStringList progress;
    NewsImporter importer(*m_store);
    importer.setProgress([&](int done, int total, const QString &file) {
        progress.append(u"%1/%2 %3"_s.arg(done).arg(total).arg(file));
        return true;
    });
    const ImportReport report = importer.importPaths(NewsImporter::sampleFiles());
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY2(report.diagnostics.isEmpty(), qPrintable(report.diagnostics.value(0).toString()));
    QCOMPARE(report.imported.size(), 3);
    QVERIFY(report.skipped.isEmpty() && report.rejected.isEmpty() && report.removed.isEmpty());
    QCOMPARE(report.itemsNew, 47);
    QCOMPARE(report.itemsTotal, 47);
    // One call per file, one per chunk of the search index written, then done.
    QCOMPARE(progress.size(), 5);
    QCOMPARE(progress.at(3), u"-1/-1 "_s);
    QCOMPARE(progress.last(), u"3/3 "_s);

    QCOMPARE(m_store->itemCount(), 47);
    QCOMPARE(m_store->itemIds().size(), 47);
    QCOMPARE(counts(), SampleCounts);
    QCOMPARE(sorted(m_store->categoryNames()), sorted(SampleCounts.keys()));
    QCOMPARE(sorted(m_store->sourceFiles()), sorted(NewsImporter::sampleFiles()));

    // Sorted by count, then name.
    const QList<CategoryCount> list = m_store->categoryCounts();
    for (qsizetype i = 1; i < list.size(); ++i) {
        QVERIFY(list.at(i - 1).count >= list.at(i).count);
        if (list.at(i - 1).count == list.at(i).count)
            QVERIFY(list.at(i - 1).name < list.at(i).name);
    }

    for (const NewsItem &item : m_store->items(m_store->itemIds())) {
        QVERIFY(!item.title.isEmpty());
        QVERIFY(!item.summary.isEmpty());
        QVERIFY(!item.categories.isEmpty());
        QCOMPARE(item.sources.size(), 1);
        QVERIFY(!item.read && !item.starred);
    }
    ItemFilter firstFile;
    firstFile.sourceFile = NewsImporter::sampleFiles().constFirst();
    QCOMPARE(m_store->itemCount(firstFile), 16);
    const NewsItem first = m_store->item(m_store->itemIds(firstFile).constFirst());
    QCOMPARE(first.title, u"Du som är 65 eller äldre kan nu välja covid-19-vaccin"_s);
    QCOMPARE(first.categories, QStringList{u"Hälso- och sjukvård"_s});
    QVERIFY(ftsMatchesContent());
}

void TestNewsStore::sampleImportFromDisk()
{
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({QStringLiteral(NEWSDESK_SAMPLE_DIR)});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 3);
    QCOMPARE(m_store->itemCount(), 47);
    QCOMPARE(counts(), SampleCounts);
}

void TestNewsStore::sampleReimportSkipped()
{
    QCOMPARE(importSample().imported.size(), 3);
    const QStringList before = dump();
    const ImportReport again = importSample();
    QVERIFY(again.imported.isEmpty());
    QCOMPARE(again.skipped.size(), 3);
    QCOMPARE(again.itemsNew, 0);
    QCOMPARE(again.itemsTotal, 47);
    QCOMPARE(dump(), before);
}

void TestNewsStore::itemsWithoutParts()
{
    // No header; items without a summary, without categories, with neither,
    // and a title without letters.
    writeBytes(u"a.txt"_s, u" \u2022 Bara kategorier\n\n  Kultur\n"
                           u" \u2022 Bara text\n\n  Ett stycke.\n\n  Ett till.\n"
                           u" \u2022 Bara titel\n"
                           u" \u2022 ???\n\n  Frågetecken.\n\n  Stöd\n"_s.toUtf8());
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY2(report.diagnostics.isEmpty(), qPrintable(report.diagnostics.value(0).toString()));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(titles(), (QStringList{u"Bara kategorier"_s, u"Bara text"_s, u"Bara titel"_s, u"???"_s}));

    const NewsItem categoriesOnly = m_store->item(idOf(u"Bara kategorier"_s));
    QCOMPARE(categoriesOnly.summary, QString());
    QCOMPARE(categoriesOnly.paragraphs(), QStringList());
    QCOMPARE(categoriesOnly.categories, QStringList{u"Kultur"_s});
    const NewsItem textOnly = m_store->item(idOf(u"Bara text"_s));
    QCOMPARE(textOnly.paragraphs(), (QStringList{u"Ett stycke."_s, u"Ett till."_s}));
    QCOMPARE(textOnly.categories, QStringList());
    const NewsItem titleOnly = m_store->item(idOf(u"Bara titel"_s));
    QCOMPARE(titleOnly.summary, QString());
    QCOMPARE(titleOnly.categories, QStringList());
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 1}}));

    ItemFilter byTitle;
    byTitle.sort = ItemFilter::Sort::Title;
    QCOMPARE(titles(byTitle), (QStringList{u"???"_s, u"Bara kategorier"_s, u"Bara text"_s, u"Bara titel"_s}));
    QVERIFY(ftsMatchesContent());
}

void TestNewsStore::sameItemInTwoFiles()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                                                        {u"Delad"_s, u"Samma text."_s, u"Stöd"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Delad"_s, u"Samma text."_s, u"KollektivtrafikKultur"_s},
                                                        {u"Tre"_s, u"Text tre."_s, u"Kultur"_s}}));
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, (QStringList{a, b}));
    QCOMPARE(report.itemsNew, 3);
    QCOMPARE(m_store->itemCount(), 3);
    QCOMPARE(sorted(titles()), (QStringList{u"Delad"_s, u"Ett"_s, u"Tre"_s}));

    const NewsItem shared = m_store->item(idOf(u"Delad"_s));
    QCOMPARE(shared.summary, u"Samma text."_s);
    QCOMPARE(sorted(shared.categories), (QStringList{u"Kollektivtrafik"_s, u"Kultur"_s, u"Stöd"_s}));
    QList<ItemSource> expectedSources{{b, 1}, {a, 2}};
    QList<ItemSource> sources = shared.sources;
    std::sort(sources.begin(), sources.end(), [](const ItemSource &x, const ItemSource &y) { return x.file > y.file; });
    QCOMPARE(sources, expectedSources);
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 3}, {u"Stöd"_s, 1}, {u"Kollektivtrafik"_s, 1}}));

    // The item leaves b.txt: it keeps a.txt's source and categories only.
    writeListing(u"b.txt"_s, {{u"Tre"_s, u"Text tre."_s, u"Kultur"_s}});
    QCOMPARE(importFolder().imported, QStringList{b});
    QCOMPARE(m_store->itemCount(), 3);
    const NewsItem after = m_store->item(idOf(u"Delad"_s));
    QCOMPARE(after.id, shared.id);
    QCOMPARE(after.categories, QStringList{u"Stöd"_s});
    QCOMPARE(after.sources, (QList<ItemSource>{{a, 2}}));
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 2}, {u"Stöd"_s, 1}}));
    QVERIFY(ftsMatchesContent());
}

void TestNewsStore::unchangedFilesSkipped()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Två"_s, u"Text två."_s, u"Stöd"_s}}));
    QCOMPARE(importFolder().imported.size(), 2);
    const QStringList before = dump();

    const ImportReport again = importFolder();
    QVERIFY(again.imported.isEmpty());
    QCOMPARE(again.skipped, (QStringList{a, b}));
    QCOMPARE(again.itemsNew, 0);
    QCOMPARE(again.itemsTotal, 2);
    QCOMPARE(dump(), before);

    // Touched but not changed: a new time, the same bytes.
    QVERIFY(setModified(a, QDateTime::fromSecsSinceEpoch(1'700'000'000)));
    const ImportReport touched = importFolder();
    QVERIFY(touched.imported.isEmpty());
    QCOMPARE(touched.skipped, (QStringList{a, b}));
    QCOMPARE(touched.itemsNew, 0);
    QCOMPARE(m_store->itemCount(), 2);
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 1}}));
    // The new time is remembered, so the next run skips a.txt without reading it.
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT mtime FROM files WHERE path = ?"_s);
    q.addBindValue(a);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(1'700'000'000) * 1000);
    QCOMPARE(importFolder().skipped, (QStringList{a, b}));
}

void TestNewsStore::changedFileReplacesItsItems()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s},
                                                        {u"Två"_s, u"Text om zebror."_s, u"KulturStöd"_s},
                                                        {u"Tre"_s, u"Text om giraffer."_s, u"Regional utveckling"_s}}));
    writeListing(u"b.txt"_s, {{u"Annat"_s, u"Text om annat."_s, u"Kultur"_s}});
    QCOMPARE(importFolder().imported.size(), 2);
    QCOMPARE(m_store->itemCount(), 4);
    const qint64 keptId = idOf(u"Ett"_s);

    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s},
                              {u"Fyra"_s, u"Text om elefanter."_s, u"Kollektivtrafik"_s}});
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, QStringList{a});
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.itemsNew, 1);
    QCOMPARE(report.itemsTotal, 3);
    // b.txt came later, so its item comes first; a.txt keeps its place.
    QCOMPARE(titles(), (QStringList{u"Annat"_s, u"Ett"_s, u"Fyra"_s}));
    QCOMPARE(idOf(u"Ett"_s), keptId);
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 2}, {u"Kollektivtrafik"_s, 1}}));
    QVERIFY(!m_store->categoryNames().contains(u"Stöd"_s));
    QVERIFY(!m_store->categoryNames().contains(u"Regional utveckling"_s));

    ItemFilter search;
    search.search = u"zebror "_s;
    QCOMPARE(m_store->itemCount(search), 0);
    search.search = u"elefanter "_s;
    QCOMPARE(titles(search), QStringList{u"Fyra"_s});
    QVERIFY(ftsMatchesContent());

    // A summary edited in place is a new item; the old text is gone.
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om te."_s, u"Kultur"_s},
                              {u"Fyra"_s, u"Text om elefanter."_s, u"Kollektivtrafik"_s}});
    QCOMPARE(importFolder().itemsNew, 1);
    QCOMPARE(m_store->itemCount(), 3);
    QCOMPARE(m_store->item(idOf(u"Ett"_s)).summary, u"Text om te."_s);
    search.search = u"kaffe "_s;
    QCOMPARE(m_store->itemCount(search), 0);
    QVERIFY(ftsMatchesContent());
}

void TestNewsStore::deletedFileStopsContributing()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                                                        {u"Delad"_s, u"Samma text."_s, u"Stöd"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Delad"_s, u"Samma text."_s, u"Kollektivtrafik"_s},
                                              {u"Bara i b"_s, u"Text om b."_s, u"Ekonomi och budget"_s}}));
    QCOMPARE(importFolder().imported.size(), 2);
    QCOMPARE(m_store->itemCount(), 3);

    QVERIFY(QFile::remove(b));
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.removed, QStringList{b});
    QCOMPARE(report.skipped, QStringList{a});
    QCOMPARE(report.itemsTotal, 2);
    QCOMPARE(sorted(titles()), (QStringList{u"Delad"_s, u"Ett"_s}));
    QCOMPARE(m_store->sourceFiles(), QStringList{a});
    QCOMPARE(m_store->item(idOf(u"Delad"_s)).sources, (QList<ItemSource>{{a, 2}}));
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 1}}));
    QVERIFY(ftsMatchesContent());

    // Nothing left to remove the next time.
    QVERIFY(importFolder().removed.isEmpty());
}

void TestNewsStore::readAndStarredSurvive()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text två."_s, u"Stöd"_s},
                              {u"Tre"_s, u"Text tre."_s, u"Kultur"_s}});
    importFolder();
    QVERIFY(m_store->setRead({idOf(u"Ett"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Två"_s)}, true));

    auto check = [&] {
        ItemFilter unread;
        unread.unreadOnly = true;
        ItemFilter starred;
        starred.starredOnly = true;
        QVERIFY(m_store->item(idOf(u"Ett"_s)).read);
        QVERIFY(!m_store->item(idOf(u"Ett"_s)).starred);
        QVERIFY(m_store->item(idOf(u"Två"_s)).starred);
        QVERIFY(!m_store->item(idOf(u"Två"_s)).read);
        QVERIFY(!titles(unread).contains(u"Ett"_s));
        QCOMPARE(titles(starred), QStringList{u"Två"_s});
    };

    // Re-import with a change elsewhere in the file.
    writeListing(u"a.txt"_s, {{u"Noll"_s, u"Text noll."_s, u"Kultur"_s},
                              {u"Ett"_s, u"Text ett."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text två."_s, u"Stöd"_s}});
    QCOMPARE(importFolder().imported.size(), 1);
    check();

    // Both leave the cache ...
    writeListing(u"a.txt"_s, {{u"Noll"_s, u"Text noll."_s, u"Kultur"_s}});
    importFolder();
    QCOMPARE(titles(), QStringList{u"Noll"_s});

    // ... and come back, in another file.
    writeListing(u"b.txt"_s, {{u"Två"_s, u"Text två."_s, u"Kollektivtrafik"_s},
                              {u"Ett"_s, u"Text ett."_s, u"Kultur"_s}});
    importFolder();
    QCOMPARE(m_store->itemCount(), 3);
    check();
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(sorted(titles(unread)), (QStringList{u"Noll"_s, u"Två"_s}));

    // Undo works on the returning items.
    QVERIFY(m_store->setRead({idOf(u"Ett"_s)}, false));
    QVERIFY(m_store->setStarred({idOf(u"Två"_s)}, false));
    QVERIFY(!m_store->item(idOf(u"Ett"_s)).read);
    QVERIFY(!m_store->item(idOf(u"Två"_s)).starred);
    QCOMPARE(m_store->itemCount(unread), 3);
}

void TestNewsStore::failingFileRollsBack()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text om te."_s, u"Stöd"_s}});
    QCOMPARE(importFolder().imported.size(), 1);
    QVERIFY(m_store->setRead({idOf(u"Ett"_s)}, true));
    const QStringList before = dump();
    const QMap<QString, qint64> countsBefore = counts();
    const QStringList filesBefore = m_store->sourceFiles();

    QVERIFY(failAtThirdItem());
    // The change to a.txt fails at its third item; the new b.txt would too.
    writeListing(u"a.txt"_s, {{u"Noll"_s, u"Text om saft."_s, u"Kollektivtrafik"_s},
                              {u"Ett"_s, u"Text om kaffe."_s, u"Ekonomi och budget"_s},
                              {u"Tre"_s, u"Text om vatten."_s, u"Regional utveckling"_s}});
    writeListing(u"b.txt"_s, {{u"B1"_s, u"Text b ett."_s, u"Kultur"_s},
                              {u"B2"_s, u"Text b två."_s, u"Kultur"_s},
                              {u"B3"_s, u"Text b tre."_s, u"Kultur"_s}});
    const ImportReport report = importFolder();
    QVERIFY(!report.error.isEmpty());
    QVERIFY2(report.error.contains(u"boom"_s), qPrintable(report.error));
    QVERIFY(report.imported.isEmpty());
    QCOMPARE(report.itemsNew, 0);
    QCOMPARE(report.itemsTotal, 2);

    QCOMPARE(dump(), before);
    QCOMPARE(counts(), countsBefore);
    QCOMPARE(m_store->sourceFiles(), filesBefore);
    QCOMPARE(titles(), (QStringList{u"Ett"_s, u"Två"_s}));
    QVERIFY(m_store->item(idOf(u"Ett"_s)).read);
    ItemFilter search;
    search.search = u"saft "_s;
    QCOMPARE(m_store->itemCount(search), 0);
    QVERIFY(ftsMatchesContent());

    // Once the cause is gone, the same files import: nothing was recorded as done.
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"DROP TRIGGER boom"_s));
    }
    const ImportReport retry = importFolder();
    QVERIFY2(retry.error.isEmpty(), qPrintable(retry.error));
    QCOMPARE(retry.imported.size(), 2);
    QCOMPARE(m_store->itemCount(), 6);
    QCOMPARE(m_store->itemCount(search), 1);
    QVERIFY(m_store->item(idOf(u"Ett"_s)).read);
    QVERIFY(ftsMatchesContent());
}

void TestNewsStore::rejectedFileInBatch()
{
    const QString a = canonical(writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s}}));
    const QString b = canonical(writeListing(u"b.txt"_s, {{u"Två"_s, u"Text två."_s, u"Stöd"_s},
                                                        {u"Tre"_s, u"Text tre."_s, u"Stöd"_s}}));
    QCOMPARE(importFolder().imported.size(), 2);

    // b.txt becomes binary; c.txt is new and good; d.txt is new and empty.
    writeBytes(u"b.txt"_s, QByteArray("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00", 11));
    const QString c = canonical(writeListing(u"c.txt"_s, {{u"Fyra"_s, u"Text fyra."_s, u"Kollektivtrafik"_s}}));
    const QString d = canonical(writeBytes(u"d.txt"_s, QByteArray()));
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.hasRejections());
    QCOMPARE(report.rejected, (QStringList{b, d}));
    QCOMPARE(report.imported, QStringList{c});
    QCOMPARE(report.skipped, QStringList{a});
    QCOMPARE(report.itemsNew, 1);
    QCOMPARE(report.itemsTotal, 4);
    QStringList errorFiles;
    for (const Diagnostic &diagnostic : report.diagnostics) {
        if (diagnostic.isError())
            errorFiles.append(diagnostic.file);
    }
    QCOMPARE(errorFiles, (QStringList{b, d}));

    // What b.txt held before stays.
    QCOMPARE(sorted(titles()), (QStringList{u"Ett"_s, u"Fyra"_s, u"Tre"_s, u"Två"_s}));
    QCOMPARE(m_store->item(idOf(u"Två"_s)).sources, (QList<ItemSource>{{b, 1}}));
    QCOMPARE(sorted(m_store->sourceFiles()), (QStringList{a, b, c}));
    QCOMPARE(counts(), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 2}, {u"Kollektivtrafik"_s, 1}}));
}

void TestNewsStore::missingPath()
{
    const QString missing = m_dir->filePath(u"saknas"_s);
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({missing});
    QCOMPARE(report.rejected, QStringList{missing});
    QCOMPARE(report.diagnostics.size(), 1);
    QVERIFY(report.diagnostics.first().isError());
    QCOMPARE(report.diagnostics.first().file, missing);
    QCOMPARE(m_store->itemCount(), 0);
}

void TestNewsStore::cancel()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text ett."_s, u"Kultur"_s}});
    writeListing(u"b.txt"_s, {{u"Två"_s, u"Text två."_s, u"Stöd"_s}});
    const ImportReport report = importFolderCancelledBefore(1);
    QVERIFY(report.cancelled);
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(titles(), QStringList{u"Ett"_s});
}

void TestNewsStore::migrationFromSchema1()
{
    m_store->close();
    const QString path = m_dir->filePath(u"old.sqlite"_s);
    ItemFilter word;
    word.search = u"vaccination "_s;
    ItemFilter prefix;
    prefix.search = u"vacc"_s;
    QList<qint64> wordIds;
    QList<qint64> prefixIds;
    QList<qint64> readIds;
    {
        // The sample in a current cache, with some reader state ...
        const QString currentPath = m_dir->filePath(u"current.sqlite"_s);
        NewsStore current;
        QVERIFY2(current.open(currentPath), qPrintable(current.errorString()));
        NewsImporter importer(current);
        const ImportReport report = importer.importPaths(NewsImporter::sampleFiles());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        wordIds = current.itemIds(word);
        prefixIds = current.itemIds(prefix);
        readIds = wordIds.mid(0, 2);
        QVERIFY(current.setRead(readIds, true));
        QVERIFY(current.setStarred({readIds.first()}, true));
        current.close();

        // ... copied into the tables of schema 1, as an older newsdesk wrote them.
        NewsStore old;
        QVERIFY2(old.open(path, 1), qPrintable(old.errorString()));
        QCOMPARE(old.schemaVersion(), 1);
        QSqlQuery q(old.database());
        QVERIFY(q.exec(u"ATTACH DATABASE '%1' AS cur"_s.arg(currentPath)));
        for (const char *table : {"files", "items", "sources", "vocabulary", "item_state"})
            QVERIFY2(q.exec(u"INSERT INTO main.%1 SELECT * FROM cur.%1"_s.arg(QLatin1StringView(table))),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"INSERT INTO main.categories(id, name) SELECT id, name FROM cur.categories"_s));
        QVERIFY(q.exec(u"INSERT INTO main.item_categories(category_id, item_id) "
                       u"SELECT category_id, item_id FROM cur.item_categories"_s));
        QVERIFY(q.exec(u"INSERT INTO main.items_fts(items_fts) VALUES ('rebuild')"_s));
        QVERIFY(q.exec(u"DETACH DATABASE cur"_s));
        q.finish();
        QVERIFY(q.exec(u"SELECT count(*) FROM items"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 47);
    }
    QVERIFY(!wordIds.isEmpty());
    QVERIFY(prefixIds.size() > wordIds.size());

    NewsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), NewsStore::SchemaVersion);
    QCOMPARE(store.itemCount(), 47);
    QCOMPARE(store.categoryCounts().size(), SampleCounts.size());
    for (const CategoryCount &c : store.categoryCounts())
        QCOMPARE(c.count, SampleCounts.value(c.name));
    QCOMPARE(store.itemIds(word), wordIds);
    QCOMPARE(store.itemIds(prefix), prefixIds);
    // Schema 5 indexes categories too: a word within categories is one index query.
    ItemFilter wordInCategories = word;
    wordInCategories.categories = {u"Kultur"_s, u"Hälso- och sjukvård"_s};
    QList<qint64> expected;
    for (const NewsItem &item : store.items(wordIds)) {
        if (item.categories.contains(u"Kultur"_s) || item.categories.contains(u"Hälso- och sjukvård"_s))
            expected.append(item.id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(store.itemIds(wordInCategories), expected);
    ItemFilter two;
    two.search = u"va"_s; // the shortest prefix the schema-2 index holds
    QVERIFY(store.itemCount(two) >= prefixIds.size());
    ItemFilter read;
    read.unreadOnly = true;
    QCOMPARE(store.itemCount(read), 47 - readIds.size());
    QVERIFY(store.item(readIds.first()).starred);

    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'items_fts'"_s) && q.next());
    QVERIFY2(q.value(0).toString().contains(u"prefix"_s), qPrintable(q.value(0).toString()));
    // Schema 7: the index gathers 16 MB of new entries before it writes a segment.
    QVERIFY(q.exec(u"SELECT v FROM items_fts_config WHERE k = 'hashsize'"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 16777216);
    q.finish();

    // Importing into the migrated cache goes on as before.
    NewsImporter importer(store);
    QCOMPARE(importer.importPaths(NewsImporter::sampleFiles()).skipped.size(), 3);
}

void TestNewsStore::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("newer schema") << u"newer"_s << u"newer"_s;
    QTest::newRow("text file") << u"text"_s << u"not a newsdesk cache"_s;
    QTest::newRow("another program's SQLite file") << u"foreign"_s << u"not a newsdesk cache"_s;
}

void TestNewsStore::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const QString path = m_dir->filePath(u"other.sqlite"_s);
    QByteArray text;
    if (kind == u"newer" || kind == u"foreign") {
        QVERIFY(makeForeignDatabase(path, kind == u"newer" ? 99 : 0));
        // A refused file is not changed at all (not even switched to WAL).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = file.readAll();
    } else {
        text = QByteArray("Nyheter\n\n \xE2\x80\xA2 Detta \xC3\xA4r en textfil, ingen databas.\n").repeated(20);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    }

    NewsStore store;
    QVERIFY(!store.open(path));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(path));
    if (!text.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }
}

void TestNewsStore::importFilterFixture()
{
    writeListing(u"a.txt"_s, {{u"Året som gått"_s, u"Sammanfattning av år 2021."_s, u"Kultur"_s},
                              {u"Arbete pågår"_s, u"Nya arbeten startar i vår."_s, u"Ekonomi och budget"_s},
                              {u"Zebra i parken"_s, u"Djur flyttar in."_s, u"KulturStöd"_s},
                              {u"Älgar på vägen"_s, u"Trafiken påverkas."_s, u"Kollektivtrafik"_s},
                              {u"Örebro får spårvagn"_s, u"Planer för ny trafik."_s,
                               u"KollektivtrafikEkonomi och budget"_s},
                              {u"ankor"_s, u"Inga nyheter om ankor."_s, u"Stöd"_s}});
    const ImportReport report = importFolder();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(m_store->itemCount(), 6);
    QVERIFY(m_store->setRead({idOf(u"Zebra i parken"_s), idOf(u"ankor"_s)}, true));
    QVERIFY(m_store->setStarred({idOf(u"Älgar på vägen"_s)}, true));
}

void TestNewsStore::filters_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<bool>("all");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("unread");
    QTest::addColumn<bool>("starred");
    QTest::addColumn<bool>("byTitle");
    QTest::addColumn<QStringList>("titles");

    const QString year = u"Året som gått"_s;
    const QString work = u"Arbete pågår"_s;
    const QString zebra = u"Zebra i parken"_s;
    const QString moose = u"Älgar på vägen"_s;
    const QString tram = u"Örebro får spårvagn"_s;
    const QString ducks = u"ankor"_s;
    const QStringList none;

    QTest::newRow("everything, listing order")
            << none << false << QString() << false << false << false
            << QStringList{year, work, zebra, moose, tram, ducks};
    QTest::newRow("one category") << QStringList{u"Kultur"_s} << false << QString() << false << false << false
                                  << QStringList{year, zebra};
    QTest::newRow("any of two") << QStringList{u"Kultur"_s, u"Stöd"_s} << false << QString() << false << false
                                << false << QStringList{year, zebra, ducks};
    QTest::newRow("all of two") << QStringList{u"Kultur"_s, u"Stöd"_s} << true << QString() << false << false
                                << false << QStringList{zebra};
    QTest::newRow("all of two, split line")
            << QStringList{u"Ekonomi och budget"_s, u"Kollektivtrafik"_s} << true << QString() << false << false
            << false << QStringList{tram};
    QTest::newRow("all of one") << QStringList{u"Stöd"_s} << true << QString() << false << false << false
                                << QStringList{zebra, ducks};
    QTest::newRow("unknown category") << QStringList{u"Sport"_s} << false << QString() << false << false << false
                                      << none;
    QTest::newRow("any with an unknown one") << QStringList{u"Sport"_s, u"Kultur"_s} << false << QString() << false
                                             << false << false << QStringList{year, zebra};
    QTest::newRow("all with an unknown one") << QStringList{u"Sport"_s, u"Kultur"_s} << true << QString() << false
                                             << false << false << none;

    QTest::newRow("search prefix ar: not år") << none << false << u"ar"_s << false << false << false
                                              << QStringList{work};
    QTest::newRow("search word ar: nothing") << none << false << u"ar "_s << false << false << false << none;
    QTest::newRow("search prefix år") << none << false << u"år"_s << false << false << false << QStringList{year};
    QTest::newRow("search word år") << none << false << u"år "_s << false << false << false << QStringList{year};
    QTest::newRow("search capital ÅR") << none << false << u"ÅR "_s << false << false << false << QStringList{year};
    QTest::newRow("search ä is not a") << none << false << u"algar "_s << false << false << false << none;
    QTest::newRow("search ä") << none << false << u"älgar "_s << false << false << false << QStringList{moose};
    QTest::newRow("search ö is not o") << none << false << u"orebro"_s << false << false << false << none;
    QTest::newRow("search ö") << none << false << u"öre"_s << false << false << false << QStringList{tram};
    QTest::newRow("search decomposed ö") << none << false << u"o\u0308rebro "_s << false << false << false
                                         << QStringList{tram};
    QTest::newRow("search prefix in summary") << none << false << u"trafik"_s << false << false << false
                                              << QStringList{moose, tram};
    QTest::newRow("search word in summary") << none << false << u"trafik "_s << false << false << false
                                            << QStringList{tram};
    QTest::newRow("search inside a word finds nothing") << none << false << u"bra "_s << false << false << false
                                                        << none;
    QTest::newRow("search long prefix") << none << false << u"spårvag"_s << false << false << false
                                        << QStringList{tram};
    QTest::newRow("search long prefix, capitals") << none << false << u"SPÅRVAG"_s << false << false << false
                                                  << QStringList{tram};
    QTest::newRow("search word and long prefix") << none << false << u"får spårvag"_s << false << false << false
                                                 << QStringList{tram};
    QTest::newRow("search long prefix, no such term") << none << false << u"spårvagnen"_s << false << false
                                                      << false << none;
    QTest::newRow("search long prefix in categories")
            << QStringList{u"Kollektivtrafik"_s, u"Stöd"_s} << false << u"spårvag"_s << false << false << false
            << QStringList{tram};
    QTest::newRow("search long prefix, unread") << none << false << u"sammanfattn"_s << true << false << false
                                                << QStringList{year};
    QTest::newRow("search two words") << none << false << u"nya vå"_s << false << false << false
                                      << QStringList{work};
    QTest::newRow("search two words, one missing") << none << false << u"nya ankor"_s << false << false << false
                                                   << none;
    QTest::newRow("search FTS syntax is text") << none << false << u"ankor OR zebra"_s << false << false << false
                                               << none;
    QTest::newRow("search quote and minus") << none << false << u"-\"ankor"_s << false << false << false
                                            << QStringList{ducks};
    QTest::newRow("search punctuation only") << none << false << u"*\"()"_s << false << false << false
                                             << QStringList{year, work, zebra, moose, tram, ducks};

    QTest::newRow("unread") << none << false << QString() << true << false << false
                            << QStringList{year, work, moose, tram};
    QTest::newRow("starred") << none << false << QString() << false << true << false << QStringList{moose};
    QTest::newRow("unread and starred") << none << false << QString() << true << true << false
                                        << QStringList{moose};
    QTest::newRow("category, search, unread")
            << QStringList{u"Kultur"_s, u"Kollektivtrafik"_s} << false << u"trafik"_s << true << false << false
            << QStringList{moose, tram};
    QTest::newRow("category and search") << QStringList{u"Kultur"_s} << false << u"djur"_s << false << false
                                         << false << QStringList{zebra};
    QTest::newRow("any of two and search") << QStringList{u"Kultur"_s, u"Kollektivtrafik"_s} << false << u"trafik"_s
                                           << false << false << false << QStringList{moose, tram};
    QTest::newRow("all of two and search")
            << QStringList{u"Ekonomi och budget"_s, u"Kollektivtrafik"_s} << true << u"spår"_s << false << false
            << false << QStringList{tram};
    QTest::newRow("all of two and a missing word")
            << QStringList{u"Ekonomi och budget"_s, u"Kollektivtrafik"_s} << true << u"djur "_s << false << false
            << false << none;
    QTest::newRow("any of three") << QStringList{u"Kultur"_s, u"Stöd"_s, u"Kollektivtrafik"_s} << false << QString()
                                  << false << false << false << QStringList{year, zebra, moose, tram, ducks};
    QTest::newRow("search, unknown category") << QStringList{u"Sport"_s} << false << u"trafik"_s << false << false
                                              << false << none;

    QTest::newRow("by title, Swedish order") << none << false << QString() << false << false << true
                                             << QStringList{ducks, work, zebra, year, moose, tram};
    QTest::newRow("by title, one category")
            << QStringList{u"Kollektivtrafik"_s, u"Stöd"_s} << false << QString() << false << false << true
            << QStringList{ducks, zebra, moose, tram};
}

void TestNewsStore::filters()
{
    QFETCH(QStringList, categories);
    QFETCH(bool, all);
    QFETCH(QString, search);
    QFETCH(bool, unread);
    QFETCH(bool, starred);
    QFETCH(bool, byTitle);
    QFETCH(QStringList, titles);

    importFilterFixture();
    ItemFilter filter;
    filter.categories = categories;
    filter.match = all ? ItemFilter::Match::All : ItemFilter::Match::Any;
    filter.search = search;
    filter.unreadOnly = unread;
    filter.starredOnly = starred;
    filter.sort = byTitle ? ItemFilter::Sort::Title : ItemFilter::Sort::Listing;

    QCOMPARE(this->titles(filter), titles);
    QCOMPARE(m_store->itemCount(filter), titles.size());
}

void TestNewsStore::setReadWhere()
{
    QVERIFY2(importSample().error.isEmpty(), "sample import failed");
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(m_store->itemCount(unread), 47);

    // One call marks every item of a category.
    ItemFilter health;
    health.categories = {u"Hälso- och sjukvård"_s};
    QVERIFY2(m_store->setReadWhere(health, true), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->itemCount(unread), 47 - 26);
    ItemFilter healthUnread = health;
    healthUnread.unreadOnly = true;
    QCOMPARE(m_store->itemCount(healthUnread), 0);

    // A filter with bound values (categories, all, search) marks exactly its items unread again.
    ItemFilter narrow;
    narrow.categories = {u"Hälso- och sjukvård"_s, u"Organisation och styrning"_s};
    narrow.match = ItemFilter::Match::All;
    narrow.search = u"region"_s;
    const QList<qint64> narrowIds = m_store->itemIds(narrow);
    QVERIFY(!narrowIds.isEmpty());
    QVERIFY(m_store->setReadWhere(narrow, false));
    QCOMPARE(m_store->itemCount(unread), 47 - 26 + narrowIds.size());
    ItemFilter narrowUnread = narrow;
    narrowUnread.unreadOnly = true;
    QCOMPARE(m_store->itemIds(narrowUnread), narrowIds);

    // The whole cache at once, and nothing when nothing matches.
    QVERIFY(m_store->setReadWhere({}, true));
    QCOMPARE(m_store->itemCount(unread), 0);
    ItemFilter nothing;
    nothing.categories = {u"Sport"_s};
    QVERIFY(m_store->setReadWhere(nothing, false));
    QCOMPARE(m_store->itemCount(unread), 0);
    QVERIFY(m_store->setReadWhere(unread, true)); // filter on the state it changes
    ItemFilter starred;
    starred.starredOnly = true;
    QCOMPARE(m_store->itemCount(starred), 0);
}

void TestNewsStore::facetedCategoryCounts()
{
    importFilterFixture();
    const QMap<QString, qint64> full{
            {u"Kultur"_s, 2}, {u"Stöd"_s, 2}, {u"Ekonomi och budget"_s, 2}, {u"Kollektivtrafik"_s, 2}};
    QCOMPARE(counts(), full);

    // The category part of the filter does not narrow its own counts.
    ItemFilter kultur;
    kultur.categories = {u"Kultur"_s};
    kultur.match = ItemFilter::Match::All;
    QCOMPARE(counts(kultur), full);

    // The rest of the filter does.
    ItemFilter search = kultur;
    search.search = u"trafik"_s;
    QCOMPARE(counts(search), (QMap<QString, qint64>{{u"Kultur"_s, 0}, {u"Stöd"_s, 0},
                                                    {u"Ekonomi och budget"_s, 1}, {u"Kollektivtrafik"_s, 2}}));
    // Counts no longer wanted stop between categories.
    int asked = 0;
    QVERIFY(m_store->categoryCounts(search, [&] { return ++asked > 2; }).isEmpty());
    QCOMPARE(asked, 3);
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(counts(unread), (QMap<QString, qint64>{{u"Kultur"_s, 1}, {u"Stöd"_s, 0},
                                                    {u"Ekonomi och budget"_s, 2}, {u"Kollektivtrafik"_s, 2}}));
    ItemFilter starred;
    starred.starredOnly = true;
    starred.search = u"vägen"_s;
    QCOMPARE(counts(starred), (QMap<QString, qint64>{{u"Kultur"_s, 0}, {u"Stöd"_s, 0},
                                                     {u"Ekonomi och budget"_s, 0}, {u"Kollektivtrafik"_s, 1}}));

    // Sorted by count, then name.
    QStringList order;
    for (const CategoryCount &c : m_store->categoryCounts(search))
        order.append(c.name);
    QCOMPARE(order, (QStringList{u"Kollektivtrafik"_s, u"Ekonomi och budget"_s, u"Kultur"_s, u"Stöd"_s}));
}

void TestNewsStore::textIsData()
{
    const QString title = u"<script>alert('x')</script>"_s;
    const QString summary = u"Robert'); DROP TABLE items;-- & <b>fet</b> \"citat\"."_s;
    writeListing(u"a.txt"_s, {{title, summary, u"Kultur<i>"_s}});
    QVERIFY(importFolder().error.isEmpty());
    const NewsItem item = m_store->item(idOf(title));
    QCOMPARE(item.title, title);
    QCOMPARE(item.summary, summary);
    QCOMPARE(item.categories, QStringList{u"Kultur<i>"_s});
    ItemFilter filter;
    filter.categories = {u"Kultur<i>"_s};
    filter.search = u"'); DROP TABLE items;--"_s; // searched for as words
    QCOMPARE(m_store->itemCount(filter), 1);
    filter.search = u"script alert"_s;
    QCOMPARE(m_store->itemCount(filter), 1);
    filter.search = u"'); DROP TABLE files;--"_s;
    QCOMPARE(m_store->itemCount(filter), 0);
    QCOMPARE(m_store->itemCount(), 1);
}

// The index keys categories with a private use character; item text holding
// that character must stay text and never put an item in a category.
void TestNewsStore::categoryMarkInTextIsText()
{
    writeListing(u"a.txt"_s, {{u"Kultur i parken"_s, u"Vanlig text."_s, u"Kultur"_s},
                              {u"Stöd till föreningar"_s, u"Mer text."_s, u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    qint64 kultur = 0;
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"SELECT id FROM categories WHERE name = 'Kultur'"_s) && q.next());
        kultur = q.value(0).toLongLong();
    }
    const QString mark = QChar(0xE000) + QString::number(kultur);
    writeListing(u"b.txt"_s, {{u"Falsk %1 kategori"_s.arg(mark), u"Text med %1 i sig."_s.arg(mark), u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(ftsMatchesContent());

    ItemFilter filter;
    filter.categories = {u"Kultur"_s, u"Stöd"_s};
    filter.match = ItemFilter::Match::All;
    QCOMPARE(titles(filter), QStringList());
    filter.search = u"text"_s;
    QCOMPARE(m_store->itemCount(filter), 0);
    filter.match = ItemFilter::Match::Any;
    QCOMPARE(titles(filter).size(), 3);
    ItemFilter word;
    word.search = u"falsk"_s;
    QCOMPARE(titles(word), QStringList{u"Falsk %1 kategori"_s.arg(mark)});
}

// An item's entry in the index follows its sources: categories another file
// gives it, and its place in the listing, come and go with that file.
void TestNewsStore::indexFollowsSources()
{
    writeListing(u"a.txt"_s, {{u"Gemensam nyhet"_s, u"Om spårvagnar."_s, u"Kultur"_s},
                              {u"Egen nyhet"_s, u"Om bussar."_s, u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    const QString b = writeListing(u"b.txt"_s, {{u"Gemensam nyhet"_s, u"Om spårvagnar."_s, u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(ftsMatchesContent());

    ItemFilter both;
    both.categories = {u"Kultur"_s, u"Stöd"_s};
    both.match = ItemFilter::Match::All;
    both.search = u"om"_s;
    QCOMPARE(titles(both), QStringList{u"Gemensam nyhet"_s});
    ItemFilter any = both;
    any.match = ItemFilter::Match::Any;
    // b.txt is newer: the shared item comes first.
    QCOMPARE(titles(any), (QStringList{u"Gemensam nyhet"_s, u"Egen nyhet"_s}));

    QVERIFY(QFile::remove(b));
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(ftsMatchesContent());
    QCOMPARE(titles(both), QStringList());
    QCOMPARE(titles(any), (QStringList{u"Gemensam nyhet"_s, u"Egen nyhet"_s}));
    ItemFilter stod = any;
    stod.categories = {u"Stöd"_s};
    QCOMPARE(titles(stod), QStringList{u"Egen nyhet"_s});
}

// A prefix longer than the index's is spelled out as the index's terms; terms
// a later import brings are found too.
void TestNewsStore::longPrefixSeesNewTerms()
{
    writeListing(u"a.txt"_s, {{u"Spårvagnar i staden"_s, u"Text."_s, u"Kollektivtrafik"_s}});
    QVERIFY(importFolder().error.isEmpty());
    ItemFilter filter;
    filter.search = u"spårvagn"_s;
    QCOMPARE(titles(filter), QStringList{u"Spårvagnar i staden"_s});
    writeListing(u"b.txt"_s, {{u"Spårvagnsdepån byggs"_s, u"Text."_s, u"Kollektivtrafik"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(titles(filter), (QStringList{u"Spårvagnsdepån byggs"_s, u"Spårvagnar i staden"_s}));
    QCOMPARE(m_store->itemCount(filter), 2);
}

// The search index is written after the files: an import cancelled before
// that leaves the items queued, unsearched but listed, and the next import
// (even of nothing) writes them.
void TestNewsStore::interruptedIndexIsFinishedLater()
{
    writeListing(u"a.txt"_s, {{u"Första nyheten"_s, u"Om spårvagnar."_s, u"Kultur"_s}});
    writeListing(u"b.txt"_s, {{u"Andra nyheten"_s, u"Om bussar."_s, u"Stöd"_s}});
    writeListing(u"c.txt"_s, {{u"Tredje nyheten"_s, u"Om tåg."_s, u"Kultur"_s}});
    {
        const ImportReport report = importFolderCancelledBefore(2);
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported.size(), 2);
    }
    QCOMPARE(m_store->pendingIndexItems(), 2);
    QCOMPARE(m_store->itemCount(), 2);
    ItemFilter word;
    word.search = u"om"_s;
    QCOMPARE(m_store->itemCount(word), 0);

    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.changedCache()); // the window shows the search results now
    QCOMPARE(m_store->pendingIndexItems(), 0);
    QVERIFY(ftsMatchesContent());
    QCOMPARE(titles(word), (QStringList{u"Andra nyheten"_s, u"Första nyheten"_s}));
    ItemFilter both;
    both.categories = {u"Kultur"_s, u"Stöd"_s};
    QCOMPARE(m_store->itemCount(both), 2);

    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(titles(word).size(), 3);
    QVERIFY(ftsMatchesContent());
}

// Files share a transaction; a file that fails undoes only itself: the files
// before it in the same batch stay imported, reported and searchable.
void TestNewsStore::failingFileKeepsEarlierFilesOfItsBatch()
{
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s},
                              {u"Två"_s, u"Text om te."_s, u"Stöd"_s}});
    writeListing(u"b.txt"_s, {{u"B1"_s, u"Text b ett."_s, u"Kultur"_s},
                              {u"B2"_s, u"Text b två."_s, u"Kultur"_s},
                              {u"B3"_s, u"Text b tre."_s, u"Kultur"_s}});
    QVERIFY(failAtThirdItem());
    const ImportReport report = importFolder();
    QVERIFY2(report.error.contains(u"boom"_s), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 1);
    QVERIFY(report.imported.first().endsWith(u"a.txt"_s));
    QCOMPARE(report.itemsNew, 2);
    QCOMPARE(titles(), (QStringList{u"Ett"_s, u"Två"_s}));
    ItemFilter search;
    search.search = u"kaffe"_s;
    QCOMPARE(titles(search), QStringList{u"Ett"_s});
    QVERIFY(ftsMatchesContent());
    QCOMPARE(m_store->sourceFiles().size(), 1);
}

void TestNewsStore::failingFileKeepsEarlierRemovalsOfItsBatch()
{
    // One batch: old.txt vanished (its items go), b.txt is new, c.txt fails.
    // The batch is rolled back and stored again without c.txt.
    writeListing(u"a.txt"_s, {{u"Ett"_s, u"Text om kaffe."_s, u"Kultur"_s}});
    const QString old = writeListing(u"old.txt"_s, {{u"Gammal"_s, u"Text om gammalt."_s, u"Stöd"_s},
                                                     {u"Äldre"_s, u"Text om äldre."_s, u"Stöd"_s}});
    QVERIFY(importFolder().error.isEmpty());
    QVERIFY(QFile::remove(old));
    // a.txt is touched (same bytes, a new time): its new time is written in the batch too.
    const QDateTime touched = QDateTime::fromSecsSinceEpoch(1'700'000'000);
    QVERIFY(setModified(filePath(u"a.txt"_s), touched));
    writeListing(u"b.txt"_s, {{u"B1"_s, u"Text b ett."_s, u"Kultur"_s}, {u"B2"_s, u"Text b två."_s, u"Stöd"_s}});
    writeListing(u"c.txt"_s, {{u"C1"_s, u"Text c ett."_s, u"Kultur"_s},
                              {u"C2"_s, u"Text c två."_s, u"Kultur"_s},
                              {u"C3"_s, u"Text c tre."_s, u"Kultur"_s}});
    QVERIFY(failAtThirdItem());
    const ImportReport report = importFolder();
    QVERIFY2(report.error.contains(u"boom"_s), qPrintable(report.error));
    QCOMPARE(report.removed.size(), 1);
    QVERIFY(report.removed.first().endsWith(u"old.txt"_s));
    QCOMPARE(report.imported.size(), 1);
    QVERIFY(report.imported.first().endsWith(u"b.txt"_s));
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.itemsNew, 2);
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"SELECT mtime FROM files WHERE path LIKE '%a.txt'"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), touched.toMSecsSinceEpoch());
    }
    QStringList shown = titles();
    shown.sort();
    QCOMPARE(shown, (QStringList{u"B1"_s, u"B2"_s, u"Ett"_s}));
    QCOMPARE(m_store->sourceFiles().size(), 2);
    QVERIFY(ftsMatchesContent());
    ItemFilter stod;
    stod.categories = {u"Stöd"_s};
    QCOMPARE(m_store->itemCount(stod), 1); // B2; old.txt's two went

    // Without the cause, c.txt comes in on the next import; nothing else changes.
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"DROP TRIGGER boom"_s));
    }
    const ImportReport again = importFolder();
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.imported.size(), 1);
    QVERIFY(again.imported.first().endsWith(u"c.txt"_s));
    QCOMPARE(m_store->itemCount(), 6);
    QVERIFY(ftsMatchesContent());
}

void TestNewsStore::bulkImportRebuildsTheTitleIndex()
{
    auto titleIndex = [this] {
        QSqlQuery q(m_store->database());
        return q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'items_by_title'"_s) && q.next()
                ? q.value(0).toString().simplified()
                : QString();
    };
    const QString definition = titleIndex(); // as the migrations made it
    QVERIFY(definition.startsWith(u"CREATE INDEX items_by_title ON items"_s));
    writeListing(u"a.txt"_s, {{u"Östra"_s, u"Om öst."_s, u"Kultur"_s}, {u"alfa"_s, u"Om alfa."_s, u"Stöd"_s}});
    writeListing(u"b.txt"_s, {{u"Beta"_s, u"Om beta."_s, u"Kultur"_s}, {u"Ärlig"_s, u"Om ärlig."_s, u"Stöd"_s}});

    // A bulk import (here: any) writes the items without the title index ...
    QStringList indexDuringImport;
    {
        NewsImporter importer(*m_store);
        importer.setBulkItems(1);
        importer.setProgress([&](int done, int total, const QString &) {
            if (done >= 0 && done < total)
                indexDuringImport.append(titleIndex());
            return true;
        });
        QVERIFY(importer.importPaths({m_folder}).error.isEmpty());
    }
    // (dropped when the first changed file comes: after the progress of a.txt)
    QCOMPARE(indexDuringImport, (QStringList{definition, QString()}));
    // ... and builds the same index after the files.
    QCOMPARE(titleIndex(), definition);
    ItemFilter byTitle;
    byTitle.sort = ItemFilter::Sort::Title;
    QCOMPARE(titles(byTitle), (QStringList{u"alfa"_s, u"Beta"_s, u"Ärlig"_s, u"Östra"_s}));

    // A small import into a cache of more items keeps the index as it goes.
    writeListing(u"c.txt"_s, {{u"Gamma"_s, u"Om gamma."_s, u"Kultur"_s}});
    indexDuringImport.clear();
    {
        NewsImporter importer(*m_store);
        importer.setBulkItems(1);
        importer.setProgress([&](int done, int total, const QString &) {
            if (done >= 0 && done < total)
                indexDuringImport.append(titleIndex());
            return true;
        });
        QVERIFY(importer.importPaths({m_folder}).error.isEmpty());
    }
    QCOMPARE(indexDuringImport, QStringList(3, definition));

    // Files only touched (same bytes, new times) are no bulk import.
    for (const QString &name : {u"a.txt"_s, u"b.txt"_s, u"c.txt"_s})
        QVERIFY(setModified(filePath(name), QDateTime::fromSecsSinceEpoch(1'700'000'000)));
    indexDuringImport.clear();
    {
        NewsImporter importer(*m_store);
        importer.setBulkItems(1);
        importer.setProgress([&](int done, int total, const QString &) {
            if (done >= 0 && done <= total)
                indexDuringImport.append(titleIndex());
            return true;
        });
        const ImportReport report = importer.importPaths({m_folder});
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.skipped.size(), 3);
    }
    QCOMPARE(indexDuringImport, QStringList(4, definition));

    // An import that ended without it (a crash) leaves it to the next import.
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"DROP INDEX items_by_title"_s));
    }
    QVERIFY(importFolder().error.isEmpty());
    QCOMPARE(titleIndex(), definition);
    QCOMPARE(titles(byTitle), (QStringList{u"alfa"_s, u"Beta"_s, u"Gamma"_s, u"Ärlig"_s, u"Östra"_s}));
}

// a.txt with four items, imported; then a new item "Ny" at its top (not
// imported): every item moves to the listing key of the one after it.
void TestNewsStore::importThenPrepend()
{
    const QList<Item> items{{u"Alfa"_s, u"Om alfaord."_s, u"Kultur"_s},
                            {u"Beta"_s, u"Om betaord."_s, u"Stöd"_s},
                            {u"Gamma"_s, u"Om gammaord."_s, u"Kollektivtrafik"_s},
                            {u"Delta"_s, u"Om deltaord."_s, u"Kultur"_s}};
    writeListing(u"a.txt"_s, items);
    QVERIFY(importFolder().error.isEmpty());
    writeListing(u"a.txt"_s, QList<Item>{{u"Ny"_s, u"Om nyord."_s, u"Stöd"_s}} + items);
}

// A new item at the top of a file moves every other item to the key the item
// after it had: written a chunk at a time, the index must drop all old entries
// before any new one takes their keys.
void TestNewsStore::shiftedKeysAcrossIndexChunks()
{
    importThenPrepend();
    QVERIFY(!QTest::currentTestFailed());
    {
        NewsImporter importer(*m_store);
        importer.setIndexChunk(1);
        QVERIFY(importer.importPaths({m_folder}).error.isEmpty());
    }
    QVERIFY(ftsMatchesContent());
    for (const QString &word : {u"alfaord"_s, u"betaord"_s, u"gammaord"_s, u"deltaord"_s, u"nyord"_s}) {
        ItemFilter filter;
        filter.search = word + u' ';
        QCOMPARE(titles(filter).size(), 1);
    }
    ItemFilter two;
    two.categories = {u"Kultur"_s, u"Stöd"_s};
    QCOMPARE(titles(two), (QStringList{u"Ny"_s, u"Alfa"_s, u"Beta"_s, u"Delta"_s}));
}

// While an import's index entries wait, the old entries of queued items are
// not shown as the items that hold their keys now.
void TestNewsStore::staleEntriesAreLeftOut()
{
    importThenPrepend();
    QVERIFY(!QTest::currentTestFailed());
    writeListing(u"b.txt"_s, {{u"Sist"_s, u"Om sistord."_s, u"Kultur"_s}});
    QVERIFY(importFolderCancelledBefore(1).cancelled); // stop before b.txt
    QVERIFY(m_store->pendingIndexItems() > 0);
    // Alfa's entry is under the key Ny holds now: the hit is left out, not
    // shown as Ny; Alfa comes back when the queue is written.
    ItemFilter alfa;
    alfa.search = u"alfaord "_s;
    QCOMPARE(titles(alfa), QStringList());
    ItemFilter both;
    both.categories = {u"Kultur"_s, u"Stöd"_s};
    QCOMPARE(m_store->itemCount(both), qint64(titles(both).size()));

    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({m_folder});
    QVERIFY(report.changedCache());
    QVERIFY(ftsMatchesContent());
    QCOMPARE(titles(alfa), QStringList{u"Alfa"_s});
    QCOMPARE(titles(both).size(), 5);
}

// A second connection (the window's, the worker's) sees terms another
// connection's import brought, though it cached the prefix before.
void TestNewsStore::longPrefixSeesOtherConnectionsImport()
{
    writeListing(u"a.txt"_s, {{u"Spårvagnar i staden"_s, u"Text."_s, u"Kollektivtrafik"_s}});
    QVERIFY(importFolder().error.isEmpty());
    ItemFilter filter;
    filter.search = u"spårvagn"_s;
    QCOMPARE(m_store->itemCount(filter), 1);
    writeListing(u"b.txt"_s, {{u"Spårvagnsdepån byggs"_s, u"Text."_s, u"Kollektivtrafik"_s}});
    {
        NewsStore other;
        QVERIFY(other.open(m_store->path()));
        NewsImporter importer(other);
        QVERIFY(importer.importPaths({m_folder}).error.isEmpty());
    }
    QCOMPARE(m_store->itemCount(filter), 2);
    QCOMPARE(titles(filter).size(), 2);
}

// Writing the index stops after any chunk when the import is cancelled; what
// it leaves is consistent, and the next import finishes it.
void TestNewsStore::indexWritingCancelledBetweenChunks_data()
{
    QTest::addColumn<int>("chunksBeforeCancel");
    // With chunks of one item: four old entries go (pass 1), five items are indexed (pass 2).
    QTest::newRow("in the first pass") << 1;
    QTest::newRow("between the passes") << 4;
    QTest::newRow("in the second pass") << 6;
}

void TestNewsStore::indexWritingCancelledBetweenChunks()
{
    QFETCH(int, chunksBeforeCancel);
    importThenPrepend();
    QVERIFY(!QTest::currentTestFailed());
    {
        NewsImporter importer(*m_store);
        importer.setIndexChunk(1);
        int chunks = 0;
        importer.setProgress([&](int done, int, const QString &) { return done >= 0 || ++chunks < chunksBeforeCancel; });
        QVERIFY(importer.importPaths({m_folder}).cancelled);
    }
    QVERIFY(m_store->pendingIndexItems() > 0);
    // Whatever is found is the item it is, and counts match pages.
    for (const QString &word : {u"alfaord"_s, u"betaord"_s, u"gammaord"_s, u"deltaord"_s, u"nyord"_s}) {
        ItemFilter filter;
        filter.search = word + u' ';
        const QStringList found = titles(filter);
        QVERIFY(found.size() <= 1);
        if (!found.isEmpty())
            QVERIFY2(u"om "_s + word + u'.' == u"om "_s + found.first().toLower() + u"ord."_s, qPrintable(found.first()));
    }
    ItemFilter both;
    both.categories = {u"Kultur"_s, u"Stöd"_s};
    QCOMPARE(m_store->itemCount(both), qint64(titles(both).size()));
    QCOMPARE(m_store->itemCount(), 5);

    NewsImporter importer(*m_store);
    QVERIFY(importer.importPaths({}).changedCache());
    QCOMPARE(m_store->pendingIndexItems(), 0);
    QVERIFY(ftsMatchesContent());
    QCOMPARE(titles(both), (QStringList{u"Ny"_s, u"Alfa"_s, u"Beta"_s, u"Delta"_s}));
}

QTEST_GUILESS_MAIN(TestNewsStore)

#include "tst_newsstore.moc"
