#include "models/listing/listingparser.h"

#include "models/listing/controlcharacters.h"
#include "models/support/logging.h"

#include <algorithm>
#include <array>
#include <cstring>

#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <linux/magic.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t Bullet = u'\u2022';

// Offset of the first byte that is not part of valid UTF-8, or -1. Sets
// truncatedAtEnd when the only problem is a sequence cut off by the end.
// The ASCII bytes ControlCharacters removes: C0 but tab and line ends, DEL.
constexpr auto IsControlByte = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = c != '\t' && c != '\n' && c != '\r';
    table[0x7F] = true;
    return table;
}();

// Also tells (controls) whether the bytes before that offset hold a control
// character (ControlCharacters: C0 but tab and line ends, DEL, C1 as C2 80–9F):
// this pass reads every byte anyway, so the parser need not look at every
// line of a file that holds none.
qsizetype firstInvalidUtf8(QByteArrayView data, bool &truncatedAtEnd, bool &controls)
{
    truncatedAtEnd = false;
    controls = false;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            controls |= IsControlByte[c];
            ++i;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F)
            controls = true;
        int extra = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) { extra = 1; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; min = 0x10000; }
        else return i;
        if (i + extra >= n) {
            // Not enough bytes left: cut off by the end, or simply invalid.
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return i;
            }
            truncatedAtEnd = true;
            return i;
        }
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

QString decodeWindows1252(QByteArrayView data)
{
    // 0x80..0x9F differ from Latin-1; the rest maps one to one.
    static constexpr char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    QString out;
    out.resize(data.size());
    QChar *dst = out.data();
    for (const char ch : data) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

// The length of the valid UTF-8 sequence of two to four bytes at p[i], or 0
// when the bytes there are no such sequence (a stray or overlong byte, a
// surrogate, a sequence cut short).
int utf8SequenceAt(const unsigned char *p, qsizetype i, qsizetype n)
{
    const unsigned char c = p[i];
    int extra = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) { extra = 1; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; min = 0x10000; }
    else return 0;
    if (i + extra >= n)
        return 0;
    char32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if ((p[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return extra + 1;
}

// How one line's bytes read: ASCII; UTF-8; UTF-8 with a damaged byte (it
// holds valid multi-byte characters as well, a "•" say); or another encoding
// (no byte above ASCII is part of a valid UTF-8 character).
enum class LineBytes { Ascii, Utf8, DamagedUtf8, Foreign };

// The line of data that starts at from: how its bytes read, and its end (just
// past its line break: \n, \r\n or \r; or the end of data).
LineBytes readLine(QByteArrayView data, qsizetype from, qsizetype &end)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    bool multiByte = false;
    bool invalid = false;
    qsizetype i = from;
    while (i < n && p[i] != '\n' && p[i] != '\r') {
        if (p[i] < 0x80) {
            ++i;
        } else if (const int length = utf8SequenceAt(p, i, n)) {
            multiByte = true;
            i += length;
        } else {
            invalid = true;
            ++i;
        }
    }
    end = i < n ? (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n' ? i + 2 : i + 1) : n;
    if (invalid)
        return multiByte ? LineBytes::DamagedUtf8 : LineBytes::Foreign;
    return multiByte ? LineBytes::Utf8 : LineBytes::Ascii;
}

bool hasNonAscii(QByteArrayView data)
{
    return std::any_of(data.begin(), data.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

int lineOfOffset(QByteArrayView data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Binary content: a NUL byte, or many control characters that text never has.
qsizetype binaryOffset(QByteArrayView data)
{
    if (const void *nul = std::memchr(data.data(), 0, size_t(data.size())))
        return static_cast<const char *>(nul) - data.data();
    const qsizetype probe = qMin<qsizetype>(data.size(), 64 * 1024);
    qsizetype controls = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
            ++controls;
            if (first < 0)
                first = i;
        }
    }
    return (probe > 0 && controls * 20 > probe) ? first : -1;
}

QString clean(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

bool isIndented(const QString &line)
{
    return !line.isEmpty() && (line.at(0) == u' ' || line.at(0) == u'\t');
}

// The lines of text, whatever the endings (\n, \r\n or \r).
QList<QStringView> splitLines(QStringView all)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QChar c = all.at(i);
        if (c == u'\n' || c == u'\r') {
            lines.append(all.mid(start, i - start));
            if (c == u'\r' && i + 1 < all.size() && all.at(i + 1) == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < all.size())
        lines.append(all.mid(start));
    return lines;
}

} // namespace

bool ListingParser::looksLikeCategoryLine(const QString &text)
{
    // Names start with a capital, or with one small letter before it ("eHälsa").
    if (text.size() < 2 || text.size() > 300
        || !(text.at(0).isUpper() || (text.at(0).isLower() && text.at(1).isUpper())))
        return false;
    static const QString endings = u".!?:;,\u2026\"\u201D)"_s;
    if (endings.contains(text.back()))
        return false;
    return !text.contains(u"  "_s) && !text.contains(u". "_s);
}

bool ListingParser::notRegular(const QString &name, unsigned mode, Diagnostics &diagnostics)
{
    const QString kind = S_ISFIFO(mode)                   ? tr("a named pipe (FIFO)")
            : S_ISSOCK(mode)                             ? tr("a socket")
            : S_ISCHR(mode) || S_ISBLK(mode)             ? tr("a device")
            : S_ISDIR(mode)                              ? tr("a folder")
                                                         : tr("something else");
    diagnostics.append({name, 0, Diagnostic::Severity::Error,
                        tr("is %1, not a regular file; it was not read").arg(kind)});
    qCWarning(lcListing).noquote() << name << "is not a regular file; mode" << Qt::oct << mode;
    return false;
}

bool ListingParser::openRegularFile(const QString &path, QFile &file, Diagnostics &diagnostics)
{
    const QString name = QFileInfo(path).filePath();
    const auto cannotRead = [&](const QString &why) {
        diagnostics.append({name, 0, Diagnostic::Severity::Error, tr("cannot be read: %1").arg(why)});
        return false;
    };
    if (path.startsWith(u':')) { // a resource: no file system, no FIFO
        file.setFileName(path);
        return file.open(QIODevice::ReadOnly) || cannotRead(file.errorString());
    }
    // Asked what it is before it is opened (a socket cannot be opened), then
    // opened without blocking (a FIFO without a writer would wait forever) and
    // asked again: what was opened, not what the name was a moment before.
    const QByteArray encoded = QFile::encodeName(path);
    struct stat status {};
    if (::stat(encoded.constData(), &status) == 0 && !S_ISREG(status.st_mode))
        return notRegular(name, status.st_mode, diagnostics);
    const int fd = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return cannotRead(qt_error_string(errno));
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return notRegular(name, status.st_mode, diagnostics);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return cannotRead(file.errorString());
    }
    return true;
}

bool ListingParser::openFile(const QString &path, QFile &file, QByteArray &copy, QByteArrayView &bytes,
                             Diagnostics &diagnostics)
{
    if (!openRegularFile(path, file, diagnostics))
        return false;
    const QString name = QFileInfo(path).filePath();
    const auto tooLarge = [&] {
        diagnostics.append({name, 0, Diagnostic::Severity::Error,
                            tr("is too large to be a news listing (%1 MB; the limit is %2 MB)")
                                    .arg(file.size() / (1024 * 1024))
                                    .arg(MaxFileSize / (1024 * 1024))});
        return false;
    };
    if (file.size() > MaxFileSize)
        return tooLarge();
    // A file larger than a part is mapped: its pages belong to the system's
    // file cache, and only the part being read is in memory as text. What is
    // mapped is a private copy (snapshot()).
    const Snapshot copied = file.size() > PartBytes ? snapshot(file, name, diagnostics) : Snapshot::NotTaken;
    if (copied == Snapshot::Failed)
        return false;
    if (copied == Snapshot::Taken) {
        if (file.size() > MaxFileSize) // it grew
            return tooLarge();
        if (const uchar *mapped = file.map(0, file.size())) {
            bytes = QByteArrayView(mapped, file.size());
            return true;
        }
        qCDebug(lcListing).noquote() << name << "cannot be mapped (" << file.errorString() << "); it is read";
    }
    copy = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        diagnostics.append({name, 0, Diagnostic::Severity::Error, tr("cannot be read: %1").arg(file.errorString())});
        return false;
    }
    bytes = copy;
    return true;
}

int ListingParser::temporaryFile()
{
    // On a disk, not in memory: /tmp is often a tmpfs (RAM), where a copy of
    // a 256 MB file would take the memory the parts save. /var/tmp is on a
    // disk wherever the system follows the FHS; the system's temporary folder
    // is the last resort.
    const QStringList folders{u"/var/tmp"_s, QDir::tempPath()};
    for (const QString &folder : folders) {
        const QByteArray path = QFile::encodeName(folder);
        struct statfs fs = {};
        if (folder != folders.constLast() && (::statfs(path.constData(), &fs) != 0 || fs.f_type == TMPFS_MAGIC))
            continue;
        if (const int fd = ::open(path.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600); fd >= 0)
            return fd;
        qCDebug(lcListing).noquote() << "no temporary file in" << folder << ":" << std::strerror(errno);
    }
    return -1;
}

ListingParser::Snapshot ListingParser::snapshot(QFile &file, const QString &name, Diagnostics &diagnostics)
{
    // Another program may cut the file short while it is read (a page saved
    // again over it): reading a mapped page past the new end kills the
    // process (SIGBUS). So the file is copied by the kernel (sendfile: no
    // copy through this process's memory) into an unnamed temporary file that
    // nobody else can reach, and the copy is mapped. The hash and the parse
    // then also read the same moment's content.
    const int in = file.handle();
    if (in < 0)
        return Snapshot::NotTaken; // a resource: read
    const int out = temporaryFile();
    if (out < 0) {
        qCDebug(lcListing).noquote() << "no temporary file for a copy of" << name << "; it is read";
        return Snapshot::NotTaken;
    }
    off_t offset = 0;
    for (;;) {
        // (One byte more than the limit is enough to say the file is too large.)
        const qint64 left = MaxFileSize + 1 - offset;
        const ssize_t sent = left > 0 ? ::sendfile(out, in, &offset, size_t(std::min<qint64>(left, 1 << 30))) : 0;
        if (sent == 0)
            break;
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0) {
            const int error = errno;
            ::close(out);
            if (error == ENOSPC || error == EDQUOT) {
                qCDebug(lcListing).noquote() << "no room for a copy of" << name << "; it is read";
                return Snapshot::NotTaken; // read it instead
            }
            diagnostics.append({name, 0, Diagnostic::Severity::Error,
                                tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(error)))});
            return Snapshot::Failed;
        }
    }
    file.close();
    if (!file.open(out, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(out);
        diagnostics.append({name, 0, Diagnostic::Severity::Error, tr("cannot be read: %1").arg(file.errorString())});
        return Snapshot::Failed;
    }
    return Snapshot::Taken;
}

bool ListingParser::readFile(const QString &path, QByteArray &data, Diagnostics &diagnostics)
{
    QFile file;
    QByteArrayView bytes;
    if (!openFile(path, file, data, bytes, diagnostics))
        return false;
    if (bytes.data() != data.constData())
        data = bytes.toByteArray(); // (mapped)
    return true;
}

ParsedListing ListingParser::parseFile(const QString &path)
{
    ParsedListing result;
    QFile file;
    QByteArray copy;
    QByteArrayView bytes;
    if (!openFile(path, file, copy, bytes, result.diagnostics)) {
        result.rejected = true;
        return result;
    }
    return parse(bytes, QFileInfo(path).filePath());
}

ParsedListing ListingParser::parse(QByteArrayView data, const QString &fileName)
{
    Parts parts(data, fileName, MaxFileSize);
    ParsedListing result;
    parts.next(result);
    for (ParsedListing part; parts.next(part);) { // (none: a part as large as any file)
        result.items += std::move(part.items);
        result.diagnostics += std::move(part.diagnostics);
    }
    return result;
}

// ---------------------------------------------------------------------------
// Reading a listing in parts

ListingParser::Parts::Parts(QByteArrayView data, const QString &fileName, qsizetype partBytes)
    : m_fileName(fileName), m_partBytes(qMax<qsizetype>(1, partBytes))
{
    if (!checkWhole(data))
        return;
    m_data = data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    m_end = m_data.size();
    checkEncoding();
    m_reader.emplace(m_result, m_fileName, m_mayHoldControls);
}

// Whether data is a text listing at all: not empty, not too large, not binary.
bool ListingParser::Parts::checkWhole(QByteArrayView raw)
{
    const bool blank = std::all_of(raw.begin(), raw.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    });
    if (blank || raw == "\xEF\xBB\xBF")
        reject(0, ListingParser::tr("the file is empty"));
    else if (raw.size() > MaxFileSize)
        reject(0, ListingParser::tr("is too large to be a news listing"));
    else if (const qsizetype offset = binaryOffset(raw); offset >= 0)
        reject(lineOfOffset(raw, offset), ListingParser::tr("the file is binary, not a text news listing"));
    return !m_result.rejected;
}

// Decides the encoding over the whole text: UTF-8; UTF-8 with a character cut
// off by the end (dropped); or, from the line of the first invalid byte on,
// each line UTF-8 or Windows-1252 (an old Swedish file in Windows-1252 has no
// valid UTF-8 "•" or "ä" anywhere, a UTF-8 file with one damaged byte has
// them on most lines).
void ListingParser::Parts::checkEncoding()
{
    bool truncated = false;
    bool controls = false;
    const qsizetype bad = firstInvalidUtf8(m_data, truncated, controls);
    m_mayHoldControls = controls || bad >= 0; // past an invalid byte nothing was looked at
    if (bad < 0)
        return;
    if (truncated) {
        m_result.diagnostics.append(
                {m_fileName, lineOfOffset(m_data, bad), Diagnostic::Severity::Warning,
                 ListingParser::tr("the file ends in the middle of a character; the incomplete character was dropped")});
        m_end = bad;
        return;
    }
    m_perLine = bad;
    while (m_perLine > 0 && m_data[m_perLine - 1] != '\n' && m_data[m_perLine - 1] != '\r')
        --m_perLine;
    warnEncoding(bad);
}

// The warnings for a text read line by line from m_perLine on: one when it
// is Windows-1252 throughout, else the first few lines named, then counted.
void ListingParser::Parts::warnEncoding(qsizetype firstBad)
{
    constexpr qsizetype MaxLinesNamed = 20;
    struct Decoded
    {
        int line;
        LineBytes bytes;
    };
    QList<Decoded> named;
    qsizetype changed = 0;
    const int firstBadLine = lineOfOffset(m_data, firstBad);
    bool sawUtf8 = hasNonAscii(m_data.first(m_perLine));
    int lineNumber = firstBadLine;
    for (qsizetype from = m_perLine, end = 0; from < m_end; from = end, ++lineNumber) {
        const LineBytes bytes = readLine(m_data, from, end);
        sawUtf8 = sawUtf8 || bytes == LineBytes::Utf8 || bytes == LineBytes::DamagedUtf8;
        if (bytes == LineBytes::Ascii || bytes == LineBytes::Utf8)
            continue;
        if (changed++ <= MaxLinesNamed)
            named.append({lineNumber, bytes});
    }
    if (!sawUtf8) { // Windows-1252 throughout: said once
        m_result.diagnostics.append({m_fileName, firstBadLine, Diagnostic::Severity::Warning,
                                     ListingParser::tr("the text is not valid UTF-8; it was read as Windows-1252")});
        qCDebug(lcListing).noquote() << m_fileName << "read as Windows-1252";
        return;
    }
    for (qsizetype i = 0; i < qMin(named.size(), MaxLinesNamed); ++i) {
        const Decoded &line = named.at(i);
        m_result.diagnostics.append({m_fileName, line.line, Diagnostic::Severity::Warning,
                                     line.bytes == LineBytes::Foreign
                                             ? ListingParser::tr("the line is not valid UTF-8; it was read as Windows-1252")
                                             : ListingParser::tr("the line holds bytes that are not valid UTF-8; each became \uFFFD")});
    }
    if (changed > MaxLinesNamed) {
        const int more = int(changed - MaxLinesNamed);
        m_result.diagnostics.append({m_fileName, named.at(MaxLinesNamed).line, Diagnostic::Severity::Warning,
                                     ListingParser::tr("%n more line(s) from here on were not valid UTF-8 either", nullptr, more)});
    }
    qCDebug(lcListing).noquote() << m_fileName << changed << "lines were not valid UTF-8";
}

// Where the block of text from from ends: just past the last line break
// within a part's bytes (a line longer than that: past its own end).
qsizetype ListingParser::Parts::blockEnd(qsizetype from) const
{
    if (m_end - from <= m_partBytes)
        return m_end;
    const char *p = m_data.data();
    const qsizetype limit = from + m_partBytes; // < m_end
    for (qsizetype i = limit; i > from; --i) { // a cut just past p[i - 1]; "\r\n" is not cut
        if (p[i - 1] == '\n' || (p[i - 1] == '\r' && p[i] != '\n'))
            return i;
    }
    for (qsizetype i = limit; i < m_end; ++i) {
        if (p[i] == '\n' || (p[i] == '\r' && (i + 1 == m_end || p[i + 1] != '\n')))
            return i + 1;
    }
    return m_end;
}

// The text of whole lines [from, to): UTF-8, or line by line past m_perLine.
QString ListingParser::Parts::decodeBlock(qsizetype from, qsizetype to) const
{
    const QByteArrayView data = m_data.first(m_end);
    if (m_perLine < 0 || to <= m_perLine)
        return QString::fromUtf8(data.sliced(from, to - from));
    QString text;
    text.reserve(to - from);
    qsizetype run = from; // where the UTF-8 lines not yet added to text start
    for (qsizetype at = qMax(from, m_perLine), end = 0; at < to; at = end) {
        const LineBytes bytes = readLine(data, at, end);
        if (bytes == LineBytes::Ascii || bytes == LineBytes::Utf8)
            continue; // (added with the lines around it, in one go)
        text += QString::fromUtf8(data.sliced(run, at - run));
        const QByteArrayView line = data.sliced(at, end - at);
        // A damaged byte becomes U+FFFD.
        text += bytes == LineBytes::Foreign ? decodeWindows1252(line) : QString::fromUtf8(line);
        run = end;
    }
    text += QString::fromUtf8(data.sliced(run, to - run));
    return text;
}

void ListingParser::Parts::readBlock(qsizetype from, qsizetype to)
{
    const QString text = decodeBlock(from, to);
    for (const QStringView line : splitLines(text))
        m_reader->readLine(line, m_nextLine++);
}

void ListingParser::Parts::reject(int line, const QString &message)
{
    m_result.rejected = true;
    m_result.items.clear();
    m_result.diagnostics.append({m_fileName, line, Diagnostic::Severity::Error, message});
    qCDebug(lcListing) << m_fileName << "rejected:" << message;
}

bool ListingParser::Parts::next(ParsedListing &part)
{
    if (m_done)
        return false;
    if (m_result.rejected) {
        m_done = true;
        return give(part);
    }
    while (m_pos < m_end) {
        const qsizetype end = blockEnd(m_pos);
        readBlock(m_pos, end);
        m_pos = end;
        if (m_pos < m_end && !m_result.items.isEmpty())
            return give(part);
    }
    m_reader->finish();
    m_done = true;
    if (m_itemsGiven == 0 && m_result.items.isEmpty())
        reject(0, ListingParser::tr("holds no news items (no line starts with \u201C\u2022\u201D)"));
    return give(part);
}

bool ListingParser::Parts::give(ParsedListing &part)
{
    part.header = m_result.header;
    part.items = std::exchange(m_result.items, {});
    part.diagnostics = std::exchange(m_result.diagnostics, {});
    part.rejected = m_result.rejected;
    m_itemsGiven += part.items.size();
    return true;
}

// ---------------------------------------------------------------------------
// Reading items line by line

ListingParser::ItemReader::ItemReader(ParsedListing &result, const QString &fileName, bool checkControls)
    : m_result(result), m_fileName(fileName), m_checkControls(checkControls)
{
}

void ListingParser::ItemReader::readLine(QStringView line, int lineNumber)
{
    // Control characters (an escape sequence for the terminal, say) are no
    // part of any news text: dropped, and the line named.
    bool dropped = false;
    const QString raw = m_checkControls && ControlCharacters::contains(line)
            ? ControlCharacters::removed(line, &dropped)
            : line.toString();
    if (dropped)
        warn(lineNumber, ListingParser::tr("control characters were removed from the line"));
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty()) {
        endParagraph();
    } else if (trimmed.front() == QChar(Bullet)) {
        startItem(clean(trimmed.mid(1)), lineNumber);
    } else if (m_inItem) {
        m_paragraph.append(trimmed);
    } else if (m_result.header.isEmpty() && !isIndented(raw) && m_result.items.isEmpty() && !m_ignoredBeforeFirst) {
        m_result.header = clean(trimmed);
    } else if (!m_ignoredBeforeFirst) {
        m_ignoredBeforeFirst = true;
        warn(lineNumber, ListingParser::tr("text before the first item was ignored"));
    }
}

void ListingParser::ItemReader::startItem(const QString &title, int lineNumber)
{
    endItem();
    m_inItem = true;
    m_current = {};
    m_lastParagraphSingleLine = false;
    if (title.isEmpty()) {
        warn(lineNumber, ListingParser::tr("an item without a title was skipped"));
        // Swallow its text so it does not join the previous item.
        m_current.line = -1;
        return;
    }
    m_current.title = title;
    m_current.line = lineNumber;
}

void ListingParser::ItemReader::endParagraph()
{
    if (m_paragraph.isEmpty())
        return;
    m_current.paragraphs.append(clean(m_paragraph.join(u' ')));
    m_lastParagraphSingleLine = m_paragraph.size() == 1;
    m_paragraph.clear();
}

void ListingParser::ItemReader::endItem()
{
    if (!m_inItem)
        return;
    endParagraph();
    if (!m_current.paragraphs.isEmpty() && m_lastParagraphSingleLine
        && looksLikeCategoryLine(m_current.paragraphs.constLast())) {
        m_current.categoryLine = m_current.paragraphs.takeLast();
    }
    if (m_current.line >= 0) // not the placeholder of an untitled item
        m_result.items.append(m_current);
    m_current = {};
    m_inItem = false;
}

void ListingParser::ItemReader::finish()
{
    endItem();
}

void ListingParser::ItemReader::warn(int lineNumber, const QString &message)
{
    m_result.diagnostics.append({m_fileName, lineNumber, Diagnostic::Severity::Warning, message});
}
