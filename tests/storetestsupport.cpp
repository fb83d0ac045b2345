#include "storetestsupport.h"

#include "models/importing/newsimporter.h"
#include "models/store/sqlite/searchindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

QByteArray listingBytes(const QList<QString> &lines)
{
    return lines.join(u'\n').toUtf8();
}

QByteArray listingOf(const QList<ListingItem> &items)
{
    QStringList lines{u"Nyheter"_s, QString()};
    for (const ListingItem &item : items) {
        lines.append(u" \u2022 "_s + item.title);
        lines.append(QString());
        if (!item.summary.isEmpty())
            lines += {u"  "_s + item.summary, QString()};
        if (!item.categories.isEmpty())
            lines.append(u"  "_s + item.categories);
    }
    return listingBytes(lines);
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

void StoreTestFixture::setUp()
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

void StoreTestFixture::tearDown()
{
    m_store.reset();
    m_dir.reset();
}

QString StoreTestFixture::filePath(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

bool StoreTestFixture::failAtThirdItem()
{
    QSqlQuery q(storeConnection(*m_store));
    return q.exec(u"CREATE TRIGGER boom BEFORE INSERT ON sources WHEN NEW.position = 3 "
                  u"BEGIN SELECT RAISE(ABORT, 'boom'); END"_s);
}

bool StoreTestFixture::setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

QString StoreTestFixture::writeBytes(const QString &name, const QByteArray &bytes)
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

QString StoreTestFixture::writeListing(const QString &name, const QList<Item> &items)
{
    return writeBytes(name, listingOf(items));
}

ImportReport StoreTestFixture::importFolder()
{
    NewsImporter importer(*m_store);
    return importer.importPaths({m_folder});
}

// The news folder, cancelled before its file number `file` (0-based).
ImportReport StoreTestFixture::importFolderCancelledBefore(int file)
{
    NewsImporter importer(*m_store);
    importer.setProgress([file](int done, int, const QString &) { return done < file; });
    return importer.importPaths({m_folder});
}

ImportReport StoreTestFixture::importSample()
{
    NewsImporter importer(*m_store);
    return importer.importPaths(NewsImporter::sampleFiles());
}

void StoreTestFixture::setUpWithSample()
{
    setUp();
    QVERIFY(m_store);
    QCOMPARE(importSample().itemsTotal, qint64(47));
}

ItemFilter StoreTestFixture::category(const QString &name)
{
    ItemFilter filter;
    filter.categories = {name};
    return filter;
}

qint64 StoreTestFixture::label(const QString &name, const QString &color, const ItemFilter &on)
{
    Label label;
    label.name = name;
    label.color = color;
    if (!m_store->createLabel(label)) {
        qWarning().noquote() << m_store->errorString();
        return 0;
    }
    MarkChange change;
    change.mark = MarkChange::Mark::Label;
    change.labelId = label.id;
    if (!m_store->setMarkWhere(on, change)) {
        qWarning().noquote() << m_store->errorString();
        return 0;
    }
    return label.id;
}

qint64 StoreTestFixture::saveView(const QString &name, const ItemFilter &filter)
{
    SavedView view;
    view.name = name;
    view.filter = filter;
    if (!m_store->saveView(view)) {
        qWarning().noquote() << m_store->errorString();
        return 0;
    }
    return view.id;
}

QStringList StoreTestFixture::titles(const ItemFilter &filter) const
{
    QStringList result;
    for (const NewsItem &item : m_store->items(m_store->itemIds(filter)))
        result.append(item.title);
    return result;
}

qint64 StoreTestFixture::idOf(const QString &title) const
{
    for (const NewsItem &item : m_store->items(m_store->itemIds()))
        if (item.title == title)
            return item.id;
    return 0;
}

QMap<QString, qint64> StoreTestFixture::counts(const ItemFilter &filter) const
{
    QMap<QString, qint64> result;
    for (const CategoryCount &c : m_store->categoryCounts(filter))
        result.insert(c.name, c.count);
    // The counts the imports keep must equal the links: a stale one shows up
    // as an extra entry, so every comparison of counts() also checks that.
    QSqlQuery q(storeConnection(*m_store));
    if (q.exec(u"SELECT count(*) FROM categories c WHERE item_count != "
               u"(SELECT count(*) FROM item_categories ic WHERE ic.category_id = c.id)"_s)
        && q.next() && q.value(0).toLongLong() != 0)
        result.insert(u"<stale item_count>"_s, q.value(0).toLongLong());
    return result;
}

// Every row of every table, sorted: two equal dumps are the same cache.
QStringList StoreTestFixture::dump() const
{
    QStringList result;
    const QStringList tables{u"files"_s, u"items"_s, u"sources"_s, u"categories"_s, u"item_categories"_s,
                             u"vocabulary"_s, u"item_state"_s};
    for (const QString &table : tables) {
        QSqlQuery q(storeConnection(*m_store));
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
QStringList StoreTestFixture::ftsTerms(const QString &table) const
{
    QSqlQuery q(storeConnection(*m_store));
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
bool StoreTestFixture::ftsMatchesContent()
{
    QSqlDatabase db = storeConnection(*m_store);
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

// a.txt with four items, imported; then a new item "Ny" at its top (not
// imported): every item moves to the listing key of the one after it.
void StoreTestFixture::importThenPrepend()
{
    const QList<Item> items{{u"Alfa"_s, u"Om alfaord."_s, u"Kultur"_s},
                            {u"Beta"_s, u"Om betaord."_s, u"Stöd"_s},
                            {u"Gamma"_s, u"Om gammaord."_s, u"Kollektivtrafik"_s},
                            {u"Delta"_s, u"Om deltaord."_s, u"Kultur"_s}};
    writeListing(u"a.txt"_s, items);
    QVERIFY(importFolder().error.isEmpty());
    writeListing(u"a.txt"_s, QList<Item>{{u"Ny"_s, u"Om nyord."_s, u"Stöd"_s}} + items);
}
