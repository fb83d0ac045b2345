#pragma once

// What the store's tests (tst_newsstore, tst_newsimporter, ...) and the
// organising models' tests (tst_labelmodel, tst_savedviewmodel) share: a
// fresh cache and a news folder in a temporary folder per test, listings
// written into it, imports (the bundled sample too), labels and saved views
// made in it, and ways to look at the cache (its rows, its counts, its
// full-text index).

#include "models/importing/importreport.h"
#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"
#include "samplecounts.h"
#include "storeconnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

QByteArray listingBytes(const QList<QString> &lines);

// An item of a listing file as the tests write it.
struct ListingItem
{
    QString title;
    QString summary;
    QString categories; // the category line
};
// The bytes of a listing file of items (a heading, then each item).
QByteArray listingOf(const QList<ListingItem> &items);
QStringList sorted(QStringList list);
QString canonical(const QString &path);
QString sqlValue(const QVariant &value);

// The fixture; a test class derives from it and calls setUp() from init()
// and tearDown() from cleanup().
class StoreTestFixture
{
protected:
    void setUp();
    void tearDown();

    using Item = ListingItem;

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
    // setUp(), then the bundled sample imported (SampleCounts: 47 items).
    void setUpWithSample();

    // The items of one category.
    static ItemFilter category(const QString &name);
    // A label (color: "#rrggbb" or none) put on the items of filter on; its
    // id, 0 after a warning saying why it could not be made.
    qint64 label(const QString &name, const QString &color, const ItemFilter &on);
    // A saved view of filter; its id, 0 after a warning saying why not.
    qint64 saveView(const QString &name, const ItemFilter &filter);
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
