#include "windowtestsupport.h"

#include "models/itemmodels/categorymodel.h"
#include "views/window/mainwindow.h"
#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace WindowTestSupport {

bool writeListing(const QString &path, const QList<Listed> &items)
{
    QByteArray text = "Nyheter\n\n";
    for (const Listed &item : items)
        text += u" \u2022 %1\n\n  %2\n\n  %3\n"_s.arg(item.title, item.summary, item.categories).toUtf8();
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit();
}

void isolate(const QString &settingsDir, const QString &applicationName)
{
    // Never touch the user's configuration.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QCoreApplication::setOrganizationName(u"newsdesk-tests"_s);
    QCoreApplication::setApplicationName(applicationName);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

qint64 importSample(const QString &cachePath, QString *error)
{
    NewsStore store;
    if (!store.open(cachePath)) {
        *error = store.errorString();
        return -1;
    }
    const ImportReport report = NewsImporter(store).importPaths(NewsImporter::sampleFiles());
    if (!report.error.isEmpty()) {
        *error = report.error;
        return -1;
    }
    return report.itemsTotal;
}

bool importMatches(const QString &cachePath, const QString &listingPath, int count)
{
    // The newest file, so its items list first, in file order.
    QList<Listed> items;
    for (int i = 0; i < count; ++i)
        items.append({u"Vattenfall nummer %1"_s.arg(i), u"Om vattenfall %1 i länet."_s.arg(i), u"Energi"_s});
    return importListing(cachePath, listingPath, items);
}

bool importListing(const QString &cachePath, const QString &listingPath, const QList<Listed> &items)
{
    NewsStore store;
    if (!writeListing(listingPath, items) || !store.open(cachePath))
        return false;
    NewsImporter importer(store);
    return importer.importPaths({listingPath}).error.isEmpty();
}

void search(MainWindow &window, const QString &text)
{
    auto *edit = window.findChild<QLineEdit *>(u"searchEdit"_s);
    edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool checkCategory(MainWindow &window, const QString &name, bool checked)
{
    auto *view = window.findChild<QListView *>(u"categoryView"_s);
    if (!view)
        return false;
    QAbstractItemModel *model = view->model();
    QModelIndexList found;
    const bool arrived = QTest::qWaitFor([&] {
        found = model->match(model->index(0, 0), CategoryModel::NameRole, name, 1, Qt::MatchExactly);
        return !found.isEmpty();
    }, 5000);
    return arrived && model->setData(found.first(), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

} // namespace WindowTestSupport
