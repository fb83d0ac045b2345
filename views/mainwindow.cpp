#include "mainwindow.h"

MainWindow::MainWindow(const QString &databasePath, const QStringList &paths, QWidget *parent)
    : QMainWindow(parent)
{
    Q_UNUSED(databasePath);
    Q_UNUSED(paths);
    setWindowTitle(tr("newsdesk"));
}
