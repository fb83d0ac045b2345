#include "models/store/itemfilter.h"

#include "models/search/searchquery.h"

bool ItemFilter::hasSearch() const
{
    // Most filters have no search at all: no parse for them.
    return !search.isEmpty() && !SearchQuery::parse(search).isEmpty();
}
