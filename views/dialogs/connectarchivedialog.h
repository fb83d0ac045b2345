#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// File → Connect to a Shared Archive…: the address of a team's archive on a
// PostgreSQL server (postgresql://USER@HOST:PORT/DATABASE, checked by
// PgAddress: one holding a password is refused), Connect, and a way back to
// the local cache. The password field shows only when the server asked for a
// password that PGPASSWORD and ~/.pgpass did not give; what is typed there is
// handed to the trial (kept in memory for this run), never stored. The trial
// runs off the GUI thread (Background): while it does, the dialog shows that
// it is connecting (Connect disabled); Cancel closes it and its late answer
// is dropped.
class ConnectArchiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectArchiveDialog)

public:
    // What Connect tries (ReaderSession::tryOpen through the window), on a
    // thread of the pool: empty when it opened, else the sentence naming the
    // server; needsPassword set when the server asked for a password (or
    // refused the one given). It must not touch widgets.
    using Trial = std::function<QString(const QString &address, const QString &password, bool &needsPassword)>;

    // current: the archive the window shows (an address, or empty for the local cache).
    ConnectArchiveDialog(const QString &current, Trial trial, QWidget *parent = nullptr);

    // What was chosen once accepted: the address, or empty for the local cache.
    QString location() const { return m_location; }
    // Why the last Connect did not connect, or empty.
    QString message() const;
    bool asksForPassword() const;
    // Whether a Connect is waiting for the server's answer.
    bool isConnecting() const { return m_connecting; }
    // Opens asking for the password at once (the server refused the one it
    // had, or wanted one none gave), saying why.
    void askForPassword(const QString &why);

    void done(int result) override;

private:
    struct Answer
    {
        QString failed;
        bool needsPassword = false;
    };
    void connectToArchive();
    void answered(const QString &address, const Answer &answer);
    void setConnecting(bool connecting);
    void useLocalCache();
    void showMessage(const QString &text);
    void fitContents();
    void setUpBusyBar();

    Trial m_trial;
    QString m_current;
    QString m_location;
    QLineEdit *m_address;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    QPushButton *m_local;
    QProgressBar *m_busy;
    bool m_connecting = false;
    quint64 m_attempt = 0; // a Connect's answer counts only while it is the last one
};
