#include "app/cli/categoriescommand.h"

#include "app/cli/commandline.h"
#include "models/store/newsstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int CategoriesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the categories with the number of items in each."));
    addDbOption(parser);
    addTextFormatOption(parser);
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
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == u"tsv") {
        m_out << u"category\tcount\n"_s;
        for (const CategoryCount &c : counts)
            m_out << c.name << u'\t' << c.count << u'\n';
    } else {
        for (const CategoryCount &c : counts)
            m_out << QString::number(c.count).rightJustified(7) << u"  "_s << c.name << u'\n';
    }
    m_out.flush();
    return CommandLine::Success;
}
