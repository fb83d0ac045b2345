#pragma once

#include <QMainWindow>

// The reader window (filled in by the reader-window issue).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &databasePath, const QStringList &paths = {}, QWidget *parent = nullptr);
};
