#include "views/controllers/exportcontroller.h"

#include "models/export/clipboardexporter.h"
#include "models/support/background.h"
#include "views/controllers/printexporter.h"
#include "views/panes/newspane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace {

constexpr int ProgressDelayMs = 400;

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The status line for a task that ended as result says.
QString outcome(const ExportResult &result, const QString &finished, const QString &cancelled, const QString &failed)
{
    switch (result.status) {
    case ExportResult::Status::Finished:
        return finished;
    case ExportResult::Status::Cancelled:
        return cancelled;
    case ExportResult::Status::Failed:
        break;
    }
    return failed;
}

} // namespace

ExportController::ExportController(const Sources &sources, QWidget *window)
    : QObject(window)
    , m_sources(sources)
    , m_window(window)
    , m_exportAction(new QAction(this))
    , m_printAction(new QAction(this))
    , m_copyAction(new QAction(this))
{
    setObjectName(u"exportController"_s);

    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setIcon(QIcon::fromTheme(u"document-export"_s, QIcon::fromTheme(u"document-save-as"_s)));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &ExportController::showExportDialog);

    m_printAction->setObjectName(u"printAction"_s);
    m_printAction->setIcon(QIcon::fromTheme(u"document-print"_s));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &ExportController::print);

    // Ctrl+C copies items where the window adds the action with this context
    // (the news list); in a search box or the detail pane it copies their text.
    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ExportController::copy);

    retranslate();
}

ExportController::~ExportController()
{
    // A cancelled export leaves no file; wait so none is half written at exit.
    m_cancel = true;
    m_copies.supersede();
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
}

void ExportController::retranslate()
{
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setIconText(tr("Export"));
    m_exportAction->setToolTip(tr("Export the selected or shown items to a file (%1)")
                                       .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportAction->setStatusTip(tr("Export the selected or shown items to a file"));

    m_printAction->setText(tr("&Print…"));
    m_printAction->setIconText(tr("Print"));
    m_printAction->setToolTip(tr("Print the selected items, or the shown ones when none is selected"));
    m_printAction->setStatusTip(tr("Print the selected items, or the shown ones when none is selected"));

    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy the selected items as text"));
    m_copyAction->setStatusTip(tr("Copy the selected items as text"));

    if (m_dialog)
        m_dialog->retranslate();
    if (m_progress) {
        m_progress->setCancelButtonText(tr("Cancel"));
        if (m_progressLabel)
            m_progress->setLabelText(m_progressLabel());
    }
}

std::optional<QList<qint64>> ExportController::selectedIds()
{
    if (m_sources.selectionKnown && !m_sources.selectionKnown()) {
        Q_EMIT statusMessage(NewsPane::selectionArrivingText());
        return std::nullopt;
    }
    return m_sources.selectedIds();
}

std::optional<qint64> ExportController::printCount(const QList<qint64> &selected) const
{
    return selected.isEmpty() ? m_sources.shownCount() : std::optional<qint64>(selected.size());
}

ItemFilter ExportController::categoryFilter() const
{
    ItemFilter category;
    if (m_category.isEmpty())
        category.uncategorised = true;
    else
        category.categories = {m_category};
    category.sort = m_sources.filter().sort; // the list's order
    return category;
}

ItemFilter ExportController::filterOf(ExportDialog::Items items) const
{
    if (items == ExportDialog::Items::Shown)
        return m_sources.filter();
    if (items == ExportDialog::Items::Category)
        return categoryFilter();
    ItemFilter allItems;
    allItems.sort = m_sources.filter().sort; // the list's order
    return allItems;
}

QString ExportController::describe(ExportDialog::Items items, qsizetype count) const
{
    switch (items) {
    case ExportDialog::Items::Selected:
        return tr("%Ln selected item(s)", nullptr, int(count));
    case ExportDialog::Items::Shown:
        return ExportOptions::describeFilter(m_sources.filter());
    case ExportDialog::Items::All:
        return ExportOptions::describeFilter({});
    case ExportDialog::Items::Category:
        return ExportOptions::describeFilter(categoryFilter());
    }
    return {};
}

void ExportController::updateActions()
{
    m_exportAction->setEnabled(!m_busy);
    m_printAction->setEnabled(!m_busy);
}

// ---------------------------------------------------------------------------
// Export

void ExportController::showExportDialog()
{
    if (m_busy)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const std::optional<QList<qint64>> selected = selectedIds();
    if (!selected)
        return;
    m_dialog = new ExportDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<qint64> shown = m_sources.shownCount();
    m_dialog->setCounts(selected->size(), shown ? std::optional<qsizetype>(*shown) : std::nullopt,
                        m_sources.totalCount());
    connect(m_dialog, &QDialog::accepted, this, [this] {
        ExportOptions options;
        options.includeSummary = m_dialog->includeSummary();
        options.includeSources = m_dialog->includeSources();
        options.fields = m_dialog->fields();
        startExport(m_dialog->items(), m_dialog->format(), QDir::fromNativeSeparators(m_dialog->destination()),
                    options);
    });
    m_dialog->open();
}

void ExportController::exportCategory(const QString &name, std::optional<qint64> count)
{
    if (m_busy)
        return;
    m_category = name;
    m_categoryCount = count;
    showExportDialog();
    if (m_dialog)
        m_dialog->setCategory(name, count ? std::optional<qsizetype>(*count) : std::nullopt);
}

void ExportController::shownCountReady()
{
    if (!m_dialog)
        return;
    const std::optional<qint64> shown = m_sources.shownCount();
    m_dialog->setShownCount(shown ? std::optional<qsizetype>(*shown) : std::nullopt);
}

void ExportController::startExport(ExportDialog::Items items, const QString &format, const QString &destination,
                                   const ExportOptions &options)
{
    if (m_busy)
        return;
    // The shown and all items are read by the job, by the list's filter: the
    // GUI thread never reads every id of a large list.
    const bool selected = items == ExportDialog::Items::Selected;
    const std::optional<QList<qint64>> known = selected ? selectedIds() : QList<qint64>();
    if (!known)
        return;
    const QList<qint64> &ids = *known;
    const std::optional<qint64> count = selected ? qint64(ids.size())
            : items == ExportDialog::Items::All      ? std::optional<qint64>(m_sources.totalCount())
            : items == ExportDialog::Items::Category ? m_categoryCount
                                                     : m_sources.shownCount(); // nothing while the worker counts
    ExportOptions exportOptions = options;
    if (exportOptions.description.isEmpty())
        exportOptions.description = describe(items, count.value_or(0));
    ExportJob job(m_sources.databasePath, ids, format, destination, exportOptions);
    if (!selected)
        job.setFilter(filterOf(items));
    const QString fileName = QFileInfo(destination).fileName();

    startTask(
            tr("Export"),
            [count, fileName] {
                return count ? tr("Exporting %Ln item(s) to %1…", nullptr, int(*count)).arg(fileName)
                             : tr("Exporting the shown items to %1…").arg(fileName);
            },
            job, [this, destination](const ExportResult &result) { exportFinished(result, destination); });
}

void ExportController::exportFinished(const ExportResult &result, const QString &destination)
{
    const QString done = tr("Exported %Ln item(s) to %1.", nullptr, int(result.itemCount)).arg(shownPath(destination));
    Q_EMIT statusMessage(
            outcome(result, done, tr("Export cancelled; nothing was written."), tr("The export failed.")));
    if (result.status == ExportResult::Status::Failed)
        showError(tr("Export Failed"), tr("Could not export to %1.").arg(shownPath(destination)), result.error);
}

// ---------------------------------------------------------------------------
// Print

void ExportController::print()
{
    if (m_busy)
        return;
    const std::optional<QList<qint64>> selected = selectedIds();
    if (!selected)
        return;
    const std::optional<qint64> count = printCount(*selected);
    if (count == 0) {
        Q_EMIT statusMessage(tr("Nothing to print: the list is empty."));
        return;
    }
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(m_printer.get(), m_window);
    dialog->setObjectName(u"printDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(count ? tr("Print %Ln Item(s)", nullptr, int(*count)) : tr("Print the Shown Items"));
    dialog->setOption(QAbstractPrintDialog::PrintSelection, false);
    connect(dialog, &QDialog::accepted, this, [this] { printTo(m_printer.get()); });
    dialog->open();
}

void ExportController::printTo(QPrinter *printer)
{
    if (m_busy || !printer)
        return;
    // Nothing selected: the shown items, read by the job (see startExport()).
    const std::optional<QList<qint64>> known = selectedIds();
    if (!known)
        return;
    const QList<qint64> &selected = *known;
    const std::optional<qint64> count = printCount(selected);
    if (count == 0) {
        Q_EMIT statusMessage(tr("Nothing to print: the list is empty."));
        return;
    }
    const ExportDialog::Items items = selected.isEmpty() ? ExportDialog::Items::Shown : ExportDialog::Items::Selected;
    ExportOptions options;
    options.description = describe(items, count.value_or(0));
    options.fields = ExportDialog::rememberedFields(); // as the last export chose them
    auto exporter = std::make_shared<PrintExporter>(printer);
    exporter->setOptions(options);
    const bool toFile = printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty();
    const QString target = toFile ? shownPath(printer->outputFileName()) : printer->printerName();
    ExportJob job(m_sources.databasePath, selected, exporter);
    if (selected.isEmpty())
        job.setFilter(filterOf(items));

    startTask(
            tr("Print"),
            [count] {
                return count ? tr("Preparing %Ln item(s) for printing…", nullptr, int(*count))
                             : tr("Preparing the shown items for printing…");
            },
            job, [this, toFile, target](const ExportResult &result) { printFinished(result, toFile, target); });
}

void ExportController::printFinished(const ExportResult &result, bool toFile, const QString &target)
{
    const int count = int(result.itemCount);
    Q_EMIT statusMessage(outcome(result,
                                 toFile ? tr("Printed %Ln item(s) to %1.", nullptr, count).arg(target)
                                        : tr("Sent %Ln item(s) to the printer.", nullptr, count),
                                 tr("Printing cancelled."), tr("Printing failed.")));
    if (result.status == ExportResult::Status::Failed)
        showError(tr("Printing Failed"),
                  target.isEmpty() ? tr("Could not print.") : tr("Could not print to %1.").arg(target), result.error);
}

// ---------------------------------------------------------------------------
// The worker and its progress

void ExportController::startTask(const QString &title, const std::function<QString()> &label, const ExportJob &job,
                                 const Done &done)
{
    m_busy = true;
    m_cancel = false;
    updateActions();
    showProgressDialog(title, label);
    Q_EMIT started();

    // The progress callback runs on the worker and posts to this thread; the
    // destructor cancels and waits for the work.
    const ExportJob::Progress progress = [this](qsizetype doneCount, qsizetype total) {
        QMetaObject::invokeMethod(
                this, [this, doneCount, total] { showProgress(doneCount, total); }, Qt::QueuedConnection);
        return !m_cancel.loadRelaxed();
    };
    track(QFuture<void>(Background::run(
            this, [job, progress] { return job.run(progress); },
            [this, done](const ExportResult &result) { endTask(result, done); })));
}

void ExportController::showProgressDialog(const QString &title, const std::function<QString()> &label)
{
    // Not modal: the window stays usable while the worker runs.
    m_progressLabel = label;
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(ProgressDelayMs);
    // The label names a file: text, never markup (a file may be called "<b>x</b>.csv").
    auto *progressLabel = new QLabel(m_progress);
    progressLabel->setTextFormat(Qt::PlainText);
    m_progress->setLabel(progressLabel);
    m_progress->setLabelText(label());
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, 0);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);
}

void ExportController::track(const QFuture<void> &future)
{
    m_running.removeIf([](const QFuture<void> &running) { return running.isFinished(); });
    m_running.append(future);
}

void ExportController::showProgress(qsizetype done, qsizetype total)
{
    if (!m_progress || m_cancel.loadRelaxed())
        return;
    // QProgressDialog counts in int; scale large exports down.
    const int scale = total > 1'000'000 ? int(total / 1'000'000 + 1) : 1;
    m_progress->setMaximum(int(total / scale));
    m_progress->setValue(int(done / scale));
}

void ExportController::cancel()
{
    if (!m_busy)
        return;
    // The worker stops after the page it is writing; QProgressDialog hides
    // itself when its button cancels.
    m_cancel = true;
}

void ExportController::endTask(const ExportResult &result, const Done &done)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_progressLabel = {};
    m_busy = false;
    updateActions();
    done(result);
    Q_EMIT finished(result);
}

void ExportController::showError(const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(u"exportErrorBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---------------------------------------------------------------------------
// Copy

void ExportController::copy()
{
    const std::optional<QList<qint64>> known = selectedIds();
    if (!known)
        return;
    const QList<qint64> &ids = *known;
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select items to copy them."));
        return;
    }
    // The last copy asked for wins; earlier ones still running stop early.
    const LatestRequest::Ticket ticket = m_copies.next();
    auto clipboard = std::make_shared<ClipboardExporter>();
    ExportOptions options;
    options.includeSources = false;
    clipboard->setOptions(options);
    const ExportJob job(m_sources.databasePath, ids, clipboard);
    track(QFuture<void>(Background::run(
            this, [job, ticket] { return job.run([ticket](qsizetype, qsizetype) { return ticket.isCurrent(); }); },
            [this, clipboard, ticket](const ExportResult &result) { copyFinished(result, *clipboard, ticket); })));
}

void ExportController::copyFinished(const ExportResult &result, const ClipboardExporter &clipboard,
                                    const LatestRequest::Ticket &ticket)
{
    if (!ticket.isCurrent() || result.isCancelled())
        return;
    if (!result.ok()) {
        Q_EMIT statusMessage(tr("Could not copy the items: %1").arg(result.error));
        return;
    }
    auto *mime = new QMimeData;
    mime->setText(clipboard.text());
    mime->setHtml(clipboard.html());
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Copied %Ln item(s).", nullptr, int(result.itemCount)));
    Q_EMIT copied(int(result.itemCount));
}
