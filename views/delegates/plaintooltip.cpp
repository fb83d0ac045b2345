#include "views/delegates/plaintooltip.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QModelIndex>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace PlainToolTip {

QString of(const QString &text)
{
    return of(QStringList{text});
}

QString of(const QStringList &lines)
{
    QStringList shown;
    for (const QString &text : lines) {
        if (!text.isEmpty())
            shown.append((text.size() > MaxLength ? text.left(MaxLength) + u'\u2026' : text).toHtmlEscaped());
    }
    if (shown.isEmpty())
        return {};
    // <qt> makes QToolTip take it as rich text, so the escaped markup shows as the characters it was.
    return u"<qt>"_s + shown.join(u"<br/>"_s) + u"</qt>"_s;
}

bool show(QHelpEvent *event, QAbstractItemView *view, const QModelIndex &index)
{
    return show(event, view, QStringList{index.data(Qt::ToolTipRole).toString()});
}

bool show(QHelpEvent *event, QAbstractItemView *view, const QStringList &lines)
{
    if (!event || event->type() != QEvent::ToolTip)
        return false;
    const QString tip = of(lines);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace PlainToolTip
