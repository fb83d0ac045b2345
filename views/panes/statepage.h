#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A page shown instead of the news list when it has nothing to show: a large
// title, a line of text, and buttons for what one can do about it.
class StatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatePage)

public:
    explicit StatePage(QWidget *parent = nullptr);

    QLabel *title() const { return m_title; }
    QLabel *text() const { return m_text; }
    // A new button in the row of buttons, in order.
    QPushButton *addButton(const QIcon &icon = {});
    void setTexts(const QString &title, const QString &text);

private:
    QLabel *m_title;
    QLabel *m_text;
    QWidget *m_buttons;
};
