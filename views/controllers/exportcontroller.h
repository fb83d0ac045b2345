#pragma once

#include "views/dialogs/exportdialog.h"
#include "models/export/exportjob.h"
#include "models/export/exportoptions.h"
#include "models/export/exportresult.h"
#include "models/store/itemfilter.h"
#include "models/store/newsitem.h"

#include "models/support/latestrequest.h"

#include <QAtomicInteger>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ClipboardExporter;
class QAction;
class QPrinter;
class QProgressDialog;
class QWidget;

// File → Export…, File → Print… and Edit → Copy for the reader window. It
// owns the three actions; the window puts them in its menus. What the window
// shows reaches it through Sources, asked when an action runs, so it knows no
// window internals. All three run an ExportJob (the one export path, which
// reads the cache with a connection of its own) through Background::run; the
// window stays usable. One export or print runs at a time, with a progress
// dialog that can cancel it; the newest copy supersedes older ones.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    struct Sources
    {
        std::function<QList<qint64>()> selectedIds; // the selected items, in list order
        // Whether selectedIds() knows every selected item (may be unset: it
        // does); when not, an action says so and does nothing.
        std::function<bool()> selectionKnown;
        // How many that is, without reading them; nothing while the list
        // counts them (then the window calls shownCountReady()).
        std::function<std::optional<qint64>()> shownCount;
        std::function<ItemFilter()> filter;         // the filter of the list
        std::function<qint64()> totalCount;         // items in the cache
        QString databasePath;
    };

    // window is the parent of the controller and of its dialogs.
    ExportController(const Sources &sources, QWidget *window);
    ~ExportController() override; // cancels a running export or print and waits for it

    QAction *exportAction() const { return m_exportAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *copyAction() const { return m_copyAction; }

    // Sets every text (the actions, an open export dialog, the progress) in
    // the current language. MainWindow::retranslateUi() calls it.
    void retranslate();

    // An export or a print is running.
    bool isBusy() const { return m_busy; }
    // The export dialog while it is open, else nullptr.
    ExportDialog *dialog() const { return m_dialog; }

    // Exports without asking: the dialog's accept() ends here.
    void startExport(ExportDialog::Items items, const QString &format, const QString &destination,
                     const ExportOptions &options);
    // Prints the selected items, or the shown ones when none is selected, on
    // a worker. The printer is not owned and must live until finished(); a
    // QPrinter with PdfFormat and an output file name writes a PDF file.
    void printTo(QPrinter *printer);

public Q_SLOTS:
    // Opens at once; a shown count still to come fills in when it is ready.
    void showExportDialog();
    // The export dialog with the items of one category chosen (name; empty:
    // the items with no category), all of them whatever the list shows;
    // count when the caller knows it. The category pane's "Export This
    // Category…".
    void exportCategory(const QString &name, std::optional<qint64> count = std::nullopt);
    // The list counted its items: the export dialog, if open, shows it.
    void shownCountReady();
    void print();
    void copy();
    void cancel();

Q_SIGNALS:
    // An export or print is about to start (the progress dialog exists).
    void started();
    void finished(const ExportResult &result);
    // A line for the window's status bar.
    void statusMessage(const QString &text);
    // The clipboard holds count items.
    void copied(int count);

private:
    using Done = std::function<void(const ExportResult &result)>;

    void startTask(const QString &title, const std::function<QString()> &label, const ExportJob &job,
                   const Done &done);
    void showProgressDialog(const QString &title, const std::function<QString()> &label);
    void showProgress(qsizetype done, qsizetype total);
    void endTask(const ExportResult &result, const Done &done);
    void track(const QFuture<void> &future);
    void exportFinished(const ExportResult &result, const QString &destination);
    void printFinished(const ExportResult &result, bool toFile, const QString &target);
    void copyFinished(const ExportResult &result, const ClipboardExporter &clipboard,
                      const LatestRequest::Ticket &ticket);
    void showError(const QString &title, const QString &text, const QString &details);
    void updateActions();
    // The selected items; nothing (and NewsPane::selectionArrivingText() said) while they are not all known.
    std::optional<QList<qint64>> selectedIds();
    // How many items a print prints: the selected ones, else the shown ones
    // (nothing while the worker counts them).
    std::optional<qint64> printCount(const QList<qint64> &selected) const;
    // The filter by which the job reads the shown (the list's) or all items.
    ItemFilter filterOf(ExportDialog::Items items) const;
    QString describe(ExportDialog::Items items, qsizetype count) const;

    // The items of a category (exportCategory()), in the list's order.
    ItemFilter categoryFilter() const;

    Sources m_sources;
    QString m_category;                    // exportCategory()'s
    std::optional<qint64> m_categoryCount; // when known
    QWidget *m_window;
    QAction *m_exportAction;
    QAction *m_printAction;
    QAction *m_copyAction;
    QPointer<ExportDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    std::function<QString()> m_progressLabel;
    std::unique_ptr<QPrinter> m_printer; // kept, so the chosen printer stays chosen
    QAtomicInteger<bool> m_cancel = false;
    bool m_busy = false;
    LatestRequest m_copies;          // the newest copy wins
    QList<QFuture<void>> m_running;  // waited for by the destructor
};
