#pragma once

#include "models/store/sqlite/searchplan.h"

#include <QCache>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class SearchMatcher;
class SqliteConnection;

// Turns what a person typed (SearchQuery) into a SearchPlan for the cache's
// full-text index (schema 10): each typed part becomes the index terms it
// matches by the word rules (SearchText) — the terms holding it from 3
// characters on, found in the term list search_terms; the terms starting with
// it below 3 — together with the categories whose names the whole term
// matches. A part that expands to more than maxExpansion terms is left to the
// SQL function, as are phrases and joined words (the index keeps no
// positions: it gives their candidates). What it reads (terms, category
// names) is kept until the data changes (PRAGMA data_version, or
// indexChanged() for this connection's own imports); failures are left in
// the connection for the reading caller.
class SearchPlanner
{
public:
    explicit SearchPlanner(const SqliteConnection &connection);

    // A page walks the hits of up to PageExpansion terms as they come; a
    // count merges up to CountExpansion (a check per row of every item costs
    // more than a long merge).
    static constexpr int PageExpansion = 300;
    static constexpr int CountExpansion = 5000;

    SearchPlan plan(const QString &typed, int maxExpansion) const;

    // The importer changed the index and the term list: forget what was read.
    void indexChanged();

private:
    // A term's part of the plan.
    struct TermPlan
    {
        QString fts;         // FTS5 expression; empty: the index cannot take it
        bool exact = false;  // fts selects exactly the items the term matches
        bool none = false;   // the term matches no item
        bool categories = false; // it matches some category name
        int indexTerms = 0;      // how many index terms fts names
    };
    TermPlan termPlan(const SearchMatcher &matcher, qsizetype term, int maxExpansion) const;
    // The FTS5 expression of one part of a word (its matching terms OR-ed),
    // empty when no term matches; nullopt when too many do.
    std::optional<QString> partExpression(const QString &part, int maxExpansion, int &indexTerms) const;
    // The index terms holding part (3 or more characters), or starting with
    // it; at most limit + 1.
    QStringList expansion(const QString &part, int limit) const;
    // The term list (search_terms; or, in a cache before schema 10 opened
    // only to read, the index's vocabulary) as one text, every term between
    // two newlines, read once per change of the data; null when it cannot be
    // read (the failure is left in the connection).
    const QString *termText() const;
    // The category ids whose names term matches.
    QList<qint64> matchingCategories(const SearchMatcher &matcher, qsizetype term) const;
    // Forgets what was read when the data changed since; false (and nothing
    // kept) when that cannot be told.
    bool isCurrent() const;
    void forget() const;

    const SqliteConnection &m_connection;
    struct Terms
    {
        QStringList terms;
        int limit = 0; // complete when terms.size() <= limit
    };
    mutable QCache<QString, Terms> m_terms{256};
    mutable std::optional<QList<std::pair<qint64, QString>>> m_categories;
    mutable qint64 m_version = -1;
    mutable std::optional<QString> m_termText;
};
