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

    // Sets the text, and the tool tip to it when the label shows less (use it, not setText()).
    void setWholeText(const QString &text);

    QSize minimumSizeHint() const override;
    // Whether the text shown now is cut short.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect textArea() const;
    // The text on one line (a message may hold lines of detail).
    QString oneLine() const;
    void updateToolTip();
};
