#pragma once

#include "models/export/exporter.h"

#include <QByteArray>
#include <QString>

#include <memory>

class ListingExporter;
class QBuffer;

// What Edit → Copy puts on the clipboard, collected in memory: the items as a
// news listing (plain text, ListingExporter, with the category names apart) and as HTML (HtmlRenderer's
// clipboard layout, every item text escaped). Takes no device: begin(nullptr).
// Made on one thread (the GUI's) and written on another (the pool's): the
// QBuffer the listing goes through lives only while it is written, in the
// writing thread; what it collects stays in a plain QByteArray.
class ClipboardExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardExporter)

public:
    ClipboardExporter();
    ~ClipboardExporter() override;

    QString name() const override;
    bool writesToDevice() const override { return false; }

    // After finish(): the plain text and the HTML document.
    QString text() const;
    QString html() const;

protected:
    bool writeHeader() override;
    bool writePage(const QList<NewsItem> &items) override;
    bool writeFooter() override;

private:
    bool listingFailed();

    std::unique_ptr<ListingExporter> m_listing;
    std::unique_ptr<QBuffer> m_buffer; // from writeHeader() to writeFooter() or a failure
    QByteArray m_text;
    QString m_html;
};
