// The side pane of issue 16, offscreen, over real models of a real cache:
// the label, saved view and source panes show the models' rows and numbers;
// clicks, keys and the context menus' actions emit the panes' signals; the
// empty states say what to do; the side pane's sizes and tab are kept in
// ReaderPanes' state; F9 hides the whole side pane in the window. The detail
// pane's note editor: plain text, given out after typing stops, on another
// item and on focus loss, never overwriting what the person is writing.
#include "models/itemmodels/categorymodel.h"
#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/itemmodels/sourcemodel.h"
#include "models/store/newsstore.h"
#include "views/delegates/countdelegate.h"
#include "views/delegates/countpainter.h"
#include "views/panes/categorypane.h"
#include "views/panes/detailpane.h"
#include "views/panes/labelpane.h"
#include "views/panes/noteeditor.h"
#include "views/panes/panecycler.h"
#include "views/panes/readerpanes.h"
#include "views/panes/sidepane.h"
#include "views/panes/sourcepane.h"
#include "views/panes/viewpane.h"
#include "views/window/mainwindow.h"
#include "views/window/windowactions.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Runs the menu the pane is about to show: records its actions' object
// names, triggers the one named (if any) and closes it.
class MenuRunner
{
public:
    template <typename Pane>
    MenuRunner(Pane *pane, const QString &trigger)
    {
        QObject::connect(pane, &Pane::contextMenuAboutToShow, &m_context, [this, trigger](QMenu *menu) {
            m_accessibleName = menu->accessibleName();
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                m_names.append(action->objectName());
                if (!action->isEnabled())
                    m_disabled.append(action->objectName());
                if (action->objectName() == trigger && action->isEnabled())
                    action->trigger();
            }
            QMetaObject::invokeMethod(menu, &QMenu::close, Qt::QueuedConnection);
        });
    }
    QStringList names() const { return m_names; }
    QStringList disabled() const { return m_disabled; }
    QString accessibleName() const { return m_accessibleName; }

private:
    QObject m_context;
    QStringList m_names;
    QStringList m_disabled;
    QString m_accessibleName;
};

void rightClick(QAbstractItemView *view, const QModelIndex &index)
{
    Q_EMIT view->customContextMenuRequested(view->visualRect(index).center());
}

void click(QAbstractItemView *view, const QModelIndex &index)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// What each row of a side pane's list says: its name, its total and its
// unread number (empty: none, nothing bold), as its CountDelegate paints them.
QStringList rowsSay(const QListView *view)
{
    const auto *delegate = qobject_cast<const CountDelegate *>(view->itemDelegate());
    QStringList rows;
    for (int row = 0; delegate && row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        rows.append(index.data().toString() + u' ' + delegate->countText(index) + u' '
                    + delegate->unreadText(index));
    }
    return rows;
}

bool showAndWait(QWidget *widget)
{
    widget->resize(320, 640);
    widget->show();
    widget->activateWindow();
    return QTest::qWaitForWindowExposed(widget);
}

// The side pane's four models over a store (none: empty).
struct SideModels
{
    explicit SideModels(NewsStore *store = nullptr)
    {
        if (!store)
            return;
        categories.setStore(store);
        views.setStore(store);
        labels.setStore(store);
        sources.setStore(store);
    }

    CategoryModel categories;
    SavedViewModel views;
    LabelModel labels;
    SourceModel sources;
};

// A pane over its own model, made in place (a pane holds its model's address).
template <typename Model, typename Pane>
struct ShownPane
{
    explicit ShownPane(NewsStore *store) { model.setStore(store); }

    Model model;
    Pane pane{&model};
};

// How far the grey of the pixels in rect strays from background at the most (0-255).
int contrastIn(const QImage &image, const QRect &rect, const QColor &background)
{
    const int base = qGray(background.rgb());
    int contrast = 0;
    for (int x = rect.left(); x <= rect.right(); ++x) {
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            contrast = qMax(contrast, qAbs(qGray(image.pixel(x, y)) - base));
    }
    return contrast;
}

NewsItem itemWithNote(qint64 id, const QString &note)
{
    NewsItem item;
    item.id = id;
    item.title = u"Nyhet %1"_s.arg(id);
    item.summary = u"Sammanfattning."_s;
    item.note = note;
    return item;
}

} // namespace

class TestSidePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void labelPaneShowsTheLabelsAndTheirNumbers();
    void countPainterPutsTheUnreadLeftOfTheTotal();
    void labelPaneSaysHowToMakeALabel();
    void labelCheckBoxesShowOnDarkAndLight_data();
    void labelCheckBoxesShowOnDarkAndLight();
    void checkingALabelFilters();
    void labelContextMenuSignals_data();
    void labelContextMenuSignals();

    void viewPaneShowsTheViewsAndHidden();
    void clickOrEnterActivatesAView();
    void setCurrentViewSelectsWithoutActivating();
    void viewContextMenuSignals_data();
    void viewContextMenuSignals();
    void hiddenViewContextMenu();

    void sourcePaneShowsTheFiles();
    void doubleClickOrEnterReadsAFile();
    void sourceContextMenuSignals();
    void stopWatchingAFolder();

    void sidePaneHoldsThePanes();
    void sidePaneStateIsKeptWithTheReaderPanes();
    void everyControlHasANameAndAnAccessibleName();
    void f9HidesTheWholeSidePane();
    void tabRingReachesEveryControlEveryRound();
    void f6CyclesThePanes();
    void paneCyclerPassesOverHiddenPanes();

    void noteIsGivenOutWhenTypingStops();
    void noteIsGivenOutOnAnotherItemAndOnFocusLoss();
    void noteTheRowBringsDoesNotOverwriteTyping();
    void noteIsPlainText();
    void noteEditorIsCompactWhenEmpty();

private:
    bool organise();
    // The pane over its model of the organised cache, shown: what most tests
    // here start with; null (after a warning) when that failed.
    template <typename Model, typename Pane>
    std::unique_ptr<ShownPane<Model, Pane>> showPane();
    qint64 idOf(const QString &title) const;
    QModelIndex fileIndex(const SourceModel &model, const QString &fileName) const;
    // A window over the sample news (a cache of its own, made once), shown;
    // null (after a warning) when that failed.
    std::unique_ptr<MainWindow> showWindow();

    QTemporaryDir m_dir;
    NewsStore m_store;
    QString m_cache;
    QString m_first;  // listing files
    QString m_second;
    Label m_budget;
    Label m_later;
    SavedView m_kultur;
    bool m_organised = false;
};

void TestSidePane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    WindowTestSupport::isolate(m_dir.filePath(u"settings"_s), u"tst_sidepane"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_cache = m_dir.filePath(u"cache.sqlite"_s);
    m_first = m_dir.filePath(u"first.txt"_s);
    m_second = m_dir.filePath(u"second.txt"_s);
    QList<WindowTestSupport::Listed> first;
    QList<WindowTestSupport::Listed> second;
    for (int i = 0; i < 10; ++i)
        first.append({u"Första %1"_s.arg(i), u"Om tåg %1."_s.arg(i), i % 2 == 0 ? u"Kultur"_s : u"Trafik"_s});
    for (int i = 0; i < 4; ++i)
        second.append({u"Andra %1"_s.arg(i), u"Om båtar %1."_s.arg(i), u"Trafik"_s});
    QVERIFY(WindowTestSupport::importListing(m_cache, m_first, first));
    QVERIFY(WindowTestSupport::importListing(m_cache, m_second, second));
    QVERIFY2(m_store.open(m_cache), qPrintable(m_store.errorString()));

}

// The labels, the hidden item and the view (the store's organising part):
// made once, by the first test that needs them.
bool TestSidePane::organise()
{
    if (m_organised)
        return true;
    const auto failed = [this] {
        qWarning("%s", qPrintable(m_store.errorString()));
        return false;
    };
    // "Budget" on five items, one of them read; "Läs senare" on none.
    m_budget.name = u"Budget"_s;
    m_budget.color = u"#e01b24"_s;
    if (!m_store.createLabel(m_budget))
        return failed();
    m_later.name = u"Läs senare"_s;
    if (!m_store.createLabel(m_later))
        return failed();
    ItemFilter five;
    for (int i = 0; i < 5; ++i)
        five.ids.append(idOf(u"Första %1"_s.arg(i)));
    MarkChange label{.mark = MarkChange::Mark::Label, .on = true, .ids = {}, .labelId = m_budget.id};
    if (!m_store.setMarkWhere(five, label))
        return failed();
    if (!m_store.setRead({idOf(u"Första 0"_s)}, true))
        return failed();
    // One item hidden; a view of Kultur.
    ItemFilter one;
    one.ids = {idOf(u"Andra 3"_s)};
    MarkChange hide{.mark = MarkChange::Mark::Hidden, .on = true, .ids = {}, .labelId = 0};
    if (!m_store.setMarkWhere(one, hide))
        return failed();
    m_kultur.name = u"Kultur"_s;
    m_kultur.filter.categories = {u"Kultur"_s};
    if (!m_store.saveView(m_kultur))
        return failed();
    m_organised = true;
    return true;
}

template <typename Model, typename Pane>
std::unique_ptr<ShownPane<Model, Pane>> TestSidePane::showPane()
{
    if (!organise())
        return {};
    auto shown = std::make_unique<ShownPane<Model, Pane>>(&m_store);
    if (!showAndWait(&shown->pane)) {
        qWarning("the pane was not shown");
        return {};
    }
    return shown;
}

std::unique_ptr<MainWindow> TestSidePane::showWindow()
{
    const QString cache = m_dir.filePath(u"window.sqlite"_s);
    QString error;
    if (!QFileInfo::exists(cache)) {
        // The sample news, and a label: the label pane shows its list.
        if (WindowTestSupport::importSample(cache, &error) <= 0) {
            qWarning().noquote() << error;
            return {};
        }
        NewsStore store;
        Label label;
        label.name = u"Budget"_s;
        if (!store.open(cache) || !store.createLabel(label)) {
            qWarning().noquote() << store.errorString();
            return {};
        }
    }
    auto window = std::make_unique<MainWindow>(cache);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()) || !QTest::qWaitForWindowActive(window.get())) {
        qWarning("the window was not shown");
        return {};
    }
    // The labels are read on the worker: until then the label pane shows its empty note.
    auto *labels = window->findChild<QListView *>(u"labelList"_s);
    if (!labels || !QTest::qWaitFor([labels] { return labels->isVisible(); }, 20000)) {
        qWarning("the label pane never showed its label");
        return {};
    }
    return window;
}

qint64 TestSidePane::idOf(const QString &title) const
{
    for (const NewsItem &item : m_store.items(m_store.itemIds())) {
        if (item.title == title)
            return item.id;
    }
    return 0;
}

QModelIndex TestSidePane::fileIndex(const SourceModel &model, const QString &fileName) const
{
    for (int top = 0; top < model.rowCount(); ++top) {
        const QModelIndex folder = model.index(top, 0);
        for (int row = 0; row < model.rowCount(folder); ++row) {
            const QModelIndex file = model.index(row, 0, folder);
            if (file.data(SourceModel::PathRole).toString().endsWith(fileName))
                return file;
        }
    }
    return {};
}

// ---------------------------------------------------------------------------
// Labels

void TestSidePane::labelPaneShowsTheLabelsAndTheirNumbers()
{
    const auto shown = showPane<LabelModel, LabelPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QListView *view = pane.view();
    QCOMPARE(view->objectName(), u"labelList"_s);
    // name, total, unread (bold); no unread: nothing bold
    QCOMPARE(rowsSay(view), (QStringList{u"Budget 5 4"_s, u"Läs senare 0 "_s}));
    auto *delegate = qobject_cast<CountDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex budget = view->model()->index(0, 0);
    QCOMPARE(view->parentWidget()->property("currentIndex"), QVariant(0)); // the list, not the empty note
    // A colour dot: the row has a decoration the colour of the label.
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    QVERIFY(delegate->sizeHint(option, budget).width() > 0);
    QCOMPARE(QColor::fromString(budget.data(LabelModel::ColorRole).toString()), QColor(u"#e01b24"_s));
}

// The numbers both the side pane's and the category pane's rows end with:
// the total right-aligned in its colour, the unread number in bold in the
// text colour left of it, a gap between; no unread number, no bold text.
void TestSidePane::countPainterPutsTheUnreadLeftOfTheTotal()
{
    QFont font = QApplication::font();
    font.setPixelSize(14);
    const int gap = 5;
    const CountPainter both(font, u"12"_s, u"345"_s, gap);
    const int unreadWidth = QFontMetrics(CountPainter::boldFont(font)).horizontalAdvance(u"12"_s);
    const int countWidth = QFontMetrics(font).horizontalAdvance(u"345"_s);
    QCOMPARE(both.countWidth(), countWidth);
    QCOMPARE(both.width(), unreadWidth + gap + countWidth);
    QCOMPARE(CountPainter(font, QString(), u"345"_s, gap).width(), countWidth);
    QCOMPARE(CountPainter(font, u"12"_s, QString(), gap).width(), unreadWidth + gap);

    // Which columns hold pixels of a colour.
    const auto columns = [](const QImage &image, QRgb color) {
        QList<int> found;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 0; y < image.height(); ++y) {
                if (image.pixel(x, y) == color) {
                    found.append(x);
                    break;
                }
            }
        }
        return found;
    };
    const QRect rect(0, 0, 200, 24);
    const auto painted = [&](const CountPainter &counts) {
        QImage image(rect.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        counts.paint(&painter, rect, QColor(Qt::red), QColor(Qt::black));
        painter.end();
        return image;
    };
    const QImage image = painted(both);
    const QList<int> total = columns(image, qRgb(255, 0, 0));
    const QList<int> unread = columns(image, qRgb(0, 0, 0));
    QVERIFY(!total.isEmpty() && !unread.isEmpty());
    QVERIFY2(total.first() > rect.right() - countWidth && total.last() <= rect.right(), "the total at the right");
    QVERIFY2(unread.last() <= rect.right() - countWidth - gap, "the unread number left of the total and the gap");
    QVERIFY(unread.first() > rect.right() - countWidth - gap - unreadWidth);
    QVERIFY(columns(painted(CountPainter(font, QString(), u"345"_s, gap)), qRgb(0, 0, 0)).isEmpty());
}

void TestSidePane::labelPaneSaysHowToMakeALabel()
{
    LabelModel model; // no store: no labels
    LabelPane pane(&model);
    QVERIFY(showAndWait(&pane));
    auto *note = pane.findChild<QLabel *>(u"labelEmptyNote"_s);
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(!pane.view()->isVisible());
    QCOMPARE(note->text(), u"No labels yet — select items and press 1, or right-click → New Label"_s);
    // The empty note has the menu too, and the New button asks for a label.
    QSignalSpy asked(&pane, &LabelPane::newLabelRequested);
    QVERIFY(asked.isValid());
    MenuRunner menu(&pane, u"newLabelAction"_s);
    Q_EMIT note->customContextMenuRequested(QPoint(5, 5));
    QCOMPARE(menu.names(), QStringList{u"newLabelAction"_s});
    QCOMPARE(asked.count(), 1);
    auto *button = pane.findChild<QToolButton *>(u"newLabelButton"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked.count(), 2);
}

void TestSidePane::labelCheckBoxesShowOnDarkAndLight_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// A label row's check box stands out from the list's base: on a dark
// palette the style's own outline (a darker window colour) does not, and the
// row draws an edge of its own.
void TestSidePane::labelCheckBoxesShowOnDarkAndLight()
{
    QFETCH(bool, dark);
    const auto shown = showPane<LabelModel, LabelPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    const QPalette palette = dark ? WindowTestSupport::darkPalette() : QApplication::style()->standardPalette();
    pane.setPalette(palette);
    QListView *view = pane.view();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.rect = view->visualRect(model.index(0));
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    option.features |= QStyleOptionViewItem::HasDisplay;
    const QRect check = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QVERIFY(!check.isEmpty());
    const int contrast = contrastIn(view->viewport()->grab().toImage(), check, palette.color(QPalette::Base));
    QVERIFY2(contrast >= 64, qPrintable(u"the check box's edge differs from the base by only %1 of 255"_s.arg(contrast)));

    // The category pane's "Match all" check box too.
    CategoryModel categories;
    CategoryPane categoryPane(&categories);
    categoryPane.setPalette(palette);
    QVERIFY(showAndWait(&categoryPane));
    auto *matchAll = categoryPane.findChild<QCheckBox *>(u"matchAllCheck"_s);
    QVERIFY(matchAll);
    QStyleOptionButton button;
    button.initFrom(matchAll);
    const QRect box = matchAll->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &button, matchAll);
    const int boxContrast = contrastIn(matchAll->grab().toImage(), box, palette.color(QPalette::Window));
    QVERIFY2(boxContrast >= 40, qPrintable(u"the Match all box differs from the window by only %1"_s.arg(boxContrast)));
}

void TestSidePane::checkingALabelFilters()
{
    const auto shown = showPane<LabelModel, LabelPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QSignalSpy checked(&model, &LabelModel::checkedLabelsChanged);
    QVERIFY(checked.isValid());
    // A click anywhere on the row checks it.
    click(pane.view(), model.index(0));
    QCOMPARE(checked.count(), 1);
    QCOMPARE(checked.last().at(0).toStringList(), QStringList{u"Budget"_s});
    QCOMPARE(model.checkedLabels(), QStringList{u"Budget"_s});
    // Space on the current row unchecks it.
    pane.view()->setFocus();
    pane.view()->setCurrentIndex(model.index(0));
    QTest::keyClick(pane.view(), Qt::Key_Space);
    QCOMPARE(checked.count(), 2);
    QVERIFY(model.checkedLabels().isEmpty());
    // "Uncheck All Labels" in the menu, offered only while any is checked.
    model.setCheckedLabels({u"Budget"_s, u"Läs senare"_s});
    MenuRunner menu(&pane, u"clearLabelFilterAction"_s);
    rightClick(pane.view(), model.index(1));
    QVERIFY(menu.names().contains(u"clearLabelFilterAction"_s));
    QVERIFY(model.checkedLabels().isEmpty());
}

void TestSidePane::labelContextMenuSignals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("row");
    for (int row : {0, 1}) {
        for (const char *action : {"renameLabelAction", "recolourLabelAction", "deleteLabelAction", "newLabelAction"})
            QTest::addRow("%s, row %d", action, row) << QString::fromLatin1(action) << row;
    }
}

void TestSidePane::labelContextMenuSignals()
{
    QFETCH(QString, action);
    QFETCH(int, row);
    const auto shown = showPane<LabelModel, LabelPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QSignalSpy renamed(&pane, &LabelPane::renameRequested);
    QSignalSpy recoloured(&pane, &LabelPane::recolourRequested);
    QSignalSpy deleted(&pane, &LabelPane::deleteRequested);
    QSignalSpy made(&pane, &LabelPane::newLabelRequested);
    QVERIFY(renamed.isValid() && recoloured.isValid() && deleted.isValid() && made.isValid());
    MenuRunner menu(&pane, action);
    rightClick(pane.view(), model.index(row));
    QCOMPARE(menu.accessibleName(), u"Label actions"_s);
    QCOMPARE(menu.names(), (QStringList{u"renameLabelAction"_s, u"recolourLabelAction"_s, u"deleteLabelAction"_s,
                                        u"moveLabelUpAction"_s, u"moveLabelDownAction"_s, u"newLabelAction"_s}));
    // The first label cannot go up, the last one not down.
    QCOMPARE(menu.disabled(), QStringList{row == 0 ? u"moveLabelUpAction"_s : u"moveLabelDownAction"_s});
    const qint64 id = row == 0 ? m_budget.id : m_later.id;
    QCOMPARE(renamed.count() + recoloured.count() + deleted.count() + made.count(), 1);
    if (action == u"newLabelAction"_s) {
        QCOMPARE(made.count(), 1);
        return;
    }
    QSignalSpy &fired = action == u"renameLabelAction"_s ? renamed
            : action == u"recolourLabelAction"_s         ? recoloured
                                                         : deleted;
    QCOMPARE(fired.count(), 1);
    QCOMPARE(fired.first().at(0).toLongLong(), id);
}

// ---------------------------------------------------------------------------
// Saved views

void TestSidePane::viewPaneShowsTheViewsAndHidden()
{
    const auto shown = showPane<SavedViewModel, ViewPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QListView *view = pane.view();
    QCOMPARE(view->objectName(), u"viewList"_s);
    // Kultur: Första 0, 2, 4, 6, 8 (Första 0 read); Hidden: Andra 3, unread
    QCOMPARE(rowsSay(view), (QStringList{u"Kultur 5 4"_s, u"Hidden 1 1"_s}));
    QVERIFY(view->model()->index(1, 0).data(SavedViewModel::IsHiddenViewRole).toBool());
    // With a view, no note; without one, the note says how to save one.
    QVERIFY(!pane.findChild<QLabel *>(u"viewEmptyNote"_s)->isVisible());
    SavedViewModel none; // no store: only Hidden
    ViewPane empty(&none);
    QVERIFY(showAndWait(&empty));
    auto *note = empty.findChild<QLabel *>(u"viewEmptyNote"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"No saved views yet — set a filter, then choose Save View…"_s);
}

void TestSidePane::clickOrEnterActivatesAView()
{
    const auto shown = showPane<SavedViewModel, ViewPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QSignalSpy activated(&pane, &ViewPane::viewActivated);
    QSignalSpy hidden(&pane, &ViewPane::hiddenViewActivated);
    QVERIFY(activated.isValid() && hidden.isValid());
    click(pane.view(), model.index(0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), m_kultur.id);
    QCOMPARE(pane.currentView(), m_kultur.id);
    click(pane.view(), model.index(model.hiddenViewRow()));
    QCOMPARE(hidden.count(), 1);
    QCOMPARE(pane.currentView(), ViewPane::HiddenView);
    // The keyboard: Up to the view, Enter.
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Up);
    QCOMPARE(activated.count(), 1); // moving does not activate
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).toLongLong(), m_kultur.id);
    QCOMPARE(hidden.count(), 1);
}

void TestSidePane::setCurrentViewSelectsWithoutActivating()
{
    const auto shown = showPane<SavedViewModel, ViewPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QSignalSpy activated(&pane, &ViewPane::viewActivated);
    QSignalSpy hidden(&pane, &ViewPane::hiddenViewActivated);
    pane.setCurrentView(m_kultur.id);
    QCOMPARE(pane.view()->selectionModel()->selectedRows(), QModelIndexList{model.index(0)});
    pane.setCurrentView(ViewPane::HiddenView);
    QCOMPARE(pane.view()->selectionModel()->selectedRows(), QModelIndexList{model.index(model.hiddenViewRow())});
    pane.clearCurrentView();
    QVERIFY(pane.view()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(pane.currentView(), ViewPane::NoView);
    // The selection survives the model reading the views again.
    pane.setCurrentView(m_kultur.id);
    model.refresh();
    QCOMPARE(pane.view()->selectionModel()->selectedRows(), QModelIndexList{model.index(0)});
    QCOMPARE(activated.count(), 0);
    QCOMPARE(hidden.count(), 0);
}

void TestSidePane::viewContextMenuSignals_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action : {"showViewAction", "editViewAction", "renameViewAction", "deleteViewAction"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

void TestSidePane::viewContextMenuSignals()
{
    QFETCH(QString, action);
    const auto shown = showPane<SavedViewModel, ViewPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QSignalSpy activated(&pane, &ViewPane::viewActivated);
    QSignalSpy edited(&pane, &ViewPane::editRequested);
    QSignalSpy renamed(&pane, &ViewPane::renameRequested);
    QSignalSpy deleted(&pane, &ViewPane::deleteRequested);
    MenuRunner menu(&pane, action);
    rightClick(pane.view(), model.index(0));
    QCOMPARE(menu.accessibleName(), u"Saved view actions"_s);
    QCOMPARE(menu.names(), (QStringList{u"showViewAction"_s, u"editViewAction"_s, u"renameViewAction"_s,
                                        u"moveViewUpAction"_s, u"moveViewDownAction"_s, u"deleteViewAction"_s}));
    // The only view: it cannot move (Hidden stays last).
    QCOMPARE(menu.disabled(), (QStringList{u"moveViewUpAction"_s, u"moveViewDownAction"_s}));
    QCOMPARE(activated.count() + edited.count() + renamed.count() + deleted.count(), 1);
    QSignalSpy &fired = action == u"showViewAction"_s ? activated
            : action == u"editViewAction"_s           ? edited
            : action == u"renameViewAction"_s         ? renamed
                                                      : deleted;
    QCOMPARE(fired.count(), 1);
    QCOMPARE(fired.first().at(0).toLongLong(), m_kultur.id);
}

void TestSidePane::hiddenViewContextMenu()
{
    const auto shown = showPane<SavedViewModel, ViewPane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QSignalSpy forget(&pane, &ViewPane::forgetHiddenRequested);
    QSignalSpy hidden(&pane, &ViewPane::hiddenViewActivated);
    QSignalSpy deleted(&pane, &ViewPane::deleteRequested);
    {
        MenuRunner menu(&pane, u"forgetHiddenAction"_s);
        rightClick(pane.view(), model.index(model.hiddenViewRow()));
        // Not deletable, not renamable.
        QCOMPARE(menu.names(), (QStringList{u"showViewAction"_s, u"forgetHiddenAction"_s}));
    }
    QCOMPARE(forget.count(), 1);
    MenuRunner menu(&pane, u"showViewAction"_s);
    rightClick(pane.view(), model.index(model.hiddenViewRow()));
    QCOMPARE(hidden.count(), 1);
    QCOMPARE(deleted.count(), 0);
}

// ---------------------------------------------------------------------------
// Sources

void TestSidePane::sourcePaneShowsTheFiles()
{
    const auto shown = showPane<SourceModel, SourcePane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QTreeView *tree = pane.view();
    QCOMPARE(tree->objectName(), u"sourceTree"_s);
    auto *delegate = qobject_cast<CountDelegate *>(tree->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex first = fileIndex(model, u"first.txt"_s);
    const QModelIndex second = fileIndex(model, u"second.txt"_s);
    QVERIFY(first.isValid());
    QVERIFY(second.isValid());
    QCOMPARE(delegate->countText(first), u"10"_s);
    QCOMPARE(delegate->unreadText(first), m_organised ? u"9"_s : u"10"_s); // one read (organise())
    QCOMPARE(delegate->countText(second), m_organised ? u"3"_s : u"4"_s); // one hidden (organise())
    QVERIFY(tree->isExpanded(first.parent())); // the folders open
    // Nothing imported: the note says how to import.
    SourceModel none;
    SourcePane empty(&none);
    QVERIFY(showAndWait(&empty));
    auto *note = empty.findChild<QLabel *>(u"sourceEmptyNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().startsWith(u"No sources yet — import files or a folder"_s));
}

void TestSidePane::doubleClickOrEnterReadsAFile()
{
    const auto shown = showPane<SourceModel, SourcePane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QSignalSpy read(&pane, &SourcePane::fileActivated);
    QSignalSpy all(&pane, &SourcePane::allSourcesActivated);
    QVERIFY(read.isValid() && all.isValid());
    auto *allButton = pane.findChild<QToolButton *>(u"allSourcesButton"_s);
    QVERIFY(!allButton->isEnabled()); // every source is shown already
    const QModelIndex first = fileIndex(model, u"first.txt"_s);
    const QPoint at = pane.view()->visualRect(first).center();
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, at); // (a double click follows a click)
    QCOMPARE(read.count(), 0);                                      // one click only selects
    QTest::mouseDClick(pane.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(read.count(), 1);
    QVERIFY(read.first().at(0).toString().endsWith(u"first.txt"_s));
    QCOMPARE(pane.currentFile(), read.first().at(0).toString());
    QVERIFY(allButton->isEnabled());
    // Enter on the other file; on a folder it reads nothing.
    pane.view()->setFocus();
    pane.view()->setCurrentIndex(fileIndex(model, u"second.txt"_s));
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(read.count(), 2);
    QVERIFY(read.last().at(0).toString().endsWith(u"second.txt"_s));
    pane.view()->setCurrentIndex(first.parent());
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(read.count(), 2);
    // Back to every file.
    QTest::mouseClick(allButton, Qt::LeftButton);
    QCOMPARE(all.count(), 1);
    QVERIFY(pane.currentFile().isEmpty());
    QVERIFY(!allButton->isEnabled());
}

void TestSidePane::sourceContextMenuSignals()
{
    const auto shown = showPane<SourceModel, SourcePane>();
    QVERIFY(shown);
    auto &[model, pane] = *shown;
    QSignalSpy opened(&pane, &SourcePane::openRequested);
    QSignalSpy removed(&pane, &SourcePane::removeRequested);
    QSignalSpy read(&pane, &SourcePane::fileActivated);
    const QModelIndex first = fileIndex(model, u"first.txt"_s);
    const QString firstPath = first.data(SourceModel::PathRole).toString();
    {
        MenuRunner menu(&pane, u"openSourceAction"_s);
        rightClick(pane.view(), first);
        QCOMPARE(menu.accessibleName(), u"Source actions"_s);
        QCOMPARE(menu.names(),
                 (QStringList{u"readSourceAction"_s, u"openSourceAction"_s, u"removeSourceAction"_s}));
    }
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toString(), firstPath);
    {
        MenuRunner menu(&pane, u"readSourceAction"_s);
        rightClick(pane.view(), first);
    }
    QCOMPARE(read.count(), 1);
    {
        MenuRunner menu(&pane, u"removeSourceAction"_s);
        rightClick(pane.view(), first);
    }
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).toStringList(), QStringList{firstPath});
    // Both files selected: both removed; a folder's row stands for its files.
    const QModelIndex second = fileIndex(model, u"second.txt"_s);
    const QString secondPath = second.data(SourceModel::PathRole).toString();
    pane.view()->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    {
        MenuRunner menu(&pane, u"removeSourceAction"_s);
        rightClick(pane.view(), second);
    }
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.last().at(0).toStringList(), (QStringList{firstPath, secondPath}));
    pane.view()->selectionModel()->clearSelection();
    {
        MenuRunner menu(&pane, u"removeSourceAction"_s);
        rightClick(pane.view(), first.parent());
        QVERIFY(!menu.names().contains(u"openSourceAction"_s)); // a folder is not opened in an editor
    }
    QCOMPARE(removed.last().at(0).toStringList(), model.filesUnder(first.parent()));
}

void TestSidePane::stopWatchingAFolder()
{
    SourceModel model;
    model.setStore(&m_store);
    const QString folder = QDir::cleanPath(m_dir.filePath(u"watched"_s));
    QVERIFY(QDir().mkpath(folder));
    model.setWatchedFolders({folder});
    model.refresh();
    SourcePane pane(&model);
    QVERIFY(showAndWait(&pane));
    const QModelIndex watched = model.indexOfFolder(folder);
    QVERIFY(watched.isValid());
    QSignalSpy stopped(&pane, &SourcePane::stopWatchingRequested);
    {
        MenuRunner menu(&pane, u"stopWatchingAction"_s);
        rightClick(pane.view(), watched);
        QVERIFY(menu.names().contains(u"stopWatchingAction"_s));
    }
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(stopped.first().at(0).toString(), watched.data(SourceModel::PathRole).toString());
    // A folder not watched has no such action.
    const QModelIndex other = fileIndex(model, u"first.txt"_s).parent();
    MenuRunner menu(&pane, QString());
    rightClick(pane.view(), other);
    QVERIFY(!menu.names().contains(u"stopWatchingAction"_s));
}

// ---------------------------------------------------------------------------
// The side pane

void TestSidePane::sidePaneHoldsThePanes()
{
    SideModels models(&m_store);
    SidePane side(&models.categories, &models.views, &models.labels, &models.sources);
    QVERIFY(showAndWait(&side));
    QCOMPARE(side.objectName(), u"sidePane"_s);
    QCOMPARE(side.viewPane()->objectName(), u"viewPane"_s);
    QCOMPARE(side.labelPane()->objectName(), u"labelPane"_s);
    QCOMPARE(side.categoryPane()->objectName(), u"categoryPane"_s);
    QCOMPARE(side.sourcePane()->objectName(), u"sourcePane"_s);
    // Top to bottom: views, labels, the tabs.
    QVERIFY(side.viewPane()->geometry().top() < side.labelPane()->geometry().top());
    QCOMPARE(side.splitter()->widget(2), side.tabs());
    QCOMPARE(side.tabs()->tabText(0), u"Categories"_s);
    QCOMPARE(side.tabs()->tabText(1), u"Sources"_s);
    QCOMPARE(side.currentTab(), SidePane::Tab::Categories);
    QSignalSpy tab(&side, &SidePane::currentTabChanged);
    side.tabs()->setCurrentIndex(1);
    QCOMPARE(side.currentTab(), SidePane::Tab::Sources);
    QCOMPARE(tab.count(), 1);
    QVERIFY(side.sourcePane()->isVisible());
    // The keyboard reaches every part, top to bottom.
    const QList<QWidget *> chain = side.focusChain();
    QVERIFY(chain.indexOf(side.viewPane()->view()) < chain.indexOf(side.labelPane()->view()));
    QVERIFY(chain.indexOf(side.labelPane()->view()) < chain.indexOf(side.tabs()->tabBar()));
    QVERIFY(chain.indexOf(side.tabs()->tabBar()) < chain.indexOf(side.sourcePane()->view()));
    for (QWidget *widget : chain)
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName()));
}

void TestSidePane::sidePaneStateIsKeptWithTheReaderPanes()
{
    SideModels models;
    auto &[categories, views, labels, sources] = models;
    QByteArray state;
    QList<int> sizes;
    {
        ReaderPanes panes;
        auto *side = new SidePane(&categories, &views, &labels, &sources, panes.splitter());
        panes.addPanes(side, new QWidget(panes.splitter()), new QWidget(panes.splitter()));
        panes.resize(1200, 800);
        panes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panes));
        QCOMPARE(panes.sidePane(), side);
        QCOMPARE(panes.categoryPane(), side->categoryPane());
        QCOMPARE(panes.labelPane(), side->labelPane());
        QCOMPARE(panes.viewPane(), side->viewPane());
        QCOMPARE(panes.sourcePane(), side->sourcePane());
        side->setCurrentTab(SidePane::Tab::Sources);
        side->splitter()->setSizes({100, 300, 300});
        sizes = side->splitter()->sizes();
        state = panes.saveState();
    }
    ReaderPanes panes;
    auto *side = new SidePane(&categories, &views, &labels, &sources, panes.splitter());
    panes.addPanes(side, new QWidget(panes.splitter()), new QWidget(panes.splitter()));
    panes.resize(1200, 800);
    panes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panes));
    QCOMPARE(side->currentTab(), SidePane::Tab::Categories);
    panes.restoreState(state);
    QCOMPARE(side->currentTab(), SidePane::Tab::Sources);
    QCOMPARE(side->splitter()->sizes(), sizes);
    // Not a side pane's state: refused, nothing changed.
    QVERIFY(!side->restoreState("not a state"));
    QCOMPARE(side->currentTab(), SidePane::Tab::Sources);
    // The side pane hidden and shown again (F9's action) keeps its state.
    QSignalSpy visible(&panes, &ReaderPanes::categoryPaneVisibleChanged);
    panes.setSidePaneVisible(false);
    QVERIFY(!side->isVisible());
    QVERIFY(!panes.isSidePaneVisible());
    panes.setSidePaneVisible(true);
    QVERIFY(side->isVisible());
    QCOMPARE(visible.count(), 2);
    QCOMPARE(side->currentTab(), SidePane::Tab::Sources);
}

void TestSidePane::everyControlHasANameAndAnAccessibleName()
{
    SideModels models(&m_store);
    SidePane side(&models.categories, &models.views, &models.labels, &models.sources);
    DetailPane detail;
    detail.retranslate();
    for (QWidget *root : {static_cast<QWidget *>(&side), static_cast<QWidget *>(&detail)}) {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || widget->inherits("QScrollBar")
                || widget->parentWidget()->inherits("QAbstractScrollArea")
                || widget->parentWidget()->inherits("QAbstractSpinBox"))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty() || widget->inherits("QCheckBox")
                             || widget->inherits("QAbstractButton"),
                     qPrintable(widget->objectName()));
        }
    }
    QVERIFY(!detail.noteEditor()->accessibleName().isEmpty());
    QCOMPARE(detail.noteEditor()->objectName(), u"noteEdit"_s);
    QCOMPARE(detail.noteEditor()->placeholderText(), u"Write a note…"_s);
}

void TestSidePane::f9HidesTheWholeSidePane()
{
    const std::unique_ptr<MainWindow> window = showWindow();
    QVERIFY(window);
    auto *side = window->findChild<SidePane *>(u"sidePane"_s);
    QVERIFY(side);
    QVERIFY(side->isVisible());
    QVERIFY(window->findChild<CategoryPane *>(u"categoryPane"_s)->isVisible());
    auto *list = window->findChild<QListView *>(u"newsView"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F9);
    QVERIFY(!side->isVisible());
    QTest::keyClick(list, Qt::Key_F9);
    QVERIFY(side->isVisible());
    QVERIFY(side->labelPane()->isVisible());
    QVERIFY(side->viewPane()->isVisible());
}

// Tab goes round the window's controls, and every round reaches the same
// ones: the side pane's buttons ("New" label) too, not only the first time.
void TestSidePane::tabRingReachesEveryControlEveryRound()
{
    const std::unique_ptr<MainWindow> window = showWindow();
    QVERIFY(window);
    auto *views = window->findChild<QListView *>(u"viewList"_s);
    views->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), views);
    QList<QStringList> rounds{{}};
    for (int press = 0; press < 200 && rounds.size() <= 3; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == views)
            rounds.append(QStringList());
        else
            rounds.last().append(now->objectName());
    }
    QVERIFY2(rounds.size() > 3, "Tab never came back to the first control");
    QVERIFY2(rounds.at(0).contains(u"newLabelButton"_s), qPrintable(rounds.at(0).join(u' ')));
    QVERIFY2(rounds.at(0).contains(u"labelList"_s), qPrintable(rounds.at(0).join(u' ')));
    QVERIFY2(rounds.at(0).contains(u"newsView"_s), qPrintable(rounds.at(0).join(u' ')));
    QCOMPARE(rounds.at(1), rounds.at(0));
    QCOMPARE(rounds.at(2), rounds.at(0));
    // Shift+Tab goes the same way back.
    QStringList back;
    for (qsizetype press = 0; press < rounds.at(0).size(); ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        back.prepend(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(back, rounds.at(0));
}

// F6 and Shift+F6 go from pane to pane: the side pane, the list, the detail
// pane, and round; a pane gets back the control that had the focus in it;
// a hidden side pane (F9) is passed over.
void TestSidePane::f6CyclesThePanes()
{
    const std::unique_ptr<MainWindow> window = showWindow();
    QVERIFY(window);
    auto *side = window->findChild<SidePane *>(u"sidePane"_s);
    auto *list = window->findChild<QListView *>(u"newsView"_s);
    auto *detail = window->findChild<DetailPane *>();
    QVERIFY(side && list && detail);
    auto *next = window->findChild<QAction *>(u"nextPaneAction"_s);
    QVERIFY(next && window->findChild<QAction *>(u"previousPaneAction"_s));
    // In the Go menu, Help → Keyboard Shortcuts and Configure Shortcuts.
    auto *actions = window->findChild<WindowActions *>();
    QVERIFY(actions->configurableActions().contains(next));
    QCOMPARE(actions->defaultShortcuts(next), QList<QKeySequence>{QKeySequence(Qt::Key_F6)});
    QVERIFY(window->findChild<QMenu *>(u"goMenu"_s)->actions().contains(next));
    const auto rows = actions->shortcuts();
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const ShortcutsDialog::Shortcut &row) {
        return row.keys.contains(QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText));
    }));
    const auto press = [](QKeyCombination key) {
        QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
        return QApplication::focusWidget();
    };
    list->setFocus();
    QCOMPARE(press(Qt::Key_F6), detail->view());
    QWidget *inSide = press(Qt::Key_F6);
    QVERIFY2(side->isAncestorOf(inSide), qPrintable(inSide->objectName()));
    QCOMPARE(press(Qt::Key_F6), list);
    QVERIFY(side->isAncestorOf(press(Qt::SHIFT | Qt::Key_F6)));
    QCOMPARE(press(Qt::SHIFT | Qt::Key_F6), detail->view());
    QCOMPARE(press(Qt::SHIFT | Qt::Key_F6), list);
    // The side pane gets back the control that had the focus: the labels.
    side->labelPane()->view()->setFocus();
    QCOMPARE(press(Qt::Key_F6), list);
    QCOMPARE(press(Qt::SHIFT | Qt::Key_F6), side->labelPane()->view());
    // The side pane hidden: list and detail pane only.
    QTest::keyClick(list, Qt::Key_F9);
    QVERIFY(!side->isVisible());
    list->setFocus();
    QCOMPARE(press(Qt::Key_F6), detail->view());
    QCOMPARE(press(Qt::Key_F6), list);
    QTest::keyClick(list, Qt::Key_F9);
}

// The cycler alone: panes of plain widgets, one of them hidden, one with
// nothing that takes the focus.
void TestSidePane::paneCyclerPassesOverHiddenPanes()
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    QList<QWidget *> panes;
    for (int i = 0; i < 4; ++i) {
        auto *pane = new QWidget(&window);
        auto *inner = new QVBoxLayout(pane);
        auto *edit = new QLineEdit(pane);
        edit->setObjectName(u"edit%1"_s.arg(i));
        inner->addWidget(edit);
        auto *list = new QListView(pane);
        list->setObjectName(u"list%1"_s.arg(i));
        inner->addWidget(list);
        layout->addWidget(pane);
        panes.append(pane);
    }
    for (QWidget *widget : panes.at(3)->findChildren<QWidget *>())
        widget->setFocusPolicy(Qt::NoFocus);
    auto *cycler = new PaneCycler(&window, {{panes.at(0)},
                                            {panes.at(1), panes.at(1)->findChild<QListView *>()},
                                            {panes.at(2)},
                                            {panes.at(3)}});
    QVERIFY(showAndWait(&window));
    const auto name = [](QWidget *widget) { return widget ? widget->objectName() : u"none"_s; };
    // No pane has the focus: F6 starts at the first, Shift+F6 at the last that takes it.
    window.setFocus();
    QCOMPARE(name(cycler->focusNext()), u"edit0"_s);
    QCOMPARE(name(cycler->focusNext()), u"list1"_s); // its entry
    QCOMPARE(name(cycler->focusNext()), u"edit2"_s);
    QCOMPARE(name(cycler->focusNext()), u"edit0"_s); // pane 3 takes no focus
    panes.at(1)->findChild<QLineEdit *>()->setFocus();
    QCOMPARE(cycler->paneOf(QApplication::focusWidget()), 1);
    QCOMPARE(name(cycler->focusNext()), u"edit2"_s);
    QCOMPARE(name(cycler->focusPrevious()), u"edit1"_s); // where the focus was
    panes.at(2)->hide();
    QCOMPARE(name(cycler->focusNext()), u"edit0"_s);
    QCOMPARE(name(cycler->focusPrevious()), u"edit1"_s);
    panes.at(0)->hide();
    QCOMPARE(name(cycler->focusNext()), u"none"_s); // no other pane to go to
    QCOMPARE(QApplication::focusWidget()->objectName(), u"edit1"_s);
}

// ---------------------------------------------------------------------------
// The note editor

void TestSidePane::noteIsGivenOutWhenTypingStops()
{
    DetailPane pane;
    pane.retranslate();
    QVERIFY(showAndWait(&pane));
    QSignalSpy edited(&pane, &DetailPane::noteEdited);
    QVERIFY(edited.isValid());
    pane.showItem(itemWithNote(7, u"Första"_s), QString());
    NoteEditor *editor = pane.noteEditor();
    QCOMPARE(editor->toPlainText(), u"Första"_s);
    QVERIFY(editor->isEnabled());
    QCOMPARE(edited.count(), 0); // a note set is not one written
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u" rad"_s);
    // After NoteEditor::IdleMs without typing, once, with all of it.
    QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 1, 10000);
    QCOMPARE(edited.first().at(0).toLongLong(), qint64(7));
    QCOMPARE(edited.first().at(1).toString(), u"Första rad"_s);
    QVERIFY(!editor->isPending());
    // Nothing more while nothing is typed.
    QTest::qWait(NoteEditor::IdleMs * 2);
    QCOMPARE(edited.count(), 1);
}

void TestSidePane::noteIsGivenOutOnAnotherItemAndOnFocusLoss()
{
    QWidget window;
    auto *pane = new DetailPane(&window);
    pane->retranslate();
    auto *other = new QLineEdit(&window);
    other->setObjectName(u"otherEdit"_s);
    other->move(0, 620);
    pane->resize(320, 600);
    QVERIFY(showAndWait(&window));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy edited(pane, &DetailPane::noteEdited);
    pane->showItem(itemWithNote(1, QString()), QString());
    NoteEditor *editor = pane->noteEditor();
    editor->setFocus();
    QTest::keyClicks(editor, u"ett"_s);
    // Another item: the first one's note goes out at once, before the second shows.
    pane->showItem(itemWithNote(2, u"två"_s), QString());
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().at(0).toLongLong(), qint64(1));
    QCOMPARE(edited.first().at(1).toString(), u"ett"_s);
    QCOMPARE(editor->toPlainText(), u"två"_s);
    // Focus loss.
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    editor->selectAll();
    QTest::keyClicks(editor, u"tre"_s);
    other->setFocus();
    QTRY_COMPARE(edited.count(), 2);
    QCOMPARE(edited.last().at(0).toLongLong(), qint64(2));
    QCOMPARE(edited.last().at(1).toString(), u"tre"_s);
    // No item: what was typed goes out, the editor is disabled and empty.
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, u"!"_s);
    pane->showNothing(true);
    QCOMPARE(edited.count(), 3);
    QCOMPARE(edited.last().at(1).toString(), u"tre!"_s);
    QVERIFY(!editor->isEnabled());
    QVERIFY(editor->toPlainText().isEmpty());
    // Clearing a note is an edit too (an empty note).
    pane->showItem(itemWithNote(3, u"bort"_s), QString());
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    pane->showItem(itemWithNote(4, QString()), QString());
    QCOMPARE(edited.count(), 4);
    QCOMPARE(edited.last().at(0).toLongLong(), qint64(3));
    QCOMPARE(edited.last().at(1).toString(), QString());
}

void TestSidePane::noteTheRowBringsDoesNotOverwriteTyping()
{
    DetailPane pane;
    pane.retranslate();
    QVERIFY(showAndWait(&pane));
    QSignalSpy edited(&pane, &DetailPane::noteEdited);
    pane.showItem(itemWithNote(5, u"gammal"_s), QString());
    NoteEditor *editor = pane.noteEditor();
    editor->selectAll();
    QTest::keyClicks(editor, u"ny"_s);
    QVERIFY(editor->isPending());
    // The row read again (a read mark) before the note was saved: the typing stays.
    NewsItem again = itemWithNote(5, u"gammal"_s);
    again.read = true;
    pane.showItem(again, QString());
    QCOMPARE(editor->toPlainText(), u"ny"_s);
    // setNote() for the item while the person writes: kept too; for another item: ignored.
    pane.setNote(5, u"från någon annan"_s);
    QCOMPARE(editor->toPlainText(), u"ny"_s);
    pane.setNote(6, u"en annan nyhet"_s);
    QCOMPARE(editor->toPlainText(), u"ny"_s);
    editor->flush();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().at(1).toString(), u"ny"_s);
    // Written and given out, the row of before still does not undo it.
    pane.showItem(again, QString());
    QCOMPARE(editor->toPlainText(), u"ny"_s);
    // Not writing: a note set from outside (the command line's) shows.
    editor->clearFocus();
    pane.setNote(5, u"från kommandoraden"_s);
    QCOMPARE(editor->toPlainText(), u"från kommandoraden"_s);
    QCOMPARE(edited.count(), 1);
}

void TestSidePane::noteIsPlainText()
{
    DetailPane pane;
    pane.retranslate();
    QVERIFY(showAndWait(&pane));
    const QString markup = u"<b>fet</b> & <img src=\"file:///etc/passwd\">"_s;
    pane.showItem(itemWithNote(8, markup), QString());
    NoteEditor *editor = pane.noteEditor();
    QCOMPARE(editor->toPlainText(), markup);
    // Pasted rich text arrives as the text it shows.
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    auto *mime = new QMimeData;
    mime->setHtml(u"<i>kursiv</i>"_s);
    mime->setText(u"kursiv"_s);
    QGuiApplication::clipboard()->setMimeData(mime);
    editor->paste();
    QCOMPARE(editor->toPlainText(), markup + u"kursiv"_s);
    QSignalSpy edited(&pane, &DetailPane::noteEdited);
    editor->flush();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().at(1).toString(), markup + u"kursiv"_s);
}

void TestSidePane::noteEditorIsCompactWhenEmpty()
{
    QWidget window;
    auto *pane = new DetailPane(&window);
    pane->retranslate();
    auto *other = new QLineEdit(&window);
    other->move(0, 620);
    pane->resize(320, 600);
    QVERIFY(showAndWait(&window));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    pane->showItem(itemWithNote(9, QString()), QString());
    NoteEditor *editor = pane->noteEditor();
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const int empty = editor->height();
    QVERIFY(empty < editor->fontMetrics().lineSpacing() * 3);
    pane->showItem(itemWithNote(10, u"ett\ntvå\ntre"_s), QString());
    QVERIFY(editor->height() > empty);
    QVERIFY(editor->height() >= editor->fontMetrics().lineSpacing() * 3);
    // Focused, an empty note opens to write in.
    pane->showItem(itemWithNote(11, QString()), QString());
    QCOMPARE(editor->height(), empty);
    editor->setFocus();
    QTRY_VERIFY(editor->height() > empty);
}

QTEST_MAIN(TestSidePane)
#include "tst_sidepane.moc"
