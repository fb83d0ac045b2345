#pragma once

#include <QByteArray>
#include <QWidget>

class MessageBar;
class QSplitter;

// The window's central widget: the message bar above the three panes side by
// side (categories, news, the item being read) in a splitter whose sizes are
// kept in the settings. The panes are made with splitter() as their parent,
// then added.
class ReaderPanes final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderPanes)

public:
    explicit ReaderPanes(QWidget *parent = nullptr);

    MessageBar *messageBar() const { return m_messageBar; }
    QSplitter *splitter() const { return m_splitter; }
    // Left to right; the list in the middle never collapses.
    void addPanes(QWidget *categories, QWidget *news, QWidget *item);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    MessageBar *m_messageBar;
    QSplitter *m_splitter;
};
