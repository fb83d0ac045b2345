// Items of any size keep the window responsive (issue 12, item 2): a 1 MB
// title of one word and a summary of about 9 MB with spaces, shown in the real
// window offscreen. A hang guard, not a benchmark: a timer must keep ticking
// (within a generous bound) while an item is selected, shown in parts, copied
// and printed, and the copy and the print still hold the whole text.

#include "models/itemmodels/newslistmodel.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "views/controllers/exportcontroller.h"
#include "views/panes/itemparts.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Far more than any step may take: a frozen window would miss it by minutes.
constexpr qint64 StallBoundMs = 2000;

const qsizetype TitleLength = 1'000'000;

QString hugeTitle()
{
    return QString(TitleLength, u'A');
}

// About 8.8 MB of words with spaces, in one paragraph.
QString hugeSummary()
{
    static const QStringList words{u"nyheter"_s, u"vatten"_s, u"regering"_s, u"kultur"_s, u"sjukvård"_s,
                                   u"skola"_s, u"väder"_s, u"trafik"_s, u"ekonomi"_s, u"idrott"_s};
    QString text;
    text.reserve(8'900'000);
    for (int i = 0; text.size() < 8'800'000; ++i)
        text += words.at((i * 7) % words.size()) + u' ';
    return text + u"slutord"_s;
}

// Runs step and then the event loop for settleMs, and answers the longest
// time the GUI thread did not let a timer tick (the step itself included).
qint64 longestStall(const std::function<void()> &step, int settleMs = 500)
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = qMax(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    clock.start();
    ticker.start();
    step();
    longest = qMax(longest, clock.elapsed() - last);
    last = clock.elapsed();
    QTest::qWait(settleMs);
    return qMax(longest, clock.elapsed() - last);
}

} // namespace

class TestHugeItems final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void partsHoldTheWholeText_data();
    void partsHoldTheWholeText();

    void rowsHoldTheStartOfAHugeItem();
    void theWholeItemIsReadForTheDetailPane_data();
    void theWholeItemIsReadForTheDetailPane();
    void aWrittenMarkReadsNoPageAgain();
    void hugeTitleIsShownPromptly();
    void hugeSummaryIsShownInParts();
    void copyHoldsTheWholeText();
    void printHoldsTheWholeTitle();
    void spaceReadsOnIntoTheNextPart();
    void aSearchOpensThePartOfItsFirstMatch();

private:
    std::unique_ptr<MainWindow> makeWindow();
    int rowOf(MainWindow &window, const QString &titleStart) const;
    static int rowOf(const QAbstractItemModel &model, const QString &titleStart);
    void select(MainWindow &window, int row, const char *what);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }
};

void TestHugeItems::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_hugeitems"_s);
    QVERIFY(WindowTestSupport::importListing(cachePath(), m_dir.filePath(u"huge.txt"_s),
                                             {{hugeTitle(), u"Ett kort sammandrag."_s, u"Kultur"_s},
                                              {u"Ett långt sammandrag"_s, hugeSummary(), u"Ekonomi"_s},
                                              {u"En liten nyhet"_s, u"Kort."_s, u"Kultur"_s}}));
}

void TestHugeItems::partsHoldTheWholeText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("isLong");
    const QString emoji = u"\U0001F600"_s; // a surrogate pair
    QTest::newRow("short") << u"Rubrik"_s << u"Kort.\n\nTvå stycken."_s << false;
    QTest::newRow("empty summary") << u"Rubrik"_s << QString() << false;
    QTest::newRow("long title") << QString(ItemParts::TitleLimit + 1, u'T') << u"Kort."_s << true;
    QTest::newRow("a huge word") << u"Rubrik"_s << QString(ItemParts::PartLength * 3 + 7, u'a') << true;
    QTest::newRow("words") << u"Rubrik"_s << u"ord "_s.repeated(ItemParts::PartLength) << true;
    QTest::newRow("surrogate pairs") << u"x"_s + emoji.repeated(ItemParts::TitleLimit)
                                     << u"x"_s + emoji.repeated(ItemParts::PartLength)
                                     << true;
    QTest::newRow("words, then a long run") << u"Rubrik"_s
                                            << u"ord "_s.repeated(2000) + QString(ItemParts::LongRun * 3, u'x')
                                                       + u" slut"_s
                                            << true;
}

void TestHugeItems::partsHoldTheWholeText()
{
    QFETCH(QString, title);
    QFETCH(QString, summary);
    QFETCH(bool, isLong);
    NewsItem item;
    item.id = 1;
    item.title = title;
    item.summary = summary;
    const ItemParts parts(item);
    QCOMPARE(parts.isLong(), isLong);
    QCOMPARE(parts.length(), title.size() + summary.size());
    if (!isLong) {
        QCOMPARE(parts.count(), 1);
        QCOMPARE(parts.part(0).title, title);
        QCOMPARE(parts.part(0).summary, summary);
        return;
    }
    // Put together again without the "…" marks, the parts are the item.
    const QChar ellipsis(u'\u2026');
    QString heading = parts.part(0).title;
    if (title.size() > ItemParts::TitleLimit) {
        QVERIFY(heading.endsWith(ellipsis));
        heading.chop(1);
    }
    QVERIFY(heading.size() <= ItemParts::TitleLimit);
    QVERIFY(heading.isEmpty() || !heading.back().isHighSurrogate());
    QString text;
    for (qsizetype i = 0; i < parts.count(); ++i) {
        QString piece = parts.part(i).summary;
        if (i > 0) {
            QVERIFY(piece.startsWith(ellipsis));
            piece.remove(0, 1);
        }
        if (i + 1 < parts.count()) {
            QVERIFY(piece.endsWith(ellipsis));
            piece.chop(1);
        }
        QVERIFY(piece.size() <= ItemParts::PartLength);
        QVERIFY2(!piece.isEmpty() && !piece.front().isLowSurrogate() && !piece.back().isHighSurrogate(),
                 qPrintable(u"part %1"_s.arg(i)));
        qsizetype run = 0;
        for (const QChar c : std::as_const(piece)) {
            run = c.isSpace() ? 0 : run + 1;
            QVERIFY2(run <= ItemParts::LongRun, qPrintable(u"part %1"_s.arg(i)));
        }
        text += piece;
    }
    const QString rest = title.size() > ItemParts::TitleLimit ? title.mid(heading.size()) + u"\n\n"_s : QString();
    QVERIFY(title.startsWith(heading));
    QCOMPARE(text, rest + summary);
}

void TestHugeItems::rowsHoldTheStartOfAHugeItem()
{
    // A page of the list reads at most RowTextLimit characters of a title
    // and a summary, and knows how long they are; the store still holds them whole.
    NewsStore store;
    QVERIFY2(store.open(cachePath()), qPrintable(store.errorString()));
    NewsListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 3);
    bool sawTitle = false;
    bool sawSummary = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const auto item = index.data(NewsListModel::ItemRole).value<NewsItem>();
        QVERIFY(index.data(NewsListModel::TitleRole).toString().size() <= NewsListModel::RowTextLimit);
        QVERIFY(index.data(NewsListModel::SummaryRole).toString().size() <= NewsListModel::RowTextLimit);
        QVERIFY(index.data(Qt::ToolTipRole).toString().size() <= NewsListModel::RowTextLimit);
        const NewsItem whole = store.item(item.id);
        QVERIFY(!whole.isCut());
        QVERIFY(whole.title.startsWith(item.title));
        QVERIFY(whole.summary.startsWith(item.summary));
        QCOMPARE(item.isCut(), whole.title.size() + whole.summary.size() > 1000);
        if (whole.title.size() == TitleLength) {
            sawTitle = true;
            QCOMPARE(item.title, hugeTitle().left(NewsListModel::RowTextLimit));
            QCOMPARE(item.wholeTitleLength, TitleLength);
            QCOMPARE(item.wholeSummaryLength, -1);
            QCOMPARE(item.summary, whole.summary);
        } else if (whole.summary.endsWith(u"slutord"_s)) {
            sawSummary = true;
            QCOMPARE(whole.summary, hugeSummary());
            QCOMPARE(item.summary, hugeSummary().left(NewsListModel::RowTextLimit));
            QCOMPARE(item.wholeSummaryLength, hugeSummary().size()); // no character outside the BMP
            QCOMPARE(item.wholeTitleLength, -1);
        }
    }
    QVERIFY(sawTitle && sawSummary);
}

void TestHugeItems::theWholeItemIsReadForTheDetailPane_data()
{
    QTest::addColumn<bool>("withWorker");
    QTest::newRow("off the GUI thread (a worker)") << true;
    QTest::newRow("without a worker") << false;
}

void TestHugeItems::theWholeItemIsReadForTheDetailPane()
{
    QFETCH(bool, withWorker);
    NewsStore store;
    QVERIFY2(store.open(cachePath()), qPrintable(store.errorString()));
    StoreWorker worker;
    NewsListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (withWorker) {
        worker.open(cachePath());
        model.setWorker(&worker);
    }
    model.setStore(&store);
    const int row = rowOf(model, u"AAAA"_s);
    QVERIFY(row >= 0);
    const NewsItem cut = model.itemAt(row);
    QVERIFY(cut.isCut());
    QSignalSpy read(&model, &NewsListModel::wholeItemRead);
    QVERIFY(read.isValid());
    QSignalSpy failed(&model, &NewsListModel::readFailed);
    QVERIFY(failed.isValid());
    // A mark still on its way (with a worker) is laid over the whole item.
    QVERIFY(model.setStarred({row}, true));
    model.readWholeItem(cut.id);
    QCOMPARE(read.size(), 0); // never delivered inside the call
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 30000);
    const auto whole = read.at(0).at(0).value<NewsItem>();
    QCOMPARE(whole.id, cut.id);
    QVERIFY(!whole.isCut());
    QCOMPARE(whole.title, hugeTitle());
    QCOMPARE(whole.summary, cut.summary);
    QVERIFY(whole.starred);
    QCOMPARE(whole.categories, cut.categories);
    // A newer request supersedes one still running: one answer, the newest.
    read.clear();
    const int other = rowOf(model, u"Ett långt sammandrag"_s);
    model.readWholeItem(cut.id);
    model.readWholeItem(model.idAt(other));
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 30000);
    QTest::qWait(100);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).at(0).value<NewsItem>().summary, hugeSummary());
    QCOMPARE(failed.size(), 0);
    QTRY_VERIFY(store.item(cut.id).starred);
    QVERIFY(store.setStarred({cut.id}, false)); // as it was for the other tests
}

void TestHugeItems::aWrittenMarkReadsNoPageAgain()
{
    // The worker wrote a read mark: the rows held show it already, so no page
    // (with a huge item's start in it) is read again on the GUI thread.
    NewsStore store;
    QVERIFY2(store.open(cachePath()), qPrintable(store.errorString()));
    StoreWorker worker;
    worker.open(cachePath());
    NewsListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorker(&worker);
    model.setStore(&store);
    const int row = rowOf(model, u"Ett långt sammandrag"_s);
    const qint64 id = model.idAt(row);
    const int fetched = model.pagesFetched();
    QSignalSpy changed(&model, &NewsListModel::stateChanged);
    QVERIFY(changed.isValid());
    QVERIFY(model.setRead({row}, true));
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(store.item(id).read);
    QVERIFY(model.index(row).data(NewsListModel::ReadRole).toBool());
    QCOMPARE(model.pagesFetched(), fetched);
    QVERIFY(store.setRead({id}, false)); // as it was for the other tests
}

void TestHugeItems::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestHugeItems::makeWindow()
{
    auto window = std::make_unique<MainWindow>(cachePath());
    window->resize(1100, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

int TestHugeItems::rowOf(MainWindow &window, const QString &titleStart) const
{
    return rowOf(*window.findChild<QListView *>(u"newsView"_s)->model(), titleStart);
}

int TestHugeItems::rowOf(const QAbstractItemModel &model, const QString &titleStart)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(NewsListModel::TitleRole).toString().startsWith(titleStart))
            return row;
    }
    return -1;
}

void TestHugeItems::select(MainWindow &window, int row, const char *what)
{
    auto *view = window.findChild<QListView *>(u"newsView"_s);
    const qint64 stall = longestStall([&] { view->setCurrentIndex(view->model()->index(row, 0)); });
    qInfo("showing %s: the GUI thread stalled at most %lld ms", what, stall);
    QVERIFY2(stall < StallBoundMs, qPrintable(u"%1 ms"_s.arg(stall)));
}

void TestHugeItems::hugeTitleIsShownPromptly()
{
    auto window = makeWindow();
    const int row = rowOf(*window, u"AAAA"_s);
    QVERIFY(row >= 0);
    select(*window, row, "a 1 MB one-word title");
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
    const QString shown = detail->toPlainText();
    QVERIFY(shown.startsWith(u"AAAA"_s));
    // The row holds the title's start; the pane gets all of it, in parts.
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    QCOMPARE(view->currentIndex().data(NewsListModel::TitleRole).toString().size(), NewsListModel::RowTextLimit);
    auto *part = window->findChild<QSpinBox *>(u"partSpin"_s);
    QTRY_VERIFY(part->maximum() >= TitleLength / ItemParts::PartLength);
    QVERIFY(part->isEnabled());
    // The pane says how long the item is.
    auto *note = window->findChild<QLabel *>(u"longItemNote"_s);
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"1,000,0"_s), qPrintable(note->text()));
}

void TestHugeItems::hugeSummaryIsShownInParts()
{
    auto window = makeWindow();
    const int row = rowOf(*window, u"Ett långt sammandrag"_s);
    QVERIFY(row >= 0);
    select(*window, row, "a summary of 8.8 MB");
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
    QVERIFY(detail->toPlainText().startsWith(u"Ett långt sammandrag"_s));
    QVERIFY(!detail->toPlainText().contains(u"slutord"_s));

    auto *next = window->findChild<QAbstractButton *>(u"nextPartButton"_s);
    auto *part = window->findChild<QSpinBox *>(u"partSpin"_s);
    QVERIFY(next && part);
    QTRY_VERIFY2(part->maximum() > 100, qPrintable(QString::number(part->maximum()))); // read whole
    QVERIFY(next->isVisible() && next->isEnabled());
    qint64 stall = longestStall([&] { next->click(); });
    qInfo("the next part: the GUI thread stalled at most %lld ms", stall);
    QVERIFY2(stall < StallBoundMs, qPrintable(u"%1 ms"_s.arg(stall)));
    QCOMPARE(part->value(), 2);
    stall = longestStall([&] { part->setValue(part->maximum()); });
    qInfo("the last part: the GUI thread stalled at most %lld ms", stall);
    QVERIFY2(stall < StallBoundMs, qPrintable(u"%1 ms"_s.arg(stall)));
    QVERIFY(detail->toPlainText().contains(u"slutord"_s));
    QVERIFY(!next->isEnabled());

    // A small window lays the part out again: also bounded.
    stall = longestStall([&] { window->resize(520, 420); });
    qInfo("a smaller window: the GUI thread stalled at most %lld ms", stall);
    QVERIFY2(stall < StallBoundMs, qPrintable(u"%1 ms"_s.arg(stall)));

    // The list row of the huge item paints quickly too (scrolled to and hovered).
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    stall = longestStall([&] { view->viewport()->repaint(); });
    qInfo("painting the list: the GUI thread stalled at most %lld ms", stall);
    QVERIFY2(stall < StallBoundMs, qPrintable(u"%1 ms"_s.arg(stall)));
}

void TestHugeItems::copyHoldsTheWholeText()
{
    auto window = makeWindow();
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    auto *exports = window->findChild<ExportController *>(u"exportController"_s);
    QVERIFY(exports);
    QSignalSpy copied(exports, &ExportController::copied);
    QVERIFY(copied.isValid());
    select(*window, rowOf(*window, u"AAAA"_s), "the huge title before copying");
    QApplication::clipboard()->clear();
    // Waiting runs the event loop: the timer ticks unless the GUI thread is held up.
    const qint64 stall = longestStall([&] {
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 1, 60000);
    });
    qInfo("copying the huge title: the GUI thread stalled at most %lld ms", stall);
    QVERIFY2(stall < StallBoundMs, qPrintable(u"%1 ms"_s.arg(stall)));
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->text().contains(hugeTitle()));
    QVERIFY(mime->html().contains(hugeTitle()));

    select(*window, rowOf(*window, u"Ett långt sammandrag"_s), "the huge summary before copying");
    copied.clear();
    const qint64 summaryStall = longestStall([&] {
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 1, 60000);
    });
    qInfo("copying the huge summary: the GUI thread stalled at most %lld ms", summaryStall);
    QVERIFY2(summaryStall < StallBoundMs, qPrintable(u"%1 ms"_s.arg(summaryStall)));
    const QString text = QApplication::clipboard()->mimeData()->text();
    QVERIFY(text.contains(u"slutord"_s));
    QVERIFY(text.size() > 8'800'000);
}

void TestHugeItems::printHoldsTheWholeTitle()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    auto window = makeWindow();
    select(*window, rowOf(*window, u"AAAA"_s), "the huge title before printing");
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    auto *exports = window->findChild<ExportController *>(u"exportController"_s);
    QSignalSpy finished(exports, &ExportController::finished);
    QVERIFY(finished.isValid());
    const qint64 stall = longestStall([&] {
        exports->printTo(&printer);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    });
    qInfo("printing the huge title: the GUI thread stalled at most %lld ms", stall);
    QVERIFY2(stall < StallBoundMs, qPrintable(u"%1 ms"_s.arg(stall)));
    const auto result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));

    // The one-word title wraps anywhere: every letter is on a page.
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // (The item's source, a temporary folder of random letters, is printed too.)
    QCOMPARE(text.count(u'A') - m_dir.filePath(u"huge.txt"_s).count(u'A'), TitleLength);
}

void TestHugeItems::spaceReadsOnIntoTheNextPart()
{
    auto window = makeWindow();
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    select(*window, rowOf(*window, u"Ett långt sammandrag"_s), "the huge summary before reading on");
    auto *part = window->findChild<QSpinBox *>(u"partSpin"_s);
    QCOMPARE(part->value(), 1);
    const int row = view->currentIndex().row();
    view->setFocus();
    // Space pages down the part, then goes on to the next part, not the next item.
    for (int i = 0; i < 400 && part->value() == 1; ++i)
        QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(part->value(), 2);
    QCOMPARE(view->currentIndex().row(), row);
}

void TestHugeItems::aSearchOpensThePartOfItsFirstMatch()
{
    auto window = makeWindow();
    WindowTestSupport::search(*window, u"slutord"_s); // the last word of the huge summary
    auto *view = window->findChild<QListView *>(u"newsView"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    select(*window, 0, "the huge summary found by a search");
    auto *part = window->findChild<QSpinBox *>(u"partSpin"_s);
    QTRY_COMPARE(part->value(), part->maximum());
    auto *detail = window->findChild<QTextBrowser *>(u"detailView"_s);
    QVERIFY(detail->toPlainText().contains(u"slutord"_s));
}

QTEST_MAIN(TestHugeItems)
#include "tst_hugeitems.moc"
