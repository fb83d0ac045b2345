#pragma once

#include "models/export/exportfields.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// File → Export…: which items (selected, shown or all), in which format, with
// which fields (summaries, sources, and the person's read, starred, labels and
// notes: ExportFields), to which file. The dialog only asks; ExportController
// runs the export. The last folder, format and fields are remembered in
// QSettings on accept().
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // Category: the one setCategory() named (a category pane's "Export This Category…").
    enum class Items { Selected, Shown, All, Category };
    Q_ENUM(Items)

    explicit ExportDialog(QWidget *parent = nullptr);

    // How many items each choice covers; no shown count while the list is
    // still counting them (setShownCount() brings it). Chooses the selected
    // items when there are any, otherwise the shown ones.
    void setCounts(qsizetype selected, std::optional<qsizetype> shown, qsizetype total);
    // The shown items' count, or nothing while the worker counts them again.
    void setShownCount(std::optional<qsizetype> shown);
    // Offers the items of one category (name; empty: the items with no
    // category), count of them when known, and chooses them.
    void setCategory(const QString &name, std::optional<qsizetype> count);
    QString category() const { return m_category; }
    // Nothing for the shown items while they are being counted.
    std::optional<qsizetype> count(Items items) const;

    Items items() const;
    void setItems(Items items);
    // The format id (Exporter::formats()); the destination's suffix follows it.
    QString format() const;
    void setFormat(const QString &formatId);
    bool includeSummary() const;
    void setIncludeSummary(bool include);
    bool includeSources() const;
    void setIncludeSources(bool include);
    // The person's state each item carries (read, starred, labels, note);
    // the listing format ignores it (its checkboxes are disabled then).
    ExportFields fields() const;
    void setFields(const ExportFields &fields);
    // The fields of the last export (settings "export/fields"), for print.
    static ExportFields rememberedFields();
    QString destination() const;
    void setDestination(const QString &path);

    // Sets every text in the current language.
    void retranslate();

    // Asks before replacing a file the file dialog did not already ask about;
    // remembers the folder and the format.
    void accept() override;

private:
    void setUpWidgets();
    void layOut();
    void restoreSettings(); // the format and fields of the last export
    void browse();
    void formatChanged();
    void updateFieldsEnabled();
    void destinationEdited();
    void updateSummary();
    void retranslateCategory();
    QString suggestedDestination() const;

    qsizetype m_selected = 0;
    std::optional<qsizetype> m_shown = 0; // nothing while counting
    qsizetype m_total = 0;
    QString m_category;
    std::optional<qsizetype> m_categoryCount; // nothing when not known
    QString m_confirmedPath; // the file dialog asked about replacing this one

    QLabel *m_summaryLabel;
    QLabel *m_formatLabel;
    QComboBox *m_formatCombo;
    QLabel *m_itemsLabel;
    QButtonGroup *m_itemsGroup;
    QRadioButton *m_selectedRadio;
    QRadioButton *m_shownRadio;
    QRadioButton *m_allRadio;
    QRadioButton *m_categoryRadio; // shown after setCategory()
    QLabel *m_fieldsLabel;
    QCheckBox *m_summaryCheck;
    QCheckBox *m_sourcesCheck;
    QCheckBox *m_readCheck;
    QCheckBox *m_starredCheck;
    QCheckBox *m_labelsCheck;
    QCheckBox *m_noteCheck;
    QLabel *m_destinationLabel;
    QLineEdit *m_destinationEdit;
    QPushButton *m_browseButton;
    QDialogButtonBox *m_buttons;
};
