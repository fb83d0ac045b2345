// The window's menus as a keyboard user meets them: within the menu bar and
// within every menu and submenu, no access key (the letter after "&") is used
// twice, in English and in Swedish; every menu's items can be reached by one.

#include "models/i18n/languagemanager.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The access key of a menu text ("Show Only S&tarred": 't'), or none; "&&"
// is a literal ampersand.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// The repeated access keys among actions, as "'t': Show Only S&tarred / &Title".
QStringList repeatedKeys(const QList<QAction *> &actions)
{
    QHash<QChar, QString> seen;
    QStringList repeated;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = accessKey(action->text());
        if (key.isNull())
            continue;
        if (seen.contains(key))
            repeated.append(u"'%1': %2 / %3"_s.arg(key, seen.value(key), action->text()));
        else
            seen.insert(key, action->text());
    }
    return repeated;
}

} // namespace

class TestMenus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void accessKeysAreUniqueInEveryMenu_data();
    void accessKeysAreUniqueInEveryMenu();
    void repeatedAccessKeysAreFound();
    void settingsMenuHoldsShortcutsTrayAndLanguage();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestMenus::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_menus"_s);
}

void TestMenus::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMenus::cleanup()
{
    m_languages.reset();
    m_dir.reset();
}

void TestMenus::accessKeysAreUniqueInEveryMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Swedish") << u"sv"_s;
}

void TestMenus::accessKeysAreUniqueInEveryMenu()
{
    QFETCH(QString, language);
    m_languages->setChoice(language);
    // Issue 15's menu texts get their Swedish when its branches are merged
    // (the translations test fails on any text left untranslated then).
    if (language == u"sv"_s && QCoreApplication::translate("WindowActions", "Zoom &In") == u"Zoom &In"_s)
        QSKIP("the Swedish catalogue does not hold issue 15's menu texts yet");
    // Issue 16's (Item → Labels, Hide, Save View…) come with its merge
    // (their Swedish access keys were chosen not to repeat in any menu).
    if (language == u"sv"_s && QCoreApplication::translate("WindowActions", "&Labels") == u"&Labels"_s)
        QSKIP("the Swedish catalogue does not hold issue 16's menu texts yet");
    MainWindow window(m_dir->filePath(u"cache.sqlite"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QList<QAction *> bar = window.menuBar()->actions();
    QVERIFY(bar.size() >= 7);
    QStringList problems;
    for (const QString &repeated : repeatedKeys(bar))
        problems.append(u"menu bar: "_s + repeated);
    QList<QMenu *> menus;
    for (QAction *action : bar)
        menus.append(action->menu());
    int walked = 0;
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        QVERIFY(menu);
        ++walked;
        // What the menu holds when it opens (Undo's text follows the stack).
        Q_EMIT menu->aboutToShow();
        for (const QString &repeated : repeatedKeys(menu->actions()))
            problems.append(menu->title() + u": "_s + repeated);
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus.append(action->menu());
            // Every item but a language's own name has an access key.
            else if (!action->isSeparator() && !action->objectName().startsWith(u"languageAction_"_s)
                     && accessKey(action->text()).isNull())
                problems.append(menu->title() + u": no access key: "_s + action->text());
        }
    }
    QVERIFY2(walked >= 10, qPrintable(QString::number(walked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestMenus::repeatedAccessKeysAreFound()
{
    // The check itself: the View menu of issue 15's report.
    QAction listing(u"Sort by &Listing Order"_s);
    QAction language(u"&Language"_s);
    QAction starred(u"Show Only S&tarred"_s);
    QAction title(u"Sort by &Title"_s);
    QAction literal(u"Fish && &Chips"_s);
    QCOMPARE(repeatedKeys({&listing, &language, &starred, &title, &literal}).size(), 2);
    QCOMPARE(accessKey(literal.text()), u'c');
}

void TestMenus::settingsMenuHoldsShortcutsTrayAndLanguage()
{
    MainWindow window(m_dir->filePath(u"cache.sqlite"_s));
    auto *settings = window.findChild<QMenu *>(u"settingsMenu"_s);
    QVERIFY(settings);
    QCOMPARE(settings->title(), u"&Settings"_s);
    const QList<QAction *> actions = settings->actions();
    QVERIFY(actions.contains(window.findChild<QAction *>(u"configureShortcutsAction"_s)));
    QVERIFY(actions.contains(window.findChild<QAction *>(u"showTrayIconAction"_s)));
    auto *language = window.findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(actions.contains(language->menuAction()));
    QVERIFY(window.findChild<QAction *>(u"showTrayIconAction"_s)->isCheckable());
}

QTEST_MAIN(TestMenus)
#include "tst_menus.moc"
