#include "views/dialogs/aboutbox.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

void AboutBox::show(QWidget *parent)
{
    const QString text = u"<h3>"_s + tr("newsdesk %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()
            + u"</h3><p>"_s
            + tr("An offline reader for news listings: import listing files, then search, filter, read and star "
                 "their items.")
                      .toHtmlEscaped()
            + u"</p><p>"_s + tr("Licence: GPL-3.0-or-later").toHtmlEscaped() + u"</p>"_s;
    QMessageBox::about(parent, tr("About newsdesk"), text);
}
