#pragma once

#include "models/export/pagedexporter.h"

// A paginated PDF of a NewsDocument (A4, page numbers). The document is
// built as items arrive and written when the export finishes. Needs a
// QGuiApplication; goes only to files (not to standard output).
class PdfExporter final : public PagedExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    PdfExporter();

    QString name() const override;
    bool canWriteToStream() const override { return false; }

protected:
    bool printDocument(const NewsDocument &document) override;
};
