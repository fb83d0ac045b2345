#pragma once

#include "models/store/sourcecount.h"
#include "models/support/latestrequest.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class NewsStore;
class StoreWorker;

// The listing files of the cache as a tree, with how many of each one's items
// are shown (not hidden) and unread: at the top the folders the person
// imported (rememberedSources(), the watched ones marked), under each the
// files of the cache inside it; files outside every remembered folder under
// one "Other files" node; the bundled sample under "Sample news", its files
// named as SourceName::display() names them ("Sample news 3"). A folder's
// numbers are the sum of its files'. Folders sort by path, files by name.
//
// Read on the worker (NewsStore::sourceCounts, rememberedSources); without
// one here.
class SourceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceModel)

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the file's path as the cache holds it, the folder's path;
                                     // empty for "Other files" and "Sample news"
        IsFolderRole,                // bool: a top-level node
        CountRole,                   // qint64
        UnreadRole,                  // qint64
        IsWatchedRole,               // bool: a folder the window watches (setWatchedFolders())
        KindRole,                    // NodeKind
    };
    Q_ENUM(Role)

    enum class NodeKind { Folder, OtherFiles, Sample, File };
    Q_ENUM(NodeKind)

    explicit SourceModel(QObject *parent = nullptr);
    ~SourceModel() override;

    void setStore(NewsStore *store);
    void setWorker(StoreWorker *worker);
    // The folders being watched (IsWatchedRole); a watched folder with no
    // file in the cache yet is shown too.
    void setWatchedFolders(const QStringList &folders);
    QStringList watchedFolders() const { return m_watched; }
    // Reads the sources and their counts again (after an import, marks).
    void refresh();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The file of this path (as the cache holds it), or an invalid index.
    QModelIndex indexOfFile(const QString &path) const;
    // The top-level node of this folder, or an invalid index.
    QModelIndex indexOfFolder(const QString &folder) const;
    // Every file path under index (itself when a file), in the model's order.
    QStringList filesUnder(const QModelIndex &index) const;
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void countsReady();
    void readFailed(const QString &error);

private:
    struct Node;
    struct Read
    {
        QList<SourceCount> counts;
        QStringList remembered; // the remembered folders (cleaned paths)
        QString error;
    };
    void apply(Read read);
    void build(const QList<SourceCount> &counts, const QStringList &remembered);
    Node *nodeOf(const QModelIndex &index) const;

    NewsStore *m_store = nullptr;
    QPointer<StoreWorker> m_worker;
    LatestRequest m_requests;
    QStringList m_watched;
    QList<SourceCount> m_lastCounts;
    QStringList m_lastRemembered;
    std::vector<std::unique_ptr<Node>> m_top;
    bool m_ready = false;
};
