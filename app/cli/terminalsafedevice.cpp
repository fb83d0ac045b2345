#include "app/cli/terminalsafedevice.h"

#include "models/listing/controlcharacters.h"
#include "models/support/logging.h"

namespace {

void appendStandIn(char32_t c, QByteArray &out)
{
    out += QString(ControlCharacters::standIn(c)).toUtf8();
}

} // namespace

TerminalSafeDevice::TerminalSafeDevice(QIODevice *target, QObject *parent)
    : QIODevice(parent), m_target(target)
{
    open(QIODevice::WriteOnly);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (isOpen())
        close();
}

void TerminalSafeDevice::close()
{
    QByteArray out;
    if (flushHeld(out) && m_target->write(out) != out.size())
        qCWarning(lcCli) << "cannot write to standard output:" << m_target->errorString();
    QIODevice::close();
}

qint64 TerminalSafeDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    for (qint64 i = 0; i < size; ++i)
        filter(static_cast<unsigned char>(data[i]), out);
    if (m_target->write(out) != out.size()) {
        setErrorString(m_target->errorString());
        return -1;
    }
    return size;
}

bool TerminalSafeDevice::flushHeld(QByteArray &out)
{
    if (m_held == '\r')
        appendStandIn(u'\r', out);
    else if (m_held != 0)
        out += char(m_held); // a lead byte cut off by the end: not a control
    const bool any = m_held != 0;
    m_held = 0;
    return any;
}

void TerminalSafeDevice::filter(unsigned char b, QByteArray &out)
{
    if (m_held == '\r' && b == '\n') {
        m_held = 0;
        out += '\r'; // a line ending, as CSV writes them
    } else if (m_held == 0xC2 && b >= 0x80 && b <= 0x9F) {
        m_held = 0;
        appendStandIn(b, out); // U+0080..U+009F, a C1 control
        return;
    }
    flushHeld(out);
    if (b == '\r' || b == 0xC2)
        m_held = b;
    else if (b < 0x80 && ControlCharacters::isUnsafe(b)) // bytes from 0x80 are parts of characters
        appendStandIn(b, out);
    else
        out += char(b);
}
