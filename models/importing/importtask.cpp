#include "models/importing/importtask.h"

#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"

#include <QMetaObject>

ImportTask::ImportTask(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportReport>();
}

ImportTask::~ImportTask()
{
    m_queued.clear();
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportTask::cancel()
{
    m_cancel = true;
}

void ImportTask::start(const QString &databasePath, const QStringList &paths)
{
    m_databasePath = databasePath;
    for (const QString &path : paths) {
        if (!m_queued.contains(path))
            m_queued.append(path);
    }
    if (!isRunning())
        launch();
}

void ImportTask::launch()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    const QStringList paths = std::exchange(m_queued, {});
    const QString databasePath = m_databasePath;
    m_cancel = false;

    m_thread = QThread::create([this, paths, databasePath] {
        ImportReport report;
        {
            NewsStore store;
            if (!store.open(databasePath)) {
                report.error = store.errorString();
            } else {
                NewsImporter importer(store);
                importer.setProgress([this](int done, int total, const QString &file) {
                    QMetaObject::invokeMethod(this, [this, done, total, file] { Q_EMIT progress(done, total, file); },
                                              Qt::QueuedConnection);
                    return !m_cancel.loadRelaxed();
                });
                report = importer.importPaths(paths);
            }
        }
        QMetaObject::invokeMethod(this, [this, report] {
            Q_EMIT finished(report);
            if (!m_queued.isEmpty())
                launch();
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("newsdesk import"));
    m_thread->start(QThread::LowPriority);
    Q_EMIT started();
}
