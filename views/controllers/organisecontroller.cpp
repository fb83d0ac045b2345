#include "views/controllers/organisecontroller.h"

// TEMPORARY: the interface published first (issue 16); the behaviour follows
// on this branch once ReaderSession's writes and the panes exist.

OrganiseController::OrganiseController(const Window &window, ReaderSession *session, UndoController *undo,
                                       FilterController *filters, ImportController *imports, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_undo(undo)
    , m_filters(filters)
    , m_imports(imports)
{
}

void OrganiseController::connectPanes(LabelPane *, ViewPane *, SourcePane *, DetailPane *) {}
Qt::CheckState OrganiseController::selectionCarries(qint64) const { return Qt::Unchecked; }
QList<Label> OrganiseController::labels() const { return {}; }
void OrganiseController::toggleLabelAt(int) {}
void OrganiseController::toggleLabel(qint64) {}
void OrganiseController::assignLabel(qint64) {}
void OrganiseController::removeLabel(qint64) {}
void OrganiseController::newLabel(bool) {}
void OrganiseController::renameLabel(qint64) {}
void OrganiseController::recolourLabel(qint64) {}
void OrganiseController::deleteLabel(qint64) {}
void OrganiseController::hideSelection() {}
void OrganiseController::restoreSelection() {}
void OrganiseController::forgetHidden() {}
void OrganiseController::saveNote(qint64, const QString &) {}
void OrganiseController::saveView() {}
void OrganiseController::updateView() {}
void OrganiseController::renameView(qint64) {}
void OrganiseController::editView(qint64) {}
void OrganiseController::deleteView(qint64) {}
void OrganiseController::moveView(qint64, int) {}
void OrganiseController::readSourceFile(const QString &) {}
void OrganiseController::readAllSources() {}
void OrganiseController::openSourceFile(const QString &) {}
void OrganiseController::removeSourceFiles(const QStringList &) {}
void OrganiseController::stopWatching(const QString &) {}
