#include "views/delegates/plaintooltip.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QModelIndex>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace PlainToolTip {

QString of(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString shown = text.size() > MaxLength ? text.left(MaxLength) + u'\u2026' : text;
    // <qt> makes QToolTip take it as rich text, so the escaped markup shows as the characters it was.
    return u"<qt>"_s + shown.toHtmlEscaped() + u"</qt>"_s;
}

bool show(QHelpEvent *event, QAbstractItemView *view, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip)
        return false;
    const QString tip = of(index.data(Qt::ToolTipRole).toString());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace PlainToolTip
