#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QToolButton;
class QTreeView;
class SourceModel;

// The imported files in the side pane's "Sources" tab: a tree of the folders
// and their files with item and unread counts (SourceModel). A double click or
// Enter on a file reads its items (fileActivated()); "All Sources" goes back
// to every file (allSourcesActivated()). The context menu asks to open a file
// in the desktop's editor, to remove files from the archive or to stop
// watching a folder; the pane only emits the request (OrganiseController
// acts). With nothing imported it says how to import.
class SourcePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePane)

public:
    explicit SourcePane(SourceModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // The files selected (a folder's row selects its files), in the tree's order.
    QStringList selectedFiles() const;
    // The file being read (shown in bold); empty: all sources.
    QString currentFile() const { return m_currentFile; }
    void setCurrentFile(const QString &path);
    QList<QWidget *> focusChain() const;

    void retranslate();

Q_SIGNALS:
    void fileActivated(const QString &path);
    void allSourcesActivated();
    void openRequested(const QString &path);
    void removeRequested(const QStringList &paths);
    void stopWatchingRequested(const QString &folder);

    // The context menu is about to run (a test triggers its actions here).
    void contextMenuAboutToShow(QMenu *menu);

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void updateEmptyState();

    SourceModel *m_model;
    QToolButton *m_allButton;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_emptyNote;
    QString m_currentFile;
};
