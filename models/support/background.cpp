#include "models/support/background.h"

namespace Background {

QThreadPool &pool()
{
    static QThreadPool *const threads = [] {
        auto *created = new QThreadPool; // lives as long as the program: work may still end at exit
        created->setObjectName(QStringLiteral("newsdesk background"));
        created->setMaxThreadCount(4);
        created->setThreadPriority(QThread::LowPriority);
        return created;
    }();
    return *threads;
}

} // namespace Background
