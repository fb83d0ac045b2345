#include "models/store/organiserules.h"

#include "models/store/label.h"
#include "models/store/savedview.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString OrganiseRules::nameRefusal(const QString &name, Kind kind)
{
    const bool view = kind == Kind::View;
    if (name.isEmpty())
        return view ? tr("A saved view needs a name.") : tr("A label needs a name.");
    const qsizetype maxLength = view ? SavedView::MaxNameLength : Label::MaxNameLength;
    if (name.size() <= maxLength)
        return {};
    return (view ? tr("The name of a saved view may have at most %1 characters; this one has %2.")
                 : tr("The name of a label may have at most %1 characters; this one has %2."))
            .arg(maxLength)
            .arg(name.size());
}

QString OrganiseRules::nameTaken(const QString &name, Kind kind)
{
    return kind == Kind::View ? tr("There is already a saved view named \u201c%1\u201d.").arg(name)
                              : tr("There is already a label named \u201c%1\u201d.").arg(name);
}

bool OrganiseRules::isColor(const QString &color)
{
    static const QRegularExpression form(u"^#[0-9a-fA-F]{6}$"_s);
    return form.match(color).hasMatch();
}

QString OrganiseRules::notAColour(const QString &color)
{
    return tr("\u201c%1\u201d is not a colour: write it as #rrggbb.").arg(color);
}

QString OrganiseRules::noSuchLabel()
{
    return tr("There is no such label (it may have been deleted).");
}

QString OrganiseRules::noSuchView()
{
    return tr("There is no such saved view (it may have been deleted).");
}

QString OrganiseRules::labelExists(const QString &name)
{
    return tr("The label \u201c%1\u201d exists already.").arg(name);
}
