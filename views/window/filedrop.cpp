#include "views/window/filedrop.h"

#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

FileDrop::FileDrop(QWidget *target, std::function<bool()> accepting,
                   std::function<void(const QStringList &paths)> dropped)
    : QObject(target)
    , m_accepting(std::move(accepting))
    , m_dropped(std::move(dropped))
{
    target->installEventFilter(this);
}

bool FileDrop::eventFilter(QObject *watched, QEvent *event)
{
    // The target sees the event afterwards too (QMainWindow handles drags of
    // its own dock widgets): this only accepts it.
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!localPaths(drag->mimeData()).isEmpty() && m_accepting())
            drag->acceptProposedAction();
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localPaths(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            m_dropped(paths);
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
