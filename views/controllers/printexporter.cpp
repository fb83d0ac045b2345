#include "views/controllers/printexporter.h"

#include "models/export/newsdocument.h"

#include <QPrinter>

using namespace Qt::StringLiterals;

PrintExporter::PrintExporter(QPrinter *printer)
    : PagedExporter(u"print"_s, u"pdf"_s, u"application/pdf"_s), m_printer(printer)
{
}

QString PrintExporter::name() const
{
    return tr("Printer");
}

bool PrintExporter::printDocument(const NewsDocument &document)
{
    document.print(m_printer);
    // A PDF file that cannot be written ends here too; the caller names it.
    const QPrinter::PrinterState state = m_printer->printerState();
    if (state == QPrinter::Error || state == QPrinter::Aborted)
        return fail(tr("The printer reported an error."));
    return true;
}
