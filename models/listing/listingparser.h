#pragma once

#include "models/listing/diagnostic.h"
#include "models/listing/parseditem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <QString>

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

    static ParsedListing parse(const QByteArray &data, const QString &fileName);
    static ParsedListing parseFile(const QString &path);

    // Reads a listing file's bytes; a file that cannot be read, is not a
    // regular file (a FIFO, socket, device or folder: never opened to wait) or
    // is larger than MaxFileSize becomes an error in diagnostics and false.
    static bool readFile(const QString &path, QByteArray &data, Diagnostics &diagnostics);

    // Decodes a listing's bytes: BOM, UTF-8 check, the Windows-1252 fallback
    // for the file or line by line (see above). Adds warnings to diagnostics
    // when the fallback or U+FFFD was used. mayHoldControls
    // (when given) is false only when the text surely holds no control
    // character (ControlCharacters), found out in the same pass.
    static QString decode(const QByteArray &data, const QString &fileName, Diagnostics &diagnostics,
                          bool *mayHoldControls = nullptr);

    // Whether a paragraph reads as a category line rather than summary text.
    static bool looksLikeCategoryLine(const QString &text);

private:
    // decode() of data whose first invalid UTF-8 byte is at bad: the lines
    // before it as UTF-8, then each line as UTF-8 or Windows-1252, with warnings.
    static QString decodeLines(const QByteArray &data, qsizetype bad, const QString &fileName,
                               Diagnostics &diagnostics);
    // Opens path (a file or a resource) for reading when it is a regular file.
    static bool openRegularFile(const QString &path, QFile &file, Diagnostics &diagnostics);
    // Says that name (of the given st_mode) is not a regular file; false.
    static bool notRegular(const QString &name, unsigned mode, Diagnostics &diagnostics);

    // parse()'s state while it reads the lines of one file: the item and the
    // paragraph being read, and where the text before the first item went.
    class ItemReader
    {
    public:
        // checkControls: the text may hold control characters (see decode()).
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
};
