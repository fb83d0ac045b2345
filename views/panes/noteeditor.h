#pragma once

#include <QPlainTextEdit>
#include <QTimer>

// The note of the item being read, under its text in the detail pane: plain
// text always (pasted rich text arrives as its plain text). What the person
// types is given out (noteEdited()) after IdleMs without typing, when another
// item is set and when the editor loses focus; never for text set by
// setNote(). Empty and without focus it is one line high; with text or focus
// it grows up to a few lines (then scrolls).
class NoteEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    explicit NoteEditor(QWidget *parent = nullptr);

    static constexpr int IdleMs = 800;

    // The item whose note this is; 0: none (the editor is disabled). Text not
    // given out yet for the item shown before is given out first. The same
    // item again while the person writes (text not given out yet, or the
    // focus here) keeps what they wrote.
    void setNote(qint64 id, const QString &text);
    qint64 itemId() const { return m_id; }
    QString note() const { return toPlainText(); }
    // Whether typed text waits to be given out.
    bool isPending() const { return m_pending; }
    // Whether the person wrote in the note since its item was set.
    bool wasEdited() const { return m_edited; }
    // Gives out the typed text now, if any waits.
    void flush();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    void retranslate();

Q_SIGNALS:
    void noteEdited(qint64 id, const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void changeEvent(QEvent *event) override;

private:
    void typed();
    void updateHeight();
    int linesShown() const;

    QTimer m_idle;
    qint64 m_id = 0;
    QString m_given; // the text last set or given out
    bool m_pending = false;
    bool m_edited = false;
    bool m_setting = false;
};
