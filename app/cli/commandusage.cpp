#include "app/cli/commandusage.h"

#include <QCommandLineParser>

QCommandLineOption CommandUsage::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (hasVersionOption)
        parser.addVersionOption();
    parser.addOptions(options);
    for (const Argument &argument : arguments)
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    return help;
}
