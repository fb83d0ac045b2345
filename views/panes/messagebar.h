#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

// An inline, dismissible message above the panes: one line of text, with
// optional details (one line per problem) shown on request, and optional
// buttons that act on it ("Undo", "Ignore This File"). It never blocks the
// window, unlike a modal message box. A message may leave by itself after a
// while (a notice); one with details or an error stays until dismissed.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Warning, Error };

    // A button of a message: the bar is dismissed after triggered() ran.
    struct Action
    {
        QString text;           // with its access key ("&Undo")
        QString objectName;     // stable, for tests and accessibility tools
        QString accessibleName; // what a screen reader says
        std::function<void()> triggered;
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QStringList &details = {},
                     const QList<Action> &actions = {});
    // A message that leaves by itself after timeoutMs unless a newer one
    // replaced it, or the pointer or the focus is on the bar then (it waits
    // for them to leave).
    void showNotice(Kind kind, const QString &text, const QList<Action> &actions, int timeoutMs);
    QString text() const;
    QStringList details() const { return m_details; }
    Kind kind() const { return m_kind; }
    // The buttons of the message shown now, in order.
    QList<QPushButton *> actionButtons() const { return m_actionButtons; }

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    // The message left: dismissed, replaced or timed out.
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();
    void toggleDetails();
    void setActions(const QList<Action> &actions);
    void timedOut();
    // The bar's own texts; the message itself stays as it was written.
    void retranslateUi();

    Kind m_kind = Kind::Information;
    QStringList m_details;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_actionButtons;
    QPushButton *m_detailsButton;
    QToolButton *m_closeButton;
    QPlainTextEdit *m_detailsView;
    QTimer *m_timer;
};
