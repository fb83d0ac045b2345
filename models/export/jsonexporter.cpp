#include "models/export/jsonexporter.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

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
        if (!options().includeSources)
            object.remove(u"sources"_s);
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
