#include "titlekey.h"

QString titleSortKey(const QString &title)
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
