#include "models/export/pdfexporter.h"

#include "models/export/newsdocument.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

PdfExporter::PdfExporter()
    : PagedExporter(u"pdf"_s, u"pdf"_s, u"application/pdf"_s)
{
}

QString PdfExporter::name() const
{
    return tr("PDF document");
}

bool PdfExporter::printDocument(const NewsDocument &document)
{
    QPdfWriter writer(device());
    writer.setCreator(u"newsdesk"_s);
    writer.setTitle(options().documentTitle());
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    document.print(&writer);
    return true;
}
