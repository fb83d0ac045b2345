#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

// Files and folders dropped on a widget (which must accept drops): a drag of
// local files is accepted while accepting() says so, and a drop hands their
// paths to dropped().
class FileDrop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDrop)

public:
    FileDrop(QWidget *target, std::function<bool()> accepting,
             std::function<void(const QStringList &paths)> dropped);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<bool()> m_accepting;
    std::function<void(const QStringList &paths)> m_dropped;
};
