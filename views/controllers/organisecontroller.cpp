#include "views/controllers/organisecontroller.h"

#include "models/importing/removalreport.h"
#include "models/itemmodels/labelmodel.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/itemmodels/readersession.h"
#include "models/itemmodels/savedviewmodel.h"
#include "models/itemmodels/sourcemodel.h"
#include "models/support/logging.h"
#include "views/controllers/filtercontroller.h"
#include "views/controllers/importcontroller.h"
#include "views/controllers/labelcommand.h"
#include "views/controllers/readingcontroller.h"
#include "views/controllers/undocontroller.h"
#include "views/panes/detailpane.h"
#include "views/panes/labelpane.h"
#include "views/panes/newspane.h"
#include "views/panes/sourcepane.h"
#include "views/panes/viewpane.h"

#include <QDesktopServices>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
int clampedCount(qint64 count)
{
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}

// A path the desktop cannot open: the bundled sample (a resource) or none.
bool isFile(const QString &path)
{
    return !path.isEmpty() && !path.startsWith(u':');
}
} // namespace

OrganiseController::OrganiseController(const Window &window, ReaderSession *session, UndoController *undo,
                                       FilterController *filters, ImportController *imports, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_undo(undo)
    , m_filters(filters)
    , m_imports(imports)
{
    setObjectName(u"organiseController"_s);
    m_undo->setLabelNames([this](qint64 id) { return m_session->labelModel()->label(id).name; });
    connect(m_undo, &UndoController::marked, this, &OrganiseController::marked);
    connect(m_session, &ReaderSession::labelCreated, this, &OrganiseController::labelCreated);
    connect(m_session, &ReaderSession::labelUpdated, this, [this](const Label &label) {
        say(tr("Saved the label “%1”.").arg(label.name));
    });
    connect(m_session, &ReaderSession::labelDeleted, this, &OrganiseController::labelDeleted);
    connect(m_session, &ReaderSession::labelRestored, this, [this](const Label &label) {
        say(tr("The label “%1” is back on its items.").arg(label.name));
        Q_EMIT listChanged();
    });
    connect(m_session, &ReaderSession::noteSaved, this, [this](qint64, const QString &text) {
        say(text.isEmpty() ? tr("Removed the note.") : tr("Saved the note."));
    });
    connect(m_session, &ReaderSession::viewSaved, this, &OrganiseController::viewSaved);
    connect(m_session, &ReaderSession::viewDeleted, this, [this](qint64 id) {
        m_filters->forgetView(id);
        say(tr("Deleted the saved view."));
    });
    connect(m_session, &ReaderSession::hiddenForgotten, this, [this](qint64 count) {
        say(tr("Forgot %Ln hidden item(s) for good.", nullptr, clampedCount(count)));
        Q_EMIT listChanged();
    });
    connect(m_session, &ReaderSession::writeFailed, this, &OrganiseController::writeFailed);
    // A count of the selection's labels that failed (said by the window)
    // decides no toggle: those waiting are dropped.
    connect(m_session->labelModel(), &LabelModel::readFailed, this, [this] { m_toggles.clear(); });
    if (m_imports) {
        connect(m_imports, &ImportController::removalFinished, this, &OrganiseController::removalFinished);
        connect(m_imports, &ImportController::watchedChanged, m_session->sourceModel(),
                &SourceModel::setWatchedFolders);
        m_session->sourceModel()->setWatchedFolders(m_imports->watchedSources());
    }
}

OrganiseController::~OrganiseController() = default;

void OrganiseController::connectPanes(LabelPane *labels, ViewPane *views, SourcePane *sources, DetailPane *detail)
{
    if (labels) {
        connect(labels, &LabelPane::newLabelRequested, this, [this] { newLabel(); });
        connect(labels, &LabelPane::renameRequested, this, &OrganiseController::renameLabel);
        connect(labels, &LabelPane::recolourRequested, this, &OrganiseController::recolourLabel);
        connect(labels, &LabelPane::deleteRequested, this, &OrganiseController::deleteLabel);
    }
    if (views) {
        m_filters->setViewPane(views);
        connect(views, &ViewPane::editRequested, this, &OrganiseController::editView);
        connect(views, &ViewPane::renameRequested, this, &OrganiseController::renameView);
        connect(views, &ViewPane::deleteRequested, this, &OrganiseController::deleteView);
        connect(views, &ViewPane::forgetHiddenRequested, this, &OrganiseController::forgetHidden);
    }
    if (sources) {
        connect(sources, &SourcePane::fileActivated, this, &OrganiseController::readSourceFile);
        connect(sources, &SourcePane::allSourcesActivated, this, &OrganiseController::readAllSources);
        connect(sources, &SourcePane::openRequested, this, &OrganiseController::openSourceFile);
        connect(sources, &SourcePane::removeRequested, this, &OrganiseController::removeSourceFiles);
        connect(sources, &SourcePane::stopWatchingRequested, this, &OrganiseController::stopWatching);
    }
    if (detail)
        connect(detail, &DetailPane::noteEdited, this, &OrganiseController::saveNote);
}

void OrganiseController::say(const QString &text)
{
    if (m_window.showStatus)
        m_window.showStatus(text);
}

bool OrganiseController::ask(const QString &title, const QString &text, const QString &informative,
                             const QString &acceptText)
{
    return m_window.confirm && m_window.confirm(title, text, informative, acceptText);
}

// Labels -------------------------------------------------------------------

QList<Label> OrganiseController::labels() const
{
    return m_session->labelModel()->labels();
}

bool OrganiseController::selectsWholeList() const
{
    // Not in the views where rows stay shown while their marks no longer
    // pass (read while shown, say): the filter would miss them.
    const std::optional<qint64> shown = m_session->newsModel()->filterCount();
    return m_window.selectedCount && shown && *shown > 0 && m_window.selectedCount() == *shown;
}

OrganiseController::Selection OrganiseController::currentSelection() const
{
    if (selectsWholeList()) {
        const NewsListModel *news = m_session->newsModel();
        return Selection{.ids = {}, .wholeList = true, .filter = news->filter(), .size = news->filterCount().value_or(0)};
    }
    Selection items;
    items.ids = m_window.selectedIds ? m_window.selectedIds() : QList<qint64>();
    items.size = items.ids.size();
    return items;
}

bool OrganiseController::stillArriving(const Selection &items)
{
    if (items.wholeList || !m_window.selectionKnown || m_window.selectionKnown())
        return false;
    say(NewsPane::selectionArrivingText());
    return true;
}

OrganiseController::Selection OrganiseController::selection()
{
    const Selection items = currentSelection();
    if (stillArriving(items))
        return {};
    if (items.size == 0)
        say(tr("Select the items first."));
    return items;
}

void OrganiseController::withCarriers(const Selection &items,
                                      const std::function<void(const QHash<qint64, qint64> &)> &then)
{
    if (!items.wholeList) {
        if (const auto byName = m_session->newsModel()->labelsOfHeldRows(items.ids)) {
            QHash<qint64, qint64> carried;
            for (const Label &label : labels()) {
                if (const qint64 n = byName->value(label.name); n > 0)
                    carried.insert(label.id, n);
            }
            then(carried);
            return;
        }
    }
    // More items than the rows held: the store counts them, off this thread.
    ItemFilter counted = items.filter;
    if (!items.wholeList) {
        counted = ItemFilter();
        counted.ids = items.ids;
        counted.hidden = ItemFilter::Hidden::Include;
    }
    m_session->labelModel()->countCarriers(counted, this, then);
}

void OrganiseController::findCarriedLabels()
{
    const quint64 request = ++m_carriedRequest;
    const Selection items = currentSelection();
    if (items.size == 0) {
        Q_EMIT labelsCarried({});
        return;
    }
    withCarriers(items, [this, request, size = items.size](const QHash<qint64, qint64> &carried) {
        if (request != m_carriedRequest)
            return; // a newer question (the menu opened again)
        QHash<qint64, Qt::CheckState> states;
        for (auto it = carried.cbegin(); it != carried.cend(); ++it)
            states.insert(it.key(), it.value() >= size ? Qt::Checked : Qt::PartiallyChecked);
        Q_EMIT labelsCarried(states);
    });
}

void OrganiseController::toggleLabelAt(int number)
{
    const QList<Label> all = labels();
    if (number < 1 || number > all.size()) {
        say(tr("There is no label %1: New Label… makes one.").arg(number));
        return;
    }
    toggleLabel(all.at(number - 1).id);
}

void OrganiseController::toggleLabel(qint64 labelId)
{
    // One toggle at a time: a key pressed again (or held) while the labels of
    // the selection are still counted waits for the mark before it, and is
    // decided on what that mark left (the count runs behind it).
    m_toggles.append(labelId);
    if (m_toggles.size() == 1)
        nextToggle();
}

void OrganiseController::nextToggle()
{
    if (m_toggles.isEmpty())
        return;
    const qint64 labelId = m_toggles.constFirst();
    const Selection items = selection();
    if (items.size == 0) {
        m_toggles.clear();
        return;
    }
    withCarriers(items, [this, labelId, items](const QHash<qint64, qint64> &carried) {
        markLabel(labelId, carried.value(labelId) < items.size, items);
        if (!m_toggles.isEmpty())
            m_toggles.removeFirst();
        nextToggle();
    });
}

void OrganiseController::assignLabel(qint64 labelId)
{
    markLabel(labelId, true, selection());
}

void OrganiseController::removeLabel(qint64 labelId)
{
    markLabel(labelId, false, selection());
}

void OrganiseController::markItems(MarkChange::Mark mark, bool on, const Selection &items, qint64 labelId)
{
    if (!items.wholeList) {
        m_undo->mark(mark, on, items.ids, labelId);
        return;
    }
    // The list's filter, written by the worker; not when the list shows
    // another filter by now (the counting of its labels took a moment).
    if (m_session->filter() != items.filter) {
        say(tr("The list changed meanwhile: nothing was changed. Select the items again."));
        return;
    }
    // Only the items the person was shown: an import that adds items to the
    // filter before the worker writes makes the write refuse.
    m_undo->markAll(mark, on, labelId, items.size);
}

void OrganiseController::markLabel(qint64 labelId, bool on, const Selection &items)
{
    markLabel(m_session->labelModel()->label(labelId), on, items);
}

void OrganiseController::markLabel(const Label &label, bool on, const Selection &items)
{
    if (items.size == 0)
        return;
    if (label.id == 0) {
        say(tr("That label no longer exists."));
        return;
    }
    const int n = clampedCount(items.size);
    if (items.size > ReadingController::ConfirmAbove
        && !ask(tr("Change Many Items"),
                on ? tr("Label %Ln item(s) “%1”?", nullptr, n).arg(label.name)
                   : tr("Remove the label “%1” from %Ln item(s)?", nullptr, n).arg(label.name),
                tr("Edit → Undo can set them back."), on ? tr("&Label") : tr("&Remove Label")))
        return;
    markItems(MarkChange::Mark::Label, on, items, label.id);
}

void OrganiseController::newLabel(bool onSelection)
{
    if (!m_window.editLabel || (onSelection && stillArriving(currentSelection())))
        return; // (said before the dialog, not after it was filled in)
    const std::optional<Label> label = m_window.editLabel(LabelEdit::New, Label{});
    if (!label)
        return;
    Label wanted = *label;
    wanted.id = 0;
    m_labelForSelection = onSelection ? std::optional<QString>(Label::normalisedName(wanted.name)) : std::nullopt;
    m_selectionForLabel = onSelection ? currentSelection() : Selection{};
    if (stillArriving(m_selectionForLabel))
        m_selectionForLabel = {}; // (the label is made, on no item)
    m_session->createLabel(wanted);
}

void OrganiseController::labelCreated(const Label &label)
{
    say(tr("Made the label “%1”.").arg(label.name));
    if (m_labelForSelection == label.name && m_selectionForLabel.size > 0)
        markLabel(label, true, m_selectionForLabel); // the label model may not have it yet
    m_labelForSelection.reset();
    m_selectionForLabel = {};
}

void OrganiseController::editLabel(qint64 labelId, LabelEdit edit)
{
    const Label label = m_session->labelModel()->label(labelId);
    if (label.id == 0 || !m_window.editLabel)
        return;
    std::optional<Label> edited = m_window.editLabel(edit, label);
    if (!edited || (edited->name == label.name && edited->color == label.color))
        return;
    edited->id = label.id;
    edited->position = label.position;
    m_session->updateLabel(*edited);
}

void OrganiseController::renameLabel(qint64 labelId)
{
    editLabel(labelId, LabelEdit::Rename);
}

void OrganiseController::recolourLabel(qint64 labelId)
{
    editLabel(labelId, LabelEdit::Recolour);
}

void OrganiseController::deleteLabel(qint64 labelId)
{
    const LabelModel *model = m_session->labelModel();
    const Label label = model->label(labelId);
    if (label.id == 0)
        return;
    // The label's numbers are those of the list's filter (without its labels):
    // the whole archive's when the list shows everything.
    ItemFilter facet = m_session->filter();
    facet.labels.clear();
    facet.unreadOnly = false;
    facet.sort = ItemFilter::Sort::Listing;
    const bool whole = facet.isEmpty();
    const int n = clampedCount(label.count);
    QString text;
    if (!whole)
        text = tr("Delete the label “%1”? It is taken off every item that carries it.").arg(label.name);
    else if (label.count > 0)
        text = tr("Delete the label “%1” from %Ln item(s)?", nullptr, n).arg(label.name);
    if (!text.isEmpty()
        && !ask(tr("Delete Label"), text, tr("Edit → Undo puts it back on them."), tr("&Delete Label")))
        return;
    m_deleting.insert(label.id);
    m_session->deleteLabel(label.id);
}

void OrganiseController::labelDeleted(const Label &label, const MarkChange &carried)
{
    // A checked label that is gone would leave the list empty with nothing checked to say why.
    LabelModel *labels = m_session->labelModel();
    QStringList checked = labels->checkedLabels();
    if (checked.removeAll(label.name) > 0)
        labels->setCheckedLabels(checked);
    Q_EMIT listChanged();
    if (!m_deleting.remove(label.id)) {
        say(tr("Deleted the label “%1” again.").arg(label.name)); // a redo
        return;
    }
    const qint64 serial = m_undo->nextSerial();
    m_undo->pushDone(new LabelCommand(
            label, carried, serial,
            [this](const Label &l, const MarkChange &c) { m_session->restoreLabel(l, c); },
            [this](qint64 id) { m_session->deleteLabel(id); }));
    const QString text = carried.ids.isEmpty()
            ? tr("Deleted the label “%1”.").arg(label.name)
            : tr("Deleted the label “%1” from %Ln item(s).", nullptr, clampedCount(carried.ids.size()))
                      .arg(label.name);
    say(text);
    notify(text, serial);
}

// Marks' results --------------------------------------------------------------

void OrganiseController::notify(const QString &text, qint64 commandId)
{
    if (!m_window.showNotice || commandId < 0)
        return;
    const MessageBar::Action undoButton{.text = tr("&Undo"),
                                        .objectName = u"undoNoticeButton"_s,
                                        .accessibleName = tr("Undo this change"),
                                        .triggered = [this, commandId] {
                                            if (!m_undo->undoChange(commandId))
                                                say(tr("This change is no longer the last one: Edit → Undo "
                                                       "undoes the changes in turn."));
                                        }};
    m_window.showNotice(text, {undoButton}, NoticeMs);
}

void OrganiseController::marked(const MarkChange &change, qint64 commandId)
{
    if (change.mark != MarkChange::Mark::Label && change.mark != MarkChange::Mark::Hidden)
        return; // ReadingController's
    if (change.mark == MarkChange::Mark::Hidden)
        Q_EMIT listChanged();
    const QString name = m_session->labelModel()->label(change.labelId).name;
    if (change.ids.isEmpty()) {
        if (change.mark == MarkChange::Mark::Hidden)
            say(change.on ? tr("Nothing to hide: the items were hidden already.")
                          : tr("Nothing to restore: the items were not hidden."));
        else
            say(change.on ? tr("Nothing to change: the items carry “%1” already.").arg(name)
                          : tr("Nothing to change: the items do not carry “%1”.").arg(name));
        return;
    }
    const QString text = doneText(change, name);
    say(text);
    notify(text, commandId);
}

QString OrganiseController::doneText(const MarkChange &change, const QString &labelName)
{
    const int n = clampedCount(change.ids.size());
    if (change.mark == MarkChange::Mark::Hidden) {
        return change.on ? tr("Hid %Ln item(s): the Hidden view lists them.", nullptr, n)
                         : tr("Restored %Ln item(s).", nullptr, n);
    }
    return change.on ? tr("Labelled %Ln item(s) “%1”.", nullptr, n).arg(labelName)
                     : tr("Removed the label “%1” from %Ln item(s).", nullptr, n).arg(labelName);
}

void OrganiseController::writeFailed(const QString &error)
{
    qCWarning(lcUi) << "an organising change was not saved:" << error;
    m_labelForSelection.reset();
    m_selectionForLabel = {};
    m_deleting.clear();
    if (m_window.showMessage)
        m_window.showMessage(MessageBar::Kind::Error, tr("newsdesk could not save your change: %1").arg(error),
                             {error});
}

// Hiding -------------------------------------------------------------------

void OrganiseController::hideSelection()
{
    if (m_filters->showsHidden()) {
        restoreSelection();
        return;
    }
    setHidden(true);
}

void OrganiseController::restoreSelection()
{
    setHidden(false);
}

void OrganiseController::setHidden(bool on)
{
    const Selection items = selection();
    if (items.size == 0)
        return;
    const int n = clampedCount(items.size);
    if (items.size > ReadingController::ConfirmAbove
        && !ask(tr("Change Many Items"),
                on ? tr("Hide %Ln item(s)?", nullptr, n) : tr("Restore %Ln item(s)?", nullptr, n),
                tr("Edit → Undo can set them back."), on ? tr("&Hide") : tr("&Restore")))
        return;
    markItems(MarkChange::Mark::Hidden, on, items);
}

void OrganiseController::forgetHidden()
{
    const SavedViewModel *views = m_session->savedViewModel();
    const QModelIndex hidden = views->index(views->hiddenViewRow());
    // Every hidden key goes, also of files no longer in the archive (which
    // the Hidden view cannot list).
    const qint64 count = hidden.data(SavedViewModel::ForgettableRole).toLongLong();
    const qint64 listed = hidden.data(SavedViewModel::CountRole).toLongLong();
    if (count == 0) {
        say(tr("No hidden items to forget."));
        return;
    }
    const QString text = count > 0 ? tr("Forget %Ln hidden item(s) for good?", nullptr, clampedCount(count))
                                   : tr("Forget every hidden item for good?");
    QString informative = tr("They are never shown again, not even in the Hidden view or after an import. This "
                             "cannot be undone.");
    if (count > listed && hidden.data(SavedViewModel::CountedRole).toBool())
        informative += u' '
                + tr("%Ln of them are in files no longer in the archive.", nullptr, clampedCount(count - listed));
    if (!ask(tr("Forget Hidden Items"), text, informative, tr("&Forget")))
        return;
    m_session->forgetHidden();
}

// Notes --------------------------------------------------------------------

void OrganiseController::saveNote(qint64 id, const QString &text)
{
    if (id < 0)
        return;
    m_session->setNote(id, text);
}

// Saved views --------------------------------------------------------------

ItemFilter OrganiseController::viewFilter() const
{
    // A view is the controls' filter: never ids, a moment or a source file.
    ItemFilter filter = m_filters->filter();
    filter.ids = QList<qint64>();
    filter.newSince = 0;
    filter.sourceFile.clear();
    filter.hidden = ItemFilter::Hidden::Exclude;
    if (filter.sort == ItemFilter::Sort::Source)
        filter.sort = ItemFilter::Sort::Listing;
    return filter;
}

SavedView OrganiseController::viewNamed(const QString &name) const
{
    // As the save dialog compares names (it offers to replace a view of the
    // same name, whatever its case).
    const QString wanted = Label::normalisedName(name).toCaseFolded();
    const SavedViewModel *views = m_session->savedViewModel();
    for (int row = 0; row < views->rowCount(); ++row) {
        const SavedView saved = views->viewAt(row);
        if (saved.id > 0 && saved.name.toCaseFolded() == wanted)
            return saved;
    }
    return {};
}

SavedView OrganiseController::view(qint64 viewId) const
{
    const SavedViewModel *views = m_session->savedViewModel();
    const int row = views->rowOfView(viewId);
    return row < 0 ? SavedView{} : views->viewAt(row);
}

void OrganiseController::saveView()
{
    if (!m_window.askViewName)
        return;
    const ItemFilter filter = viewFilter();
    const std::optional<QString> name = m_window.askViewName(QString(), filter);
    if (!name)
        return;
    m_showSaved = Label::normalisedName(*name);
    // A view of that name is replaced (the dialog asked): its id and place, the new name and filter.
    SavedView saved = viewNamed(*name);
    saved.name = *name;
    saved.filter = filter;
    m_session->saveView(saved);
}

void OrganiseController::updateView()
{
    SavedView saved = view(m_filters->baseView());
    if (saved.id == 0) {
        say(tr("Choose a saved view first: Update View saves what the list shows into it."));
        return;
    }
    saved.filter = viewFilter();
    m_showSaved = saved.name;
    m_session->saveView(saved);
}

void OrganiseController::renameView(qint64 viewId)
{
    SavedView saved = view(viewId);
    if (saved.id == 0 || !m_window.askViewName)
        return;
    const std::optional<QString> name = m_window.askViewName(saved.name, saved.filter);
    if (!name || Label::normalisedName(*name) == saved.name)
        return;
    saved.name = *name;
    m_session->saveView(saved);
}

void OrganiseController::editView(qint64 viewId)
{
    m_filters->showView(viewId);
    renameView(viewId);
}

void OrganiseController::viewSaved(const SavedView &saved)
{
    say(tr("Saved the view “%1”.").arg(saved.name));
    if (m_showSaved == saved.name)
        m_filters->showSavedView(saved); // the list shows it already: the view is marked
    m_showSaved.reset();
}

void OrganiseController::deleteView(qint64 viewId)
{
    const SavedView saved = view(viewId);
    if (saved.id == 0)
        return;
    if (!ask(tr("Delete Saved View"), tr("Delete the saved view “%1”?").arg(saved.name),
             tr("Its items stay; only the view goes."), tr("&Delete View")))
        return;
    m_session->deleteView(saved.id);
}

void OrganiseController::moveView(qint64 viewId, int position)
{
    SavedViewModel *views = m_session->savedViewModel();
    const int row = views->rowOfView(viewId);
    const int last = views->hiddenViewRow() - 1;
    const int to = qBound(0, position, last);
    if (row < 0 || row == to)
        return;
    // moveRows() takes the row before which the moved one goes.
    views->moveRows({}, row, 1, {}, to > row ? to + 1 : to);
}

// Sources ------------------------------------------------------------------

void OrganiseController::readSourceFile(const QString &path)
{
    if (path.isEmpty())
        return;
    m_filters->showSourceFile(path);
    Q_EMIT listChanged();
}

void OrganiseController::readAllSources()
{
    m_filters->showAllSources();
    Q_EMIT listChanged();
}

void OrganiseController::openSourceFile(const QString &path)
{
    if (!isFile(path)) {
        say(tr("The bundled sample news has no file to open."));
        return;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        say(tr("Opened %1.").arg(path));
        return;
    }
    qCWarning(lcUi) << "no program opened" << path;
    if (m_window.showMessage)
        m_window.showMessage(MessageBar::Kind::Error,
                             tr("The listing file %1 could not be opened: the desktop has no program for it.")
                                     .arg(path),
                             {});
}

void OrganiseController::removeSourceFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (isFile(path) && !files.contains(path))
            files.append(path);
    }
    if (files.isEmpty()) {
        say(tr("The bundled sample news is not a file: it cannot be removed."));
        return;
    }
    if (!m_imports) {
        qCWarning(lcUi) << "no import controller to remove files with";
        return;
    }
    const int n = clampedCount(files.size());
    const QString text = n == 1 ? tr("Remove %1 from the archive?").arg(files.constFirst())
                                : tr("Remove %Ln file(s) from the archive?", nullptr, n);
    if (!ask(tr("Remove Files"), text,
             tr("Their items go unless another file holds them; your labels, notes and marks are kept and come "
                "back if you import the files again. The files themselves are not touched."),
             tr("&Remove")))
        return;
    say(tr("Removing %Ln file(s) from the archive…", nullptr, n));
    m_imports->removeFiles(files);
}

void OrganiseController::removalFinished(const RemovalReport &report)
{
    if (!report.error.isEmpty()) {
        qCWarning(lcUi) << "files not removed:" << report.error;
        if (m_window.showMessage)
            m_window.showMessage(MessageBar::Kind::Error,
                                 tr("The files could not be removed from the archive: %1").arg(report.error),
                                 report.files);
        return;
    }
    // Ids of removed items may be given to new ones: the undo history goes.
    m_undo->forgetHistory();
    m_filters->showAllSources();
    m_session->refresh();
    const QString text = removalText(report);
    say(text);
    if (m_window.showMessage)
        m_window.showMessage(MessageBar::Kind::Information, text, report.files);
    Q_EMIT sourcesRemoved(report);
    Q_EMIT listChanged();
}

QString OrganiseController::removalText(const RemovalReport &report)
{
    const QString removed = tr("%Ln item(s) removed", nullptr, clampedCount(report.itemsRemoved));
    const int files = clampedCount(report.files.size());
    if (report.itemsKept == 0)
        return tr("Removed %Ln file(s): %1.", nullptr, files).arg(removed);
    const QString kept = tr("%Ln kept because another file holds them", nullptr, clampedCount(report.itemsKept));
    return tr("Removed %Ln file(s): %1, %2.", nullptr, files).arg(removed, kept);
}

void OrganiseController::stopWatching(const QString &folder)
{
    if (!m_imports)
        return;
    if (m_imports->stopWatching(folder))
        say(tr("No longer watching %1; its items stay in the archive.").arg(folder));
    else
        say(tr("%1 was not being watched.").arg(folder));
}
