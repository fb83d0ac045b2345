#include "models/export/exporter.h"

#include <QFileInfo>
#include <QIODevice>

using namespace Qt::StringLiterals;

Exporter::Exporter(const QString &formatId, const QString &suffix, const QString &mimeType)
    : m_formatId(formatId), m_suffix(suffix), m_mimeType(mimeType)
{
}

Exporter::~Exporter() = default;

QString Exporter::fileDialogFilter() const
{
    return tr("%1 (*.%2)").arg(name(), suffix());
}

QStringList Exporter::formats()
{
    return {u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"txt"_s, u"pdf"_s};
}

QString Exporter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"markdown")
        return u"md"_s;
    if (suffix == u"htm")
        return u"html"_s;
    return formats().contains(suffix) ? suffix : QString();
}

bool Exporter::fail(const QString &message)
{
    // The first message is the cause; later ones only repeat it.
    if (m_state != State::Failed)
        m_error = message.isEmpty() ? tr("The export failed.") : message;
    m_state = State::Failed;
    return false;
}

bool Exporter::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (m_device->write(bytes) != bytes.size())
        return fail(tr("Cannot write the export: %1").arg(m_device->errorString()));
    return true;
}

bool Exporter::begin(QIODevice *device)
{
    m_error.clear();
    m_itemCount = 0;
    m_device = device;
    m_state = State::Writing;
    if (writesToDevice() && (!m_device || !m_device->isWritable()))
        return fail(tr("Internal error: the export has nowhere to go."));
    return writeHeader() || fail(m_error);
}

bool Exporter::writeItems(const QList<NewsItem> &items)
{
    if (m_state != State::Writing)
        return m_state == State::Failed ? false : fail(tr("Internal error: items written outside an export."));
    if (!writePage(items))
        return fail(m_error);
    m_itemCount += items.size();
    return true;
}

bool Exporter::finish()
{
    if (m_state != State::Writing)
        return m_state == State::Failed ? false : fail(tr("Internal error: an export finished twice."));
    if (!writeFooter())
        return fail(m_error);
    m_state = State::Finished;
    return true;
}
