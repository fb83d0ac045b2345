#include "models/export/csvexporter.h"

#include "models/export/itemtext.h"

using namespace Qt::StringLiterals;

CsvExporter::CsvExporter()
    : Exporter(u"csv"_s, u"csv"_s, u"text/csv"_s)
{
}

QString CsvExporter::name() const
{
    return tr("CSV table");
}

QString CsvExporter::field(const QString &text)
{
    QString value = text;
    // Spreadsheets run a cell that starts like a formula; a leading quote
    // makes it text (OWASP's advice on CSV injection).
    constexpr QStringView formulaStarts = u"=+-@\t\r";
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
            || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

bool CsvExporter::writeHeader()
{
    QStringList columns{u"id"_s, u"title"_s};
    if (options().includeSummary)
        columns.append(u"summary"_s);
    columns.append(u"categories"_s);
    if (options().includeSources)
        columns.append(u"sources"_s);
    const ExportFields &chosen = options().fields;
    if (chosen.read)
        columns.append(u"read"_s);
    if (chosen.starred)
        columns.append(u"starred"_s);
    if (chosen.labels)
        columns.append(u"labels"_s);
    if (chosen.note)
        columns.append(u"note"_s);
    return write(QByteArray("\xEF\xBB\xBF") + columns.join(u',').toUtf8() + "\r\n");
}

bool CsvExporter::writePage(const QList<NewsItem> &items)
{
    QString page;
    for (const NewsItem &item : items) {
        QStringList fields{QString::number(item.id), field(item.title)};
        if (options().includeSummary)
            fields.append(field(item.summary));
        fields.append(field(item.categories.join(u"; "_s)));
        if (options().includeSources) {
            QStringList sources;
            sources.reserve(item.sources.size());
            for (const ItemSource &source : item.sources)
                sources.append(ItemText::sourceReference(source));
            fields.append(field(sources.join(u"; "_s)));
        }
        appendState(fields, item);
        page += fields.join(u',') + u"\r\n"_s;
    }
    return write(page);
}

void CsvExporter::appendState(QStringList &fields, const NewsItem &item) const
{
    // The person's state as the fields choose it: true/false, label names
    // separated like categories, the note as it is (quoted when it has lines).
    const ExportFields &chosen = options().fields;
    const auto boolean = [](bool on) { return on ? u"true"_s : u"false"_s; };
    if (chosen.read)
        fields.append(boolean(item.read));
    if (chosen.starred)
        fields.append(boolean(item.starred));
    if (chosen.labels)
        fields.append(field(item.labels.join(u"; "_s)));
    if (chosen.note)
        fields.append(field(item.note));
}

bool CsvExporter::writeFooter()
{
    return true;
}
