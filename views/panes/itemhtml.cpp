#include "views/panes/itemhtml.h"

#include "models/export/htmlrenderer.h"
#include "views/delegates/categorycolors.h"
#include "views/delegates/readericons.h"

using namespace Qt::StringLiterals;

namespace {

QColor muted(const QPalette &palette)
{
    return CategoryColors::muted(palette.color(QPalette::Text), palette.color(QPalette::Base));
}

} // namespace

QString ItemHtml::placeholder(const QString &text, const QPalette &palette)
{
    return u"<p align=\"center\" style=\"margin-top:48px; color:%1;\">%2</p>"_s.arg(
            muted(palette).name(QColor::HexRgb), text.toHtmlEscaped());
}

QString ItemHtml::toHtml(const NewsItem &item, const SearchMatcher &matcher, const QStringList &reasons,
                         const QPalette &palette)
{
    HtmlRenderer::PaneStyle style;
    style.marking = {matcher, CategoryColors::highlightBackground(palette),
                     CategoryColors::highlightForeground(palette)};
    style.muted = muted(palette);
    style.star = ReaderIcons::starColour();
    style.chipColours = [palette](const QString &category) {
        return std::pair(CategoryColors::background(category, palette), CategoryColors::foreground(category, palette));
    };
    style.reasons = reasons;
    return HtmlRenderer::paneItem(item, style);
}
