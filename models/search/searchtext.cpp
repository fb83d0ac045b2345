#include "models/search/searchtext.h"

#include <QChar>

#include <array>

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

QString generalFold(QStringView text)
{
    return text.toString()
        .normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

} // namespace

namespace SearchText {

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
        return true;
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
    QChar *d = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 256) {
            d[i] = QChar(latin1.folded[c]);
        } else if (c < StableBelow) {
            d[i] = QChar(char16_t(QChar::toCaseFolded(char32_t(c))));
        } else if (QChar::isSurrogate(c) || isWordCharacter(c)) {
            // A letter or mark beyond Latin: the whole text the general way.
            out = generalFold(text);
            return;
        } else {
            d[i] = QChar(c); // punctuation, quotes, dashes: separators either way
        }
    }
}

QList<Token> tokens(QStringView text)
{
    QList<Token> words;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype units = 1;
        if (!isWordCharacter(codePointAt(text, i, units))) {
            i += units;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordCharacter(codePointAt(text, i, units)))
            i += units;
        words.append(Token{start, i - start, fold(text.sliced(start, i - start))});
    }
    return words;
}

void addTerms(QStringView text, QSet<QString> &terms)
{
    // One fold of the whole text, then a string per word only for the set.
    QString folded;
    foldText(text, folded);
    const QStringView view(folded);
    qsizetype i = 0;
    while (i < view.size()) {
        qsizetype units = 1;
        if (!isWordCharacter(codePointAt(view, i, units))) {
            i += units;
            continue;
        }
        const qsizetype start = i;
        while (i < view.size() && isWordCharacter(codePointAt(view, i, units)))
            i += units;
        terms.insert(view.sliced(start, i - start).toString());
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
