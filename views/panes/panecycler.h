#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

// F6 and Shift+F6: the focus goes from one of the window's main panes to the
// next (the side pane, the list, the detail pane) and round, as in
// Thunderbird and Akregator. A pane gets back the control that last had the
// focus in it, else its entry (the list's rows, say), else its first control
// that takes the focus; a hidden pane (F9, a layout without it) is passed
// over. The two actions are the cycler's own, added to the window.
class PaneCycler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneCycler)

public:
    struct Pane
    {
        QWidget *pane = nullptr;
        QWidget *entry = nullptr; // where the focus goes first (none: the pane's first control)
    };

    // The panes in their order; window: where the actions and their
    // shortcuts live (the cycler's parent).
    PaneCycler(QWidget *window, const QList<Pane> &panes);

    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

    // The index of the pane that holds widget (-1: none).
    int paneOf(const QWidget *widget) const;

public Q_SLOTS:
    // The focus to the next (previous) shown pane; the widget that got it,
    // null when no other pane can take it.
    QWidget *focusNext();
    QWidget *focusPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *focusPane(int step);
    // Where the focus goes in pane i: null when it is hidden or nothing in it takes the focus.
    QWidget *target(int i) const;
    static bool takesFocus(const QWidget *widget);
    void retranslate();

    QWidget *m_window;
    QList<Pane> m_panes;
    QList<QPointer<QWidget>> m_last; // per pane: the control that last had the focus
    QAction *m_next;
    QAction *m_previous;
};
