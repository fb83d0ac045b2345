#include "models/store/itemfilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString ItemFilter::searchExpression() const
{
    // Split on anything that is not a letter or a digit, as the unicode61
    // tokenizer does, so "covid-19" finds "covid" and "19".
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}\\p{M}]+"_s);
    const QStringList words = search.normalized(QString::NormalizationForm_C)
                                      .split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QStringList terms;
    terms.reserve(words.size());
    for (const QString &word : words)
        terms.append(u'"' + word + u'"');
    const bool typingLastWord = !search.isEmpty() && !search.back().isSpace();
    if (typingLastWord)
        terms.last() += u'*';
    return terms.join(u' ');
}
