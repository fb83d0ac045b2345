#include "views/panes/noteeditor.h"

#include <QEvent>
#include <QMimeData>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxLines = 6;

} // namespace

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"noteEdit"_s);
    setTabChangesFocus(true); // Tab leaves the note, as in a form
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setEnabled(false);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleMs);
    connect(&m_idle, &QTimer::timeout, this, &NoteEditor::flush);
    connect(this, &QPlainTextEdit::textChanged, this, &NoteEditor::typed);
    connect(document(), &QTextDocument::blockCountChanged, this, &NoteEditor::updateHeight);
    retranslate();
    updateHeight();
}

void NoteEditor::setNote(qint64 id, const QString &text)
{
    if (id == m_id && id != 0 && (m_pending || hasFocus()))
        return; // the person is writing: their text wins, and is given out
    if (id != m_id) {
        flush();
        m_edited = false;
    }
    m_idle.stop();
    m_id = id;
    m_given = text;
    m_pending = false;
    if (toPlainText() != text) {
        m_setting = true;
        setPlainText(text);
        m_setting = false;
    }
    setEnabled(id != 0);
    updateHeight();
}

void NoteEditor::flush()
{
    m_idle.stop();
    if (!std::exchange(m_pending, false) || m_id == 0)
        return;
    const QString text = toPlainText();
    if (text == m_given)
        return;
    m_given = text;
    Q_EMIT noteEdited(m_id, text);
}

void NoteEditor::typed()
{
    if (m_setting || m_id == 0)
        return;
    m_pending = true;
    m_edited = true;
    m_idle.start();
    updateHeight();
}

int NoteEditor::linesShown() const
{
    if (document()->isEmpty() && !hasFocus())
        return 1;
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && lines < MaxLines; block = block.next())
        lines += qMax(1, block.layout() ? block.layout()->lineCount() : 1);
    return qBound(hasFocus() ? 3 : 1, lines, MaxLines);
}

QSize NoteEditor::sizeHint() const
{
    const int frame = 2 * frameWidth();
    const int margins = int(2 * document()->documentMargin()) + contentsMargins().top()
            + contentsMargins().bottom();
    const int height = linesShown() * fontMetrics().lineSpacing() + margins + frame;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize NoteEditor::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), sizeHint().height()};
}

void NoteEditor::updateHeight()
{
    const int height = sizeHint().height();
    if (height != this->height() || minimumHeight() != height) {
        setFixedHeight(height);
        updateGeometry();
    }
}

void NoteEditor::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    updateHeight();
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    flush();
    updateHeight();
}

void NoteEditor::insertFromMimeData(const QMimeData *source)
{
    // A note is plain text: pasted markup arrives as the text it shows.
    if (source && source->hasText())
        insertPlainText(source->text());
}

void NoteEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateHeight();
}

void NoteEditor::retranslate()
{
    setPlaceholderText(tr("Write a note…"));
    setAccessibleName(tr("Note"));
    setAccessibleDescription(tr("Your note on the item, saved as you write"));
    setToolTip(tr("Your note on the item: plain text, found by search, saved as you write"));
}
