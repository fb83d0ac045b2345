#include "views/controllers/exportcontroller.h"

#include "models/export/exporter.h"
#include "models/export/newsdocument.h"
#include "models/store/newsstore.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

constexpr int ProgressDelayMs = 400;

ExportResult failed(const QString &error)
{
    return {ExportResult::Status::Failed, error, 0};
}

ExportResult cancelled(qsizetype itemCount = 0)
{
    return {ExportResult::Status::Cancelled, {}, itemCount};
}

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What Copy puts on the clipboard, read on a worker.
struct Clip
{
    QString text;
    QString html;
    qsizetype count = 0;
    QString error;
};

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
    const QList<QThread *> threads = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads)
        thread->wait();
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

QList<qint64> ExportController::chosenIds() const
{
    const QList<qint64> selected = m_sources.selectedIds();
    return selected.isEmpty() ? m_sources.shownIds() : selected;
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
    m_dialog = new ExportDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setCounts(m_sources.selectedIds().size(), m_sources.shownCount(), m_sources.totalCount());
    connect(m_dialog, &QDialog::accepted, this, [this] {
        ExportOptions options;
        options.includeSummary = m_dialog->includeSummary();
        options.includeSources = m_dialog->includeSources();
        startExport(m_dialog->items(), m_dialog->format(), QDir::fromNativeSeparators(m_dialog->destination()),
                    options);
    });
    m_dialog->open();
}

void ExportController::startExport(ExportDialog::Items items, const QString &format, const QString &destination,
                                   const ExportOptions &options)
{
    if (m_busy)
        return;
    const bool all = items == ExportDialog::Items::All;
    const QList<qint64> ids = items == ExportDialog::Items::Selected ? m_sources.selectedIds()
            : items == ExportDialog::Items::Shown                    ? m_sources.shownIds()
                                                                     : QList<qint64>();
    const qsizetype count = all ? qsizetype(m_sources.totalCount()) : ids.size();
    ItemFilter allItems;
    allItems.sort = m_sources.filter().sort; // the list's order
    ExportOptions exportOptions = options;
    if (exportOptions.description.isEmpty())
        exportOptions.description = describe(items, count);
    const QString databasePath = m_sources.databasePath;
    const QString fileName = QFileInfo(destination).fileName();

    startTask(
            tr("Export"),
            [count, fileName] { return tr("Exporting %Ln item(s) to %1…", nullptr, int(count)).arg(fileName); },
            [databasePath, all, allItems, ids, format, destination, exportOptions](
                    const ExportJob::Progress &progress) {
                const std::unique_ptr<Exporter> exporter = Exporter::create(format);
                if (!exporter)
                    return failed(tr("Unknown export format \u201C%1\u201D.").arg(format));
                exporter->setOptions(exportOptions);
                NewsStore store;
                if (!store.open(databasePath))
                    return failed(store.errorString());
                const QList<qint64> chosen = all ? store.itemIds(allItems) : ids;
                return ExportJob::exportItems(store, chosen, *exporter, destination, progress);
            },
            [this, destination](const ExportResult &result) { exportFinished(result, destination); });
}

void ExportController::exportFinished(const ExportResult &result, const QString &destination)
{
    switch (result.status) {
    case ExportResult::Status::Finished:
        Q_EMIT statusMessage(
                tr("Exported %Ln item(s) to %1.", nullptr, int(result.itemCount)).arg(shownPath(destination)));
        break;
    case ExportResult::Status::Cancelled:
        Q_EMIT statusMessage(tr("Export cancelled; nothing was written."));
        break;
    case ExportResult::Status::Failed:
        Q_EMIT statusMessage(tr("The export failed."));
        showError(tr("Export Failed"), tr("Could not export to %1.").arg(shownPath(destination)), result.error);
        break;
    }
}

// ---------------------------------------------------------------------------
// Print

void ExportController::print()
{
    if (m_busy)
        return;
    const QList<qint64> ids = chosenIds();
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to print: the list is empty."));
        return;
    }
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(m_printer.get(), m_window);
    dialog->setObjectName(u"printDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print %Ln Item(s)", nullptr, int(ids.size())));
    dialog->setOption(QAbstractPrintDialog::PrintSelection, false);
    connect(dialog, &QDialog::accepted, this, [this] { printTo(m_printer.get()); });
    dialog->open();
}

void ExportController::printTo(QPrinter *printer)
{
    if (m_busy || !printer)
        return;
    const QList<qint64> selected = m_sources.selectedIds();
    const QList<qint64> ids = selected.isEmpty() ? m_sources.shownIds() : selected;
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to print: the list is empty."));
        return;
    }
    ExportOptions options;
    options.description = describe(selected.isEmpty() ? ExportDialog::Items::Shown : ExportDialog::Items::Selected,
                                   ids.size());
    const QString databasePath = m_sources.databasePath;
    const bool toFile = printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty();
    const QString target = toFile ? shownPath(printer->outputFileName()) : printer->printerName();
    const qsizetype count = ids.size();

    startTask(
            tr("Print"), [count] { return tr("Preparing %Ln item(s) for printing…", nullptr, int(count)); },
            [databasePath, ids, options, printer](const ExportJob::Progress &progress) {
                NewsStore store;
                if (!store.open(databasePath))
                    return failed(store.errorString());
                NewsDocument document(options);
                const qsizetype total = ids.size();
                if (!progress(0, total))
                    return cancelled();
                for (qsizetype from = 0; from < total; from += ExportJob::DefaultPageSize) {
                    document.appendItems(store.items(ids.mid(from, ExportJob::DefaultPageSize)));
                    if (!progress(qMin(from + ExportJob::DefaultPageSize, total), total))
                        return cancelled();
                }
                document.print(printer);
                // A PDF file that cannot be written ends here too; the message names it.
                if (printer->printerState() == QPrinter::Error || printer->printerState() == QPrinter::Aborted)
                    return failed(tr("The printer reported an error."));
                return ExportResult{ExportResult::Status::Finished, {}, document.itemCount()};
            },
            [this, toFile, target](const ExportResult &result) {
                switch (result.status) {
                case ExportResult::Status::Finished:
                    Q_EMIT statusMessage(toFile ? tr("Printed %Ln item(s) to %1.", nullptr, int(result.itemCount))
                                                          .arg(target)
                                                : tr("Sent %Ln item(s) to the printer.", nullptr,
                                                     int(result.itemCount)));
                    break;
                case ExportResult::Status::Cancelled:
                    Q_EMIT statusMessage(tr("Printing cancelled."));
                    break;
                case ExportResult::Status::Failed:
                    Q_EMIT statusMessage(tr("Printing failed."));
                    showError(tr("Printing Failed"),
                              target.isEmpty() ? tr("Could not print.") : tr("Could not print to %1.").arg(target),
                              result.error);
                    break;
                }
            });
}

// ---------------------------------------------------------------------------
// The worker and its progress

void ExportController::startTask(const QString &title, const std::function<QString()> &label, const Work &work,
                                 const Done &done)
{
    m_busy = true;
    m_cancel = false;
    updateActions();

    // Not modal: the window stays usable while the worker runs.
    m_progressLabel = label;
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(ProgressDelayMs);
    m_progress->setLabelText(label());
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, 0);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);
    Q_EMIT started();

    // The thread is a child: the destructor waits for it. The progress
    // callback runs on the worker and posts to this thread.
    QThread *thread = QThread::create([this, work, done] {
        const ExportResult result = work([this](qsizetype doneCount, qsizetype total) {
            QMetaObject::invokeMethod(
                    this, [this, doneCount, total] { showProgress(doneCount, total); }, Qt::QueuedConnection);
            return !m_cancel.loadRelaxed();
        });
        QMetaObject::invokeMethod(this, [this, result, done] { endTask(result, done); }, Qt::QueuedConnection);
    });
    thread->setObjectName(u"newsdesk export"_s);
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
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

QString ExportController::clipboardHtml(const QList<NewsItem> &items)
{
    QString html;
    for (const NewsItem &item : items) {
        html += u"<h3>"_s + item.title.toHtmlEscaped() + u"</h3>\n"_s;
        if (!item.categories.isEmpty()) {
            html += u"<p><i>"_s + tr("Categories: %1").arg(item.categories.join(u", "_s)).toHtmlEscaped()
                    + u"</i></p>\n"_s;
        }
        for (const QString &paragraph : item.paragraphs())
            html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>\n"_s;
    }
    return html;
}

void ExportController::copy()
{
    const QList<qint64> ids = m_sources.selectedIds();
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select items to copy them."));
        return;
    }
    // The last copy asked for wins; earlier ones still running are dropped.
    const quint64 generation = ++m_copyGeneration;
    const QString databasePath = m_sources.databasePath;
    QThread *thread = QThread::create([this, databasePath, ids, generation] {
        Clip clip;
        {
            NewsStore store;
            if (!store.open(databasePath)) {
                clip.error = store.errorString();
            } else {
                const std::unique_ptr<Exporter> listing = Exporter::create(u"txt"_s);
                ExportOptions options;
                options.includeSources = false;
                listing->setOptions(options);
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                bool ok = listing->begin(&buffer);
                for (qsizetype from = 0; ok && from < ids.size() && !m_cancel.loadRelaxed();
                     from += ExportJob::DefaultPageSize) {
                    const QList<NewsItem> items = store.items(ids.mid(from, ExportJob::DefaultPageSize));
                    ok = listing->writeItems(items);
                    clip.html += clipboardHtml(items);
                    clip.count += items.size();
                }
                ok = ok && listing->finish();
                if (!ok)
                    clip.error = listing->errorString();
                clip.text = QString::fromUtf8(buffer.data());
                clip.html = u"<html><head><meta charset=\"utf-8\"></head><body>\n"_s + clip.html
                        + u"</body></html>\n"_s;
            }
        }
        QMetaObject::invokeMethod(
                this,
                [this, clip, generation] {
                    if (generation != m_copyGeneration)
                        return;
                    if (!clip.error.isEmpty()) {
                        Q_EMIT statusMessage(tr("Could not copy the items: %1").arg(clip.error));
                        return;
                    }
                    auto *mime = new QMimeData;
                    mime->setText(clip.text);
                    mime->setHtml(clip.html);
                    QApplication::clipboard()->setMimeData(mime);
                    Q_EMIT statusMessage(tr("Copied %Ln item(s).", nullptr, int(clip.count)));
                    Q_EMIT copied(int(clip.count));
                },
                Qt::QueuedConnection);
    });
    thread->setObjectName(u"newsdesk copy"_s);
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
