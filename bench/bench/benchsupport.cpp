#include "benchsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double round3(double v)
{
    return std::round(v * 1000) / 1000;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

// ---------------------------------------------------------------- waiting

// Whether a model says it is still loading: a model that fills itself
// asynchronously can expose a `loading` property, and the bench waits on it.
bool isLoading(const QObject *model)
{
    const QVariant v = model->property("loading");
    return v.isValid() && v.toBool();
}

// Spins the event loop until ready() (at once if it already is). Models that
// answer synchronously cost nothing here; asynchronous ones are given their
// event loop, as in the window.
bool waitFor(const std::function<bool()> &ready, int timeoutMs)
{
    if (ready())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(1);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (ready())
            return true;
    }
    return false;
}



QString csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString formatMs(double ms)
{
    if (ms >= 10000)
        return u"%1 s"_s.arg(ms / 1000, 0, 'f', 1);
    if (ms >= 100)
        return u"%1 ms"_s.arg(ms, 0, 'f', 0);
    return u"%1 ms"_s.arg(ms, 0, 'f', ms >= 10 ? 1 : 2);
}

void printRows(QTextStream &out, const QList<QStringList> &table)
{
    if (table.isEmpty())
        return;
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &cells : table) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());
    }
    for (qsizetype r = 0; r < table.size(); ++r) {
        QString line = u"|"_s;
        for (qsizetype i = 0; i < table.at(r).size() && i < widths.size(); ++i)
            line += u' ' + table.at(r).at(i).leftJustified(widths.at(i)) + u" |"_s;
        out << line << Qt::endl;
        if (r == 0) {
            QString rule = u"|"_s;
            for (qsizetype w : widths)
                rule += QString(w + 2, u'-') + u'|';
            out << rule << Qt::endl;
        }
    }
}
