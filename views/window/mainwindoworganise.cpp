// MainWindow's organising part (issue 16): the side pane's labels, saved views
// and sources, the OrganiseController and the actions that reach it (Item →
// Labels, keys 1–9, Hide/Restore, notes, View → Save View…), the label and
// save-view dialogs the controller asks for, and File → Export/Import Your
// Data (StateTransfer). Kept apart from mainwindow.cpp, which builds the rest.

#include "views/window/mainwindow.h"

#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/itemmodels/savedviewmodel.h"
#include "views/controllers/filtercontroller.h"
#include "views/controllers/organisecontroller.h"
#include "views/dialogs/labeldialog.h"
#include "views/dialogs/saveviewdialog.h"
#include "views/panes/detailpane.h"
#include "views/panes/messagebar.h"
#include "views/panes/newspane.h"
#include "views/panes/noteeditor.h"
#include "views/panes/readerpanes.h"
#include "views/panes/sidepane.h"
#include "views/panes/statusbar.h"
#include "views/window/statetransfer.h"
#include "views/window/windowactions.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

void MainWindow::createOrganising()
{
    using Controller = OrganiseController;
    Controller::Window window{
            .selectedIds = [this] { return actionIds(); },
            .selectedCount = [this] { return m_newsPane->selectedCount(); },
            .selectionKnown = [this] { return m_newsPane->selectionKnown(); },
            .confirm = [this](const QString &title, const QString &text, const QString &informative,
                              const QString &acceptText) { return confirm(title, text, informative, acceptText); },
            .editLabel = [this](Controller::LabelEdit edit, const Label &label) { return editLabel(edit, label); },
            .askViewName = [this](const QString &name, const ItemFilter &filter) { return askViewName(name, filter); },
            .showNotice = [this](const QString &text, const QList<MessageBar::Action> &actions,
                                 int timeoutMs) {
                m_panes->messageBar()->showNotice(MessageBar::Kind::Information, text, actions, timeoutMs);
            },
            .showMessage = [this](MessageBar::Kind kind, const QString &text, const QStringList &details) {
                m_panes->messageBar()->showMessage(kind, text, details);
            },
            .showStatus = [this](const QString &text) { m_statusBar->showStatus(text, 8000); }};
    m_organise = new OrganiseController(window, m_session, m_undo, m_filters, m_importController, this);
    m_filters->setViewPane(m_sidePane->viewPane());
    m_organise->connectPanes(m_sidePane->labelPane(), m_sidePane->viewPane(), m_sidePane->sourcePane(),
                             m_detailPane);
    m_stateTransfer = new StateTransfer(
            {.databasePath = m_databasePath,
             .showMessage = [this](MessageBar::Kind kind, const QString &text, const QStringList &details) {
                 m_panes->messageBar()->showMessage(kind, text, details);
             },
             .merged = [this] { refreshModels(); }},
            this);
}

void MainWindow::connectOrganiseActions()
{
    using A = WindowActions;
    const auto on = [this](A::Id id, auto receiver, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, receiver, slot);
    };
    on(A::NewLabel, this, [this] { m_organise->newLabel(m_newsPane->selectedCount() > 0); });
    on(A::Hide, m_organise, &OrganiseController::hideSelection);
    on(A::Restore, m_organise, &OrganiseController::restoreSelection);
    on(A::ForgetHidden, m_organise, &OrganiseController::forgetHidden);
    on(A::SaveView, m_organise, &OrganiseController::saveView);
    on(A::UpdateView, m_organise, &OrganiseController::updateView);
    on(A::EditNote, this, [this] { m_detailPane->noteEditor()->setFocus(Qt::ShortcutFocusReason); });
    on(A::ExportState, m_stateTransfer, &StateTransfer::chooseExportFile);
    on(A::ImportState, m_stateTransfer, &StateTransfer::chooseImportFile);
    connect(m_actions->action(A::ShowHidden), &QAction::triggered, this, [this](bool on) {
        if (on)
            m_filters->showHiddenView();
        else
            m_filters->clear();
    });
    connect(m_actions, &WindowActions::labelToggled, m_organise, &OrganiseController::toggleLabel);
    // The check marks come at once for the rows held, or when the worker
    // has counted a larger selection's labels (the menu follows while open).
    connect(m_actions, &WindowActions::labelsMenuAboutToShow, this, [this] {
        m_actions->setLabelsChecked({});
        m_organise->findCarriedLabels();
    });
    connect(m_organise, &OrganiseController::labelsCarried, this, [this](const QHash<qint64, Qt::CheckState> &states) {
        QList<qint64> carried;
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            if (it.value() == Qt::Checked)
                carried.append(it.key());
        }
        m_actions->setLabelsChecked(carried);
    });
    // The labels came, went, were renamed, recoloured or moved (counts change nothing here).
    LabelModel *labels = m_session->labelModel();
    connect(labels, &LabelModel::labelsChanged, this, &MainWindow::updateLabelActions);
    connect(labels, &QAbstractItemModel::modelReset, this, &MainWindow::updateLabelActions);
    connect(labels, &QAbstractItemModel::dataChanged, this, &MainWindow::updateLabelActions);
    connect(m_newsPane, &NewsPane::selectionChanged, this, &MainWindow::updateOrganiseActions);
    connect(m_filters, &FilterController::viewChanged, this, &MainWindow::updateOrganiseActions);
    connect(m_organise, &OrganiseController::listChanged, this, &MainWindow::listChanged);
    updateLabelActions();
}

void MainWindow::updateLabelActions()
{
    QList<WindowActions::LabelEntry> entries;
    for (const Label &label : m_session->labelModel()->labels())
        entries.append({label.id, label.name, label.color});
    if (entries.size() == m_actions->labels().size()) {
        bool same = true;
        for (qsizetype i = 0; same && i < entries.size(); ++i) {
            const WindowActions::LabelEntry &a = entries.at(i);
            const WindowActions::LabelEntry &b = m_actions->labels().at(i);
            same = a.id == b.id && a.name == b.name && a.color == b.color;
        }
        if (same)
            return; // a count changed: the menu stays as it is
    }
    m_actions->setLabels(entries);
    updateOrganiseActions();
}

void MainWindow::updateOrganiseActions()
{
    using A = WindowActions;
    if (!m_filters)
        return;
    const bool open = m_session->isOpen();
    const bool hidden = m_filters->showsHidden();
    const bool selected = open && (m_newsPane->selectedCount() > 0 || m_newsPane->currentId() != 0);
    for (QAction *action : m_actions->selectionActions())
        action->setEnabled(selected);
    m_actions->action(A::Hide)->setEnabled(selected && !hidden);
    m_actions->action(A::Restore)->setEnabled(selected && hidden);
    m_actions->action(A::UpdateView)->setEnabled(open && !hidden
                                                 && m_filters->currentView() != FilterController::NoView);
    m_actions->action(A::ShowHidden)->setChecked(hidden);
    for (A::Id id : {A::NewLabel, A::SaveView, A::ForgetHidden, A::ShowHidden, A::ExportState, A::ImportState})
        m_actions->action(id)->setEnabled(open);
}

QList<qint64> MainWindow::actionIds() const
{
    const QList<qint64> selected = m_newsPane->selectedIds();
    if (!selected.isEmpty())
        return selected;
    if (const qint64 current = m_newsPane->currentId())
        return {current};
    return {};
}

bool MainWindow::confirm(const QString &title, const QString &text, const QString &informative,
                         const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    box.setObjectName(u"organiseConfirmBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informative);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<Label> MainWindow::editLabel(OrganiseController::LabelEdit edit, const Label &label)
{
    QStringList taken;
    for (const Label &other : m_session->labelModel()->labels())
        taken.append(other.name);
    LabelDialog dialog(taken, this);
    if (label.id != 0)
        dialog.setLabel(label);
    else if (!label.color.isEmpty())
        dialog.setColor(label.color);
    if (edit == OrganiseController::LabelEdit::New && !label.name.isEmpty())
        dialog.setName(label.name);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.label();
}

std::optional<QString> MainWindow::askViewName(const QString &name, const ItemFilter &filter)
{
    QList<SavedView> views;
    const SavedViewModel *model = m_session->savedViewModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->index(row, 0).data(SavedViewModel::IsHiddenViewRole).toBool())
            views.append(model->viewAt(row));
    }
    SaveViewDialog dialog(filter, views, this);
    dialog.setName(name);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.view().name;
}
