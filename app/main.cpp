#include "commandline.h"
#include "mainwindow.h"
#include "newsstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Options of the window form: newsdesk [--db FILE] [PATH...]
void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CommandLine::tr(
            "Offline reader for news listings.\n\nCommands (each has --help):\n"
            "  import      import listing files or folders into the cache\n"
            "  list        list items\n"
            "  categories  list categories with their item counts\n"
            "  export      export items to CSV, JSON, Markdown, HTML, text or PDF\n\n"
            "Without a command, opens the reader window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s, CommandLine::tr("Use the cache FILE instead of the default."), CommandLine::tr("FILE")});
    parser.addPositionalArgument(u"paths"_s, CommandLine::tr("Listing files or folders to import and watch."),
                                 CommandLine::tr("[PATH...]"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"newsdesk"_s);
    QCoreApplication::setApplicationName(u"newsdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Commands, --help and --version need no display.
    const bool textOnly = CommandLine::isCommand(arguments) || arguments.contains(u"--help"_s)
            || arguments.contains(u"-h"_s) || arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s);
    if (textOnly) {
        QCoreApplication app(argc, argv);
        if (CommandLine::isCommand(arguments)) {
            QTextStream out(stdout);
            QTextStream err(stderr);
            return CommandLine(out, err).run(arguments);
        }
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(NEWSDESK_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(u":/icons/se.newsdesk.Newsdesk.svg"_s));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    const QString db = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : NewsStore::defaultPath();
    MainWindow window(db, parser.positionalArguments());
    window.show();
    return app.exec();
}
