#include "views/dialogs/labeldialog.h"

#include <QButtonGroup>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString folded(const QString &name)
{
    return Label::normalisedName(name).toCaseFolded();
}

QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return QIcon(pixmap);
}

} // namespace

LabelDialog::LabelDialog(const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_color(QString::fromLatin1(Label::Palette.front()))
    , m_name(new QLineEdit(this))
    , m_swatches(new QButtonGroup(this))
    , m_other(new QPushButton(tr("&Other…"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"labelDialog"_s);
    setWindowTitle(tr("New Label"));
    for (const QString &name : takenNames)
        m_taken.append(folded(name));

    m_name->setObjectName(u"labelNameEdit"_s);
    m_name->setAccessibleName(tr("Label name"));
    m_name->setMaxLength(int(Label::MaxNameLength) + 1); // one more: the dialog says why it is too long
    m_name->setPlaceholderText(tr("Budget, Read later, …"));
    connect(m_name, &QLineEdit::textChanged, this, &LabelDialog::nameChanged);

    const QStringList colorNames = {tr("Red"),  tr("Orange"), tr("Yellow"), tr("Green"), tr("Cyan"),
                                    tr("Blue"), tr("Purple"), tr("Pink"),   tr("Brown")};
    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    const int size = fontMetrics().height() + 4;
    m_swatches->setExclusive(false); // showColor() checks the one chosen, or none (another colour)
    for (int i = 0; i < int(Label::Palette.size()); ++i) {
        auto *button = new QToolButton(this);
        const QString color = QString::fromLatin1(Label::Palette.at(i));
        button->setObjectName(u"labelColour%1"_s.arg(i + 1));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(swatch(QColor(color), size));
        button->setIconSize(QSize(size, size));
        button->setAccessibleName(colorNames.at(i));
        button->setToolTip(colorNames.at(i));
        button->setProperty("color", color);
        m_swatches->addButton(button, i);
        row->addWidget(button);
    }
    connect(m_swatches, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        m_color = button->property("color").toString();
        showColor();
    });
    m_other->setObjectName(u"labelColourOther"_s);
    m_other->setAccessibleName(tr("Other colour"));
    connect(m_other, &QPushButton::clicked, this, &LabelDialog::chooseOtherColor);
    row->addWidget(m_other);
    row->addStretch();

    m_message->setObjectName(u"labelDialogMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Why the name cannot be taken"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Colour:"), row);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    showColor();
    nameChanged();
}

void LabelDialog::setLabel(const Label &label)
{
    m_label = label;
    setWindowTitle(tr("Edit Label"));
    m_taken.removeOne(folded(label.name));
    setName(label.name);
    if (!label.color.isEmpty())
        setColor(label.color);
}

Label LabelDialog::label() const
{
    Label label = m_label;
    label.name = Label::normalisedName(m_name->text());
    label.color = m_color;
    return label;
}

void LabelDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void LabelDialog::setColor(const QString &color)
{
    const QColor parsed(color);
    if (!parsed.isValid())
        return;
    m_color = parsed.name();
    showColor();
}

QString LabelDialog::refusal() const
{
    const QString name = Label::normalisedName(m_name->text());
    if (name.isEmpty())
        return tr("A label needs a name.");
    if (name.size() > Label::MaxNameLength)
        return tr("A label's name can be at most %n characters long.", nullptr, int(Label::MaxNameLength));
    if (m_taken.contains(name.toCaseFolded()))
        return tr("There is a label named \u201C%1\u201D already. Choose another name.").arg(name);
    return {};
}

void LabelDialog::nameChanged()
{
    const QString why = refusal();
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void LabelDialog::chooseOtherColor()
{
    auto *dialog = new QColorDialog(QColor(m_color), this);
    dialog->setObjectName(u"labelColourDialog"_s);
    dialog->setWindowTitle(tr("Label Colour"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) { setColor(color.name()); });
    dialog->open();
}

void LabelDialog::showColor()
{
    bool onPalette = false;
    for (QAbstractButton *button : m_swatches->buttons()) {
        const bool chosen = button->property("color").toString() == m_color;
        button->setChecked(chosen);
        onPalette = onPalette || chosen;
    }
    // A colour off the palette: "Other…" shows it.
    const int size = fontMetrics().height();
    m_other->setIcon(onPalette ? QIcon() : swatch(QColor(m_color), size));
}
