#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// An inline, dismissible message above the panes: one line of text, with
// optional details (one line per problem) shown on request. It never blocks
// the window, unlike a modal message box.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QStringList &details = {});
    QString text() const;
    QStringList details() const { return m_details; }

public Q_SLOTS:
    void dismiss();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();
    void toggleDetails();
    // The bar's own texts; the message itself stays as it was written.
    void retranslateUi();

    Kind m_kind = Kind::Information;
    QStringList m_details;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_detailsButton;
    QToolButton *m_closeButton;
    QPlainTextEdit *m_detailsView;
};
