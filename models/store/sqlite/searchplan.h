#pragma once

#include <QList>
#include <QString>

// How the SQLite store answers a search (SearchPlanner::plan()): the part the
// full-text index answers, and the part the SQL function newsdesk_match
// checks per row (SearchFunctions).
struct SearchPlan
{
    // A positive term matches no item: nothing passes.
    bool nothing = false;
    // FTS5 query of the candidates: every positive term the index can take
    // (exactly, or a superset for phrases and joined words); empty when none can.
    QString positive;
    // FTS5 query of the excluded terms the index answers exactly (any of them
    // excludes); empty when none.
    QString excluded;
    // The terms newsdesk_match must check (SearchQuery canonical form); empty
    // when the index answers alone. When positive is empty it holds every term
    // but the exact exclusions.
    QString check;
    // Whether a checked term matches some category name (else the function is
    // given no names: they cannot change its answer).
    bool checkCategories = false;
    // The positive terms (canonical form) and their number: the tiers of best
    // match first (newsdesk_title_terms).
    QString positiveTerms;
    int positiveCount = 0;
    // How many index terms positive and excluded name (a prefix counts one).
    int indexTerms = 0;
    // The items whose note alone passes the whole query (notes are few):
    // they pass whatever their own text says (QueryPlanner).
    QList<qint64> noteIds;

    // Whether no item can pass: no text and no note.
    bool passesNothing() const { return nothing && noteIds.isEmpty(); }

    // Whether the query selects every item (no terms, or only terms that match nothing, excluded).
    bool selectsAll() const { return !nothing && positive.isEmpty() && excluded.isEmpty() && check.isEmpty(); }
    // The FTS5 query of the candidates: the positive terms, exact
    // exclusions left out; empty when no positive term can go to the index.
    QString candidates() const
    {
        if (positive.isEmpty() || excluded.isEmpty())
            return positive;
        return u'(' + positive + QStringLiteral(") NOT ") + excluded;
    }
};
