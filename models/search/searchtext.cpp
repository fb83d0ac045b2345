#include "models/search/searchtext.h"

#include <QChar>

#include <array>
#include <cstring>

namespace {

// Latin-1 is what Swedish text is made of (å ä ö é ü, and ASCII): its words
// and its case folding come from these tables, without a call into Qt's
// Unicode tables. tst_searchmatcher checks them against QChar for every
// character.
struct Latin1Table
{
    std::array<char16_t, 256> folded{};
    std::array<bool, 256> word{};
};

constexpr Latin1Table makeLatin1Table()
{
    Latin1Table t;
    for (char16_t c = 0; c < 256; ++c) {
        t.folded[c] = c;
        const bool upper = (c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
        if (upper)
            t.folded[c] = char16_t(c + 0x20);
        t.word[c] = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA
            || (c >= 0xBC && c <= 0xBE) || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    }
    t.folded[0xB5] = 0x03BC; // micro sign -> Greek small mu
    return t;
}

constexpr Latin1Table latin1 = makeLatin1Table();

// Characters below U+0300 are in normal form C whatever follows them, and
// fold to one UTF-16 unit each.
constexpr char16_t StableBelow = 0x0300;


QString generalFold(QStringView text)
{
    return text.toString()
        .normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

} // namespace

namespace SearchText {

char32_t codePointAt(QStringView text, qsizetype i, qsizetype &units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    units = 1;
    return c.unicode();
}

bool isWordCharacterAt(QStringView text, qsizetype i, qsizetype &units)
{
    const char16_t c = text.at(i).unicode();
    units = 1;
    if (c < 256)
        return latin1.word[c];
    return isWordCharacter(codePointAt(text, i, units));
}

bool isWordCharacter(char32_t c)
{
    if (c < 256)
        return latin1.word[c];
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Other_PrivateUse:
        // U+E000 marks a category in the search index (SearchIndex), which
        // indexes it in item text as a space: it separates words here too, so
        // nothing typed can name a category token.
        return c != IndexCategoryMark;
    default:
        return false;
    }
}

QString fold(QStringView word)
{
    QString out(word.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        if (c >= StableBelow)
            return generalFold(word);
        d[i] = c < 256 ? QChar(latin1.folded[c]) : QChar(char16_t(QChar::toCaseFolded(char32_t(c))));
    }
    return out;
}

void foldText(QStringView text, QString &out)
{
    out.resize(text.size());
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Four ASCII characters at a time in one 64-bit word, 16 bits a lane
    // (most of a Swedish text): A-Z gain 0x20, nothing else changes; a
    // block with another character goes one character at a time through the
    // table. 600 characters of Swedish: ~0.4 ns a character, about 30% less
    // than the table alone (a 4-lane form of Latin-1, or SSE2 with 8 lanes,
    // measured no faster: å, ä and ö break their blocks).
    constexpr quint64 Lanes = 0x0001000100010001ULL;
    while (i < n) {
        if (i + 4 <= n) {
            quint64 x;
            std::memcpy(&x, s + i, sizeof x);
            if (!(x & (0xFF80 * Lanes))) {
                const quint64 fromA = x + (0x80 - u'A') * Lanes;      // bit 7 set from 'A' on
                const quint64 afterZ = x + (0x80 - u'Z' - 1) * Lanes; // bit 7 set after 'Z'
                x += (fromA & ~afterZ & (0x80 * Lanes)) >> 2;
                std::memcpy(d + i, &x, sizeof x);
                i += 4;
                continue;
            }
        }
        const char16_t c = s[i];
        if (c < 256) {
            d[i] = latin1.folded[c];
        } else if (c < StableBelow) {
            d[i] = char16_t(QChar::toCaseFolded(char32_t(c)));
        } else if (QChar::isSurrogate(c) || isWordCharacter(c)) {
            // A letter or mark beyond Latin: the whole text the general way.
            out = generalFold(text);
            return;
        } else {
            d[i] = c; // punctuation, quotes, dashes: separators either way
        }
        ++i;
    }
}

qsizetype nextWord(QStringView text, qsizetype from, qsizetype &length)
{
    qsizetype i = qMax(from, qsizetype(0));
    qsizetype units = 1;
    while (i < text.size() && !isWordCharacterAt(text, i, units))
        i += units;
    if (i >= text.size())
        return -1;
    const qsizetype start = i;
    while (i < text.size() && isWordCharacterAt(text, i, units))
        i += units;
    length = i - start;
    return start;
}

QList<Token> tokens(QStringView text)
{
    QList<Token> words;
    qsizetype length = 0;
    for (qsizetype start = nextWord(text, 0, length); start >= 0; start = nextWord(text, start + length, length))
        words.append(Token{start, length, fold(text.sliced(start, length))});
    return words;
}

void addTerms(QStringView text, QSet<QString> &terms)
{
    // One fold of the whole text; each word looked up in place (fromRawData
    // makes no copy) and copied only when the set does not hold it yet.
    QString folded;
    foldText(text, folded);
    const QStringView view(folded);
    qsizetype length = 0;
    for (qsizetype start = nextWord(view, 0, length); start >= 0; start = nextWord(view, start + length, length)) {
        const QStringView word = view.sliced(start, length);
        if (!terms.contains(QString::fromRawData(word.data(), word.size())))
            terms.insert(word.toString());
    }
}

bool matchesInsideWords(QStringView part)
{
    if (part.size() < InsideWordFrom)
        return false;
    qsizetype codePoints = 0;
    for (const QChar c : part) {
        if (!c.isLowSurrogate())
            ++codePoints;
    }
    return codePoints >= InsideWordFrom;
}

qsizetype matchPosition(QStringView part, QStringView word)
{
    if (part.isEmpty())
        return -1;
    if (matchesInsideWords(part))
        return word.indexOf(part);
    return word.startsWith(part) ? 0 : -1;
}

} // namespace SearchText
