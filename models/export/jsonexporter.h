#pragma once

#include "models/export/exporter.h"

// A JSON array of the objects `newsdesk list --format json` prints
// (NewsItem::toJson()), one compact object per line, written as the items
// arrive. Without summary or sources those keys are left out.
class JsonExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    JsonExporter();

    QString name() const override;

protected:
    bool writeHeader() override;
    bool writePage(const QList<NewsItem> &items) override;
    bool writeFooter() override;

private:
    bool m_empty = true;
};
