#include "models/export/pdfexporter.h"

#include "models/export/newsdocument.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

PdfExporter::PdfExporter() = default;

PdfExporter::~PdfExporter() = default;

QString PdfExporter::formatId() const
{
    return u"pdf"_s;
}

QString PdfExporter::suffix() const
{
    return u"pdf"_s;
}

QString PdfExporter::mimeType() const
{
    return u"application/pdf"_s;
}

QString PdfExporter::name() const
{
    return tr("PDF document");
}

bool PdfExporter::writeHeader()
{
    // Fonts and page layout come from the GUI platform; without it Qt aborts.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("PDF export needs Qt's graphical platform, which is not running in this program."));
    m_document = std::make_unique<NewsDocument>(options());
    return true;
}

bool PdfExporter::writePage(const QList<NewsItem> &items)
{
    m_document->appendItems(items);
    return true;
}

bool PdfExporter::writeFooter()
{
    QPdfWriter writer(device());
    writer.setCreator(u"newsdesk"_s);
    writer.setTitle(options().documentTitle());
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    m_document->print(&writer);
    m_document.reset();
    return true;
}
