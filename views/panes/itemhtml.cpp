#include "views/panes/itemhtml.h"

#include "models/export/htmlrenderer.h"
#include "views/delegates/categorycolors.h"
#include "views/delegates/readericons.h"

using namespace Qt::StringLiterals;

namespace {

HtmlRenderer::Marking marking(const QRegularExpression &words, const QPalette &palette)
{
    return {words, CategoryColors::highlightBackground(palette), CategoryColors::highlightForeground(palette)};
}

QColor muted(const QPalette &palette)
{
    return CategoryColors::muted(palette.color(QPalette::Text), palette.color(QPalette::Base));
}

} // namespace

QRegularExpression ItemHtml::searchWords(const QString &search)
{
    return HtmlRenderer::searchWords(search);
}

QString ItemHtml::linkify(const QString &escaped)
{
    return HtmlRenderer::linkify(escaped);
}

QString ItemHtml::richText(const QString &plain, const QRegularExpression &words, const QPalette &palette,
                           bool withLinks)
{
    return HtmlRenderer::text(plain, marking(words, palette), withLinks);
}

QString ItemHtml::placeholder(const QString &text, const QPalette &palette)
{
    return u"<p align=\"center\" style=\"margin-top:48px; color:%1;\">%2</p>"_s.arg(
            muted(palette).name(QColor::HexRgb), text.toHtmlEscaped());
}

QString ItemHtml::toHtml(const NewsItem &item, const QString &search, const QPalette &palette)
{
    HtmlRenderer::PaneStyle style;
    style.marking = marking(HtmlRenderer::searchWords(search), palette);
    style.muted = muted(palette);
    style.star = ReaderIcons::starColour();
    style.chipColours = [palette](const QString &category) {
        return std::pair(CategoryColors::background(category, palette), CategoryColors::foreground(category, palette));
    };
    return HtmlRenderer::paneItem(item, style);
}
