#include "models/listing/categorysplitter.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace {

// Where a lowercase letter meets an uppercase one. A single letter is never
// a name of its own, so "eHälsa" has no boundary after its "e".
QList<qsizetype> boundaries(const QString &line)
{
    QList<qsizetype> result;
    qsizetype last = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line.at(i - 1).isLower() && line.at(i).isUpper() && i - last >= 2) {
            result.append(i);
            last = i;
        }
    }
    return result;
}

} // namespace

CategorySplitter::CategorySplitter(QSet<QString> vocabulary)
    : m_vocabulary(std::move(vocabulary))
{
}

void CategorySplitter::addKnown(const QString &name)
{
    if (!name.isEmpty())
        m_vocabulary.insert(name);
}

void CategorySplitter::addKnown(const QSet<QString> &names)
{
    m_vocabulary.unite(names);
}

bool CategorySplitter::isSingleName(const QString &line)
{
    return !line.isEmpty() && boundaries(line).isEmpty();
}

QStringList CategorySplitter::split(const QString &line) const
{
    const QString text = line.trimmed();
    if (text.isEmpty())
        return {};

    // Cut points: 0, every boundary, end. Dynamic programming over the cut
    // points: best[j] = (characters covered by known names, number of names)
    // for the prefix ending at cut j.
    QList<qsizetype> cuts = boundaries(text);
    cuts.prepend(0);
    cuts.append(text.size());
    // A line with very many pairs is not a category line anyone wrote; keep
    // the search quadratic only on short lines.
    constexpr qsizetype MaxCutsForVocabulary = 64;
    if (cuts.size() > MaxCutsForVocabulary) {
        QStringList names;
        for (qsizetype k = 1; k < cuts.size(); ++k)
            names.append(text.mid(cuts[k - 1], cuts[k] - cuts[k - 1]).trimmed());
        names.removeAll(QString());
        names.removeDuplicates();
        return names;
    }

    // A known name that starts with a small letter ("eHälsa") has no
    // lowercase-uppercase pair before it when it follows another name
    // ("sjukvårdeHälsa"): cut there too, where it ends at a cut.
    for (const QString &name : m_vocabulary) {
        if (name.isEmpty() || !name.front().isLower())
            continue;
        for (qsizetype at = text.indexOf(name, 1); at > 0; at = text.indexOf(name, at + 1)) {
            const qsizetype end = at + name.size();
            if (text.at(at - 1).isLower() && cuts.contains(end) && !cuts.contains(at))
                cuts.append(at);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    const qsizetype n = cuts.size();

    struct Best { qsizetype known = -1; qsizetype names = 0; qsizetype from = -1; };
    QList<Best> best(n);
    best[0] = {0, 0, -1};
    for (qsizetype j = 1; j < n; ++j) {
        for (qsizetype i = 0; i < j; ++i) {
            if (best[i].known < 0)
                continue;
            const qsizetype length = cuts[j] - cuts[i];
            const bool known = m_vocabulary.contains(text.mid(cuts[i], length).trimmed());
            const Best candidate{best[i].known + (known ? length : 0), best[i].names + 1, i};
            if (candidate.known > best[j].known
                || (candidate.known == best[j].known && candidate.names > best[j].names)) {
                best[j] = candidate;
            }
        }
    }

    QStringList names;
    for (qsizetype j = n - 1; j > 0; j = best[j].from) {
        const QString name = text.mid(cuts[best[j].from], cuts[j] - cuts[best[j].from]).trimmed();
        if (!name.isEmpty())
            names.prepend(name);
    }
    names.removeDuplicates();
    return names;
}
