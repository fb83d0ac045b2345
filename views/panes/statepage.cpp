#include "views/panes/statepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StatePage::StatePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_buttons);
    layout->addStretch(3);
}

QPushButton *StatePage::addButton(const QIcon &icon)
{
    auto *button = new QPushButton(icon, QString(), m_buttons);
    auto *buttons = static_cast<QHBoxLayout *>(m_buttons->layout());
    buttons->insertWidget(buttons->count() - 1, button); // before the last stretch
    return button;
}

void StatePage::setTexts(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setText(text);
}
