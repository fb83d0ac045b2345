#include "app/cli/categoriescommand.h"

#include "app/cli/commandline.h"
#include "models/listing/controlcharacters.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

CommandUsage CategoriesCommand::usage() const
{
    CommandUsage usage;
    usage.name = u"categories"_s;
    usage.description = tr("List the categories with the number of items in each.") + u"\n\n"_s
                        + tr("Exit status: 0 when done; 1 on usage or cache errors.");
    addDbOption(usage);
    addTextFormatOption(usage);
    return usage;
}

int CategoriesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    NewsStore store;
    QString format;
    if (const std::optional<int> done = openForText(parser, u"categories"_s, arguments, store, format))
        return *done;
    const QList<CategoryCount> counts = store.categoryCounts();
    if (readFailed(store))
        return CommandLine::Failure;
    if (format == u"json") {
        QJsonArray array;
        for (const CategoryCount &c : counts)
            array.append(QJsonObject{{u"name"_s, c.name}, {u"count"_s, c.count}});
        // QJsonDocument escapes C0 but writes DEL and C1 as they are: stand-ins, as list --format json has.
        m_out << ControlCharacters::visible(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        // A name reaches a terminal with no control character in it, and (tsv)
        // on one line in one column.
        const bool tsv = format == u"tsv";
        if (tsv)
            m_out << u"category\tcount\n"_s;
        for (const CategoryCount &c : counts) {
            QString name = ControlCharacters::visible(c.name);
            if (tsv)
                m_out << name.replace(u'\t', u' ').replace(u'\n', u' ') << u'\t' << c.count << u'\n';
            else
                m_out << QString::number(c.count).rightJustified(7) << u"  "_s << name << u'\n';
        }
    }
    m_out.flush();
    return CommandLine::Success;
}
