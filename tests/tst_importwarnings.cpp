// Files in a watched folder that are not news listings (issue 15, item 9):
// the warning is shown once, not at every start while the file stays as it
// was; again when the file changed; "Ignore This File" keeps it away, even
// from an import the person asks for, until the file changes.

#include "models/importing/importreport.h"
#include "views/controllers/importcontroller.h"
#include "views/panes/messagebar.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestImportWarnings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void seenWarningIsNotShownAgainAtTheNextStart();
    void ignoredFileIsNotWarnedAboutUntilItChanges();

private:
    // A window on the cache, after its first import: the watched folder's
    // at the start, or of paths.
    std::unique_ptr<MainWindow> startAndImport(const QStringList &paths = {});
    // Whether the message bar warns about files that are not listings.
    static bool warns(MainWindow &window);
    bool writeNotAListing(const QByteArray &text);
    QString cachePath() const { return m_dir->filePath(u"cache.sqlite"_s); }
    QString folder() const { return m_dir->filePath(u"watched"_s); }
    QString notes() const { return folder() + u"/notes.txt"_s; }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportWarnings::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_importwarnings"_s);
}

void TestImportWarnings::init()
{
    QSettings().clear();
    QSettings().setValue(u"sources/sampleOffered"_s, true); // no sample: only the folder
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(WindowTestSupport::writeListing(folder() + u"/news.txt"_s,
                                            {{u"En nyhet"_s, u"Text."_s, u"Kultur"_s}}));
    // Not a listing: text without a single item.
    QVERIFY(writeNotAListing("Att handla: mjölk, bröd.\n"));
}

void TestImportWarnings::cleanup()
{
    m_dir.reset();
}

bool TestImportWarnings::writeNotAListing(const QByteArray &text)
{
    QFile file(notes());
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

std::unique_ptr<MainWindow> TestImportWarnings::startAndImport(const QStringList &paths)
{
    auto window = std::make_unique<MainWindow>(cachePath());
    auto *imports = window->findChild<ImportController *>();
    QSignalSpy finished(imports, &ImportController::finished);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    if (!paths.isEmpty())
        window->importPaths(paths);
    if (!finished.wait(30000))
        qWarning("no import finished");
    QCoreApplication::processEvents(); // the report is worded after finished()
    return window;
}

bool TestImportWarnings::warns(MainWindow &window)
{
    auto *bar = window.findChild<MessageBar *>(u"messageBar"_s);
    if (!bar->isVisible())
        return false;
    return bar->text().contains(u"could not be imported"_s);
}

void TestImportWarnings::seenWarningIsNotShownAgainAtTheNextStart()
{
    // The person adds the folder: told about notes.txt.
    {
        auto window = startAndImport({folder()});
        QVERIFY(warns(*window));
        auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
        QVERIFY2(bar->details().join(u'\n').contains(notes()), qPrintable(bar->details().join(u'\n')));
        QVERIFY(bar->findChild<QPushButton *>(u"ignoreRejectedButton"_s));
    }
    // The next start imports the watched folder again: not told again.
    {
        auto window = startAndImport();
        QVERIFY(window->watchedSources().contains(folder()));
        QVERIFY(!warns(*window));
    }
    // The file changed: told again, once.
    QVERIFY(writeNotAListing("Att handla: mjölk, bröd, ost.\n"));
    {
        auto window = startAndImport();
        QVERIFY(warns(*window));
    }
    {
        auto window = startAndImport();
        QVERIFY(!warns(*window));
        // The person imports the folder by hand: told what they asked about.
        auto *imports = window->findChild<ImportController *>();
        QSignalSpy finished(imports, &ImportController::finished);
        window->importPaths({folder()});
        QVERIFY(finished.wait(30000));
        QCoreApplication::processEvents();
        QVERIFY(warns(*window));
    }
}

void TestImportWarnings::ignoredFileIsNotWarnedAboutUntilItChanges()
{
    {
        auto window = startAndImport({folder()});
        QVERIFY(warns(*window));
        auto *bar = window->findChild<MessageBar *>(u"messageBar"_s);
        auto *ignore = bar->findChild<QPushButton *>(u"ignoreRejectedButton"_s);
        QVERIFY(ignore);
        QVERIFY(!ignore->accessibleName().isEmpty());
        QTest::mouseClick(ignore, Qt::LeftButton);
        QVERIFY(!bar->isVisible());

        // Not even when the person imports it by hand.
        auto *imports = window->findChild<ImportController *>();
        QSignalSpy finished(imports, &ImportController::finished);
        window->importPaths({folder()});
        QVERIFY(finished.wait(30000));
        QCoreApplication::processEvents();
        QVERIFY(!warns(*window));
    }
    {
        auto window = startAndImport();
        QVERIFY(!warns(*window));
    }
    // Changed: the person hears of it again.
    QVERIFY(writeNotAListing(QByteArray(10, '\0')));
    {
        auto window = startAndImport();
        QVERIFY(warns(*window));
    }
}

QTEST_MAIN(TestImportWarnings)
#include "tst_importwarnings.moc"
