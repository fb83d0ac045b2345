#include "app/cli/labellistcommand.h"

#include "app/cli/commandline.h"
#include "models/listing/controlcharacters.h"
#include "models/store/label.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
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
    if (format == u"json") {
        QJsonArray array;
        for (const Label &label : labels) {
            array.append(QJsonObject{{u"name"_s, label.name},
                                     {u"color"_s, label.color},
                                     {u"count"_s, label.count},
                                     {u"unread"_s, label.unread}});
        }
        // QJsonDocument escapes C0 but writes DEL and C1 as they are: stand-ins, as list --format json has.
        m_out << ControlCharacters::visible(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else if (format == u"text") {
        for (const Label &label : labels) {
            m_out << QString::number(label.count).rightJustified(7) << QString::number(label.unread).rightJustified(7)
                  << u"  "_s << label.color << u"  "_s << ControlCharacters::visible(label.name) << u'\n';
        }
        if (labels.isEmpty())
            m_out << tr("No labels yet (newsdesk label add NAME).") << u'\n';
    } else {
        QList<QStringList> rows;
        for (const Label &label : labels)
            rows.append({label.name, label.color, QString::number(label.count), QString::number(label.unread)});
        writeTable(format, {u"name"_s, u"color"_s, u"count"_s, u"unread"_s}, rows);
    }
    m_out.flush();
    return CommandLine::Success;
}
