#include "views/dialogs/exportdialog.h"

#include "models/export/exporter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

namespace Key {
const QString Folder = u"export/folder"_s;
const QString Format = u"export/format"_s;
const QString IncludeSummary = u"export/includeSummary"_s;
const QString IncludeSources = u"export/includeSources"_s;
const QString Fields = u"export/fields"_s;
} // namespace Key

constexpr int SuffixRole = Qt::UserRole + 1;

// Message boxes show a path as it is, never as rich text.
QMessageBox::StandardButton showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                        const QString &text, QMessageBox::StandardButtons buttons,
                                        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_summaryLabel(new QLabel(this))
    , m_formatLabel(new QLabel(this))
    , m_formatCombo(new QComboBox(this))
    , m_itemsLabel(new QLabel(this))
    , m_itemsGroup(new QButtonGroup(this))
    , m_selectedRadio(new QRadioButton(this))
    , m_shownRadio(new QRadioButton(this))
    , m_allRadio(new QRadioButton(this))
    , m_categoryRadio(new QRadioButton(this))
    , m_fieldsLabel(new QLabel(this))
    , m_summaryCheck(new QCheckBox(this))
    , m_sourcesCheck(new QCheckBox(this))
    , m_readCheck(new QCheckBox(this))
    , m_starredCheck(new QCheckBox(this))
    , m_labelsCheck(new QCheckBox(this))
    , m_noteCheck(new QCheckBox(this))
    , m_destinationLabel(new QLabel(this))
    , m_destinationEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"exportDialog"_s);
    setUpWidgets();
    layOut();
    restoreSettings();

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_itemsGroup, &QButtonGroup::idToggled, this, &ExportDialog::updateSummary);
    connect(m_destinationEdit, &QLineEdit::textChanged, this, &ExportDialog::updateSummary);
    connect(m_destinationEdit, &QLineEdit::editingFinished, this, &ExportDialog::destinationEdited);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    retranslate();
}

void ExportDialog::setUpWidgets()
{
    m_summaryLabel->setObjectName(u"exportSummaryLabel"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summaryLabel->setFont(bold);

    m_formatCombo->setObjectName(u"exportFormatCombo"_s);
    for (const QString &id : Exporter::formats()) {
        const std::unique_ptr<Exporter> exporter = Exporter::create(id);
        m_formatCombo->addItem(exporter->name(), id);
        m_formatCombo->setItemData(m_formatCombo->count() - 1, exporter->suffix(), SuffixRole);
    }
    m_formatLabel->setBuddy(m_formatCombo);

    m_selectedRadio->setObjectName(u"exportSelectedRadio"_s);
    m_shownRadio->setObjectName(u"exportShownRadio"_s);
    m_allRadio->setObjectName(u"exportAllRadio"_s);
    m_itemsGroup->addButton(m_selectedRadio, int(Items::Selected));
    m_itemsGroup->addButton(m_shownRadio, int(Items::Shown));
    m_itemsGroup->addButton(m_allRadio, int(Items::All));
    m_categoryRadio->setObjectName(u"exportCategoryRadio"_s);
    m_itemsGroup->addButton(m_categoryRadio, int(Items::Category));
    m_categoryRadio->hide();
    m_shownRadio->setChecked(true);
    m_itemsLabel->setBuddy(m_selectedRadio);

    m_summaryCheck->setObjectName(u"exportSummaryCheck"_s);
    m_sourcesCheck->setObjectName(u"exportSourcesCheck"_s);
    m_readCheck->setObjectName(u"exportFieldRead"_s);
    m_starredCheck->setObjectName(u"exportFieldStarred"_s);
    m_labelsCheck->setObjectName(u"exportFieldLabels"_s);
    m_noteCheck->setObjectName(u"exportFieldNote"_s);
    m_fieldsLabel->setBuddy(m_summaryCheck);

    m_destinationEdit->setObjectName(u"exportDestinationEdit"_s);
    m_destinationEdit->setMinimumWidth(m_destinationEdit->fontMetrics().averageCharWidth() * 52);
    m_browseButton->setObjectName(u"exportBrowseButton"_s);
    m_destinationLabel->setBuddy(m_destinationEdit);
}

void ExportDialog::layOut()
{
    auto *itemsLayout = new QVBoxLayout;
    itemsLayout->setSpacing(2);
    itemsLayout->addWidget(m_selectedRadio);
    itemsLayout->addWidget(m_shownRadio);
    itemsLayout->addWidget(m_allRadio);
    itemsLayout->addWidget(m_categoryRadio);

    auto *fieldsLayout = new QVBoxLayout;
    fieldsLayout->setSpacing(2);
    fieldsLayout->addWidget(m_summaryCheck);
    fieldsLayout->addWidget(m_sourcesCheck);
    fieldsLayout->addWidget(m_readCheck);
    fieldsLayout->addWidget(m_starredCheck);
    fieldsLayout->addWidget(m_labelsCheck);
    fieldsLayout->addWidget(m_noteCheck);

    auto *destinationLayout = new QHBoxLayout;
    destinationLayout->addWidget(m_destinationEdit, 1);
    destinationLayout->addWidget(m_browseButton);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(m_formatLabel, m_formatCombo);
    form->addRow(m_itemsLabel, itemsLayout);
    form->addRow(m_fieldsLabel, fieldsLayout);
    form->addRow(m_destinationLabel, destinationLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addStretch();
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void ExportDialog::restoreSettings()
{
    const QSettings settings;
    const int formatIndex = m_formatCombo->findData(settings.value(Key::Format, u"csv"_s).toString());
    m_formatCombo->setCurrentIndex(qMax(0, formatIndex));
    m_summaryCheck->setChecked(settings.value(Key::IncludeSummary, true).toBool());
    m_sourcesCheck->setChecked(settings.value(Key::IncludeSources, true).toBool());
    setFields(rememberedFields());
    updateFieldsEnabled();
    m_destinationEdit->setText(suggestedDestination());
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export"));
    m_formatLabel->setText(tr("&Format:"));
    for (int i = 0; i < m_formatCombo->count(); ++i) {
        if (const auto exporter = Exporter::create(m_formatCombo->itemData(i).toString()))
            m_formatCombo->setItemText(i, exporter->name());
    }
    m_itemsLabel->setText(tr("Items:"));
    m_selectedRadio->setText(tr("&Selected items (%L1)").arg(m_selected));
    m_shownRadio->setText(m_shown ? tr("S&hown items (%L1)").arg(*m_shown) : tr("S&hown items (counting…)"));
    m_allRadio->setText(tr("&All items in the cache (%L1)").arg(m_total));
    retranslateCategory();
    m_fieldsLabel->setText(tr("Include:"));
    m_summaryCheck->setText(tr("Su&mmaries"));
    m_sourcesCheck->setText(tr("So&urces (listing file and position)"));
    m_readCheck->setText(tr("&Read or unread"));
    m_readCheck->setAccessibleName(tr("Export whether each item is read"));
    m_starredCheck->setText(tr("S&tarred or not"));
    m_starredCheck->setAccessibleName(tr("Export whether each item is starred"));
    m_labelsCheck->setText(tr("&Labels"));
    m_labelsCheck->setAccessibleName(tr("Export the labels of each item"));
    m_noteCheck->setText(tr("&Notes"));
    m_noteCheck->setAccessibleName(tr("Export the note of each item"));
    m_destinationLabel->setText(tr("Sa&ve to:"));
    m_destinationEdit->setAccessibleName(tr("File to export to"));
    m_browseButton->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateSummary();
}

void ExportDialog::setCounts(qsizetype selected, std::optional<qsizetype> shown, qsizetype total)
{
    m_selected = selected;
    m_shown = shown;
    m_total = total;
    m_selectedRadio->setEnabled(selected > 0);
    m_shownRadio->setEnabled(shown != 0); // (a list being counted has rows)
    m_allRadio->setEnabled(total > 0);
    setItems(selected > 0 ? Items::Selected : Items::Shown);
    retranslate();
}

void ExportDialog::setShownCount(std::optional<qsizetype> shown)
{
    m_shown = shown;
    m_shownRadio->setEnabled(!shown || *shown > 0);
    retranslate();
}

void ExportDialog::setCategory(const QString &name, std::optional<qsizetype> count)
{
    m_category = name;
    m_categoryCount = count;
    m_categoryRadio->show();
    m_categoryRadio->setEnabled(count != 0);
    retranslate();
    setItems(Items::Category);
}

void ExportDialog::retranslateCategory()
{
    // A category's name is data: never translated, shown as it is.
    QString text = m_category.isEmpty() ? tr("&Items with no category") : tr("&Category “%1”").arg(m_category);
    if (m_categoryCount)
        text += u" (%L1)"_s.arg(*m_categoryCount);
    m_categoryRadio->setText(text);
}

std::optional<qsizetype> ExportDialog::count(Items items) const
{
    switch (items) {
    case Items::Category:
        return m_categoryCount;
    case Items::Selected:
        return m_selected;
    case Items::Shown:
        return m_shown;
    case Items::All:
        return m_total;
    }
    return 0;
}

ExportDialog::Items ExportDialog::items() const
{
    return Items(m_itemsGroup->checkedId());
}

void ExportDialog::setItems(Items items)
{
    m_itemsGroup->button(int(items))->setChecked(true);
    updateSummary();
}

QString ExportDialog::format() const
{
    return m_formatCombo->currentData().toString();
}

void ExportDialog::setFormat(const QString &formatId)
{
    const int index = m_formatCombo->findData(formatId);
    if (index >= 0)
        m_formatCombo->setCurrentIndex(index);
}

bool ExportDialog::includeSummary() const
{
    return m_summaryCheck->isChecked();
}

void ExportDialog::setIncludeSummary(bool include)
{
    m_summaryCheck->setChecked(include);
}

bool ExportDialog::includeSources() const
{
    return m_sourcesCheck->isChecked();
}

void ExportDialog::setIncludeSources(bool include)
{
    m_sourcesCheck->setChecked(include);
}

ExportFields ExportDialog::fields() const
{
    return {m_readCheck->isChecked(), m_starredCheck->isChecked(), m_labelsCheck->isChecked(),
            m_noteCheck->isChecked()};
}

void ExportDialog::setFields(const ExportFields &fields)
{
    m_readCheck->setChecked(fields.read);
    m_starredCheck->setChecked(fields.starred);
    m_labelsCheck->setChecked(fields.labels);
    m_noteCheck->setChecked(fields.note);
}

ExportFields ExportDialog::rememberedFields()
{
    // A value this version cannot read (edited by hand, a later version's
    // field) chooses no fields.
    const QString value = QSettings().value(Key::Fields).toString();
    return ExportFields::parse(value).value_or(ExportFields());
}

void ExportDialog::updateFieldsEnabled()
{
    // A listing file holds only what the source format holds.
    const std::unique_ptr<Exporter> exporter = Exporter::create(format());
    const bool enabled = exporter && exporter->carriesFields();
    for (QCheckBox *check : {m_readCheck, m_starredCheck, m_labelsCheck, m_noteCheck})
        check->setEnabled(enabled);
}

QString ExportDialog::destination() const
{
    return m_destinationEdit->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destinationEdit->setText(path);
    destinationEdited();
}

QString ExportDialog::suggestedDestination() const
{
    const QString folder = QSettings().value(Key::Folder, defaultFolder()).toString();
    const QString name = tr("news", "file name of an export, without suffix") + u'.'
            + m_formatCombo->currentData(SuffixRole).toString();
    return QDir::toNativeSeparators(QDir(folder).filePath(name));
}

void ExportDialog::formatChanged()
{
    updateFieldsEnabled();
    // The destination's suffix follows the format: "news.csv" becomes "news.json".
    QString path = destination();
    if (path.isEmpty()) {
        m_destinationEdit->setText(suggestedDestination());
        return;
    }
    const QString formatOfPath = Exporter::formatForFileName(path);
    if (formatOfPath == format())
        return;
    if (!formatOfPath.isEmpty())
        path.chop(QFileInfo(path).suffix().size() + 1);
    else if (path.endsWith(u'.'))
        path.chop(1);
    m_destinationEdit->setText(path + u'.' + m_formatCombo->currentData(SuffixRole).toString());
}

void ExportDialog::destinationEdited()
{
    // A name typed with a known suffix chooses its format.
    const QString formatOfPath = Exporter::formatForFileName(destination());
    if (!formatOfPath.isEmpty() && formatOfPath != format())
        setFormat(formatOfPath);
}

void ExportDialog::browse()
{
    QStringList filters;
    QString selectedFilter;
    for (int i = 0; i < m_formatCombo->count(); ++i) {
        const auto exporter = Exporter::create(m_formatCombo->itemData(i).toString());
        filters.append(exporter->fileDialogFilter());
        if (i == m_formatCombo->currentIndex())
            selectedFilter = filters.last();
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export To"), destination(), filters.join(u";;"_s),
                                                &selectedFilter);
    if (path.isEmpty())
        return;
    const qsizetype filterIndex = filters.indexOf(selectedFilter);
    if (filterIndex >= 0)
        m_formatCombo->setCurrentIndex(int(filterIndex));
    // The file dialog asked about replacing exactly this file; a suffix added
    // here makes another one.
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + m_formatCombo->currentData(SuffixRole).toString();
    else
        m_confirmedPath = path;
    setDestination(QDir::toNativeSeparators(path));
}

void ExportDialog::updateSummary()
{
    const std::optional<qsizetype> count = this->count(items());
    const int n = int(count.value_or(0));
    QString text;
    switch (items()) {
    case Items::Selected:
        text = tr("Export %Ln selected item(s)", nullptr, n);
        break;
    case Items::Shown:
        text = count ? tr("Export %Ln shown item(s)", nullptr, n) : tr("Export the shown items (counting them…)");
        break;
    case Items::All:
        text = tr("Export all %Ln item(s) in the cache", nullptr, n);
        break;
    case Items::Category:
        text = m_category.isEmpty() ? tr("Export the items with no category")
                                    : tr("Export the items in the category “%1”").arg(m_category);
        break;
    }
    m_summaryLabel->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(count != 0 && !destination().isEmpty());
}

void ExportDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(destination());
    if (count(items()) == 0 || path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.isDir()) {
        showMessage(this, QMessageBox::Warning, tr("Export"),
                    tr("%1 is a folder. Choose a file name to export to.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok);
        return;
    }
    if (info.exists() && QDir::fromNativeSeparators(m_confirmedPath) != path) {
        const auto answer = showMessage(
                this, QMessageBox::Question, tr("Replace File?"),
                tr("%1 already exists. Do you want to replace it?").arg(QDir::toNativeSeparators(path)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QSettings settings;
    settings.setValue(Key::Folder, info.absolutePath());
    settings.setValue(Key::Format, format());
    settings.setValue(Key::IncludeSummary, includeSummary());
    settings.setValue(Key::IncludeSources, includeSources());
    settings.setValue(Key::Fields, fields().toString());
    QDialog::accept();
}
