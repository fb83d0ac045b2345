#pragma once

#include "models/export/pagedexporter.h"

class QPrinter;

// File → Print through the one export path: the NewsDocument of the items,
// printed on a QPrinter when the export finishes (a QPrinter with PdfFormat
// and an output file name writes a PDF file). Takes no device; the printer
// is not owned and must outlive the export.
class PrintExporter final : public PagedExporter
{
    Q_DECLARE_TR_FUNCTIONS(PrintExporter)

public:
    explicit PrintExporter(QPrinter *printer);

    QString name() const override;
    bool canWriteToStream() const override { return false; }
    bool writesToDevice() const override { return false; }

protected:
    bool printDocument(const NewsDocument &document) override;

private:
    QPrinter *m_printer;
};
