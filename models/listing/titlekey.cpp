#include "models/listing/titlekey.h"

namespace {

// Any title: fold case, decompose, map the Swedish letters, drop other accents.
QString slowKey(const QString &title)
{
    const QString folded = title.toLower().normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        const QChar next = i + 1 < folded.size() ? folded.at(i + 1) : QChar();
        // Decomposed: a + ring above (U+030A) = å, a/o + diaeresis (U+0308) = ä/ö.
        if (c == u'a' && next == QChar(0x030A)) { key += u'\x7B'; ++i; continue; }      // å  {
        if ((c == u'a' || c == QChar(0x00E6)) && next == QChar(0x0308)) { key += u'\x7C'; ++i; continue; } // ä |
        if (c == QChar(0x00E6)) { key += u'\x7C'; continue; }                            // æ as ä
        if (c == u'o' && next == QChar(0x0308)) { key += u'\x7D'; ++i; continue; }      // ö  }
        if (c == QChar(0x00F8)) { key += u'\x7D'; continue; }                            // ø as ö
        if (c == u'u' && next == QChar(0x0308)) { key += u'y'; ++i; continue; }         // ü as y
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // other accents: é -> e
        if (c.isLetterOrNumber() || c.isSpace())
            key += c.isSpace() ? QChar(u' ') : c;
    }
    return key.simplified();
}

} // namespace

QString titleSortKey(const QString &title)
{
    // Almost every title is ASCII plus å ä ö (and é, ü): map those directly,
    // without normalising the whole string; anything else takes the general
    // path. Both give the same key (tests/tst_titlekey.cpp).
    QString key;
    key.reserve(title.size());
    for (const QChar ch : title) {
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                key += ch;
            else if (c >= u'A' && c <= u'Z')
                key += QChar(char16_t(c + 32));
            else if (c == u' ' || (c >= 0x09 && c <= 0x0D))
                key += u' ';
            continue; // other ASCII punctuation and controls sort as nothing
        }
        switch (c) {
        case 0x00E5: case 0x00C5: key += u'\x7B'; break;                             // å
        case 0x00E4: case 0x00C4: case 0x00E6: case 0x00C6: key += u'\x7C'; break;   // ä, æ
        case 0x00F6: case 0x00D6: case 0x00F8: case 0x00D8: key += u'\x7D'; break;   // ö, ø
        case 0x00E9: case 0x00C9: key += u'e'; break;                                // é
        case 0x00FC: case 0x00DC: key += u'y'; break;                                // ü
        case 0x00A0: key += u' '; break;                                             // no-break space
        default:
            return slowKey(title);
        }
    }
    return key.simplified();
}
