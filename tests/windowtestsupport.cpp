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

QPalette WindowTestSupport::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::Light, QColor(0x50, 0x52, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x45, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2e, 0x31));
    p.setColor(QPalette::Dark, QColor(0x23, 0x24, 0x27));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x77, 0x77));
    return p;
}
