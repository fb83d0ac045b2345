#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

// The designs considered for issue 14 (a typed part found inside words),
// measured on a copy of an existing cache (the original is only read, to
// copy it): (1) a term list, the distinct words of the index, in which the
// terms holding a part are found with instr() and then matched through the
// cache's own FTS5 index as an OR of whole terms (also the lookup alone on a
// synthetic list of 500,000 terms: a larger archive's vocabulary); (2) a
// trigram FTS5 index over every item's title and summary (build time, size,
// and the same searches). Both answer the first page (128 ids in listing
// order, as NewsListModel reads it) and the count. The copy is removed
// unless the benchmark keeps its folder.
class SearchExperiments
{
public:
    SearchExperiments(const QString &cachePath, const QString &workDir, int runs, bool keep, QTextStream &out);
    ~SearchExperiments();
    Q_DISABLE_COPY_MOVE(SearchExperiments)

    QJsonObject run();

    // How many terms the synthetic term list holds.
    static constexpr int SyntheticTerms = 500000;

private:
    struct Search;
    bool copyCache();
    QJsonObject buildTermList();
    QJsonObject lookups(const QString &table, const QStringList &parts);
    QJsonObject buildSyntheticTerms();
    QJsonObject syntheticTrigramLookups();
    QJsonObject termListSearches();
    QJsonObject buildTrigram();
    QJsonObject trigramSearches();
    // The term list's FTS5 expression of typed (empty when nothing can match)
    // and whether its candidates still need the per-row check (phrases).
    QString termListExpression(const QString &typed, bool &checkRows, int &terms);
    QStringList termsContaining(const QString &table, const QString &part);
    QJsonObject timeSearch(const QString &table, const QString &match, const QString &typed, bool checkRows);
    // The bytes the copy's pages hold (without free pages).
    double usedBytes();

    QString m_cachePath;
    int m_runs;
    QTextStream &m_out;
    QTemporaryDir m_dir;
    QString m_copy;
    QString m_connection;
    QSqlDatabase m_db;
    QStringList m_categoryNames; // the cache's categories ...
    QList<qint64> m_categoryIds; // ... and their ids, at the same positions
};
