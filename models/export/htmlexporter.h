#pragma once

#include "models/export/exporter.h"

// One self-contained HTML page: inline CSS, no scripts, no remote resources
// (its Content-Security-Policy forbids both), every text escaped, laid out to
// print well (items are not split across pages).
class HtmlExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    HtmlExporter();

    QString name() const override;

protected:
    bool writeHeader() override;
    bool writePage(const QList<NewsItem> &items) override;
    bool writeFooter() override;
};
