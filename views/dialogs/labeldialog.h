#pragma once

#include "models/store/label.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A new label, or one renamed and recoloured: its name and its colour (one of
// the nine swatches of Label::Palette, or another chosen in a QColorDialog).
// A name that is empty, longer than Label::MaxNameLength or another label's
// is refused: the dialog says why and OK stays disabled.
class LabelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelDialog)

public:
    // takenNames: the other labels' names (a rename may keep its own).
    explicit LabelDialog(const QStringList &takenNames, QWidget *parent = nullptr);

    // Fills the dialog with a label to edit (its id and position kept).
    void setLabel(const Label &label);
    // The label as the dialog has it: the name normalised, the colour "#rrggbb".
    Label label() const;

    void setName(const QString &name);
    void setColor(const QString &color);
    QString color() const { return m_color; }
    // Why the name cannot be taken, or empty when it can.
    QString refusal() const;

private:
    void nameChanged();
    void chooseOtherColor();
    void showColor();

    QStringList m_taken; // normalised, case folded
    Label m_label;
    QString m_color;
    QLineEdit *m_name;
    QButtonGroup *m_swatches;
    QPushButton *m_other;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
