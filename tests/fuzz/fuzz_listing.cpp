// A libFuzzer target for the listing parser and the category splitter
// (models/listing/): any bytes are a listing file. Beside what AddressSanitizer
// and UndefinedBehaviorSanitizer catch, it checks what the rest of newsdesk
// relies on and aborts (a crash libFuzzer keeps) when one does not hold:
//
//  - a file is rejected with an error, or it holds items; never both, never neither;
//  - titles are non-empty, item text is trimmed NFC without control characters
//    (the import stores it and a terminal may print it: issue 12, item 3);
//  - the splitter returns distinct, trimmed, non-empty names taken from the
//    line, and a line that names one category stays whole.
//
// Built with clang by -DNEWSDESK_FUZZ=ON (README "Testing"); every other build
// replays the seeds through replaymain.cpp.

#include "models/listing/categorysplitter.h"
#include "models/listing/controlcharacters.h"
#include "models/listing/listingparser.h"
#include "models/listing/titlekey.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void require(bool holds, const char *what, const QString &text)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz_listing: %s: \"%s\"\n", what, text.toUtf8().constData());
    std::abort();
}

bool isCleanText(const QString &text)
{
    return text == text.trimmed() && text == text.normalized(QString::NormalizationForm_C)
            && !ControlCharacters::contains(text);
}

void checkListing(const ParsedListing &listing)
{
    const bool hasError = !listing.diagnostics.isEmpty() && listing.diagnostics.constLast().isError();
    require(listing.rejected == listing.items.isEmpty(), "rejected and items disagree", listing.header);
    require(!listing.rejected || hasError, "rejected without an error", listing.header);
    for (const ParsedItem &item : listing.items) {
        require(!item.title.isEmpty(), "an item without a title", item.summary());
        require(item.line >= 1, "an item without its line", item.title);
        require(isCleanText(item.title), "a title that is not clean text", item.title);
        for (const QString &paragraph : item.paragraphs)
            require(!paragraph.isEmpty() && isCleanText(paragraph), "a paragraph that is not clean text", paragraph);
        require(isCleanText(item.categoryLine), "a category line that is not clean text", item.categoryLine);
        titleSortKey(item.title);
    }
}

void checkSplit(const CategorySplitter &splitter, const QString &line)
{
    const QStringList names = splitter.split(line);
    QSet<QString> seen;
    for (const QString &name : names) {
        require(!name.isEmpty() && name == name.trimmed(), "a name that is empty or untrimmed", line);
        require(line.contains(name), "a name that is not on the line", line);
        require(!seen.contains(name), "a name given twice", line);
        seen.insert(name);
    }
}

// The splitter on the parser's category lines, with the vocabulary the import
// would learn from the file (ImportReader), and on every raw line as well: the
// parser hands it only short lines that look like categories.
void checkCategories(const ParsedListing &listing, const QByteArray &bytes)
{
    CategorySplitter learned;
    for (const ParsedItem &item : listing.items) {
        if (CategorySplitter::isSingleName(item.categoryLine))
            learned.addKnown(item.categoryLine);
    }
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (const QString &line : lines) {
        if (CategorySplitter::isSingleName(line))
            learned.addKnown(line.trimmed());
    }
    const CategorySplitter plain;
    for (const ParsedItem &item : listing.items)
        checkSplit(learned, item.categoryLine);
    for (const QString &line : lines) {
        checkSplit(learned, line);
        if (CategorySplitter::isSingleName(line) && !line.trimmed().isEmpty())
            require(plain.split(line) == QStringList{line.trimmed()}, "a single name was split", line);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // No copy and no terminating NUL: a read past the end is an ASan report.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedListing listing = ListingParser::parse(bytes, u"fuzz.txt"_s);
    checkListing(listing);
    checkCategories(listing, bytes);
    return 0;
}
