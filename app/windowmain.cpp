#include "app/cli/commandline.h"
#include "app/cli/programarguments.h"
#include "models/i18n/languagemanager.h"
#include "views/window/archivechoice.h"
#include "views/window/mainwindow.h"
#include "views/window/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

// newsdesk-window: the window and every command (export among them), started
// by `newsdesk` (main.cpp) for anything but import, list and categories.

namespace {

QStringList nonExistent(const QStringList &paths)
{
    QStringList missing;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            missing.append(path);
    }
    return missing;
}

// Commands need no display; export makes PDFs, which need fonts and a paint
// engine, so it gets a GUI application on the offscreen platform. Every front
// end speaks the saved language or the system's (LanguageManager). A command
// ignores Qt's options: its application sees only the program's name.
int runCommand(const QStringList &arguments, char *argv[])
{
    // The messages a command prints on stderr are its report; the log of the
    // same failures is there when asked for: QT_LOGGING_RULES="newsdesk.*=true".
    QLoggingCategory::setFilterRules(u"newsdesk.*.warning=false\nnewsdesk.*.info=false"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int programOnly = 1;
    if (arguments.first() == u"export") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(programOnly, argv);
        LanguageManager languages;
        return CommandLine(out, err).run(arguments);
    }
    QCoreApplication app(programOnly, argv);
    LanguageManager languages;
    return CommandLine(out, err).run(arguments);
}

// The window, and another in its place when the person chooses another
// archive (File → Connect to a Shared Archive…): the old one goes first, so
// that the new one reads the settings it saved.
class Windows
{
public:
    explicit Windows(SingleInstance &instance)
        : m_instance(instance)
    {
    }
    void open(const QString &location, const QStringList &paths)
    {
        m_window = std::make_unique<MainWindow>(location, paths);
        MainWindow *window = m_window.get();
        QObject::connect(&m_instance, &SingleInstance::activated, window, &MainWindow::bringForward);
        QObject::connect(window, &MainWindow::archiveChosen, window, [this](const QString &chosen) {
            // After the dialog's signal has returned.
            QTimer::singleShot(0, qApp, [this, chosen] { replace(chosen); });
        }, Qt::QueuedConnection);
        window->show();
    }

private:
    void replace(const QString &location)
    {
        const bool quits = QGuiApplication::quitOnLastWindowClosed();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        m_window.reset();
        open(location, {});
        // A later start on the archive shown now reaches this window.
        m_instance.follow(location);
        QGuiApplication::setQuitOnLastWindowClosed(quits);
    }

    SingleInstance &m_instance;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"newsdesk"_s);
    QCoreApplication::setApplicationName(u"newsdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));

    QStringList typed;
    for (int i = 1; i < argc; ++i)
        typed.append(QString::fromLocal8Bit(argv[i]));
    // Qt's own options are QApplication's (it reads them from argv); the
    // parsers get the rest, the command first (ProgramArguments).
    const ProgramArguments program(typed, CommandLine::commands(), CommandLine::valueOptions());
    const QStringList arguments = program.arguments();
    if (!program.error().isEmpty()) {
        QCoreApplication app(argc, argv);
        LanguageManager languages;
        QTextStream(stderr) << program.error() << Qt::endl;
        return CommandLine::Failure;
    }

    if (program.isCommand())
        return runCommand(arguments, argv);

    // Parsing needs no application object; printing help or an error does (for
    // the translations), and without a display it cannot be a QApplication.
    QCommandLineParser parser;
    CommandLine::windowUsage().addTo(parser);
    const bool parsed = parser.parse(QStringList{u"newsdesk"_s} + arguments);
    const QStringList missing = parsed ? nonExistent(parser.positionalArguments()) : QStringList();
    if (!parsed || parser.isSet(u"help"_s) || parser.isSet(u"version"_s) || !missing.isEmpty()) {
        QCoreApplication app(argc, argv);
        LanguageManager languages;
        if (!missing.isEmpty()) {
            QTextStream(stderr) << CommandLine::tr("newsdesk: \u201C%1\u201D is neither a command (%2) nor a file or folder.")
                                           .arg(missing.first(), CommandLine::commands().join(u", "_s))
                                << Qt::endl;
            return CommandLine::Failure;
        }
        QCommandLineParser translated;
        CommandLine::windowUsage().addTo(translated);
        // Prints help, version or the error, and exits.
        translated.process(QStringList{u"newsdesk"_s} + arguments);
        return CommandLine::Failure;
    }

    QApplication app(argc, argv);
    LanguageManager languages;
    QGuiApplication::setDesktopFileName(QStringLiteral(NEWSDESK_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(u":/icons/se.newsdesk.Newsdesk.svg"_s));
    // --db, else the shared archive the person chose last, else the local cache.
    const QString db = ArchiveChoice::toOpen(parser.isSet(u"db"_s) ? parser.value(u"db"_s) : QString());
    // One window per cache: a window already open on it takes the paths.
    SingleInstance instance(db);
    if (instance.handOver(parser.positionalArguments()))
        return CommandLine::Success;
    Windows windows(instance);
    windows.open(db, parser.positionalArguments());
    return app.exec();
}
