#pragma once

#include "models/store/savedview.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// View → Save View…: a name for the filter the list shows now, and what the
// view will hold in words (ExportOptions::describeFilter). A name that is
// empty or too long is refused (OK disabled, the dialog says why); the name
// of another view asks to replace it (OK becomes "Replace").
class SaveViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveViewDialog)

public:
    SaveViewDialog(const ItemFilter &filter, const QList<SavedView> &views, QWidget *parent = nullptr);

    void setName(const QString &name);
    // The view to save: the name normalised, the filter, and the id of the
    // view it replaces (0: a new one).
    SavedView view() const;
    // The view of the same name that OK replaces, or 0.
    qint64 replacedId() const;
    // Why the name cannot be taken, or empty; the question when it replaces one.
    QString message() const;

private:
    void nameChanged();

    ItemFilter m_filter;
    QList<SavedView> m_views;
    QLineEdit *m_name;
    QLabel *m_description;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
