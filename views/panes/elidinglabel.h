#pragma once

#include <QLabel>

// A one-line label for a text of any length in a narrow place (the status
// bar's message): it asks for no width of its own, so a long message never
// makes the window wider, and paints the text elided ("…") when it does not
// fit, with the whole text as its tool tip. text() stays the whole text (for
// tests and screen readers).
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // Whether the text shown now is cut short.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();
};
