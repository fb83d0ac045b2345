#include "models/i18n/languagemanager.h"

#include "models/support/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString ChoiceKey = u"ui/language"_s;
const QString Catalogue = u"newsdesk"_s;
const QString CatalogueFolder = u":/i18n"_s;
const QString English = u"en"_s;

LanguageManager *s_instance = nullptr;

bool isKnown(const QString &code)
{
    const QList<LanguageManager::Language> known = LanguageManager::languages();
    return std::any_of(known.cbegin(), known.cend(), [&](const auto &language) { return language.code == code; });
}

// Qt 6.4 ships Swedish only as the older catalogue qt_sv.qm (there is no
// qtbase_sv.qm), which lacks the texts of standard buttons and of
// QCommandLineParser. Listed here so that lupdate puts them, in Qt's own
// contexts, into newsdesk's catalogue; installed last, it is asked first.
[[maybe_unused]] constexpr const char *QtTextsMissingFromQtSv[] = {
        QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT_X(!s_instance, "LanguageManager", "one per application");
    s_instance = this;
    m_choice = QSettings().value(ChoiceKey).toString();
    if (!isKnown(m_choice))
        m_choice.clear();
    install();
}

LanguageManager::~LanguageManager()
{
    uninstall();
    if (s_instance == this)
        s_instance = nullptr;
}

LanguageManager *LanguageManager::instance()
{
    return s_instance;
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {{English, u"English"_s}, {u"sv"_s, u"Svenska"_s}};
}

void LanguageManager::setChoice(const QString &code)
{
    const QString choice = isKnown(code) ? code : QString();
    QSettings settings;
    if (choice.isEmpty())
        settings.remove(ChoiceKey);
    else
        settings.setValue(ChoiceKey, choice);
    if (choice == m_choice)
        return;
    m_choice = choice;
    const QString before = m_language;
    uninstall();
    install();
    if (m_language != before)
        Q_EMIT languageChanged(m_language);
}

void LanguageManager::install()
{
    // The first of the person's languages that newsdesk speaks; English otherwise.
    const QLocale wanted = m_choice.isEmpty() ? QLocale::system() : QLocale(m_choice);
    if (!m_appTranslator.load(wanted, Catalogue, u"_"_s, CatalogueFolder)
        && !m_appTranslator.load(Catalogue + u'_' + English, CatalogueFolder)) {
        qCWarning(lcI18n) << "newsdesk's catalogues are missing from" << CatalogueFolder;
    }
    m_language = m_appTranslator.isEmpty() ? English : QLocale(m_appTranslator.language()).name().section(u'_', 0, 0);

    // Qt's texts in the same language, never another one: a German system
    // gets English throughout, not German dialogs around English menus.
    if (m_language != English) {
        const QLocale language(m_language);
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator.load(language, u"qtbase"_s, u"_"_s, folder)
            || m_qtTranslator.load(language, u"qt"_s, u"_"_s, folder))
            m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qCDebug(lcI18n) << "Qt's own catalogue for" << m_language << "is not in" << folder;
    }
    // Installed last, so asked first: newsdesk's catalogue also fills gaps in Qt's.
    if (!m_appTranslator.isEmpty())
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
}

void LanguageManager::uninstall()
{
    // Destroyed with the application (a child of it): the translators go with it.
    if (!QCoreApplication::instance()) {
        m_appInstalled = m_qtInstalled = false;
        return;
    }
    if (std::exchange(m_appInstalled, false))
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (std::exchange(m_qtInstalled, false))
        QCoreApplication::removeTranslator(&m_qtTranslator);
}
