#include "models/export/clipboardexporter.h"

#include "models/export/htmlrenderer.h"
#include "models/export/listingexporter.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

ClipboardExporter::ClipboardExporter()
    : Exporter(u"clipboard"_s, u"html"_s, u"text/html"_s), m_listing(std::make_unique<ListingExporter>())
{
    // Pasted text is read by people: "Categories: Kollektivtrafik, Kultur", never glued.
    m_listing->setCategoriesApart(true);
}

ClipboardExporter::~ClipboardExporter() = default;

QString ClipboardExporter::name() const
{
    return tr("Clipboard (text and HTML)");
}

QString ClipboardExporter::text() const
{
    return QString::fromUtf8(m_text);
}

QString ClipboardExporter::html() const
{
    return HtmlRenderer::clipboardDocument(m_html);
}

bool ClipboardExporter::listingFailed()
{
    m_buffer.reset();
    return fail(m_listing->errorString());
}

bool ClipboardExporter::writeHeader()
{
    m_html.clear();
    m_text.clear();
    m_buffer = std::make_unique<QBuffer>(&m_text);
    if (!m_buffer->open(QIODevice::WriteOnly))
        return fail(m_buffer->errorString());
    m_listing->setOptions(options());
    return m_listing->begin(m_buffer.get()) || listingFailed();
}

bool ClipboardExporter::writePage(const QList<NewsItem> &items)
{
    for (const NewsItem &item : items)
        m_html += HtmlRenderer::clipboardItem(item);
    return m_listing->writeItems(items) || listingFailed();
}

bool ClipboardExporter::writeFooter()
{
    if (!m_listing->finish())
        return listingFailed();
    m_buffer.reset(); // in the thread that made it
    return true;
}
