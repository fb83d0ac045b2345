// Export, print and copy from the reader window (issue 4): the real
// MainWindow on a cache filled from the sample listings, items selected in the
// news view, the export dialog filled in and accepted without a person, the
// export run on its worker, and the written file read back.

#include "models/itemmodels/categorymodel.h"
#include "views/controllers/exportcontroller.h"
#include "views/dialogs/exportdialog.h"
#include "models/i18n/languagemanager.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"
#include "models/importing/newsimporter.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/store/newsstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using WindowTestSupport::checkCategory;
using WindowTestSupport::Listed;
using WindowTestSupport::importListing;

namespace {

// The records of a CSV file (RFC 4180 quoting, CRLF rows, a UTF-8 BOM).
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// The ids of an exported CSV or JSON file, in file order.
QList<qint64> exportedIds(const QString &path)
{
    QList<qint64> ids;
    if (path.endsWith(u".csv"_s)) {
        const QList<QStringList> records = readCsv(path);
        for (qsizetype i = 1; i < records.size(); ++i)
            ids.append(records.at(i).value(0).toLongLong());
        return ids;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : array)
        ids.append(value.toObject().value(u"id"_s).toInteger());
    return ids;
}

QString squeezed(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionsAreInTheMenus();
    void exportsTheSelectedItemsInListOrder_data();
    void exportsTheSelectedItemsInListOrder();
    void exportsTheShownItemsWhenNothingIsSelected();
    void exportsAllItems();
    void dialogOpensAtOnceAndCountsTheShownItemsLater();
    void shownItemsAreReadByTheJobNotTheWindow();
    void dialogSuffixFollowsTheFormatAndIsRemembered();
    void cancellingTheDialogWritesNothing();
    void fieldCheckboxesReachTheExportAndAreRemembered();
    void cancellingTheExportLeavesNoFile();
    void unwritableDestinationShowsTheErrorAndWritesNothing();
    void copyPutsTextAndEscapedHtmlOnTheClipboard();
    void copyKeyInTheSearchBoxCopiesItsText();
    void printOpensThePrintDialog();
    void printsToAPdfFile();
    void printingToAnUnwritableFileFails();
    void dialogLooksTidy();
    void textsFollowALanguageSwitch();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    static NewsListModel *newsModel(MainWindow &window);
    static QListView *newsView(MainWindow &window);
    static ExportController *controller(MainWindow &window);
    static void selectRows(MainWindow &window, const QList<int> &rows);
    static ExportDialog *openDialog(MainWindow &window);
    // A window whose list shows a search with Matches matches that the worker
    // is still counting, nothing selected (so "the shown items").
    static constexpr int Matches = 300;
    std::unique_ptr<MainWindow> windowCountingASearch();
    // Accepts the dialog with its Export button and waits for the export.
    static bool runDialog(MainWindow &window, ExportDialog *dialog, ExportResult *result);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_exportwindow"_s);
}

void TestExportWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QCOMPARE(WindowTestSupport::importSample(cachePath(), &error), 47);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestExportWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestExportWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(cachePath());
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    // Categories are counted on the window's reader thread (row 0 is "all").
    if (!QTest::qWaitFor([&] { return window->findChild<CategoryModel *>()->rowCount() > 1; }, 10000))
        qWarning("no categories");
    return window;
}

NewsListModel *TestExportWindow::newsModel(MainWindow &window)
{
    return qobject_cast<NewsListModel *>(newsView(window)->model());
}

QListView *TestExportWindow::newsView(MainWindow &window)
{
    return window.findChild<QListView *>(u"newsView"_s);
}

ExportController *TestExportWindow::controller(MainWindow &window)
{
    return window.findChild<ExportController *>();
}


// Clicks the rows as a person would: the first one, then Ctrl+click the rest.
void TestExportWindow::selectRows(MainWindow &window, const QList<int> &rows)
{
    QListView *view = newsView(window);
    NewsListModel *model = newsModel(window);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QModelIndex index = model->index(rows.at(i));
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          view->visualRect(index).center());
    }
}

ExportDialog *TestExportWindow::openDialog(MainWindow &window)
{
    QAction *action = window.findChild<QAction *>(u"exportAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return controller(window)->dialog();
}

bool TestExportWindow::runDialog(MainWindow &window, ExportDialog *dialog, ExportResult *result)
{
    ExportController *exports = controller(window);
    bool done = false;
    const QMetaObject::Connection connection =
            connect(exports, &ExportController::finished, exports, [&](const ExportResult &r) {
                *result = r;
                done = true;
            });
    QPushButton *button = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    const bool finished = QTest::qWaitFor([&] { return done; }, 20000);
    disconnect(connection);
    return finished;
}

// ---------------------------------------------------------------------------

void TestExportWindow::actionsAreInTheMenus()
{
    auto window = makeWindow();
    auto *exportAction = window->findChild<QAction *>(u"exportAction"_s);
    auto *printAction = window->findChild<QAction *>(u"printAction"_s);
    auto *copyAction = window->findChild<QAction *>(u"copyAction"_s);
    QVERIFY(exportAction && printAction && copyAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(printAction->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(copyAction->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(exportAction->text(), u"&Export…"_s);
    QCOMPARE(printAction->text(), u"&Print…"_s);
    QCOMPARE(copyAction->text(), u"&Copy"_s);

    // File holds Export and Print (just before Quit); Edit holds Copy.
    const auto menuTitles = [](QAction *action) {
        QStringList titles;
        for (QObject *object : action->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(object))
                titles.append(menu->title());
        }
        return titles;
    };
    QCOMPARE(menuTitles(exportAction).size(), 1);
    QCOMPARE(menuTitles(exportAction), menuTitles(printAction));
    QVERIFY(menuTitles(exportAction) != menuTitles(copyAction));
    auto *file = qobject_cast<QMenu *>(exportAction->associatedObjects().value(0));
    QVERIFY(file);
    const QList<QAction *> fileActions = file->actions();
    const qsizetype exportAt = fileActions.indexOf(exportAction);
    QCOMPARE(fileActions.value(exportAt + 1), printAction);
    // Quit is last, after a separator.
    QVERIFY(fileActions.value(fileActions.size() - 2)->isSeparator());
    QVERIFY(fileActions.constLast()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Copy acts where the news list has the focus.
    QVERIFY(newsView(*window)->actions().contains(copyAction));
    QCOMPARE(copyAction->shortcutContext(), Qt::WidgetWithChildrenShortcut);
}

void TestExportWindow::exportsTheSelectedItemsInListOrder_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("json") << u"json"_s;
}

void TestExportWindow::exportsTheSelectedItemsInListOrder()
{
    QFETCH(QString, format);
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    // Clicked out of order: the export follows the list, not the clicks.
    selectRows(*window, {9, 2, 5});
    const QList<qint64> expected{model->idAt(2), model->idAt(5), model->idAt(9)};
    QCOMPARE(window->selectedIds(), expected);

    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->items(), ExportDialog::Items::Selected);
    const QString summary = dialog->findChild<QLabel *>(u"exportSummaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"Export 3 selected item"_s), qPrintable(summary));
    QVERIFY(dialog->findChild<QRadioButton *>(u"exportSelectedRadio"_s)->text().contains(u"(3)"_s));
    QVERIFY(dialog->findChild<QRadioButton *>(u"exportShownRadio"_s)->text().contains(u"(47)"_s));

    const QString path = m_dir->filePath(u"chosen."_s + format);
    dialog->setFormat(format);
    dialog->setDestination(path);
    ExportResult result;
    QVERIFY(runDialog(*window, dialog, &result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.itemCount, 3);
    QVERIFY(QFile::exists(path));
    QCOMPARE(exportedIds(path), expected);
    const QString status = window->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Exported 3 item"_s) && status.contains(QDir::toNativeSeparators(path)),
             qPrintable(status));
    // The dialog is gone; the window is usable again.
    QTRY_VERIFY(!controller(*window)->dialog());
    QVERIFY(window->findChild<QAction *>(u"exportAction"_s)->isEnabled());
}

void TestExportWindow::exportsTheShownItemsWhenNothingIsSelected()
{
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    QVERIFY(checkCategory(*window, u"Kultur"_s));
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(window->selectedIds().isEmpty());

    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->items(), ExportDialog::Items::Shown);
    QVERIFY(!dialog->findChild<QRadioButton *>(u"exportSelectedRadio"_s)->isEnabled());
    const QString summary = dialog->findChild<QLabel *>(u"exportSummaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"Export 4 shown item"_s), qPrintable(summary));

    const QString path = m_dir->filePath(u"kultur.json"_s);
    dialog->setFormat(u"json"_s);
    dialog->setDestination(path);
    ExportResult result;
    QVERIFY(runDialog(*window, dialog, &result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(exportedIds(path), model->ids());
    QCOMPARE(exportedIds(path).size(), 4);

    // The same as CSV, through the dialog again.
    dialog = openDialog(*window);
    QVERIFY(dialog);
    const QString csv = m_dir->filePath(u"kultur.csv"_s);
    dialog->setFormat(u"csv"_s);
    dialog->setDestination(csv);
    QVERIFY(runDialog(*window, dialog, &result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(exportedIds(csv), model->ids());
    const QList<QStringList> records = readCsv(csv);
    QCOMPARE(records.size(), 5);
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY2(records.at(i).join(u'|').contains(u"Kultur"_s), qPrintable(records.at(i).join(u'|')));
}

void TestExportWindow::exportsAllItems()
{
    auto window = makeWindow();
    QVERIFY(checkCategory(*window, u"Kultur"_s));
    selectRows(*window, {1});
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    dialog->setItems(ExportDialog::Items::All);
    const QString summary = dialog->findChild<QLabel *>(u"exportSummaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"47"_s), qPrintable(summary));
    dialog->setIncludeSummary(false);
    dialog->setIncludeSources(false);
    const QString path = m_dir->filePath(u"all.json"_s);
    dialog->setDestination(path);
    ExportResult result;
    QVERIFY(runDialog(*window, dialog, &result));
    QVERIFY2(result.ok(), qPrintable(result.error));

    NewsStore store;
    QVERIFY(store.open(cachePath()));
    QCOMPARE(exportedIds(path), store.itemIds());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject first = QJsonDocument::fromJson(file.readAll()).array().first().toObject();
    QVERIFY(first.contains(u"title"_s));
    QVERIFY(!first.contains(u"summary"_s));
    QVERIFY(!first.contains(u"sources"_s));
}

std::unique_ptr<MainWindow> TestExportWindow::windowCountingASearch()
{
    if (!WindowTestSupport::importMatches(cachePath(), m_dir->filePath(u"vattenfall.txt"_s), Matches))
        return nullptr;
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    if (!QTest::qWaitFor([&] { return model->rowCount() == 47 + Matches; }, 10000))
        return nullptr;
    WindowTestSupport::search(*window, u"vattenfall"_s);
    newsView(*window)->clearSelection(); // the shown items, then
    return model->isCounting() ? std::move(window) : nullptr;
}

void TestExportWindow::dialogOpensAtOnceAndCountsTheShownItemsLater()
{
    // A search with more matches than the list reads at once: the worker
    // counts them. The dialog opens without waiting for it, says it is
    // counting, and fills the count in when it comes.
    auto window = windowCountingASearch();
    QVERIFY(window);
    NewsListModel *model = newsModel(*window);
    QSignalSpy counted(model, &NewsListModel::countReady);
    QVERIFY(counted.isValid());

    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(model->isCounting()); // the count was not waited for
    QCOMPARE(counted.size(), 0);
    QCOMPARE(dialog->items(), ExportDialog::Items::Shown);
    QVERIFY(!dialog->count(ExportDialog::Items::Shown));
    auto *shownRadio = dialog->findChild<QRadioButton *>(u"exportShownRadio"_s);
    auto *summary = dialog->findChild<QLabel *>(u"exportSummaryLabel"_s);
    QVERIFY(shownRadio->isEnabled());
    QVERIFY2(shownRadio->text().contains(u"counting"_s), qPrintable(shownRadio->text()));
    QVERIFY2(summary->text().contains(u"counting"_s), qPrintable(summary->text()));

    QVERIFY(counted.wait());
    QCOMPARE(dialog->count(ExportDialog::Items::Shown).value_or(-1), qsizetype(Matches));
    QVERIFY2(shownRadio->text().contains(u"(300)"_s), qPrintable(shownRadio->text()));
    QVERIFY2(summary->text().startsWith(u"Export 300 shown item"_s), qPrintable(summary->text()));
    QCOMPARE(dialog->items(), ExportDialog::Items::Shown);

    // And every one of them is exported.
    ExportResult result;
    dialog->setDestination(m_dir->filePath(u"vattenfall.csv"_s));
    QVERIFY(runDialog(*window, dialog, &result));
    QCOMPARE(result.itemCount, Matches);
}

void TestExportWindow::shownItemsAreReadByTheJobNotTheWindow()
{
    // Export the shown items before the worker has counted them or sent their
    // ids: the window does not read every id on the GUI thread (the job reads
    // them by the list's filter), and every match is exported in list order.
    auto window = windowCountingASearch();
    QVERIFY(window);
    NewsListModel *model = newsModel(*window);
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->items(), ExportDialog::Items::Shown);
    dialog->setFormat(u"csv"_s);
    dialog->setDestination(m_dir->filePath(u"shown.csv"_s));

    ExportController *exports = controller(*window);
    QSignalSpy finished(exports, &ExportController::finished);
    QVERIFY(finished.isValid());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!model->isComplete()); // no id list read here
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<ExportResult>();
    QCOMPARE(result.status, ExportResult::Status::Finished);
    QCOMPARE(result.itemCount, Matches);
    QFile csv(m_dir->filePath(u"shown.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), Matches + 1); // and a header
    QTRY_VERIFY(model->isComplete());
    QVERIFY(lines.at(1).contains(model->index(0).data(NewsListModel::TitleRole).toString().toUtf8()));
}

void TestExportWindow::dialogSuffixFollowsTheFormatAndIsRemembered()
{
    auto window = makeWindow();
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    const QString base = m_dir->filePath(u"notes"_s);
    dialog->setFormat(u"csv"_s);
    dialog->setDestination(base + u".csv"_s);
    dialog->setFormat(u"md"_s);
    QCOMPARE(QDir::fromNativeSeparators(dialog->destination()), base + u".md"_s);
    dialog->setFormat(u"pdf"_s);
    QCOMPARE(QDir::fromNativeSeparators(dialog->destination()), base + u".pdf"_s);
    // A name typed with a known suffix chooses the format.
    dialog->setDestination(base + u".json"_s);
    QCOMPARE(dialog->format(), u"json"_s);
    auto *combo = dialog->findChild<QComboBox *>(u"exportFormatCombo"_s);
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentText(), u"JSON"_s);

    ExportResult result;
    QVERIFY(runDialog(*window, dialog, &result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(QFile::exists(base + u".json"_s));

    // The next dialog starts in the same folder with the same format.
    dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->format(), u"json"_s);
    QCOMPARE(QFileInfo(QDir::fromNativeSeparators(dialog->destination())).absolutePath(),
             QFileInfo(base).absolutePath());
    QVERIFY(dialog->destination().endsWith(u".json"_s));
    dialog->reject();
}

void TestExportWindow::fieldCheckboxesReachTheExportAndAreRemembered()
{
    auto window = makeWindow();
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QList<QCheckBox *> checks;
    for (const QString &name : {u"exportFieldRead"_s, u"exportFieldStarred"_s, u"exportFieldLabels"_s,
                                u"exportFieldNote"_s}) {
        auto *check = dialog->findChild<QCheckBox *>(name);
        QVERIFY2(check, qPrintable(name));
        QVERIFY(check->isVisible());
        QVERIFY(!check->accessibleName().isEmpty());
        QVERIFY(!check->isChecked()); // no fields until a person chooses them
        checks.append(check);
    }
    QCOMPARE(dialog->fields(), ExportFields());

    // A listing file holds only the source format: the fields are disabled.
    dialog->setFormat(u"txt"_s);
    for (QCheckBox *check : std::as_const(checks))
        QVERIFY(!check->isEnabled());
    dialog->setFormat(u"csv"_s);
    for (QCheckBox *check : std::as_const(checks))
        QVERIFY(check->isEnabled());

    QTest::mouseClick(checks.at(0), Qt::LeftButton, {}, QPoint(8, checks.at(0)->height() / 2));
    QTest::mouseClick(checks.at(2), Qt::LeftButton, {}, QPoint(8, checks.at(2)->height() / 2));
    QCOMPARE(dialog->fields().toString(), u"read,labels"_s);
    dialog->setItems(ExportDialog::Items::All);
    const QString path = m_dir->filePath(u"fields.csv"_s);
    dialog->setDestination(path);
    ExportResult result;
    QVERIFY(runDialog(*window, dialog, &result));
    QVERIFY2(result.ok(), qPrintable(result.error));

    // ExportController passed them through the job: the CSV has their columns.
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 48);
    QCOMPARE(records.first().mid(records.first().size() - 2), (QStringList{u"read"_s, u"labels"_s}));
    for (qsizetype i = 1; i < records.size(); ++i)
        QCOMPARE(records.at(i).at(records.at(i).size() - 2), u"false"_s); // nothing read yet

    // Remembered: the next dialog (and print) starts with them.
    QCOMPARE(QSettings().value(u"export/fields"_s).toString(), u"read,labels"_s);
    QCOMPARE(ExportDialog::rememberedFields().toString(), u"read,labels"_s);
    dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->fields().toString(), u"read,labels"_s);
    QVERIFY(dialog->findChild<QCheckBox *>(u"exportFieldRead"_s)->isChecked());
    QVERIFY(!dialog->findChild<QCheckBox *>(u"exportFieldNote"_s)->isChecked());
    // A setting this version cannot read chooses no fields.
    QSettings().setValue(u"export/fields"_s, u"read,colour"_s);
    QCOMPARE(ExportDialog::rememberedFields(), ExportFields());
    dialog->reject();
}

void TestExportWindow::cancellingTheDialogWritesNothing()
{
    auto window = makeWindow();
    selectRows(*window, {0, 1, 2});
    QSignalSpy started(controller(*window), &ExportController::started);
    QVERIFY(started.isValid());
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    dialog->setDestination(m_dir->filePath(u"never.csv"_s));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!controller(*window)->dialog());
    QCOMPARE(started.count(), 0);
    QVERIFY(!QFile::exists(m_dir->filePath(u"never.csv"_s)));
}

void TestExportWindow::cancellingTheExportLeavesNoFile()
{
    auto window = makeWindow();
    ExportController *exports = controller(*window);
    QAction *exportAction = window->findChild<QAction *>(u"exportAction"_s);
    QAction *printAction = window->findChild<QAction *>(u"printAction"_s);
    // Cancel with the progress dialog's button as soon as the export starts:
    // the worker must see it before it writes the first page.
    bool busyWhileRunning = false;
    connect(exports, &ExportController::started, this, [&] {
        busyWhileRunning = exports->isBusy() && !exportAction->isEnabled() && !printAction->isEnabled();
        auto *progress = window->findChild<QProgressDialog *>(u"exportProgress"_s);
        QVERIFY(progress);
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
    });

    QTemporaryDir out;
    QVERIFY(out.isValid());
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    dialog->setFormat(u"csv"_s);
    dialog->setDestination(out.filePath(u"cancelled.csv"_s));
    ExportResult result;
    QVERIFY(runDialog(*window, dialog, &result));
    QVERIFY(busyWhileRunning);
    QVERIFY(result.isCancelled());
    QVERIFY(!QFile::exists(out.filePath(u"cancelled.csv"_s)));
    // Not even QSaveFile's temporary file is left.
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    const QString status = window->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(status.contains(u"cancelled"_s), qPrintable(status));
    QVERIFY(!exports->isBusy());
    QVERIFY(exportAction->isEnabled());
    QTRY_VERIFY(!window->findChild<QProgressDialog *>(u"exportProgress"_s));
}

void TestExportWindow::unwritableDestinationShowsTheErrorAndWritesNothing()
{
    // A "folder" that is a file cannot hold anything, not even for root.
    const QString notAFolder = m_dir->filePath(u"plain-file"_s);
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QString path = notAFolder + u"/out.csv"_s;
    auto window = makeWindow();
    selectRows(*window, {0, 1, 2});
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    dialog->setDestination(path);
    ExportResult result;
    QVERIFY(runDialog(*window, dialog, &result));
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY(!result.error.isEmpty());

    QTRY_VERIFY(window->findChild<QMessageBox *>(u"exportErrorBox"_s));
    auto *box = window->findChild<QMessageBox *>(u"exportErrorBox"_s);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
    QVERIFY(!box->informativeText().isEmpty());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    box->accept();
    QVERIFY(!QFileInfo::exists(path));
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("x"));
    QCOMPARE(QDir(m_dir->path()).entryList({u"plain-file*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"plain-file"_s});
}

void TestExportWindow::copyPutsTextAndEscapedHtmlOnTheClipboard()
{
    const QString script = u"<script>alert(1)</script> & <b>fet</b>"_s;
    const QString listing = m_dir->filePath(u"html.txt"_s);
    QVERIFY(importListing(cachePath(), listing, {{u"Första kopierade"_s, u"Stycke med <i>taggar</i>."_s, u"Kultur"_s},
                                                {script, u"Sammanfattning <img src=x onerror=alert(1)>"_s, u"Kultur"_s},
                                                {u"Tredje kopierade"_s, u"Sista stycket."_s, u"Kultur"_s}}));
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    QCOMPARE(model->rowCount(), 50);
    QList<int> rows;
    for (const QString &title : {u"Tredje kopierade"_s, u"Första kopierade"_s, script}) {
        const QModelIndexList found = model->match(model->index(0), NewsListModel::TitleRole, title, 1,
                                                   Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(title));
        rows.append(found.first().row());
    }
    selectRows(*window, rows);
    QCOMPARE(window->selectedIds().size(), 3);
    // In list order: the listing's order.
    QVERIFY(rows.at(1) < rows.at(2) && rows.at(2) < rows.at(0));

    QApplication::clipboard()->clear();
    QSignalSpy copied(controller(*window), &ExportController::copied);
    QVERIFY(copied.isValid());
    QListView *view = newsView(*window);
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    QVERIFY(copied.wait(10000));
    QCOMPARE(copied.at(0).at(0).toInt(), 3);

    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    const QString text = mime->text();
    const qsizetype a = text.indexOf(u"Första kopierade"_s);
    const qsizetype b = text.indexOf(script);
    const qsizetype c = text.indexOf(u"Tredje kopierade"_s);
    QVERIFY2(a >= 0 && a < b && b < c, qPrintable(text));
    QVERIFY(text.contains(u"Stycke med <i>taggar</i>."_s));

    const QString html = mime->html();
    QVERIFY2(!html.contains(u"<script"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<b>fet"_s));
    QVERIFY(!html.contains(u"<i>taggar"_s));
    QVERIFY2(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;"_s), qPrintable(html));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
    QVERIFY(html.indexOf(u"Första kopierade"_s) < html.indexOf(u"Tredje kopierade"_s));
    const QString status = window->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Copied 3 item"_s), qPrintable(status));
}

void TestExportWindow::copyKeyInTheSearchBoxCopiesItsText()
{
    auto window = makeWindow();
    selectRows(*window, {0, 1});
    QSignalSpy copied(controller(*window), &ExportController::copied);
    QVERIFY(copied.isValid());
    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"kaffe"_s);
    search->selectAll();
    QTest::keySequence(search, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), u"kaffe"_s);
    QTest::qWait(100);
    QCOMPARE(copied.count(), 0);
}

void TestExportWindow::printOpensThePrintDialog()
{
    auto window = makeWindow();
    selectRows(*window, {0, 1, 2});
    QSignalSpy started(controller(*window), &ExportController::started);
    QVERIFY(started.isValid());
    window->findChild<QAction *>(u"printAction"_s)->trigger();
    auto *dialog = window->findChild<QPrintDialog *>(u"printDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(dialog->windowTitle().startsWith(u"Print 3 Item"_s), qPrintable(dialog->windowTitle()));
    dialog->reject();
    QTRY_VERIFY(!window->findChild<QPrintDialog *>(u"printDialog"_s));
    QCOMPARE(started.count(), 0);
}

void TestExportWindow::printsToAPdfFile()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    auto window = makeWindow();
    NewsListModel *model = newsModel(*window);
    selectRows(*window, {4, 0, 7});
    QStringList titles;
    for (int row : {0, 4, 7})
        titles.append(model->index(row).data(NewsListModel::TitleRole).toString());
    const QString unselected = model->index(1).data(NewsListModel::TitleRole).toString();

    const QString path = m_dir->filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    ExportController *exports = controller(*window);
    QSignalSpy finished(exports, &ExportController::finished);
    QVERIFY(finished.isValid());
    exports->printTo(&printer);
    QVERIFY(exports->isBusy());
    QVERIFY(finished.wait(30000));
    QVERIFY(!exports->isBusy());
    const auto result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.itemCount, 3);

    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = squeezed(QString::fromUtf8(process.readAllStandardOutput()));
    qsizetype at = -1;
    for (const QString &title : titles) {
        const qsizetype found = text.indexOf(squeezed(title));
        QVERIFY2(found > at, qPrintable(title + u" in "_s + text.left(400)));
        at = found;
    }
    QVERIFY(!text.contains(squeezed(unselected)));
    QVERIFY2(text.contains(u"3 selected item"_s), qPrintable(text.left(400)));
    const QString status = window->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Printed 3 item"_s), qPrintable(status));
}

void TestExportWindow::printingToAnUnwritableFileFails()
{
    const QString notAFolder = m_dir->filePath(u"plain-file"_s);
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto window = makeWindow();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(notAFolder + u"/printed.pdf"_s);
    ExportController *exports = controller(*window);
    QSignalSpy finished(exports, &ExportController::finished);
    QVERIFY(finished.isValid());
    exports->printTo(&printer); // nothing selected: the 47 shown items
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<ExportResult>();
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QTRY_VERIFY(window->findChild<QMessageBox *>(u"exportErrorBox"_s));
    auto *box = window->findChild<QMessageBox *>(u"exportErrorBox"_s);
    QVERIFY2(box->text().contains(notAFolder + u"/printed.pdf"_s), qPrintable(box->text()));
    box->accept();
}

void TestExportWindow::dialogLooksTidy()
{
    auto window = makeWindow();
    selectRows(*window, {0, 2, 3});
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    dialog->setDestination(u"/home/reader/Dokument/news.csv"_s);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(50);
    // Compact, every control visible, the form aligned by QFormLayout.
    QVERIFY(dialog->findChild<QFormLayout *>());
    QVERIFY2(dialog->width() < 800 && dialog->height() < 600,
             qPrintable(u"%1x%2"_s.arg(dialog->width()).arg(dialog->height())));
    const QList<QWidget *> controls{dialog->findChild<QComboBox *>(u"exportFormatCombo"_s),
                                    dialog->findChild<QLineEdit *>(u"exportDestinationEdit"_s),
                                    dialog->findChild<QPushButton *>(u"exportBrowseButton"_s),
                                    dialog->findChild<QCheckBox *>(u"exportSourcesCheck"_s),
                                    dialog->findChild<QCheckBox *>(u"exportFieldNote"_s),
                                    dialog->findChild<QRadioButton *>(u"exportAllRadio"_s)};
    for (QWidget *control : controls) {
        QVERIFY(control && control->isVisible());
        QVERIFY(dialog->rect().contains(QRect(control->mapTo(dialog, QPoint()), control->size())));
    }
    const QString shots = qEnvironmentVariable("NEWSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(QDir(shots).filePath(u"export-dialog.png"_s)));
    dialog->reject();
    QTRY_VERIFY(!controller(*window)->dialog());

    // The File and Edit menus with the new entries, for a person to look at.
    if (!shots.isEmpty()) {
        for (const QString &name : {u"exportAction"_s, u"copyAction"_s}) {
            auto *menu = qobject_cast<QMenu *>(
                    window->findChild<QAction *>(name)->associatedObjects().value(0));
            QVERIFY(menu);
            menu->popup(window->mapToGlobal(QPoint(20, 40)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QTest::qWait(50);
            QVERIFY(menu->grab().save(QDir(shots).filePath(u"menu-"_s + name + u".png"_s)));
            menu->hide();
        }
    }
}

void TestExportWindow::textsFollowALanguageSwitch()
{
    auto window = makeWindow();
    LanguageManager *languages = LanguageManager::instance();
    QVERIFY(languages);
    const auto restore = qScopeGuard([languages] { languages->setChoice({}); });
    selectRows(*window, {0, 1, 2});
    ExportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Export"_s);

    // View → Language while the dialog is open: MainWindow::retranslateUi()
    // calls ExportController::retranslate(), which covers the dialog.
    languages->setChoice(u"sv"_s);
    QTRY_COMPARE(window->findChild<QAction *>(u"exportAction"_s)->text(), u"&Exportera…"_s);
    QCOMPARE(dialog->windowTitle(), u"Exportera"_s);
    const QString summary = dialog->findChild<QLabel *>(u"exportSummaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"Exportera 3 "_s), qPrintable(summary));
    QVERIFY(window->findChild<QAction *>(u"copyAction"_s)->text() != u"&Copy"_s);

    languages->setChoice(u"en"_s);
    QTRY_COMPARE(window->findChild<QAction *>(u"exportAction"_s)->text(), u"&Export…"_s);
    QCOMPARE(dialog->windowTitle(), u"Export"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"exportSummaryLabel"_s)->text().startsWith(u"Export 3 selected items"_s));
    dialog->reject();
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
