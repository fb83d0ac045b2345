#pragma once

#include <QObject>

class QAbstractScrollArea;

// Shows keyboard focus on a pane (a list or a text view) by drawing its frame
// in the highlight colour while it has focus, as line edits do. Fusion draws no
// focus for scroll areas: a list shows it only on its current row (none when
// the list is empty) and the detail pane not at all.
class FocusFrame final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusFrame)

public:
    // Owned by the view.
    static void install(QAbstractScrollArea *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusFrame(QAbstractScrollArea *view);

    bool m_painting = false;
};
