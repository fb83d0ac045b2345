#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a person typed after `newsdesk`, read as every Qt program reads it and
// made ready for newsdesk's own parsers (QCommandLineParser):
// - Qt's own options are taken out: QGuiApplication's (-platform NAME,
//   -platformtheme NAME, -platformpluginpath PATH, -plugin NAME,
//   -qwindowgeometry GEOMETRY, -qwindowtitle TITLE, -qwindowicon ICON,
//   -reverse, -session ID, -testability, -qmljsdebugger=...; with the xcb
//   platform -geometry, -title, -icon), QApplication's (-style STYLE,
//   -style=STYLE, -stylesheet FILE, -stylesheet=FILE, -widgetcount), the xcb
//   platform's (-display DISPLAY, -name NAME, -visual ID, -nograb, -dograb)
//   and -fontengine NAME (Qt 5; Qt 6 reads it from -platform's parameters).
//   Qt also accepts each with two dashes. The window's QApplication reads and
//   applies them from argv itself; a command accepts and ignores them. Only
//   options before a "--" count: after it every argument is a path.
// - Options that hold for every command, given before the command, are moved
//   after it: `newsdesk --db FILE import DIR` = `newsdesk import --db FILE DIR`.
class ProgramArguments
{
    Q_DECLARE_TR_FUNCTIONS(ProgramArguments)

public:
    // arguments: without the program's name. commands: the names of the
    // commands. valueOptions: the names (without dashes) of newsdesk's options
    // that take a value: the argument after one is its value, even when it
    // looks like a Qt option (`list --search -reverse` searches for items
    // without "reverse").
    ProgramArguments(const QStringList &arguments, const QStringList &commands,
                     const QStringList &valueOptions = {});

    // The arguments for newsdesk's parsers: without Qt's options, the command first.
    QStringList arguments() const { return m_arguments; }
    // Qt's options that were taken out, with their values.
    QStringList qtArguments() const { return m_qtArguments; }
    // Empty, or what is wrong (a Qt option without its value), for the
    // person (translated when it is asked for: after the translations are loaded).
    QString error() const;
    // True when the arguments start with a command (after the global options).
    bool isCommand() const { return m_isCommand; }

    // Qt's options as the help and the man page name them ("-style STYLE", ...).
    static QStringList qtOptionSynopsis();

private:
    void takeQtOptions(const QStringList &arguments, const QStringList &valueOptions);
    void commandFirst(const QStringList &commands);

    QStringList m_arguments;
    QStringList m_qtArguments;
    QString m_missingValueOf;   // a Qt option given last, without its value
    QString m_missingValueName; // what it takes ("STYLE")
    bool m_isCommand = false;
};
