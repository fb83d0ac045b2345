#include "views/window/statetransfer.h"

#include "models/support/background.h"
#include "models/support/logging.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
const QString Filter = u"newsdesk-state.json"_s;
} // namespace

StateTransfer::StateTransfer(const Window &window, QWidget *parent)
    : QObject(parent)
    , m_window(window)
    , m_parent(parent)
{
    setObjectName(u"stateTransfer"_s);
}

StateTransfer::~StateTransfer()
{
    m_running.waitForFinished();
}

void StateTransfer::chooseExportFile()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(Filter);
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Your Data"), start,
                                                      tr("newsdesk data (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void StateTransfer::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import Your Data"), QString(),
                                                      tr("newsdesk data (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void StateTransfer::exportTo(const QString &path)
{
    if (isBusy())
        return;
    const StateJob job(m_window.databasePath, path);
    m_running = QFuture<void>(Background::run(
            this, [job] { return job.exportState(); },
            [this, path](const StateJob::Result &result) { done(true, path, result); }));
}

void StateTransfer::importFrom(const QString &path)
{
    if (isBusy())
        return;
    const StateJob job(m_window.databasePath, path);
    m_running = QFuture<void>(Background::run(
            this, [job] { return job.importState(); },
            [this, path](const StateJob::Result &result) { done(false, path, result); }));
}

void StateTransfer::done(bool exporting, const QString &path, const StateJob::Result &result)
{
    if (!result.ok()) {
        const QString text = exporting ? tr("Your data could not be exported to %1.")
                                       : tr("Your data could not be imported from %1.");
        qCWarning(lcUi) << "state transfer failed:" << result.error;
        m_window.showMessage(MessageBar::Kind::Error, text.arg(QDir::toNativeSeparators(path)), {result.error});
        Q_EMIT finished(false, result.error);
        return;
    }
    const QString text =
            exporting ? StateJob::exportedText(result, path) : StateJob::importedText(result, path);
    if (!exporting && m_window.merged)
        m_window.merged();
    m_window.showMessage(MessageBar::Kind::Information, text, {});
    Q_EMIT finished(true, text);
}
