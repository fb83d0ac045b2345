#include "models/listing/listingparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The listing format: optional header, items at a bullet, indented paragraphs,
// the last indented line naming the categories. Inputs are raw bytes, as they
// come from a file, so encodings and line endings are tested as written.
class TestListingParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void itemLines();
    void windows1252();
    void encodingPerLine_data();
    void encodingPerLine();
    void truncatedUtf8();
    void warnings_data();
    void warnings();
    void rejected_data();
    void rejected();
    void missingFile();
    void controlCharacters_data();
    void controlCharacters();
    void notARegularFile_data();
    void notARegularFile();
    void sampleFiles_data();
    void sampleFiles();
    void sampleTotal();
    void parts_data();
    void parts();
    void largeFileIsReadAsItWas();
};

namespace {

const QString FileName = u"news/listing.txt"_s;

using TitlesByItem = QMap<int, QString>; // (a type with a comma cannot be a QFETCH type)

// Bytes of a literal that holds NULs.
template<qsizetype N>
QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, N - 1);
}

// One field of every item: a member (title) or a getter (summary()).
template<typename Field>
QStringList each(const ParsedListing &listing, Field field)
{
    QStringList result;
    for (const ParsedItem &item : listing.items)
        result.append(std::invoke(field, item));
    return result;
}

QStringList titles(const ParsedListing &listing) { return each(listing, &ParsedItem::title); }
QStringList summaries(const ParsedListing &listing) { return each(listing, &ParsedItem::summary); }
QStringList categoryLines(const ParsedListing &listing) { return each(listing, &ParsedItem::categoryLine); }

Diagnostics errors(const ParsedListing &listing)
{
    Diagnostics result;
    for (const Diagnostic &d : listing.diagnostics) {
        if (d.isError())
            result.append(d);
    }
    return result;
}

// A listing of 200 items as lines of text; item i (from 1) is " • Nyhet i om
// vägen", "Möte nummer i i år." and "Kultur", its title on line titleLine(i).
constexpr int ListingItems = 200;
int titleLine(int item) { return 3 + (item - 1) * 6; }
int summaryLine(int item) { return titleLine(item) + 2; }
QString itemTitle(int item) { return u"Nyhet %1 om vägen"_s.arg(item); }
QString itemSummary(int item) { return u"Möte nummer %1 i år."_s.arg(item); }

QStringList listingLines()
{
    QStringList lines{u"Nyheter"_s, QString()};
    for (int i = 1; i <= ListingItems; ++i)
        lines += {u" \u2022 "_s + itemTitle(i), QString(), u"  "_s + itemSummary(i), QString(), u"  Kultur"_s, QString()};
    return lines;
}

// The text of a line in Windows-1252: the bullet is 0x95 there, and å, ä, ö
// are what they are in Latin-1.
QByteArray windows1252(const QString &line)
{
    return QString(line).replace(u'\u2022', QChar(0x95)).toLatin1();
}

// The lines as bytes: UTF-8, but Windows-1252 for the line numbers (from 1) in
// latin, and with a byte 0xFF after the first five of the lines in damaged
// (after the bullet of a title, inside the "ö" of "Möte": after it).
QByteArray listingBytes(const QList<int> &latin, const QList<int> &damaged = {}, const QByteArray &lineEnd = "\n")
{
    QByteArrayList bytes;
    const QStringList lines = listingLines();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QByteArray line = latin.contains(number) ? windows1252(lines.at(i)) : lines.at(i).toUtf8();
        if (damaged.contains(number))
            line.insert(5, '\xFF');
        bytes.append(line);
    }
    return bytes.join(lineEnd);
}

// The numbers of the lines that hold more than ASCII among items' lines.
QList<int> nonAsciiLines(int firstItem, int lastItem)
{
    QList<int> lines;
    for (int i = firstItem; i <= lastItem; ++i)
        lines += {titleLine(i), summaryLine(i)};
    return lines;
}

QStringList sampleNames()
{
    return QDir(QStringLiteral(NEWSDESK_SAMPLE_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
}

QList<int> titleLines(const ParsedListing &listing)
{
    QList<int> lines;
    for (const ParsedItem &item : listing.items)
        lines.append(item.line);
    return lines;
}

// What the parts of data hold together, read in parts of partBytes; count
// says how many parts there were, rejectedPart which one was rejected (-1).
ParsedListing joinedParts(const QByteArray &data, qsizetype partBytes, int &count, int &rejectedPart)
{
    ListingParser::Parts parts(data, FileName, partBytes);
    ParsedListing joined;
    count = 0;
    rejectedPart = -1;
    for (ParsedListing part; parts.next(part); ++count) {
        if (part.rejected)
            rejectedPart = count;
        joined.header = part.header;
        joined.rejected = joined.rejected || part.rejected;
        joined.items += part.items;
        joined.diagnostics += part.diagnostics;
    }
    return joined;
}

} // namespace

void TestListingParser::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("summaries");
    QTest::addColumn<QStringList>("categoryLines");

    QTest::newRow("header and one item")
            << QByteArray("Nyheter\n\n \xE2\x80\xA2 Titel\n\n  Text.\n\n  Kultur\n")
            << u"Nyheter"_s << QStringList{u"Titel"_s} << QStringList{u"Text."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("no header")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  Text.\n\n  Kultur\n")
            << QString() << QStringList{u"Titel"_s} << QStringList{u"Text."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("bullet at the start of the line")
            << QByteArray("\xE2\x80\xA2 Titel\n  Text.\n\n  Kultur\n")
            << QString() << QStringList{u"Titel"_s} << QStringList{u"Text."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("bullet after several blanks, no space after it")
            << QByteArray("Nyheter\n      \xE2\x80\xA2Titel\n  Text.\n")
            << u"Nyheter"_s << QStringList{u"Titel"_s} << QStringList{u"Text."_s} << QStringList{QString()};
    QTest::newRow("bullet inside a line does not start an item")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  A \xE2\x80\xA2 B.\n\n  Kultur\n")
            << QString() << QStringList{u"Titel"_s} << QStringList{u"A \u2022 B."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("two items")
            << QByteArray("Nyheter\n\n \xE2\x80\xA2 Ett\n\n  Text ett.\n\n  Kultur\n"
                          " \xE2\x80\xA2 Tv\xC3\xA5\n\n  Text tv\xC3\xA5.\n\n  Ekonomi och budget\n")
            << u"Nyheter"_s << QStringList{u"Ett"_s, u"Två"_s} << QStringList{u"Text ett."_s, u"Text två."_s}
            << QStringList{u"Kultur"_s, u"Ekonomi och budget"_s};
    QTest::newRow("paragraph breaks kept")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  Första stycket.\n\n  Andra stycket.\n\n\n  Tredje.\n\n  Kultur\n")
            << QString() << QStringList{u"Titel"_s}
            << QStringList{u"Första stycket.\n\nAndra stycket.\n\nTredje."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("wrapped paragraph joined with a space")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  Ett stycke som\n  fortsätter   \n    på tre rader.\n\n  Nästa.\n\n  Kultur\n")
            << QString() << QStringList{u"Titel"_s}
            << QStringList{u"Ett stycke som fortsätter på tre rader.\n\nNästa."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("category line with names written together")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  Text.\n\n  Organisation och styrningH\xC3\xA4lso- och sjukv\xC3\xA5rd\n")
            << QString() << QStringList{u"Titel"_s} << QStringList{u"Text."_s}
            << QStringList{u"Organisation och styrningHälso- och sjukvård"_s};
    QTest::newRow("category line starting with a small letter")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  Text.\n\n  eH\xC3\xA4lsaKultur\n")
            << QString() << QStringList{u"Titel"_s} << QStringList{u"Text."_s} << QStringList{u"eHälsaKultur"_s};
    QTest::newRow("a last paragraph in small letters is summary")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  Text.\n\n  l\xC3\xA4s mer p\xC3\xA5 1177\n")
            << QString() << QStringList{u"Titel"_s} << QStringList{u"Text.\n\nläs mer på 1177"_s}
            << QStringList{QString()};
    QTest::newRow("item with no summary")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  Kultur\n \xE2\x80\xA2 Annan\n\n  Text.\n\n  Stöd\n")
            << QString() << QStringList{u"Titel"_s, u"Annan"_s} << QStringList{QString(), u"Text."_s}
            << QStringList{u"Kultur"_s, u"Stöd"_s};
    QTest::newRow("item with no categories")
            << QByteArray(" \xE2\x80\xA2 Titel\n\n  Ett stycke.\n\n  Ett till.\n \xE2\x80\xA2 Annan\n\n  Text.\n\n  Stöd\n")
            << QString() << QStringList{u"Titel"_s, u"Annan"_s}
            << QStringList{u"Ett stycke.\n\nEtt till."_s, u"Text."_s} << QStringList{QString(), u"Stöd"_s};
    QTest::newRow("item with neither summary nor categories")
            << QByteArray(" \xE2\x80\xA2 Bara titel\n \xE2\x80\xA2 Annan\n\n  Text.\n\n  Stöd\n")
            << QString() << QStringList{u"Bara titel"_s, u"Annan"_s} << QStringList{QString(), u"Text."_s}
            << QStringList{QString(), u"Stöd"_s};
    QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBFNyheter\n\n \xE2\x80\xA2 \xC3\x85r\n\n  Text.\n\n  Kultur\n")
            << u"Nyheter"_s << QStringList{u"År"_s} << QStringList{u"Text."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("UTF-8 with BOM, no header")
            << QByteArray("\xEF\xBB\xBF \xE2\x80\xA2 \xC3\x85r\n\n  Text.\n\n  Kultur\n")
            << QString() << QStringList{u"År"_s} << QStringList{u"Text."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("CRLF line endings")
            << QByteArray("Nyheter\r\n\r\n \xE2\x80\xA2 Titel\r\n\r\n  Rad ett\r\n  rad tv\xC3\xA5.\r\n\r\n  Ny.\r\n\r\n  Kultur\r\n")
            << u"Nyheter"_s << QStringList{u"Titel"_s} << QStringList{u"Rad ett rad två.\n\nNy."_s}
            << QStringList{u"Kultur"_s};
    QTest::newRow("CR line endings")
            << QByteArray("Nyheter\r\r \xE2\x80\xA2 Titel\r\r  Rad ett\r  rad tv\xC3\xA5.\r\r  Ny.\r\r  Kultur\r")
            << u"Nyheter"_s << QStringList{u"Titel"_s} << QStringList{u"Rad ett rad två.\n\nNy."_s}
            << QStringList{u"Kultur"_s};
    QTest::newRow("mixed line endings, no final newline")
            << QByteArray("Nyheter\r\n\n \xE2\x80\xA2 Titel\r\r  Rad ett\n  rad tv\xC3\xA5.\r\n\r  Kultur")
            << u"Nyheter"_s << QStringList{u"Titel"_s} << QStringList{u"Rad ett rad två."_s}
            << QStringList{u"Kultur"_s};
    QTest::newRow("tab indentation")
            << QByteArray("Nyheter\n\n\t\xE2\x80\xA2 Titel\n\n\t\tText som\n\t\tfortsätter.\n\n\t\tKultur\n")
            << u"Nyheter"_s << QStringList{u"Titel"_s} << QStringList{u"Text som fortsätter."_s}
            << QStringList{u"Kultur"_s};
    QTest::newRow("blank lines holding only spaces and tabs")
            << QByteArray(" \xE2\x80\xA2 Titel\n \t \n  Ett.\n   \n  Två.\n\t\n  Kultur\n")
            << QString() << QStringList{u"Titel"_s} << QStringList{u"Ett.\n\nTvå."_s} << QStringList{u"Kultur"_s};
    // "a" + COMBINING RING ABOVE, "o" + COMBINING DIAERESIS: composed to å and ö.
    QTest::newRow("decomposed input gives NFC output")
            << QByteArray("Nyhe\xCC\x88ter\n\n \xE2\x80\xA2 Pa\xCC\x8A va\xCC\x88g\n\n  Mo\xCC\x88te.\n\n  Sto\xCC\x88""d\n")
            << u"Nyhëter"_s << QStringList{u"På väg"_s} << QStringList{u"Möte."_s} << QStringList{u"Stöd"_s};
    QTest::newRow("text trimmed")
            << QByteArray("Nyheter   \n\n \xE2\x80\xA2    Titel  \t \n\n     Text.   \n\n   Kultur \t\n")
            << u"Nyheter"_s << QStringList{u"Titel"_s} << QStringList{u"Text."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("no-break spaces trimmed")
            << QByteArray(" \xE2\x80\xA2 Titel\xC2\xA0\n\n  Text.\xC2\xA0\n\n  Kultur\n")
            << QString() << QStringList{u"Titel"_s} << QStringList{u"Text."_s} << QStringList{u"Kultur"_s};
    QTest::newRow("markup kept verbatim")
            << QByteArray(" \xE2\x80\xA2 <script>alert('x')</script> & <b>fet</b>\n\n"
                          "  <img src=x onerror=alert(1)> &amp; \"citat\" 'apostrof' --; DROP TABLE items;\n\n"
                          "  Kultur & <b>n\xC3\xB6je</b>\n")
            << QString() << QStringList{u"<script>alert('x')</script> & <b>fet</b>"_s}
            << QStringList{u"<img src=x onerror=alert(1)> &amp; \"citat\" 'apostrof' --; DROP TABLE items;"_s}
            << QStringList{u"Kultur & <b>nöje</b>"_s};
}

void TestListingParser::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, header);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, summaries);
    QFETCH(QStringList, categoryLines);

    const ParsedListing listing = ListingParser::parse(data, FileName);
    QVERIFY2(!listing.rejected, qPrintable(listing.diagnostics.value(0).toString()));
    QVERIFY2(listing.diagnostics.isEmpty(), qPrintable(listing.diagnostics.value(0).toString()));
    QCOMPARE(listing.header, header);
    QCOMPARE(::titles(listing), titles);
    QCOMPARE(::summaries(listing), summaries);
    QCOMPARE(::categoryLines(listing), categoryLines);
    for (const ParsedItem &item : listing.items) {
        QCOMPARE(item.title, item.title.normalized(QString::NormalizationForm_C));
        QCOMPARE(item.summary(), item.summary().normalized(QString::NormalizationForm_C));
        QCOMPARE(item.categoryLine, item.categoryLine.normalized(QString::NormalizationForm_C));
    }
}

void TestListingParser::itemLines()
{
    const QByteArray data("Nyheter\n\n \xE2\x80\xA2 Ett\n\n  Text.\n\n  Kultur\n\xE2\x80\xA2 Tv\xC3\xA5\n  Stöd\r\n"
                          "\r\n\t\xE2\x80\xA2 Tre\r  Text.\r");
    const ParsedListing listing = ListingParser::parse(data, FileName);
    QCOMPARE(::titles(listing), (QStringList{u"Ett"_s, u"Två"_s, u"Tre"_s}));
    QList<int> lines;
    for (const ParsedItem &item : listing.items)
        lines.append(item.line);
    QCOMPARE(lines, (QList<int>{3, 8, 11}));
}

void TestListingParser::windows1252()
{
    // The same listing saved as Windows-1252: 0x95 is the bullet, 0xE5 å,
    // 0xE4 ä, 0xF6 ö. The first such byte is on line 3.
    const QByteArray data("Nyheter\n\n \x95 R\xE5""d om v\xE4gen\n\n  M\xF6te i \xE5r.\n\n  St\xF6""d\n");
    const ParsedListing listing = ListingParser::parse(data, FileName);
    QVERIFY(!listing.rejected);
    QCOMPARE(::titles(listing), QStringList{u"Råd om vägen"_s});
    QCOMPARE(::summaries(listing), QStringList{u"Möte i år."_s});
    QCOMPARE(::categoryLines(listing), QStringList{u"Stöd"_s});

    QCOMPARE(listing.diagnostics.size(), 1);
    const Diagnostic warning = listing.diagnostics.first();
    QCOMPARE(warning.severity, Diagnostic::Severity::Warning);
    QCOMPARE(warning.file, FileName);
    QCOMPARE(warning.line, 3);
    QVERIFY(warning.message.contains(u"Windows-1252"_s));
    QVERIFY2(warning.toString().startsWith(FileName + u":3: "_s), qPrintable(warning.toString()));
}

// The encoding is decided line by line: one bad byte or one Windows-1252 line
// in a UTF-8 file costs no item, and is named; a file in Windows-1252 is said
// to be so once.
void TestListingParser::encodingPerLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TitlesByItem>("changedTitles");
    QTest::addColumn<QList<int>>("warningLines");
    QTest::addColumn<QString>("warning");

    const QString latin = u"it was read as Windows-1252"_s;
    const QString replaced = u"each became \uFFFD"_s;
    QTest::newRow("one bad byte in the title of item 57")
            << listingBytes({}, {titleLine(57)}) << TitlesByItem{{57, u"\uFFFDNyhet 57 om vägen"_s}}
            << QList<int>{titleLine(57)} << replaced;
    QTest::newRow("one bad byte in the summary of the last item")
            << listingBytes({}, {summaryLine(200)}) << TitlesByItem{} << QList<int>{summaryLine(200)}
            << replaced;
    QTest::newRow("one Windows-1252 title, item 120")
            << listingBytes({titleLine(120)}) << TitlesByItem{} << QList<int>{titleLine(120)} << latin;
    QTest::newRow("one Windows-1252 summary, CRLF line ends")
            << listingBytes({summaryLine(3)}, {}, "\r\n") << TitlesByItem{} << QList<int>{summaryLine(3)}
            << latin;
    QTest::newRow("the whole file in Windows-1252: said once")
            << listingBytes(nonAsciiLines(1, ListingItems)) << TitlesByItem{} << QList<int>{titleLine(1)}
            << u"the text is not valid UTF-8; it was read as Windows-1252"_s;
    QTest::newRow("items 191 to 200 in Windows-1252")
            << listingBytes(nonAsciiLines(191, 200)) << TitlesByItem{} << nonAsciiLines(191, 200) << latin;
    // 100 items, 200 lines: the first 20 are named, the rest counted at the 21st.
    QTest::newRow("items 101 to 200 in Windows-1252")
            << listingBytes(nonAsciiLines(101, ListingItems)) << TitlesByItem{}
            << nonAsciiLines(101, 111).first(21) << latin;
}

void TestListingParser::encodingPerLine()
{
    QFETCH(QByteArray, data);
    QFETCH(TitlesByItem, changedTitles);
    QFETCH(QList<int>, warningLines);
    QFETCH(QString, warning);

    const ParsedListing listing = ListingParser::parse(data, FileName);
    QVERIFY(!listing.rejected);
    QCOMPARE(listing.header, u"Nyheter"_s);
    QCOMPARE(listing.items.size(), ListingItems);
    for (int i = 1; i <= ListingItems; ++i) {
        const ParsedItem &item = listing.items.at(i - 1);
        QCOMPARE(item.title, changedTitles.value(i, itemTitle(i)));
        QCOMPARE(item.line, titleLine(i));
        if (!warningLines.contains(summaryLine(i)) || warning != u"each became \uFFFD"_s)
            QCOMPARE(item.summary(), itemSummary(i));
        QCOMPARE(item.categoryLine, u"Kultur"_s);
    }
    QList<int> lines;
    for (const Diagnostic &d : listing.diagnostics) {
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QCOMPARE(d.file, FileName);
        lines.append(d.line);
    }
    QCOMPARE(lines, warningLines);
    QVERIFY2(listing.diagnostics.first().message.contains(warning), qPrintable(listing.diagnostics.first().message));
    if (warningLines.size() == 21) // (no catalogue loaded: the plural reads "line(s)")
        QVERIFY2(listing.diagnostics.last().message.startsWith(u"180 more line"_s),
                 qPrintable(listing.diagnostics.last().message));
}

void TestListingParser::truncatedUtf8()
{
    // The file was cut after the first byte of "ö" (0xC3 0xB6) on line 6.
    const QByteArray data("Nyheter\n\n \xE2\x80\xA2 Titel\n\n  Text som\n  slutar m\xC3");
    const ParsedListing listing = ListingParser::parse(data, FileName);
    QVERIFY(!listing.rejected);
    QCOMPARE(::titles(listing), QStringList{u"Titel"_s});
    QCOMPARE(::summaries(listing), QStringList{u"Text som slutar m"_s});
    QCOMPARE(::categoryLines(listing), QStringList{QString()});
    QCOMPARE(listing.diagnostics.size(), 1);
    const Diagnostic warning = listing.diagnostics.first();
    QCOMPARE(warning.severity, Diagnostic::Severity::Warning);
    QCOMPARE(warning.file, FileName);
    QCOMPARE(warning.line, 6);

    // Cut inside a three-byte bullet: nothing before it is lost.
    const ParsedListing cutBullet =
            ListingParser::parse(QByteArray(" \xE2\x80\xA2 Titel\n\n  Text.\n\n  Kultur\n \xE2\x80"), FileName);
    QVERIFY(!cutBullet.rejected);
    QCOMPARE(::titles(cutBullet), QStringList{u"Titel"_s});
    QCOMPARE(::categoryLines(cutBullet), QStringList{u"Kultur"_s});
    QCOMPARE(cutBullet.diagnostics.size(), 1);
    QCOMPARE(cutBullet.diagnostics.first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(cutBullet.diagnostics.first().line, 6);
}

void TestListingParser::warnings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<int>("line");

    QTest::newRow("indented text before the first item")
            << QByteArray("Nyheter\n\n  Inledning.\n\n \xE2\x80\xA2 Titel\n\n  Text.\n")
            << QStringList{u"Titel"_s} << 3;
    QTest::newRow("a second header line")
            << QByteArray("Nyheter\nMer\n \xE2\x80\xA2 Titel\n\n  Text.\n") << QStringList{u"Titel"_s} << 2;
    QTest::newRow("item without a title")
            << QByteArray(" \xE2\x80\xA2 Ett\n\n  Text.\n \xE2\x80\xA2   \n\n  Borttappad text.\n \xE2\x80\xA2 Tv\xC3\xA5\n")
            << QStringList{u"Ett"_s, u"Två"_s} << 4;
}

void TestListingParser::warnings()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, titles);
    QFETCH(int, line);

    const ParsedListing listing = ListingParser::parse(data, FileName);
    QVERIFY(!listing.rejected);
    QCOMPARE(::titles(listing), titles);
    QCOMPARE(listing.diagnostics.size(), 1);
    QCOMPARE(listing.diagnostics.first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(listing.diagnostics.first().file, FileName);
    QCOMPARE(listing.diagnostics.first().line, line);
    // What was skipped does not leak into the neighbouring items.
    for (const ParsedItem &item : listing.items) {
        QVERIFY(!item.summary().contains(u"Inledning"_s));
        QVERIFY(!item.summary().contains(u"Borttappad"_s));
    }
}

void TestListingParser::rejected_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");

    QTest::newRow("empty file") << QByteArray() << 0;
    QTest::newRow("whitespace only") << QByteArray(" \n\t\r\n   \r\r\n") << 0;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << 0;
    QTest::newRow("BOM and blank lines") << QByteArray("\xEF\xBB\xBF\n\n  \n") << 0;
    QTest::newRow("NUL bytes on line 3")
            << raw("Nyheter\n\n \xE2\x80\xA2 Titel\x00\x01\x02\x03") << 3;
    QTest::newRow("PNG header") << raw("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR") << 3;
    QTest::newRow("control characters without NUL")
            << QByteArray(200, '\x01').prepend("\xE2\x80\xA2 Titel\n") << 2;
    QTest::newRow("no items") << QByteArray("Nyheter\n\n  Bara text, ingen punkt.\n\n  Kultur\n") << 0;
    QTest::newRow("bullet only in running text") << QByteArray("Nyheter med \xE2\x80\xA2 mitt i.\n") << 0;
}

void TestListingParser::rejected()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);

    const ParsedListing listing = ListingParser::parse(data, FileName);
    QVERIFY(listing.rejected);
    QVERIFY(listing.items.isEmpty());
    const Diagnostics found = errors(listing);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().file, FileName);
    QCOMPARE(found.first().line, line);
    QVERIFY(!found.first().message.isEmpty());
    QVERIFY(found.first().toString().startsWith(FileName));
}

void TestListingParser::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saknas.txt"_s);
    const ParsedListing listing = ListingParser::parseFile(path);
    QVERIFY(listing.rejected);
    QCOMPARE(errors(listing).size(), 1);
    QVERIFY(errors(listing).first().file.endsWith(u"saknas.txt"_s));
}

void TestListingParser::controlCharacters_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("categoryLine");
    QTest::addColumn<QList<int>>("lines"); // the lines named in warnings

    QTest::newRow("CSI clear screen in the title")
            << QByteArray(" \xE2\x80\xA2 Rubrik\x1B[2J\n\n  Text.\n\n  Kultur\n") << u"Rubrik[2J"_s
            << u"Text."_s << u"Kultur"_s << QList<int>{1};
    QTest::newRow("OSC 0, 8 and 52, BEL and ST")
            // (a long header line: more than 1 byte in 20 a control reads as a binary file)
            << (QByteArray("Nyheter").append(200, '.') + "\n\n"
                + " \xE2\x80\xA2 A\x1B]0;t\x07\n\n  B\x1B]8;;http://x/\x1B\\l\n  C\x1B]52;c;aGVq\x07\n\n  Kultur\n")
            << u"A]0;t"_s << u"B]8;;http://x/\\l C]52;c;aGVq"_s << u"Kultur"_s << QList<int>{3, 5, 6};
    QTest::newRow("C1 and DEL in the category line")
            << QByteArray(" \xE2\x80\xA2 A\n\n  Text.\n\n  Kultur\xC2\x9B\x7F""Ekonomi\n") << u"A"_s << u"Text."_s
            << u"KulturEkonomi"_s << QList<int>{5};
    QTest::newRow("tab and form feed stay white space, unnamed")
            << QByteArray(" \xE2\x80\xA2 A\tB\n\f\n  Text\fett.\n") << u"A\tB"_s << u"Text ett."_s << QString()
            << QList<int>{};
}

void TestListingParser::controlCharacters()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, title);
    QFETCH(QString, summary);
    QFETCH(QString, categoryLine);
    QFETCH(QList<int>, lines);

    const ParsedListing listing = ListingParser::parse(data, FileName);
    QVERIFY(!listing.rejected);
    QCOMPARE(titles(listing), QStringList{title});
    QCOMPARE(summaries(listing), QStringList{summary});
    QCOMPARE(categoryLines(listing), QStringList{categoryLine});
    QList<int> named;
    for (const Diagnostic &d : listing.diagnostics) {
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QCOMPARE(d.file, FileName);
        named.append(d.line);
    }
    QCOMPARE(named, lines);
}

void TestListingParser::notARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("FIFO") << u"fifo"_s;
    QTest::newRow("socket") << u"socket"_s;
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("device") << u"device"_s;
}

void TestListingParser::notARegularFile()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(u"x.txt"_s);
    const QByteArray name = QFile::encodeName(path);
    int socketFd = -1;
    if (kind == u"fifo") {
        QVERIFY(::mkfifo(name.constData(), 0600) == 0);
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkdir(path));
    } else if (kind == u"device") {
        path = u"/dev/null"_s;
    } else {
        socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(socketFd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(name.size()) < sizeof(address.sun_path));
        std::copy(name.begin(), name.end(), address.sun_path);
        QVERIFY(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    }
    // A FIFO without a writer would block an open() that waits: this one returns at once.
    QElapsedTimer timer;
    timer.start();
    QByteArray data;
    Diagnostics diagnostics;
    const bool read = ListingParser::readFile(path, data, diagnostics);
    if (socketFd >= 0)
        ::close(socketFd);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!read);
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY(diagnostics.first().isError());
    QCOMPARE(diagnostics.first().file, path);
    QVERIFY2(diagnostics.first().message.contains(u"not a regular file"_s), qPrintable(diagnostics.first().message));
}

void TestListingParser::sampleFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("items");

    // The number of bullets in each sample file.
    const QList<int> counts{16, 19, 12};
    const QStringList names = sampleNames();
    QCOMPARE(names.size(), counts.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString disk = QDir(QStringLiteral(NEWSDESK_SAMPLE_DIR)).filePath(names.at(i));
        QTest::addRow("%s on disk", qPrintable(names.at(i))) << disk << counts.at(i);
        QTest::addRow("%s in resources", qPrintable(names.at(i))) << u":/sample/"_s + names.at(i) << counts.at(i);
    }
}

void TestListingParser::sampleFiles()
{
    QFETCH(QString, path);
    QFETCH(int, items);

    const ParsedListing listing = ListingParser::parseFile(path);
    QVERIFY(!listing.rejected);
    QVERIFY2(listing.diagnostics.isEmpty(), qPrintable(listing.diagnostics.value(0).toString()));
    QCOMPARE(listing.header, u"Nyheter"_s);
    QCOMPARE(listing.items.size(), items);
    for (const ParsedItem &item : listing.items) {
        QVERIFY(!item.title.isEmpty());
        QVERIFY2(!item.summary().isEmpty(), qPrintable(item.title));
        QVERIFY2(!item.categoryLine.isEmpty(), qPrintable(item.title));
        QVERIFY(item.line > 0);
    }
}

void TestListingParser::sampleTotal()
{
    int total = 0;
    for (const QString &name : sampleNames())
        total += int(ListingParser::parseFile(u":/sample/"_s + name).items.size());
    QCOMPARE(total, 47);
}

// A large file is read in parts; cut anywhere (every part size on small
// files: a cut at every kind of line and inside every line ending), the parts
// hold together exactly what the whole holds: items, their line numbers,
// categories, diagnostics with their lines, the header, a rejection.
void TestListingParser::parts_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("everySize"); // every part size from 1 byte to the whole, or a few

    const QByteArray small = "Nyheter\n\n \xE2\x80\xA2 Första\n\n  Ett stycke\n  på två rader.\n\n  Andra stycket.\n\n"
                             "  KulturEkonomi\n\n \xE2\x80\xA2 Andra\n\n  Bara text.\n \xE2\x80\xA2 Tredje\n\n  Politik\n";
    QTest::newRow("LF") << small << true;
    QTest::newRow("CRLF") << QByteArray(small).replace("\n", "\r\n") << true;
    QTest::newRow("CR") << QByteArray(small).replace("\n", "\r") << true;
    QTest::newRow("mixed line ends, no last line end")
            << QByteArray("Rubrik\r\n\r \xE2\x80\xA2 Ett\n\r\n  Text\r\r  Kultur\n\n\r \xE2\x80\xA2 Två\r\n  Sista") << true;
    QTest::newRow("BOM, tabs") << QByteArray("\xEF\xBB\xBF" + small).replace("  ", "\t") << true;
    QTest::newRow("text before the first item, an item without a title")
            << QByteArray("Rubrik\n\n  indragen\nmer\n \xE2\x80\xA2\n\n  borta\n \xE2\x80\xA2 Kvar\n\n  Text.\n") << true;
    QTest::newRow("control characters")
            << QByteArray(" \xE2\x80\xA2 Tit\x1B[31mel\n\n  Te\x07xt\n \xE2\x80\xA2 Två\n\n  \xC2\x9B" "C1\n") << true;
    QTest::newRow("a Windows-1252 line among UTF-8 ones")
            << QByteArray(small).replace("Andra\n", "Andra \xE4\n") << true;
    QTest::newRow("a damaged byte") << QByteArray(small).replace("Bara", "B\xFF" "ara \xC3\xA4") << true;
    QTest::newRow("Windows-1252 throughout")
            << QByteArray(" \x95 F\xF6rsta\n\n  \xC5ret\n\n \x95 Andra\n\n  Text\n") << true;
    QTest::newRow("a character cut off by the end") << QByteArray(small + "  \xC3") << true;
    QTest::newRow("no items: rejected") << QByteArray("Rubrik\n\n  bara text\n  och mer\n") << true;
    QTest::newRow("empty: rejected") << QByteArray(" \r\n\t\n") << true;
    QTest::newRow("binary: rejected") << raw(" \xE2\x80\xA2 Titel\n\0\0\0") << true;
    QTest::newRow("an item longer than a part")
            << QByteArray(" \xE2\x80\xA2 Kort\n\n  Text\n \xE2\x80\xA2 Lång\n\n  " + QByteArray(20000, 'x') + "\n\n  "
                          + QByteArray(300, 'y') + "\n\n  Kultur\n \xE2\x80\xA2 Sist\n")
            << false;
    QTest::newRow("200 items, 101 to 200 in Windows-1252, CRLF")
            << listingBytes(nonAsciiLines(101, ListingItems), {}, "\r\n") << false;
    QTest::newRow("200 items, damaged bytes")
            << listingBytes({}, {titleLine(1), summaryLine(100), titleLine(200)}) << false;
}

void TestListingParser::parts()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, everySize);

    const ParsedListing whole = ListingParser::parse(data, FileName);
    QList<qsizetype> sizes{1, 2, 3, 5, 8, 13, 64, 97, 256, 1000, 4096, data.size() - 1, data.size()};
    if (everySize) {
        sizes.clear();
        for (qsizetype size = 1; size <= data.size(); ++size)
            sizes.append(size);
    }
    for (const qsizetype size : std::as_const(sizes)) {
        int count = 0;
        int rejectedPart = -1;
        const ParsedListing joined = joinedParts(data, size, count, rejectedPart);
        const QByteArray at = "parts of " + QByteArray::number(size) + " bytes";
        QVERIFY2(count >= 1, at);
        QVERIFY2(joined.rejected == whole.rejected, at);
        if (whole.rejected) // a rejected file is one part
            QVERIFY2(count == 1 && rejectedPart == 0, at);
        QVERIFY2(joined.header == whole.header, at);
        QVERIFY2(joined.diagnostics == whole.diagnostics, at);
        QVERIFY2(titles(joined) == titles(whole), at);
        QVERIFY2(summaries(joined) == summaries(whole), at);
        QVERIFY2(categoryLines(joined) == categoryLines(whole), at);
        QVERIFY2(titleLines(joined) == titleLines(whole), at);
        if (!whole.rejected && size * 4 < data.size() && whole.items.size() > 2)
            QVERIFY2(count > 1, at); // (really in parts)
    }
}

// A large file is mapped, but as a private copy: another program cutting the
// file short while it is read (a page saved again) would otherwise kill the
// reader with SIGBUS at the first page past the new end.
void TestListingParser::largeFileIsReadAsItWas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"large.txt"_s);
    QByteArray content = "Nyheter\n";
    while (content.size() <= 3 * ListingParser::PartBytes)
        content += " \xe2\x80\xa2 Rubrik\n\n  En text om sp\xc3\xa5rv\xc3\xa4gen.\n\n  Kollektivtrafik\n";
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
    }
    QFile file;
    QByteArray copy;
    QByteArrayView bytes;
    Diagnostics diagnostics;
    QVERIFY(ListingParser::openFile(path, file, copy, bytes, diagnostics));
    QVERIFY(diagnostics.isEmpty());
    QVERIFY(copy.isEmpty()); // mapped, not read
    QVERIFY(QFile::resize(path, 0));
    QCOMPARE(bytes.size(), content.size());
    QVERIFY(bytes == QByteArrayView(content)); // every page, past the cut too
}

QTEST_APPLESS_MAIN(TestListingParser)

#include "tst_listingparser.moc"
