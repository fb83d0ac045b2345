#include "views/dialogs/connectarchivedialog.h"

#include "models/store/postgres/pgaddress.h"
#include "models/support/background.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectArchiveDialog::ConnectArchiveDialog(const QString &current, Trial trial, QWidget *parent)
    : QDialog(parent)
    , m_trial(std::move(trial))
    , m_current(current)
    , m_address(new QLineEdit(current, this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(u"connectArchiveDialog"_s);
    setWindowTitle(tr("Connect to a Shared Archive"));

    auto *intro = new QLabel(tr("A team's archive on a PostgreSQL server: everyone imports into it and reads it, "
                                "each with their own read and starred marks."),
                             this);
    intro->setWordWrap(true);

    m_address->setObjectName(u"archiveAddressEdit"_s);
    m_address->setAccessibleName(tr("Address of the shared archive"));
    m_address->setPlaceholderText(u"postgresql://user@host:5432/news"_s);
    m_address->setClearButtonEnabled(true);
    // Room for a whole address of a usual length.
    m_address->setMinimumWidth(
            m_address->fontMetrics().horizontalAdvance(u"postgresql://someone@archive.example.org:5432/newsroom"_s)
            + m_address->fontMetrics().averageCharWidth() * 6);

    m_password->setObjectName(u"archivePasswordEdit"_s);
    m_password->setAccessibleName(tr("Password for the server"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);

    auto *hint = new QLabel(tr("Your password is never stored. newsdesk asks for it only when the server wants "
                               "one that PGPASSWORD or ~/.pgpass do not give, and keeps it until you quit."),
                            this);
    hint->setObjectName(u"archivePasswordHint"_s);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    m_message->setObjectName(u"archiveMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    setUpBusyBar();

    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectArchiveButton"_s);
    m_connect->setDefault(true);
    m_local = m_buttons->addButton(tr("Use the &Local Cache"), QDialogButtonBox::ResetRole);
    m_local->setObjectName(u"useLocalCacheButton"_s);
    m_local->setEnabled(!current.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    // Connect tries first: accepted() only when it worked.
    connect(m_connect, &QPushButton::clicked, this, &ConnectArchiveDialog::connectToArchive);
    connect(m_local, &QPushButton::clicked, this, &ConnectArchiveDialog::useLocalCache);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_connect->setEnabled(!m_connecting && !text.trimmed().isEmpty());
    });
    m_connect->setEnabled(!current.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(m_passwordLabel, m_password);
    m_passwordLabel->hide();
    m_password->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

void ConnectArchiveDialog::setUpBusyBar()
{
    // Busy while the server has not answered (no steps to count).
    m_busy->setObjectName(u"connectingProgress"_s);
    m_busy->setAccessibleName(tr("Connecting"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height() / 2 + 4);
    m_busy->hide();
}

QString ConnectArchiveDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool ConnectArchiveDialog::asksForPassword() const
{
    return !m_password->isHidden();
}

void ConnectArchiveDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    fitContents();
}

void ConnectArchiveDialog::fitContents()
{
    // Taller when a message, the password or the busy bar shows: the wrapped
    // texts are never squeezed (their height depends on the width).
    QLayout *box = layout();
    box->activate();
    const int wanted = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

void ConnectArchiveDialog::connectToArchive()
{
    if (m_connecting)
        return;
    const QString typed = m_address->text().trimmed();
    QString error;
    if (!PgAddress::parse(typed, error)) {
        showMessage(error);
        m_address->setFocus();
        return;
    }
    showMessage(tr("Connecting to %1…").arg(typed));
    setConnecting(true);
    const quint64 attempt = ++m_attempt;
    const QString password = asksForPassword() ? m_password->text() : QString();
    // The trial's own copies: the dialog may be gone when it answers (Cancel),
    // and then the answer goes with it (Background drops it).
    Background::run(
            this,
            [trial = m_trial, typed, password] {
                Answer answer;
                answer.failed = trial(typed, password, answer.needsPassword);
                return answer;
            },
            [this, attempt, typed](const Answer &answer) {
                if (attempt == m_attempt)
                    answered(typed, answer);
            });
}

void ConnectArchiveDialog::answered(const QString &address, const Answer &answer)
{
    setConnecting(false);
    if (answer.failed.isEmpty()) {
        m_password->clear();
        m_location = address;
        accept();
        return;
    }
    if (answer.needsPassword) {
        const bool wasAsked = asksForPassword();
        askForPassword(wasAsked ? answer.failed : tr("The server asks for a password for %1.").arg(address));
        return;
    }
    showMessage(answer.failed);
}

void ConnectArchiveDialog::askForPassword(const QString &why)
{
    m_passwordLabel->show();
    m_password->show();
    m_password->clear();
    m_password->setFocus();
    showMessage(why); // (and fits)
}

void ConnectArchiveDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    m_busy->setVisible(connecting);
    fitContents();
    m_connect->setEnabled(!connecting && !m_address->text().trimmed().isEmpty());
    m_address->setReadOnly(connecting);
    m_password->setReadOnly(connecting);
    m_local->setEnabled(!connecting && !m_current.isEmpty());
}

void ConnectArchiveDialog::done(int result)
{
    // Closed (Cancel, Escape, the window's close button) while connecting:
    // the answer that comes later is dropped.
    if (m_connecting) {
        ++m_attempt;
        setConnecting(false);
        showMessage({});
    }
    QDialog::done(result);
}

void ConnectArchiveDialog::useLocalCache()
{
    m_location.clear();
    accept();
}
