#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/corecommands.h"
#include "app/cli/programarguments.h"
#include "models/i18n/languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

// `newsdesk`: the commands that need no QtGui (import, list, categories) run
// here, in a program that loads only QtCore and QtSql; anything else (the
// window, export, --help, --version) is newsdesk-window's (windowmain.cpp),
// which this process becomes (execv: the same process, arguments and
// environment). A command's start costs a third of what loading the GUI
// libraries costs (docs/ARCHITECTURE.md).

namespace {

void identify()
{
    QCoreApplication::setOrganizationName(u"newsdesk"_s);
    QCoreApplication::setApplicationName(u"newsdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
}

// Beside this program (the build tree), else where it is installed.
QStringList windowProgramCandidates()
{
    const QDir here = QFileInfo(QFileInfo(u"/proc/self/exe"_s).symLinkTarget()).absoluteDir();
    return {here.filePath(u"newsdesk-window"_s),
            QDir::cleanPath(here.filePath(QStringLiteral(NEWSDESK_WINDOW_FROM_BINDIR)))};
}

// Returns only when newsdesk-window cannot be started (said on stderr).
int becomeWindowProgram(int argc, char *argv[])
{
    QString tried;
    int error = ENOENT;
    for (const QString &candidate : windowProgramCandidates()) {
        ::execv(QFile::encodeName(candidate).constData(), argv);
        if (tried.isEmpty() || errno != ENOENT) {
            tried = candidate;
            error = errno;
        }
    }
    QCoreApplication app(argc, argv);
    LanguageManager languages;
    QTextStream(stderr) << CommandLine::tr("newsdesk: cannot start %1: %2")
                                   .arg(tried, QString::fromLocal8Bit(std::strerror(error)))
                        << Qt::endl;
    return CommandLine::Failure;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList typed;
    for (int i = 1; i < argc; ++i)
        typed.append(QString::fromLocal8Bit(argv[i]));
    // Qt's options taken out (a command ignores them), the command first.
    const ProgramArguments program(typed, CommandLine::commands(), CommandLine::valueOptions());
    const QStringList arguments = program.arguments();
    if (!program.error().isEmpty() || !CoreCommands::isCoreCommand(arguments))
        return becomeWindowProgram(argc, argv); // it says what is wrong

    identify();
    // The messages a command prints on stderr are its report; the log of the
    // same failures is there when asked for: QT_LOGGING_RULES="newsdesk.*=true".
    QLoggingCategory::setFilterRules(u"newsdesk.*.warning=false\nnewsdesk.*.info=false"_s);
    QCoreApplication app(argc, argv);
    LanguageManager languages; // the saved language or the system's
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CoreCommands::create(arguments.first(), out, err)->run(arguments.mid(1));
}
