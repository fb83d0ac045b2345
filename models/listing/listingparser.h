#pragma once

#include "models/listing/diagnostic.h"
#include "models/listing/parseditem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QByteArrayView>
#include <QStringList>
#include <QStringView>
#include <QString>

#include <optional>

class QFile;

// What ListingParser read from one file. When rejected is true the file is not
// a news listing (binary, empty, no items, too large) and items is empty;
// diagnostics then holds the reason as an error.
struct ParsedListing
{
    QString header;
    QList<ParsedItem> items;
    Diagnostics diagnostics;
    bool rejected = false;
};

// Reads the plain-text news listing format:
//
//   Nyheter                                  optional header line
//
//    • Title                                 an item starts at a bullet
//
//     First paragraph of the summary ...     indented paragraphs,
//                                            separated by blank lines
//     Second paragraph ...
//
//     Organisation och styrningEkonomi       last indented line: categories
//
// UTF-8 with or without BOM, any line endings, tabs or spaces. A file that is
// not UTF-8 is read as Windows-1252 with one warning; in a UTF-8 file a line
// that is not is read as Windows-1252 (or, when it holds valid UTF-8 too, with
// U+FFFD for its damaged bytes), with a warning naming the line. All text is
// NFC and trimmed.
class ListingParser
{
    Q_DECLARE_TR_FUNCTIONS(ListingParser)

public:
    static constexpr qint64 MaxFileSize = qint64(256) * 1024 * 1024;

    // Bytes of text per part (Parts) when a listing is read in parts.
    static constexpr qsizetype PartBytes = qsizetype(2) * 1024 * 1024;

    static ParsedListing parse(QByteArrayView data, const QString &fileName);
    static ParsedListing parseFile(const QString &path);

    // Reads a listing file's bytes; a file that cannot be read, is not a
    // regular file (a FIFO, socket, device or folder: never opened to wait) or
    // is larger than MaxFileSize becomes an error in diagnostics and false.
    static bool readFile(const QString &path, QByteArray &data, Diagnostics &diagnostics);

    // Opens a listing file as readFile() does and gives its bytes: a large
    // file mapped into memory (file pages the system can drop, not the
    // process's own memory: valid while file stays open), a small one read
    // into copy.
    static bool openFile(const QString &path, QFile &file, QByteArray &copy, QByteArrayView &bytes,
                         Diagnostics &diagnostics);

    // Whether a paragraph reads as a category line rather than summary text.
    static bool looksLikeCategoryLine(const QString &text);

private:
    // Opens path (a file or a resource) for reading when it is a regular file.
    static bool openRegularFile(const QString &path, QFile &file, Diagnostics &diagnostics);
    // Replaces the open file by a private copy of its content (see the .cpp).
    // NotTaken: file is still the file (read it); Failed: an error is in
    // diagnostics.
    enum class Snapshot { Taken, NotTaken, Failed };
    // An unnamed temporary file (O_TMPFILE) on a disk if there is one; -1.
    static int temporaryFile();
    static Snapshot snapshot(QFile &file, const QString &name, Diagnostics &diagnostics);
    // Says that name (of the given st_mode) is not a regular file; false.
    static bool notRegular(const QString &name, unsigned mode, Diagnostics &diagnostics);

    // parse()'s state while it reads the lines of one file: the item and the
    // paragraph being read, and where the text before the first item went.
    class ItemReader
    {
    public:
        // checkControls: the text may hold control characters (Parts finds out).
        ItemReader(ParsedListing &result, const QString &fileName, bool checkControls);
        void readLine(QStringView line, int lineNumber);
        void finish();

    private:
        void startItem(const QString &title, int lineNumber);
        void endParagraph();
        void endItem();
        void warn(int lineNumber, const QString &message);

        ParsedListing &m_result;
        const QString &m_fileName;
        ParsedItem m_current;
        bool m_checkControls = true;
        bool m_inItem = false;
        QStringList m_paragraph; // lines of the paragraph being read
        bool m_lastParagraphSingleLine = false;
        bool m_ignoredBeforeFirst = false;
    };

public:
    // Reads a listing in parts of about partBytes bytes of its text each (an
    // item longer than that is one part), so that a large file is never held
    // as text and items all at once. The parts, in order, hold exactly what
    // parse() gives for the whole: the items (an item is in the part where it
    // ends), the diagnostics with the file's line numbers (the encoding's in the
    // first part), the header in every part. What holds for the whole file is
    // decided over the whole file before the first part: empty, too large or
    // binary (a rejected first and only part), UTF-8 or Windows-1252 (the
    // encoding's warnings). A file without items is one rejected part.
    class Parts
    {
    public:
        // data (mapped or read) must outlive the Parts; its BOM is skipped.
        Parts(QByteArrayView data, const QString &fileName, qsizetype partBytes = PartBytes);
        Q_DISABLE_COPY_MOVE(Parts)

        // The next part into part; false after the last one.
        bool next(ParsedListing &part);
        // Whether the part next() gave was the last one.
        bool atEnd() const { return m_done; }

    private:
        bool checkWhole(QByteArrayView raw);
        void checkEncoding();
        void warnEncoding(qsizetype firstBad);
        qsizetype blockEnd(qsizetype from) const;
        QString decodeBlock(qsizetype from, qsizetype to) const;
        void readBlock(qsizetype from, qsizetype to);
        void reject(int line, const QString &message);
        bool give(ParsedListing &part);

        const QString m_fileName;
        const qsizetype m_partBytes;
        QByteArrayView m_data; // without its BOM
        qsizetype m_end = 0;    // the text ends here (a character cut off by the end is dropped)
        qsizetype m_pos = 0;    // where the next block starts
        qsizetype m_perLine = -1; // from here on each line is UTF-8 or Windows-1252 (-1: all UTF-8)
        bool m_mayHoldControls = true;
        int m_nextLine = 1;
        qsizetype m_itemsGiven = 0;
        bool m_done = false;
        ParsedListing m_result; // what was read and is not yet in a part
        std::optional<ItemReader> m_reader;
    };
};
