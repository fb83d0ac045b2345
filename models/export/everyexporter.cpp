// What names every exporter, PDF (QtGui) among them: Exporter::create() and
// the ExportJob made from a format's name. Apart from exporter.cpp and
// exportjob.cpp, so that a program that uses one exporter only (newsdesk's
// `list --format json`, app/main.cpp) links them without loading QtGui.
#include "models/export/exporter.h"
#include "models/export/exportjob.h"

#include "models/export/csvexporter.h"
#include "models/export/htmlexporter.h"
#include "models/export/jsonexporter.h"
#include "models/export/listingexporter.h"
#include "models/export/markdownexporter.h"
#include "models/export/pdfexporter.h"

using namespace Qt::StringLiterals;

std::unique_ptr<Exporter> Exporter::create(const QString &formatId)
{
    if (formatId == u"csv")
        return std::make_unique<CsvExporter>();
    if (formatId == u"json")
        return std::make_unique<JsonExporter>();
    if (formatId == u"md")
        return std::make_unique<MarkdownExporter>();
    if (formatId == u"html")
        return std::make_unique<HtmlExporter>();
    if (formatId == u"txt")
        return std::make_unique<ListingExporter>();
    if (formatId == u"pdf")
        return std::make_unique<PdfExporter>();
    return nullptr;
}

ExportJob::ExportJob(const QString &databasePath, const QList<qint64> &ids, const QString &format,
                     const QString &destination, const ExportOptions &options)
    : m_databasePath(databasePath)
    , m_ids(ids)
    , m_format(format)
    , m_exporter(Exporter::create(format))
    , m_destination(destination)
{
    if (m_exporter)
        m_exporter->setOptions(options);
}
