#include "views/dialogs/saveviewdialog.h"

#include "models/export/exportoptions.h"
#include "models/store/label.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SaveViewDialog::SaveViewDialog(const ItemFilter &filter, const QList<SavedView> &views, QWidget *parent)
    : QDialog(parent)
    , m_filter(filter)
    , m_views(views)
    , m_name(new QLineEdit(this))
    , m_description(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"saveViewDialog"_s);
    setWindowTitle(tr("Save View"));
    // A view is the filter, never a list of items.
    m_filter.ids = QList<qint64>();

    m_name->setObjectName(u"saveViewNameEdit"_s);
    m_name->setAccessibleName(tr("View name"));
    m_name->setMaxLength(int(SavedView::MaxNameLength) + 1);
    connect(m_name, &QLineEdit::textChanged, this, &SaveViewDialog::nameChanged);

    m_description->setObjectName(u"saveViewDescription"_s);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setText(ExportOptions::describeFilter(m_filter));
    m_description->setAccessibleName(tr("What the view shows"));

    m_message->setObjectName(u"saveViewMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *hint = new QLabel(tr("A view is live: new items that match appear in it."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Shows:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    nameChanged();
}

void SaveViewDialog::setName(const QString &name)
{
    m_name->setText(name);
}

qint64 SaveViewDialog::replacedId() const
{
    const QString name = Label::normalisedName(m_name->text()).toCaseFolded();
    for (const SavedView &view : m_views) {
        if (Label::normalisedName(view.name).toCaseFolded() == name)
            return view.id;
    }
    return 0;
}

SavedView SaveViewDialog::view() const
{
    SavedView view;
    view.id = replacedId();
    view.name = Label::normalisedName(m_name->text());
    view.filter = m_filter;
    for (const SavedView &old : m_views) {
        if (old.id == view.id && view.id != 0)
            view.position = old.position;
    }
    return view;
}

QString SaveViewDialog::message() const
{
    return m_message->text();
}

void SaveViewDialog::nameChanged()
{
    const QString name = Label::normalisedName(m_name->text());
    QString text;
    if (name.isEmpty())
        text = tr("A view needs a name.");
    else if (name.size() > SavedView::MaxNameLength)
        text = tr("A view's name can be at most %n characters long.", nullptr, int(SavedView::MaxNameLength));
    else if (replacedId() != 0)
        text = tr("There is a view named \u201C%1\u201D already. Replace it with what the list shows now?").arg(name);
    const bool ok = !name.isEmpty() && name.size() <= SavedView::MaxNameLength;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPushButton *okButton = m_buttons->button(QDialogButtonBox::Ok);
    okButton->setEnabled(ok);
    okButton->setText(replacedId() != 0 && ok ? tr("&Replace") : tr("&Save"));
}
