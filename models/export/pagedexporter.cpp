#include "models/export/pagedexporter.h"

#include "models/export/newsdocument.h"

#include <QGuiApplication>

PagedExporter::~PagedExporter() = default;

bool PagedExporter::writeHeader()
{
    // Fonts and page layout come from the GUI platform; without it Qt aborts.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("PDF export needs Qt's graphical platform, which is not running in this program."));
    m_document = std::make_unique<NewsDocument>(options());
    return true;
}

bool PagedExporter::writePage(const QList<NewsItem> &items)
{
    m_document->appendItems(items);
    return true;
}

bool PagedExporter::writeFooter()
{
    const bool printed = printDocument(*m_document);
    m_document.reset();
    return printed;
}
