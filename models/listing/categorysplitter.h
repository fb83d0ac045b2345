#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// Splits a category line whose names are written together
// ("Organisation och styrningHälso- och sjukvård") into the names.
//
// A name ends where a lowercase letter is directly followed by an uppercase
// one. Where a known name itself holds such a pair ("eHälsa"), the vocabulary
// of known names decides: the split that covers most of the line with known
// names wins, and among equals the one with most names.
class CategorySplitter
{
public:
    explicit CategorySplitter(QSet<QString> vocabulary = {});

    void addKnown(const QString &name);
    void addKnown(const QSet<QString> &names);
    const QSet<QString> &vocabulary() const { return m_vocabulary; }

    QStringList split(const QString &line) const;

    // True when the line holds no lowercase-uppercase pair, so it names one
    // category on its own; such lines teach the vocabulary.
    static bool isSingleName(const QString &line);

private:
    QSet<QString> m_vocabulary;
};
