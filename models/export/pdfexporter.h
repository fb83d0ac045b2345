#pragma once

#include "models/export/exporter.h"

#include <memory>

class NewsDocument;

// A paginated PDF of a NewsDocument (A4, page numbers). The document is
// built as items arrive and written when the export finishes. Needs a
// QGuiApplication; goes only to files (not to standard output).
class PdfExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    PdfExporter();
    ~PdfExporter() override;

    QString formatId() const override;
    QString suffix() const override;
    QString mimeType() const override;
    QString name() const override;
    bool canWriteToStream() const override { return false; }
    bool needsGuiApplication() const override { return true; }

protected:
    bool writeHeader() override;
    bool writePage(const QList<NewsItem> &items) override;
    bool writeFooter() override;

private:
    std::unique_ptr<NewsDocument> m_document;
};
