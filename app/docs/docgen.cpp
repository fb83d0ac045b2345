#include "app/cli/commandline.h"
#include "app/docs/manpage.h"
#include "app/docs/shellcompletion.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

// newsdesk-docs: writes what is made from the program's own --help at build
// time (CommandLine::usage(): the same definitions the parsers use), in
// English (no translation is loaded):
//
//   newsdesk-docs man VERSION DATE FILE    newsdesk(1)
//   newsdesk-docs bash FILE                bash completion
//   newsdesk-docs zsh FILE                 zsh completion
//
// The help names the default cache under the home folder; a stand-in home
// makes that "~" whoever builds.

namespace {

const QString StandInHome = u"/newsdesk-docs-home"_s;

QList<CommandUsage> usages()
{
    QList<CommandUsage> all{CommandLine::windowUsage()};
    for (const QString &command : CommandLine::commands())
        all.append(CommandLine::usage(command));
    return all;
}

int write(const QString &path, QString text)
{
    text.replace(StandInHome, u"~"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        QTextStream(stderr) << "newsdesk-docs: cannot write " << path << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("HOME", StandInHome.toLocal8Bit());
    qunsetenv("XDG_DATA_HOME");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"newsdesk"_s);
    QCoreApplication::setApplicationName(u"newsdesk"_s);
    const QStringList arguments = app.arguments().mid(1);
    const QString what = arguments.value(0);
    if (what == u"man" && arguments.size() == 4)
        return write(arguments.at(3), ManPage::render({arguments.at(1), arguments.at(2), usages()}));
    if (what == u"bash" && arguments.size() == 2)
        return write(arguments.at(1), ShellCompletion::bash(usages()));
    if (what == u"zsh" && arguments.size() == 2)
        return write(arguments.at(1), ShellCompletion::zsh(usages()));
    QTextStream(stderr) << "usage: newsdesk-docs man VERSION DATE FILE | bash FILE | zsh FILE" << Qt::endl;
    return 1;
}
