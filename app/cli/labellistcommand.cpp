#include "app/cli/labellistcommand.h"

#include "app/cli/commandline.h"
#include "models/store/label.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

CommandUsage LabelListCommand::usage() const
{
    CommandUsage usage;
    usage.name = u"labels"_s;
    usage.description = tr("List the labels in your order, with their colour, the number of items that carry each "
                           "(hidden items left out) and how many of them are unread.")
                        + u"\n\n"_s + tr("Exit status: 0 when done; 1 on usage or cache errors.");
    addDbOption(usage);
    addTableFormatOption(usage);
    return usage;
}

int LabelListCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    QString format;
    const auto checks = [&] { return noArguments(parser, u"labels"_s); };
    if (const std::optional<int> done = openForText(parser, u"labels"_s, arguments, store, format, checks))
        return *done;
    const QList<Label> labels = store.labelCounts();
    if (readFailed(store))
        return CommandLine::Failure;
    QList<ListedRow> rows;
    for (const Label &label : labels) {
        rows.append({.json = QJsonObject{{u"name"_s, label.name},
                                         {u"color"_s, label.color},
                                         {u"count"_s, label.count},
                                         {u"unread"_s, label.unread}},
                     .fields = {label.name, label.color, QString::number(label.count), QString::number(label.unread)},
                     .count = label.count,
                     .unread = label.unread,
                     .text = label.color + u"  "_s + label.name});
    }
    writeListing(format, {u"name"_s, u"color"_s, u"count"_s, u"unread"_s}, rows,
                 tr("No labels yet (newsdesk label add NAME)."));
    return CommandLine::Success;
}
