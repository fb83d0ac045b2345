#include "models/itemmodels/sourcemodel.h"

#include "models/listing/sourcename.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "models/support/logging.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

struct SourceModel::Node
{
    NodeKind kind = NodeKind::File;
    QString path;    // the file's, the folder's; empty for "Other files" and "Sample news"
    QString display; // the file's name under its folder, SourceName::display() for the sample
    qint64 count = 0;
    qint64 unread = 0;
    bool watched = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

SourceModel::SourceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

SourceModel::~SourceModel() = default;

void SourceModel::setStore(NewsStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    refresh();
}

void SourceModel::setWorker(StoreWorker *worker)
{
    m_worker = worker;
}

void SourceModel::setWatchedFolders(const QStringList &folders)
{
    QStringList cleaned;
    for (const QString &folder : folders)
        cleaned.append(QDir::cleanPath(folder));
    cleaned.sort();
    if (cleaned == m_watched)
        return;
    m_watched = cleaned;
    if (m_ready)
        build(m_lastCounts, m_lastRemembered);
}

void SourceModel::refresh()
{
    const LatestRequest::Ticket ticket = m_requests.next();
    const auto readFrom = [](const NewsStore &store) {
        Read read;
        read.counts = store.sourceCounts();
        read.error = store.readError();
        const QStringList remembered = store.rememberedSources();
        if (read.error.isEmpty())
            read.error = store.readError();
        // The folders among them (a remembered file is not one): looked at here, off the GUI thread.
        for (const QString &source : remembered) {
            const QString clean = QDir::cleanPath(source);
            if (!SourceName::isSample(clean) && QFileInfo(clean).isDir())
                read.remembered.append(clean);
        }
        return read;
    };
    const auto arrived = [this, ticket](Read read) {
        if (ticket.isCurrent())
            apply(std::move(read));
    };
    const auto readHere = [this, readFrom] { return m_store && m_store->isOpen() ? readFrom(*m_store) : Read{}; };
    if (!m_worker) {
        arrived(readHere());
        return;
    }
    // Normal: behind the marks and writes posted before it.
    m_worker->post(this, [ticket, readFrom](NewsStore &store) {
        return ticket.isCurrent() ? readFrom(store) : Read{};
    }, arrived, StoreWorker::Priority::Normal, [arrived, readHere] { arrived(readHere()); });
}

void SourceModel::apply(Read read)
{
    if (!read.error.isEmpty()) {
        // What is shown stays: a failed read is not "no files".
        qCWarning(lcModels).noquote() << "cannot read the sources:" << read.error;
        Q_EMIT readFailed(read.error);
        Q_EMIT countsReady();
        return;
    }
    m_lastCounts = std::move(read.counts);
    m_lastRemembered = std::move(read.remembered);
    build(m_lastCounts, m_lastRemembered);
    m_ready = true;
    Q_EMIT countsReady();
}

namespace {

bool isUnder(const QString &path, const QString &folder)
{
    return path.startsWith(folder) && path.size() > folder.size()
            && (folder.endsWith(u'/') || path.at(folder.size()) == u'/');
}

} // namespace

void SourceModel::build(const QList<SourceCount> &counts, const QStringList &remembered)
{
    // The folders: the remembered ones and the watched ones. The deepest
    // that holds a file takes it.
    QStringList folders = m_watched;
    for (const QString &folder : remembered) {
        if (!folders.contains(folder))
            folders.append(folder);
    }
    QCollator collator{QLocale()};
    collator.setNumericMode(true);
    std::sort(folders.begin(), folders.end(), [&](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });
    std::vector<std::unique_ptr<Node>> top;
    const auto topNode = [&](NodeKind kind, const QString &path, const QString &display) {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->path = path;
        node->display = display;
        node->watched = kind == NodeKind::Folder && m_watched.contains(path);
        top.push_back(std::move(node));
        return top.back().get();
    };
    QHash<QString, Node *> byFolder;
    for (const QString &folder : std::as_const(folders))
        byFolder.insert(folder, topNode(NodeKind::Folder, folder, QDir::toNativeSeparators(folder)));
    Node *other = nullptr;
    Node *sample = nullptr;
    for (const SourceCount &source : counts) {
        Node *parent = nullptr;
        QString display;
        if (SourceName::isSample(source.path)) {
            sample = sample ? sample : topNode(NodeKind::Sample, QString(), tr("Sample news"));
            parent = sample;
            display = SourceName::display(source.path);
        } else {
            QString deepest;
            for (const QString &folder : std::as_const(folders)) {
                if (isUnder(source.path, folder) && folder.size() > deepest.size())
                    deepest = folder;
            }
            if (deepest.isEmpty()) {
                other = other ? other : topNode(NodeKind::OtherFiles, QString(), tr("Other files"));
                parent = other;
                display = QDir::toNativeSeparators(source.path);
            } else {
                parent = byFolder.value(deepest);
                display = QDir::toNativeSeparators(source.path.mid(deepest.size()).remove(0, 1));
            }
        }
        auto file = std::make_unique<Node>();
        file->path = source.path;
        file->display = display;
        file->count = source.count;
        file->unread = source.unread;
        file->parent = parent;
        parent->count += source.count;
        parent->unread += source.unread;
        parent->children.push_back(std::move(file));
    }
    // "Other files" and the sample after the folders.
    std::stable_partition(top.begin(), top.end(), [](const auto &node) { return node->kind == NodeKind::Folder; });
    for (std::size_t i = 0; i < top.size(); ++i) {
        Node &node = *top.at(i);
        node.row = int(i);
        std::sort(node.children.begin(), node.children.end(), [&](const auto &a, const auto &b) {
            return collator.compare(a->display, b->display) < 0;
        });
        for (std::size_t k = 0; k < node.children.size(); ++k)
            node.children.at(k)->row = int(k);
    }
    beginResetModel();
    m_top = std::move(top);
    endResetModel();
}

SourceModel::Node *SourceModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex SourceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    const auto &children = node ? node->children : m_top;
    return createIndex(row, column, children.at(std::size_t(row)).get());
}

QModelIndex SourceModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return int(node ? node->children.size() : m_top.size());
}

int SourceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node.display;
    case Qt::ToolTipRole:
        if (node.kind == NodeKind::Folder || node.kind == NodeKind::File)
            return SourceName::isSample(node.path) ? node.display : QDir::toNativeSeparators(node.path);
        return node.display;
    case Qt::AccessibleTextRole:
        return tr("%1, %2 unread of %3")
                .arg(node.display, QLocale().toString(node.unread), QLocale().toString(node.count));
    case PathRole:
        return node.path;
    case IsFolderRole:
        return node.kind != NodeKind::File;
    case CountRole:
        return node.count;
    case UnreadRole:
        return node.unread;
    case IsWatchedRole:
        return node.watched;
    case KindRole:
        return QVariant::fromValue(node.kind);
    default:
        return {};
    }
}

Qt::ItemFlags SourceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return nodeOf(index)->kind == NodeKind::File ? flags | Qt::ItemNeverHasChildren : flags;
}

QHash<int, QByteArray> SourceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(IsFolderRole, "isFolder");
    names.insert(CountRole, "count");
    names.insert(UnreadRole, "unread");
    names.insert(IsWatchedRole, "isWatched");
    names.insert(KindRole, "kind");
    return names;
}

QModelIndex SourceModel::indexOfFile(const QString &path) const
{
    for (const auto &top : m_top) {
        for (const auto &file : top->children) {
            if (file->path == path)
                return createIndex(file->row, 0, file.get());
        }
    }
    return {};
}

QModelIndex SourceModel::indexOfFolder(const QString &folder) const
{
    const QString clean = QDir::cleanPath(folder);
    for (const auto &top : m_top) {
        if (top->kind == NodeKind::Folder && top->path == clean)
            return createIndex(top->row, 0, top.get());
    }
    return {};
}

QStringList SourceModel::filesUnder(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    if (node->kind == NodeKind::File)
        return {node->path};
    QStringList paths;
    for (const auto &file : node->children)
        paths.append(file->path);
    return paths;
}
