#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

// The language the program speaks: newsdesk's own translations (compiled in
// under ":/i18n") and Qt's (standard dialogs, buttons, --help headings).
//
// It follows the system's language unless a person chose one (View →
// Language), which is remembered in QSettings. Installing the translators
// sends QEvent::LanguageChange to every widget, so open windows retranslate
// themselves. A language without a translation falls back to English, whose
// catalogue holds the plural forms ("1 item", "2 items").
//
// One per application, made after the application object and before any text
// is shown: the window and the command line both use it. Needs only QtCore.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    struct Language
    {
        QString code; // "sv"
        QString name; // in that language, never translated: "Svenska"
    };

    // Installs the translators for the saved choice, or the system's language.
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override; // removes them

    // The manager that exists now, or nullptr.
    static LanguageManager *instance();
    // The languages newsdesk speaks, English first.
    static QList<Language> languages();

    // The chosen language code, or empty when the system's language is followed.
    QString choice() const { return m_choice; }
    // Saves the choice ("" for the system's language) and switches to it.
    void setChoice(const QString &code);
    // The code of the language in use: "en" or "sv".
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void install();
    void uninstall();

    QString m_choice;
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};
