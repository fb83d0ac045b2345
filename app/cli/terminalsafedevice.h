#pragma once

#include <QIODevice>

// A write-only device that passes UTF-8 on to another device with every
// control character a terminal would obey (ControlCharacters: C0 except tab
// and newline, a carriage return not before a newline, DEL, C1) replaced by
// its visible stand-in. What an export writes to standard output goes through
// it, since a person may read that output in a terminal.
class TerminalSafeDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit TerminalSafeDevice(QIODevice *target, QObject *parent = nullptr);
    ~TerminalSafeDevice() override;
    Q_DISABLE_COPY_MOVE(TerminalSafeDevice)

    bool isSequential() const override { return true; }
    // Writes a byte held back at the end (a lone carriage return, a 0xC2 lead byte).
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    // Appends b, or its stand-in, to out; holds back \r and 0xC2 until the next byte.
    void filter(unsigned char b, QByteArray &out);
    bool flushHeld(QByteArray &out);

    QIODevice *m_target;
    unsigned char m_held = 0; // \r or 0xC2 waiting for the byte after it
};
