#include "models/export/htmlexporter.h"

#include "models/export/htmlrenderer.h"

using namespace Qt::StringLiterals;

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString styleSheet()
{
    return uR"(
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.45; color: #1a1a1a;
       background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1em; }
header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5em; }
h1 { font-size: 1.8em; margin: 0 0 .2em; }
.meta { color: #555; margin: 0 0 .8em; }
article { border-bottom: 1px solid #ccc; padding: .4em 0 .8em; }
h2 { font-size: 1.25em; margin: .6em 0 .3em; }
.categories { color: #444; font-style: italic; margin: 0 0 .5em; }
.state, .labels { color: #444; margin: 0 0 .5em; }
.note { background: #f6f6f0; border-left: 3px solid #c8c8b0; padding: .3em .6em; margin: 0 0 .6em;
        white-space: normal; }
.sources { color: #666; font-size: .85em; }
.sources ul { margin: .2em 0; padding-left: 1.4em; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  article { page-break-inside: avoid; break-inside: avoid; }
  h2 { page-break-after: avoid; break-after: avoid; }
}
)"_s;
}

} // namespace

HtmlExporter::HtmlExporter()
    : Exporter(u"html"_s, u"html"_s, u"text/html"_s)
{
}

QString HtmlExporter::name() const
{
    return tr("Web page (HTML)");
}

bool HtmlExporter::writeHeader()
{
    const QString title = html(options().documentTitle());
    return write(u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"_s
                 u"<meta http-equiv=\"Content-Security-Policy\" "_s
                 u"content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"_s
                 u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
                 u"<meta name=\"generator\" content=\"newsdesk\">\n"_s
                 u"<title>"_s + title + u"</title>\n<style>"_s + styleSheet() + u"</style>\n</head>\n<body>\n"_s
                 u"<header>\n<h1>"_s + title + u"</h1>\n<p class=\"meta\">"_s + html(options().subtitle())
                 + u"</p>\n</header>\n<main>\n"_s);
}

bool HtmlExporter::writePage(const QList<NewsItem> &items)
{
    QString page;
    for (const NewsItem &item : items)
        page += HtmlRenderer::article(item, options());
    return write(page);
}

bool HtmlExporter::writeFooter()
{
    return write(u"</main>\n</body>\n</html>\n"_s);
}
