#include "views/controllers/importcontroller.h"

#include "models/importing/importtask.h"
#include "models/importing/newsimporter.h"
#include "models/importing/sourcewatcher.h"
#include "models/support/logging.h"
#include "views/controllers/rejectedfiles.h"
#include "views/delegates/plaintooltip.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressBar>
#include <QSettings>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString SampleOfferedKey = u"sources/sampleOffered"_s;
} // namespace

ImportController::ImportController(const Window &window, QAction *cancelAction, QWidget *parent)
    : QObject(parent)
    , m_window(window)
    , m_parent(parent)
    , m_cancelAction(cancelAction)
    , m_task(new ImportTask(this))
    , m_watcher(new SourceWatcher(this))
    , m_progress(new QProgressBar(parent))
    , m_cancelButton(new QToolButton(parent))
{
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->hide();

    connect(m_cancelAction, &QAction::triggered, this, [this] {
        m_task->cancel();
        m_cancelAction->setEnabled(false);
        m_window.showStatus(tr("Cancelling the import…"), 0);
    });
    connect(m_task, &ImportTask::started, this, &ImportController::importStarted);
    connect(m_task, &ImportTask::progress, this, &ImportController::importProgress);
    connect(m_task, &ImportTask::waiting, this, &ImportController::importWaiting);
    connect(m_task, &ImportTask::finished, this, &ImportController::importFinished);
    connect(m_task, &ImportTask::removalFinished, this, &ImportController::removalFinished);
    connect(m_watcher, &SourceWatcher::watchFailed, this, [this](const QStringList &paths) {
        m_window.showStatus(tr("%n file(s) or folder(s) cannot be watched for changes, %1 the first (the system's "
                               "limit of watches, fs.inotify.max_user_watches?): import them again to see changes.",
                               nullptr, int(paths.size()))
                                    .arg(QDir::toNativeSeparators(paths.constFirst())),
                            0);
    });
    // Only what changed is imported (the watched sources are remembered already).
    connect(m_watcher, &SourceWatcher::pathsChanged, this, [this](const QStringList &paths) {
        if (!m_window.cacheOpen()) {
            m_window.showStatus(tr("No cache is open, so nothing can be imported."), 6000);
            return;
        }
        m_window.showStatus(tr("Watched files changed: importing…"), 0);
        m_queuedOrigins |= Changes;
        m_task->startChanges(m_window.databasePath, paths);
    });
}

ImportController::~ImportController()
{
    delete std::exchange(m_task, nullptr); // before the window's models lose their store
}

QStringList ImportController::watchedSources() const
{
    return m_watcher->sources();
}

void ImportController::watch(const QStringList &sources)
{
    if (!m_watcher->addSources(sources).isEmpty())
        Q_EMIT watchedChanged(m_watcher->sources());
}

bool ImportController::stopWatching(const QString &source)
{
    QStringList sources = m_watcher->sources();
    if (!sources.removeOne(source))
        return false;
    m_watcher->clear();
    m_watcher->addSources(sources);
    qCInfo(lcUi) << "no longer watching" << source;
    Q_EMIT watchedChanged(sources);
    return true;
}

void ImportController::removeFiles(const QStringList &paths)
{
    m_task->startRemoval(m_window.databasePath, paths);
}

bool ImportController::isImporting() const
{
    return m_task && m_task->isRunning();
}

void ImportController::startUp(bool cacheEmpty, const QStringList &paths)
{
    QSettings settings;
    const QStringList remembered = m_watcher->sources();
    if (cacheEmpty && paths.isEmpty() && remembered.isEmpty() && !settings.value(SampleOfferedKey, false).toBool()) {
        // First run: show something to read right away.
        settings.setValue(SampleOfferedKey, true);
        m_sampleImport = true;
        startImport(NewsImporter::sampleFiles(), Sources);
        m_window.showStatus(tr("First run: importing the sample news…"), 0);
    }
    // Remembered sources may have changed while newsdesk was closed; the
    // import skips unchanged files.
    if (!remembered.isEmpty())
        startImport(remembered, Sources);
    else if (m_window.pendingIndexItems() > 0)
        startImport({}, Sources); // an interrupted import left items to index for search
    if (!paths.isEmpty())
        importPaths(paths);
}

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_parent, tr("Import News Listings"), QString(),
                                                            tr("News listings (*.txt);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void ImportController::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_parent, tr("Import a Folder of News Listings"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void ImportController::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_watcher->addSources(paths).isEmpty())
        Q_EMIT watchedChanged(m_watcher->sources());
    startImport(paths, ByPerson);
}

void ImportController::rebuild(const QStringList &sources)
{
    if (!sources.isEmpty())
        startImport(sources, Sources);
}

void ImportController::reimportWatched()
{
    const QStringList sources = m_watcher->sources();
    if (sources.isEmpty()) {
        m_window.showStatus(tr("No watched files or folders yet: use File → Import first."), 6000);
        return;
    }
    startImport(sources, ByPerson);
}

void ImportController::forgetWatched()
{
    const int count = int(m_watcher->sources().size());
    m_watcher->clear();
    Q_EMIT watchedChanged({});
    m_window.showStatus(tr("Stopped watching %n source(s); their items stay in the cache.", nullptr, count), 6000);
}

void ImportController::startImport(const QStringList &paths, Origin origin)
{
    if (!m_window.cacheOpen()) {
        m_window.showStatus(tr("No cache is open, so nothing can be imported."), 6000);
        return;
    }
    m_queuedOrigins |= origin; // before start(): a run that starts now says so at once
    m_task->start(m_window.databasePath, paths);
}

void ImportController::importStarted()
{
    // The run takes every path queued so far; the items it stores are stamped after now.
    m_runOrigins = std::exchange(m_queuedOrigins, 0);
    m_runStartedAt = QDateTime::currentMSecsSinceEpoch();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelAction->setEnabled(true);
    m_cancelButton->show();
    if (!m_sampleImport)
        m_window.showStatus(tr("Importing…"), 0);
    Q_EMIT started();
}

void ImportController::importProgress(int done, int total, const QString &file)
{
    if (done < 0) { // writing the search index
        m_progress->setRange(0, 0);
        m_progress->setToolTip(QString());
        if (!m_sampleImport)
            m_window.showStatus(tr("Updating the search index…"), 0);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%L1 of %Ln file(s)", nullptr, total).arg(done));
    m_progress->setToolTip(PlainToolTip::of(file));
    if (!m_sampleImport)
        m_window.showStatus(tr("Importing %1…").arg(QFileInfo(file).fileName()), 0);
}

void ImportController::importWaiting(qint64 pid)
{
    // (Said for the sample's import too: the person sees why nothing moves.)
    const QString text = pid > 0 ? tr("Waiting for another import into this cache (process %1)\u2026").arg(pid)
                                 : tr("Waiting for another import into this cache\u2026");
    m_progress->setRange(0, 0);
    m_progress->setToolTip(text);
    m_window.showStatus(text, 0);
}

void ImportController::importFinished(const ImportReport &report)
{
    const bool sample = std::exchange(m_sampleImport, false);
    m_progress->hide();
    m_cancelButton->hide();
    m_cancelAction->setEnabled(false);
    if (!report.error.isEmpty())
        qCWarning(lcUi) << "the import stopped:" << report.error;
    Q_EMIT finished(report);
    reportMessage(report);
    const QString status = reportStatus(report, sample);
    if (!status.isEmpty())
        m_window.showStatus(status, sample ? 15000 : 8000);
    if ((m_runOrigins & Changes) && report.itemsNew > 0 && !report.cancelled)
        Q_EMIT watchedItemsArrived(report.itemsNew, m_runStartedAt);
}

void ImportController::reportMessage(const ImportReport &report)
{
    QStringList details;
    QStringList otherDetails; // of files that are not rejected
    for (const Diagnostic &diagnostic : report.diagnostics) {
        details.append(diagnostic.toString());
        if (!report.rejected.contains(diagnostic.file))
            otherDetails.append(diagnostic.toString());
    }
    if (!report.error.isEmpty()) {
        m_window.showMessage(MessageBar::Kind::Error, tr("The import stopped: %1").arg(report.error), details, {});
    } else if (report.hasRejections()) {
        reportRejections(report, otherDetails);
    } else if (!report.diagnostics.isEmpty()) {
        showProblems(details);
    }
}

void ImportController::showProblems(const QStringList &details)
{
    // Imported, with warnings: a Windows-1252 line, an item without a
    // title skipped, control characters removed… each naming file and line.
    m_window.showMessage(MessageBar::Kind::Warning,
                         tr("The import found %n problem(s) in the files it read; what could be read is in "
                            "the cache. Show the details for each (file and line).",
                            nullptr, int(details.size())),
                         details, {});
}

void ImportController::reportRejections(const ImportReport &report, const QStringList &otherDetails)
{
    // Files the person was told about already come back only when the
    // person asked for this import; ignored ones never (until they change).
    QSettings settings;
    RejectedFiles memory(settings);
    QStringList shown;
    for (const QString &path : report.rejected) {
        const RejectedFiles::State state = memory.state(path);
        if (state == RejectedFiles::State::New || (state == RejectedFiles::State::Seen && (m_runOrigins & ByPerson)))
            shown.append(path);
    }
    if (shown.isEmpty()) {
        qCDebug(lcUi) << "not warned again about files that are not listings:" << report.rejected;
        if (!otherDetails.isEmpty())
            showProblems(otherDetails);
        return;
    }
    memory.markSeen(shown);
    QStringList details;
    for (const Diagnostic &diagnostic : report.diagnostics) {
        if (!report.rejected.contains(diagnostic.file) || shown.contains(diagnostic.file))
            details.append(diagnostic.toString());
    }
    const MessageBar::Action ignore{
            .text = shown.size() == 1 ? tr("&Ignore This File") : tr("&Ignore These Files"),
            .objectName = u"ignoreRejectedButton"_s,
            .accessibleName = tr("Ignore these files until they change"),
            .triggered = [this, shown] {
                QSettings settings;
                RejectedFiles(settings).ignore(shown);
                m_window.showStatus(tr("newsdesk will not warn about %n file(s) again until they change.", nullptr,
                                       int(shown.size())),
                                    8000);
            }};
    m_window.showMessage(MessageBar::Kind::Warning,
                         tr("%n file(s) could not be imported: they are not news listings. "
                            "Show the details for the reason of each.",
                            nullptr, int(shown.size())),
                         details, {ignore});
}

QString ImportController::reportStatus(const ImportReport &report, bool sample) const
{
    if (report.cancelled)
        return tr("Import cancelled; the files read so far are in the cache.");
    if (sample) {
        return tr("Imported the bundled sample news (%Ln item(s)). Use File → Import to add your own listings.",
                  nullptr, int(report.itemsTotal));
    }
    if (!report.imported.isEmpty()) {
        return tr("Imported %n file(s)", nullptr, int(report.imported.size())) + u"; "_s
                + tr("%Ln new item(s).", nullptr, int(report.itemsNew));
    }
    if (!report.removed.isEmpty())
        return tr("%n file(s) no longer exist; their items left the cache.", nullptr, int(report.removed.size()));
    if (report.hasRejections())
        return tr("Nothing imported.");
    if (report.error.isEmpty())
        return tr("No changes: %n file(s) already up to date.", nullptr, int(report.skipped.size()));
    return {};
}

void ImportController::retranslate()
{
    m_progress->setAccessibleName(tr("Import progress"));
}
