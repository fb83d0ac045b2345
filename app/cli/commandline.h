#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class NewsStore;
class QCommandLineParser;

// The command-line front end: `newsdesk import|list|categories|export ...`.
// Works without a display; all output through the two streams given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, SomeRejected = 2 };

    CommandLine(QTextStream &out, QTextStream &err);

    // True when arguments (without the program name) start with a command.
    static bool isCommand(const QStringList &arguments);
    static QStringList commands();

    int run(const QStringList &arguments);

private:
    int runImport(const QStringList &arguments);
    int runList(const QStringList &arguments);
    int runCategories(const QStringList &arguments);
    int runExport(const QStringList &arguments);

    void addDbOption(QCommandLineParser &parser) const;
    void addFilterOptions(QCommandLineParser &parser) const;
    void addTextFormatOption(QCommandLineParser &parser) const;
    bool textFormat(const QCommandLineParser &parser, const QString &command, QString &format);
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int &exitCode);
    bool openStore(NewsStore &store, const QCommandLineParser &parser);
    bool filterFrom(const QCommandLineParser &parser, struct ItemFilter &filter);

    QTextStream &m_out;
    QTextStream &m_err;
};
