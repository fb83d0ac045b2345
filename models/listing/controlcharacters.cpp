#include "models/listing/controlcharacters.h"

bool ControlCharacters::isUnsafeAt(QStringView text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c == u'\r')
        return i + 1 >= text.size() || text.at(i + 1) != u'\n';
    return isUnsafe(c);
}

bool ControlCharacters::contains(QStringView text)
{
    // Called on every line of every listing, so it must cost next to nothing:
    // blocks of characters are tested without an early exit (the compiler
    // makes that a few vector instructions), and only a block holding a
    // character below U+0020 or in U+007F–U+009F (a tab, say) is looked at
    // exactly.
    constexpr qsizetype Block = 32;
    const char16_t *const data = text.utf16();
    const qsizetype size = text.size();
    qsizetype from = 0;
    for (; from + Block <= size; from += Block) {
        bool suspect = false;
        for (qsizetype k = 0; k < Block; ++k) {
            const char16_t c = data[from + k];
            suspect |= (c < 0x20) | (char16_t(c - 0x7F) <= 0x20);
        }
        if (suspect && containsExactly(text, from, from + Block))
            return true;
    }
    return containsExactly(text, from, size);
}

bool ControlCharacters::containsExactly(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (isUnsafeAt(text, i))
            return true;
    }
    return false;
}

QChar ControlCharacters::standIn(char32_t c)
{
    if (c < 0x20)
        return QChar(char16_t(0x2400 + c));
    if (c == 0x7F)
        return QChar(char16_t(0x2421));
    return QChar(QChar::ReplacementCharacter);
}

QString ControlCharacters::visible(QStringView text)
{
    QString result = text.toString();
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (isUnsafeAt(result, i))
            result[i] = standIn(result.at(i).unicode());
    }
    return result;
}

QString ControlCharacters::removed(QStringView text, bool *dropped)
{
    QString result;
    result.reserve(text.size());
    bool any = false;
    for (const QChar c : text) {
        if (c == u'\f' || c == u'\v')
            result.append(u' ');
        else if (!isUnsafe(c.unicode()))
            result.append(c);
        else
            any = true;
    }
    if (dropped)
        *dropped = any;
    return result;
}
