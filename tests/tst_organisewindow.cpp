// The organising features as a person meets them in the window: the label
// and save-view dialogs refuse bad names in words, a label made through the
// dialog filters the list from the label pane, a saved view is there when the
// window opens again, and Export/Import Your Data carries labels, notes and
// marks to a fresh cache.

#include "models/i18n/languagemanager.h"
#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/store/newsstore.h"
#include "views/dialogs/labeldialog.h"
#include "views/dialogs/saveviewdialog.h"
#include "views/panes/messagebar.h"
#include "views/panes/viewpane.h"
#include "views/window/mainwindow.h"
#include "views/window/statetransfer.h"
#include "windowtestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QTimer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestOrganiseWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void labelDialogRefusesBadNames_data();
    void labelDialogRefusesBadNames();
    void labelDialogTakesASwatch();
    void labelDialogKeepsItsOwnNameOnRename();
    void saveViewDialogSaysWhatTheViewHolds();
    void saveViewDialogAsksToReplace();
    void saveViewDialogRefusesBadNames_data();
    void saveViewDialogRefusesBadNames();

    void newLabelThroughTheDialogFiltersFromTheLabelPane();
    void savedViewIsThereWhenTheWindowOpensAgain();
    void exportAndImportYourData();
    void importOfADamagedFileSaysWhy();

private:
    QString cachePath(const QString &name = u"cache.sqlite"_s) const { return m_dir->filePath(name); }
    std::unique_ptr<MainWindow> makeWindow(const QString &cache);
    static NewsListModel *newsModel(MainWindow &window);
    static QListView *selectRows(MainWindow &window, int count);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageManager> m_languages;
};

namespace {

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Answers the next dialog of type T that opens modally (an exec() the window
// runs) with answer, which accepts or rejects it.
template <typename T>
void answerDialog(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace

void TestOrganiseWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_organisewindow"_s);
}

void TestOrganiseWindow::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOrganiseWindow::cleanup()
{
    m_languages.reset();
    m_dir.reset();
}

void TestOrganiseWindow::labelDialogRefusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << u"needs a name"_s;
    QTest::newRow("only spaces") << u"   "_s << u"needs a name"_s;
    QTest::newRow("too long") << QString(201, u'x') << u"at most 200"_s;
    QTest::newRow("taken") << u"Budget"_s << u"\u201CBudget\u201D already"_s;
    QTest::newRow("taken, other case and spaces") << u"  budget "_s << u"\u201Cbudget\u201D already"_s;
}

void TestOrganiseWindow::labelDialogRefusesBadNames()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    LabelDialog dialog({u"Budget"_s, u"Läs senare"_s});
    dialog.show();
    dialog.findChild<QLineEdit *>(u"labelNameEdit"_s)->setText(u"Fine"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.findChild<QLineEdit *>(u"labelNameEdit"_s)->setText(name);
    QVERIFY(!okButton(dialog)->isEnabled());
    auto *message = dialog.findChild<QLabel *>(u"labelDialogMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(says), qPrintable(message->text()));
    QCOMPARE(dialog.refusal(), message->text());
    // 200 characters exactly are fine.
    dialog.findChild<QLineEdit *>(u"labelNameEdit"_s)->setText(QString(200, u'x'));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!message->isVisible());
}

void TestOrganiseWindow::labelDialogTakesASwatch()
{
    LabelDialog dialog({});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"labelNameEdit"_s), u"  Las   senare <b>&"_s);
    auto *third = dialog.findChild<QToolButton *>(u"labelColour3"_s);
    QVERIFY(third);
    QVERIFY(!third->accessibleName().isEmpty());
    QTest::mouseClick(third, Qt::LeftButton);
    QVERIFY(third->isChecked());
    QVERIFY(!dialog.findChild<QToolButton *>(u"labelColour1"_s)->isChecked());
    const Label label = dialog.label();
    QCOMPARE(label.name, u"Las senare <b>&"_s); // normalised, kept as typed
    QCOMPARE(label.color, QString::fromLatin1(Label::Palette.at(2)));
    // A colour off the palette checks no swatch.
    dialog.setColor(u"#123456"_s);
    QCOMPARE(dialog.label().color, u"#123456"_s);
    for (int i = 1; i <= 9; ++i)
        QVERIFY(!dialog.findChild<QToolButton *>(u"labelColour%1"_s.arg(i))->isChecked());
    QVERIFY(!dialog.findChild<QPushButton *>(u"labelColourOther"_s)->icon().isNull());
}

void TestOrganiseWindow::labelDialogKeepsItsOwnNameOnRename()
{
    LabelDialog dialog({u"Budget"_s, u"Resor"_s});
    const QString blue = QString::fromLatin1(Label::Palette.at(5));
    dialog.setLabel({.id = 7, .name = u"Budget"_s, .color = blue, .position = 2});
    dialog.show();
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.label().id, 7);
    QCOMPARE(dialog.label().position, 2);
    QCOMPARE(dialog.label().color, blue);
    QVERIFY(dialog.findChild<QToolButton *>(u"labelColour6"_s)->isChecked());
    dialog.setName(u"Resor"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestOrganiseWindow::saveViewDialogSaysWhatTheViewHolds()
{
    ItemFilter filter;
    filter.categories = {u"Kultur"_s};
    filter.unreadOnly = true;
    filter.ids = {1, 2, 3};
    SaveViewDialog dialog(filter, {});
    dialog.show();
    const QString shown = dialog.findChild<QLabel *>(u"saveViewDescription"_s)->text();
    QVERIFY2(shown.contains(u"Kultur"_s) && shown.contains(u"unread"_s), qPrintable(shown));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.setName(u"  Oläst   kultur "_s);
    QVERIFY(okButton(dialog)->isEnabled());
    const SavedView view = dialog.view();
    QCOMPARE(view.id, 0);
    QCOMPARE(view.name, u"Oläst kultur"_s);
    QCOMPARE(view.filter.categories, filter.categories);
    QVERIFY(view.filter.unreadOnly);
    QVERIFY(view.filter.ids.isEmpty()); // a view is a filter, never a list of items
}

void TestOrganiseWindow::saveViewDialogAsksToReplace()
{
    SavedView old;
    old.id = 4;
    old.name = u"Kultur"_s;
    old.position = 1;
    SaveViewDialog dialog({}, {old});
    dialog.show();
    dialog.setName(u"kultur"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.replacedId(), 4);
    QVERIFY2(dialog.message().contains(u"Replace"_s), qPrintable(dialog.message()));
    QVERIFY(okButton(dialog)->text().contains(u"Replace"_s));
    QCOMPARE(dialog.view().id, 4);
    QCOMPARE(dialog.view().position, 1);
    dialog.setName(u"Ekonomi"_s);
    QCOMPARE(dialog.replacedId(), 0);
    QVERIFY(dialog.message().isEmpty());
}

void TestOrganiseWindow::saveViewDialogRefusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u" \t "_s;
    QTest::newRow("too long") << QString(10000, u'v');
}

void TestOrganiseWindow::saveViewDialogRefusesBadNames()
{
    QFETCH(QString, name);
    SaveViewDialog dialog({}, {});
    dialog.show();
    dialog.setName(name);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(u"saveViewMessage"_s)->isVisible());
}

std::unique_ptr<MainWindow> TestOrganiseWindow::makeWindow(const QString &cache)
{
    auto window = std::make_unique<MainWindow>(cache);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

NewsListModel *TestOrganiseWindow::newsModel(MainWindow &window)
{
    return qobject_cast<NewsListModel *>(window.findChild<QListView *>(u"newsView"_s)->model());
}

QListView *TestOrganiseWindow::selectRows(MainWindow &window, int count)
{
    auto *list = window.findChild<QListView *>(u"newsView"_s);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    list->selectionModel()->select(QItemSelection(list->model()->index(0, 0), list->model()->index(count - 1, 0)),
                                   QItemSelectionModel::ClearAndSelect);
    return list;
}

void TestOrganiseWindow::newLabelThroughTheDialogFiltersFromTheLabelPane()
{
    QString error;
    QCOMPARE(WindowTestSupport::importSample(cachePath(), &error), 47);
    auto window = makeWindow(cachePath());
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    selectRows(*window, 3);
    const QString green = QString::fromLatin1(Label::Palette.at(3));
    answerDialog<LabelDialog>([](LabelDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"labelNameEdit"_s)->setText(u"Budget"_s);
        dialog->findChild<QToolButton *>(u"labelColour4"_s)->click();
        okButton(*dialog)->click();
    });
    window->findChild<QAction *>(u"newLabelAction"_s)->trigger();
    auto *labels = window->findChild<ReaderSession *>()->labelModel();
    QTRY_COMPARE(labels->rowCount(), 1);
    QCOMPARE(labels->labels().first().name, u"Budget"_s);
    QCOMPARE(labels->labels().first().color, green);
    // Made from the Labels menu with items selected: they carry it.
    for (int row = 0; row < 3; ++row)
        QTRY_COMPARE(newsModel(*window)->index(row).data(NewsListModel::LabelsRole).toStringList(),
                     QStringList{u"Budget"_s});
    QTRY_VERIFY(window->findChild<QAction *>(u"toggleLabel1Action"_s)->isVisible());
    QCOMPARE(window->findChild<QAction *>(u"toggleLabel1Action"_s)->text(), u"&1 Budget"_s);
    // The label pane filters by it.
    auto *labelList = window->findChild<QListView *>(u"labelList"_s);
    QVERIFY(labelList);
    QTRY_COMPARE(labelList->model()->rowCount(), 1);
    QVERIFY(labelList->model()->setData(labelList->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE(newsModel(*window)->rowCount(), 3);
    QVERIFY(labelList->model()->setData(labelList->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    // A second label of the same name is refused in the dialog, which is cancelled.
    bool refused = false;
    answerDialog<LabelDialog>([&refused](LabelDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"labelNameEdit"_s)->setText(u"budget"_s);
        refused = !okButton(*dialog)->isEnabled() && !dialog->refusal().isEmpty();
        dialog->reject();
    });
    window->findChild<QAction *>(u"newLabelAction"_s)->trigger();
    QTRY_VERIFY(refused);
    QCOMPARE(labels->rowCount(), 1);
}

void TestOrganiseWindow::savedViewIsThereWhenTheWindowOpensAgain()
{
    QString error;
    QCOMPARE(WindowTestSupport::importSample(cachePath(), &error), 47);
    qint64 viewId = 0;
    int shown = 0;
    {
        auto window = makeWindow(cachePath());
        QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
        WindowTestSupport::search(*window, u"Roslagsbanan"_s);
        QTRY_COMPARE(newsModel(*window)->rowCount(), 1);
        shown = newsModel(*window)->rowCount();
        QString description;
        answerDialog<SaveViewDialog>([&description](SaveViewDialog *dialog) {
            description = dialog->findChild<QLabel *>(u"saveViewDescription"_s)->text();
            dialog->setName(u"Pendeltåg"_s);
            okButton(*dialog)->click();
        });
        window->findChild<QAction *>(u"saveViewAction"_s)->trigger();
        QVERIFY2(description.contains(u"Roslagsbanan"_s), qPrintable(description));
        SavedViewModel *views = window->findChild<ReaderSession *>()->savedViewModel();
        QTRY_COMPARE(views->rowCount(), 2); // the view and "Hidden"
        QCOMPARE(views->viewAt(0).name, u"Pendeltåg"_s);
        viewId = views->viewAt(0).id;
        QTRY_COMPARE(window->findChild<ViewPane *>()->currentView(), viewId);
        QTRY_VERIFY(window->findChild<QAction *>(u"updateViewAction"_s)->isEnabled());
        window->close();
    }
    auto window = makeWindow(cachePath());
    SavedViewModel *views = window->findChild<ReaderSession *>()->savedViewModel();
    QTRY_COMPARE(views->rowCount(), 2);
    QCOMPARE(views->viewAt(0).name, u"Pendeltåg"_s);
    QCOMPARE(views->viewAt(0).filter.search, u"Roslagsbanan"_s);
    // The view shown when the window closed is shown again.
    QTRY_COMPARE(window->findChild<ViewPane *>()->currentView(), viewId);
    QTRY_COMPARE(newsModel(*window)->rowCount(), shown);
}

void TestOrganiseWindow::exportAndImportYourData()
{
    QString error;
    QCOMPARE(WindowTestSupport::importSample(cachePath(), &error), 47);
    QCOMPARE(WindowTestSupport::importSample(cachePath(u"other.sqlite"_s), &error), 47);
    const QString file = m_dir->filePath(u"my data.json"_s);
    QByteArray key;
    {
        NewsStore store;
        QVERIFY(store.open(cachePath()));
        const QList<qint64> ids = store.itemIds();
        QVERIFY(ids.size() == 47);
        Label label;
        label.name = u"Läs senare"_s;
        QVERIFY(store.createLabel(label));
        MarkChange change;
        change.mark = MarkChange::Mark::Label;
        change.labelId = label.id;
        ItemFilter first;
        first.ids = {ids.at(0), ids.at(1)};
        QVERIFY(store.setMarkWhere(first, change));
        QVERIFY(store.setNote(ids.at(0), u"<b>inte fetstil</b>"_s));
        QVERIFY(store.setStarred({ids.at(2)}, true));
    }
    {
        auto window = makeWindow(cachePath());
        QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
        auto *transfer = window->findChild<StateTransfer *>();
        QVERIFY(transfer);
        QSignalSpy finished(transfer, &StateTransfer::finished);
        QVERIFY(finished.isValid());
        transfer->exportTo(file);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(file));
        QVERIFY(window->findChild<MessageBar *>()->text().contains(u"my data.json"_s));
    }
    auto window = makeWindow(cachePath(u"other.sqlite"_s));
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    auto *transfer = window->findChild<StateTransfer *>();
    QSignalSpy finished(transfer, &StateTransfer::finished);
    transfer->importFrom(file);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString said = window->findChild<MessageBar *>()->text();
    QVERIFY2(said.contains(u"Merged"_s) && said.contains(u"1 new label"_s), qPrintable(said));
    auto *labels = window->findChild<ReaderSession *>()->labelModel();
    QTRY_COMPARE(labels->rowCount(), 1);
    QCOMPARE(labels->labels().first().name, u"Läs senare"_s);
    QTRY_COMPARE(newsModel(*window)->index(0).data(NewsListModel::LabelsRole).toStringList(),
                 QStringList{u"Läs senare"_s});
    QCOMPARE(newsModel(*window)->index(0).data(NewsListModel::NoteRole).toString(), u"<b>inte fetstil</b>"_s);
    QVERIFY(newsModel(*window)->index(2).data(NewsListModel::StarredRole).toBool());
}

void TestOrganiseWindow::importOfADamagedFileSaysWhy()
{
    QString error;
    QCOMPARE(WindowTestSupport::importSample(cachePath(), &error), 47);
    const QString file = m_dir->filePath(u"broken.json"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": \"newsdesk-state\",\n \"version\": 1,\n \"labels\": [\n");
    }
    auto window = makeWindow(cachePath());
    QTRY_COMPARE(newsModel(*window)->rowCount(), 47);
    auto *transfer = window->findChild<StateTransfer *>();
    QSignalSpy finished(transfer, &StateTransfer::finished);
    transfer->importFrom(file);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    auto *bar = window->findChild<MessageBar *>();
    QVERIFY2(bar->text().contains(u"broken.json"_s), qPrintable(bar->text()));
    QVERIFY2(bar->details().join(u' ').contains(u"broken.json"_s), qPrintable(bar->details().join(u' ')));
}

QTEST_MAIN(TestOrganiseWindow)
#include "tst_organisewindow.moc"
