#pragma once

#include "models/export/exporter.h"

#include <memory>

class NewsDocument;

// An export laid out on pages: a NewsDocument built as items arrive, printed
// when the export finishes on the pages a subclass gives (a PDF file, a
// printer). Needs a QGuiApplication (fonts, page layout).
class PagedExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PagedExporter)

public:
    ~PagedExporter() override;

    bool needsGuiApplication() const override { return true; }

protected:
    using Exporter::Exporter;

    // Lays the finished document out and paints it; false (after fail()) when
    // the pages could not be written.
    virtual bool printDocument(const NewsDocument &document) = 0;

    bool writeHeader() override;
    bool writePage(const QList<NewsItem> &items) override;
    bool writeFooter() override;

private:
    std::unique_ptr<NewsDocument> m_document;
};
