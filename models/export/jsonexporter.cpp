#include "models/export/jsonexporter.h"

#include "models/listing/sourcename.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The sources with the names a person reads (SourceName: the bundled sample
// is "Sample news 1", never its resource path).
QJsonArray readableSources(const QJsonArray &sources)
{
    QJsonArray readable;
    for (const QJsonValue &value : sources) {
        QJsonObject source = value.toObject();
        source.insert(u"file"_s, SourceName::display(source.value(u"file"_s).toString()));
        readable.append(source);
    }
    return readable;
}

} // namespace

JsonExporter::JsonExporter()
    : Exporter(u"json"_s, u"json"_s, u"application/json"_s)
{
}

QString JsonExporter::name() const
{
    return tr("JSON");
}

bool JsonExporter::writeHeader()
{
    m_empty = true;
    return write(QByteArrayLiteral("["));
}

bool JsonExporter::writePage(const QList<NewsItem> &items)
{
    QByteArray page;
    for (const NewsItem &item : items) {
        QJsonObject object = item.toJson();
        if (!options().includeSummary)
            object.remove(u"summary"_s);
        // Every field is always there (read, starred, labels, note: null
        // when none), whatever ExportOptions::fields choose: the JSON export
        // is the objects of `newsdesk list --format json` (NewsItem::toJson()),
        // one shape for programs.
        if (!options().includeSources)
            object.remove(u"sources"_s);
        else
            object.insert(u"sources"_s, readableSources(object.value(u"sources"_s).toArray()));
        page += m_empty ? "\n" : ",\n";
        page += QJsonDocument(object).toJson(QJsonDocument::Compact);
        m_empty = false;
    }
    return write(page);
}

bool JsonExporter::writeFooter()
{
    return write(m_empty ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
}
