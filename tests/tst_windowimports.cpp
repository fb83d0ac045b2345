// The window and imports it did not start (issue 12, item 13), the warnings
// of its own imports, and item text shown as text wherever it appears (item
// 10): a second process imports into the open window's cache, a listing with
// problems is imported from the window, a title made of markup is shown.

#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "views/controllers/exportcontroller.h"
#include "views/dialogs/exportdialog.h"
#include "views/panes/messagebar.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using WindowTestSupport::Listed;

namespace {

const QString Markup = u"<b>x</b><img src=file:///etc/passwd>"_s;

QListView *newsView(MainWindow &window)
{
    return window.findChild<QListView *>(u"newsView"_s);
}

int rowCount(MainWindow &window)
{
    return newsView(window)->model()->rowCount();
}

qint64 currentId(MainWindow &window)
{
    return newsView(window)->currentIndex().data(NewsListModel::IdRole).toLongLong();
}

} // namespace

class TestWindowImports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anImportByAnotherProcessIsNoticed();
    void importWarningsAreShownWithFileAndLine();
    void markupInItemTextIsShownLiterally();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_sampleItems = 0;
};

void TestWindowImports::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_windowimports"_s);
}

void TestWindowImports::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_sampleItems = WindowTestSupport::importSample(cachePath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWindowImports::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestWindowImports::makeWindow()
{
    auto window = std::make_unique<MainWindow>(cachePath());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestWindowImports::anImportByAnotherProcessIsNoticed()
{
    auto window = makeWindow();
    QTRY_COMPARE(rowCount(*window), m_sampleItems);
    QListView *view = newsView(*window);
    view->setCurrentIndex(view->model()->index(5, 0));
    const qint64 reading = currentId(*window);
    QVERIFY(reading > 0);
    auto *session = window->findChild<ReaderSession *>();
    QVERIFY(session);
    QSignalSpy noticed(session, &ReaderSession::importedElsewhere);
    QVERIFY(noticed.isValid());

    // Marks this window sets are no import: nothing to read again.
    QTest::qWait(ReaderSession::ChangePollMs * 2);
    QCOMPARE(noticed.count(), 0);

    const QString listing = m_dir->filePath(u"elsewhere.txt"_s);
    QVERIFY(WindowTestSupport::writeListing(listing, {{u"Från en annan process"_s, u"Ny."_s, u"Kultur"_s},
                                                      {u"Också från den andra"_s, u"Ny."_s, u"Kultur"_s}}));
    QProcess process;
    process.start(QStringLiteral(NEWSDESK_BINARY), {u"import"_s, u"--db"_s, cachePath(), listing});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QTRY_COMPARE_WITH_TIMEOUT(rowCount(*window), m_sampleItems + 2, ReaderSession::ChangePollMs * 10);
    QCOMPARE(noticed.count(), 1);
    QCOMPARE(currentId(*window), reading); // the item being read stays
    const QString status = window->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(status.contains(u"Another program imported"_s), qPrintable(status));
}

void TestWindowImports::importWarningsAreShownWithFileAndLine()
{
    const QString listing = m_dir->filePath(u"warnings.txt"_s);
    {
        QFile file(listing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Line 5 holds a control character (removed, with a warning naming the line).
        file.write("Nyheter\n\n \xE2\x80\xA2 En rubrik\n\n  Text med \x07 en klocka.\n\n  Kultur\n");
    }
    auto window = makeWindow();
    QTRY_COMPARE(rowCount(*window), m_sampleItems);
    window->importPaths({listing});
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(*window), m_sampleItems + 1, 20000);
    auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"problem"_s), qPrintable(bar->text()));
    const QStringList details = bar->details();
    QVERIFY(!details.isEmpty());
    QVERIFY2(details.first().startsWith(listing + u":5: warning: "_s), qPrintable(details.join(u'\n')));
}

void TestWindowImports::markupInItemTextIsShownLiterally()
{
    QVERIFY(WindowTestSupport::importListing(cachePath(), m_dir->filePath(u"markup.txt"_s),
                                             {{Markup, u"Sammandrag "_s + Markup, u"Kultur"_s}}));
    auto window = makeWindow();
    QListView *view = newsView(*window);
    QTRY_COMPARE(rowCount(*window), m_sampleItems + 1);
    const QModelIndexList found =
            view->model()->match(view->model()->index(0, 0), NewsListModel::TitleRole, Markup, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    view->setCurrentIndex(found.first());

    // The detail pane: the characters, no image, no bold.
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
    QVERIFY(detail->toPlainText().startsWith(Markup));
    QVERIFY(detail->toPlainText().contains(u"Sammandrag "_s + Markup));
    // What a screen reader says of the row.
    QVERIFY(found.first().data(Qt::AccessibleTextRole).toString().startsWith(Markup));

    // Exporting to a file whose name looks like markup: the progress dialog
    // and the status bar show the name as it is.
    auto *exports = window->findChild<ExportController *>(u"exportController"_s);
    QVERIFY(exports);
    QSignalSpy finished(exports, &ExportController::finished);
    QVERIFY(finished.isValid());
    const QString destination = m_dir->filePath(u"<b>fet<i>.csv"_s);
    exports->startExport(ExportDialog::Items::Selected, u"csv"_s, destination, {});
    auto *progress = window->findChild<QProgressDialog *>(u"exportProgress"_s);
    QVERIFY(progress);
    const QList<QLabel *> labels = progress->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    qsizetype naming = 0;
    for (const QLabel *label : labels) {
        if (label->text().contains(u"<b>fet<i>.csv"_s)) {
            ++naming;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QCOMPARE(naming, 1);
    QVERIFY(finished.wait(30000));
    auto *status = window->findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY2(status->text().contains(u"<b>fet<i>.csv"_s), qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QFile exported(destination);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(exported.readAll()).contains(Markup));

    // A message bar that quotes item text (here a file name) shows it as text.
    auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
    bar->showMessage(MessageBar::Kind::Warning, Markup, {Markup});
    auto *barText = bar->findChild<QLabel *>(u"messageText"_s);
    QCOMPARE(barText->text(), Markup);
    QCOMPARE(barText->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestWindowImports)
#include "tst_windowimports.moc"
