// The language of the reader window: the system's (the C locale of the tests
// is English), or the one chosen under View → Language, switched in the open
// window at once and remembered. Plurals in both languages; Qt's own texts
// (standard buttons, the line edit's menu) in Swedish too.

#include "models/i18n/languagemanager.h"
#include "views/window/mainwindow.h"
#include "windowtestsupport.h"
#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyLanguageHasACatalogue();
    void systemLanguageOfTheCLocaleIsEnglish();
    void plurals_data();
    void plurals();
    void viewLanguageSwitchesTheOpenWindow();
    void choiceIsRemembered();
    void unknownChoiceFollowsTheSystem();
    void qtTextsFollowTheLanguage();

private:
    std::unique_ptr<MainWindow> makeWindow();
    static QStringList menuTitles(MainWindow &window);
    static QString countText(MainWindow &window);
    static QAction *languageAction(MainWindow &window, const QString &code);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    // As main() does: one for the application, before any window.
    std::unique_ptr<LanguageManager> m_languages;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    WindowTestSupport::isolate(m_settingsDir.path(), u"tst_language"_s);
}

void TestLanguage::init()
{
    QSettings().clear();
    // Every test starts from the system's language, as after a fresh install.
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->choice().isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QCOMPARE(WindowTestSupport::importSample(m_dir->filePath(u"cache.sqlite"_s), &error), 47);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLanguage::cleanup()
{
    m_languages.reset();
    QCOMPARE(LanguageManager::instance(), nullptr);
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestLanguage::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_dir->filePath(u"cache.sqlite"_s));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

QStringList TestLanguage::menuTitles(MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    return titles;
}

QString TestLanguage::countText(MainWindow &window)
{
    return window.findChild<QLabel *>(u"countLabel"_s)->text();
}

QAction *TestLanguage::languageAction(MainWindow &window, const QString &code)
{
    return window.findChild<QAction *>(code.isEmpty() ? u"systemLanguageAction"_s : u"languageAction_"_s + code);
}

void TestLanguage::everyLanguageHasACatalogue()
{
    const QList<LanguageManager::Language> languages = LanguageManager::languages();
    QCOMPARE(languages.first().code, u"en"_s);
    for (const LanguageManager::Language &language : languages) {
        const QString file = u":/i18n/newsdesk_%1.qm"_s.arg(language.code);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QVERIFY(!language.name.isEmpty());
    }
}

void TestLanguage::systemLanguageOfTheCLocaleIsEnglish()
{
    // CTest runs every test with LC_ALL=C.UTF-8: no Swedish, so English with
    // its plural forms, not the source's "item(s)".
    QCOMPARE(m_languages->language(), u"en"_s);
    auto window = makeWindow();
    const QStringList titles = menuTitles(*window);
    for (const QString &title : {u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s})
        QVERIFY2(titles.contains(title), qPrintable(titles.join(u", "_s)));
    QCOMPARE(countText(*window), u"47 items, 47 unread"_s);
    QVERIFY(languageAction(*window, {})->isChecked());
}

void TestLanguage::plurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("English, one") << u"en"_s << 1 << u"1 item"_s;
    QTest::newRow("English, two") << u"en"_s << 2 << u"2 items"_s;
    QTest::newRow("English, none") << u"en"_s << 0 << u"0 items"_s;
    QTest::newRow("Swedish, one") << u"sv"_s << 1 << u"1 nyhet"_s;
    QTest::newRow("Swedish, two") << u"sv"_s << 2 << u"2 nyheter"_s;
    QTest::newRow("Swedish, none") << u"sv"_s << 0 << u"0 nyheter"_s;
}

void TestLanguage::plurals()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);

    m_languages->setChoice(language);
    QCOMPARE(m_languages->language(), language);
    QCOMPARE(QCoreApplication::translate("StatusBar", "%Ln item(s)", nullptr, count), expected);
    QCOMPARE(QCoreApplication::translate("CommandLine", "%n item(s)", nullptr, count), expected);
}

void TestLanguage::viewLanguageSwitchesTheOpenWindow()
{
    auto window = makeWindow();
    QSignalSpy changed(m_languages.get(), &LanguageManager::languageChanged);
    QVERIFY(changed.isValid());
    auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
    auto *categories = window->findChild<QListView *>(u"categoryView"_s);
    QCOMPARE(categories->model()->index(0, 0).data().toString(), u"All categories"_s);

    QAction *svenska = languageAction(*window, u"sv"_s);
    QVERIFY(svenska);
    QCOMPARE(svenska->text(), u"Svenska"_s);
    svenska->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), u"sv"_s);

    // The open window, without a restart.
    QTRY_VERIFY2(menuTitles(*window).contains(u"&Arkiv"_s), qPrintable(menuTitles(*window).join(u", "_s)));
    const QStringList titles = menuTitles(*window);
    for (const QString &title : {u"&Redigera"_s, u"&Visa"_s, u"&Hjälp"_s})
        QVERIFY2(titles.contains(title), qPrintable(titles.join(u", "_s)));
    // "47 nyheter, 47 olästa" (the unread part's Swedish comes with issue 15's merge).
    QVERIFY2(countText(*window).startsWith(u"47 nyheter, 47 "_s), qPrintable(countText(*window)));
    QVERIFY2(search->placeholderText().startsWith(u"Sök"_s), qPrintable(search->placeholderText()));
    QCOMPARE(search->accessibleName(), u"Sök"_s);
    QCOMPARE(categories->model()->index(0, 0).data().toString(), u"Alla kategorier"_s);
    QVERIFY(svenska->isChecked());
    // The export controller's actions (File → Export…) follow as well.
    QStringList actionTexts;
    for (const QAction *action : window->findChildren<QAction *>())
        actionTexts.append(action->text());
    QVERIFY2(actionTexts.contains(u"&Exportera…"_s), qPrintable(actionTexts.join(u", "_s)));
    // Category names are data: never translated (counted on the worker: wait for them).
    QTRY_VERIFY(categories->model()->rowCount() > 1);
    const QString firstCategory = categories->model()->index(1, 0).data().toString();
    QCOMPARE(firstCategory, u"Hälso- och sjukvård"_s);

    // Plurals follow the numbers: a selection of two, a filter of one.
    auto *news = window->findChild<QListView *>(u"newsView"_s);
    news->selectionModel()->select(QItemSelection(news->model()->index(0, 0), news->model()->index(1, 0)),
                                   QItemSelectionModel::ClearAndSelect);
    QCOMPARE(countText(*window), u"47 nyheter, 2 markerade"_s);
    search->setText(u"Avsiktsförklaring"_s);
    QTRY_COMPARE(countText(*window), u"1 av 47 nyheter"_s);

    // Remembered for the next start.
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"sv"_s);

    // And back.
    languageAction(*window, u"en"_s)->trigger();
    QTRY_VERIFY2(menuTitles(*window).contains(u"&File"_s), qPrintable(menuTitles(*window).join(u", "_s)));
    QCOMPARE(countText(*window), u"1 of 47 items"_s);
    QCOMPARE(categories->model()->index(0, 0).data().toString(), u"All categories"_s);

    // System: the C locale of the tests is English; nothing to remember.
    languageAction(*window, {})->trigger();
    QCOMPARE(m_languages->choice(), QString());
    QVERIFY(!QSettings().contains(u"ui/language"_s));
    QCOMPARE(changed.count(), 2); // English and System speak the same language
}

void TestLanguage::choiceIsRemembered()
{
    m_languages->setChoice(u"sv"_s);
    m_languages.reset();
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s); // uninstalled with the manager

    m_languages = std::make_unique<LanguageManager>();
    QCOMPARE(m_languages->choice(), u"sv"_s);
    QCOMPARE(m_languages->language(), u"sv"_s);
    auto window = makeWindow();
    QVERIFY(menuTitles(*window).contains(u"&Arkiv"_s));
    // "47 nyheter, 47 olästa" (the unread part's Swedish comes with issue 15's merge).
    QVERIFY2(countText(*window).startsWith(u"47 nyheter, 47 "_s), qPrintable(countText(*window)));
    QVERIFY(languageAction(*window, u"sv"_s)->isChecked());
}

void TestLanguage::unknownChoiceFollowsTheSystem()
{
    QSettings().setValue(u"ui/language"_s, u"tlh"_s);
    m_languages.reset();
    m_languages = std::make_unique<LanguageManager>();
    QCOMPARE(m_languages->choice(), QString());
    QCOMPARE(m_languages->language(), u"en"_s);
    m_languages->setChoice(u"xx"_s);
    QCOMPARE(m_languages->choice(), QString());
}

void TestLanguage::qtTextsFollowTheLanguage()
{
    m_languages->setChoice(u"sv"_s);

    // Standard buttons: Qt 6.4 ships no Swedish for them; newsdesk's catalogue does.
    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel | QDialogButtonBox::Ok);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), u"Stäng"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Avbryt"_s);
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Usage: %1"), u"Användning: %1"_s);

    // Qt's own catalogue (qt_sv.qm, package qt6-translations-l10n): the line edit's menu.
    const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qt_sv.qm"_s;
    if (!QFile::exists(qtCatalogue))
        QSKIP("qt_sv.qm is not installed (package qt6-translations-l10n)");
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QVERIFY(menu);
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY2(texts.first().startsWith(u"&Ångra"_s), qPrintable(texts.join(u", "_s)));

    m_languages->setChoice(u"en"_s);
    QCOMPARE(QDialogButtonBox(QDialogButtonBox::Close).button(QDialogButtonBox::Close)->text(), u"Close"_s);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
