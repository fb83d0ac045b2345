#include "models/store/itemfilter.h"

#include "models/search/searchquery.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

bool ItemFilter::hasSearch() const
{
    // Most filters have no search at all: no parse for them.
    return !search.isEmpty() && !SearchQuery::parse(search).isEmpty();
}

namespace {

using namespace Qt::StringLiterals;

struct SortName
{
    ItemFilter::Sort sort;
    QLatin1StringView name;
};

constexpr SortName SortNames[] = {
    {ItemFilter::Sort::Listing, "listing"_L1}, {ItemFilter::Sort::Title, "title"_L1},
    {ItemFilter::Sort::BestMatch, "best"_L1},  {ItemFilter::Sort::Source, "source"_L1},
    {ItemFilter::Sort::ReadState, "read"_L1},  {ItemFilter::Sort::Starred, "starred"_L1},
};

constexpr std::pair<ItemFilter::Hidden, QLatin1StringView> HiddenNames[] = {
    {ItemFilter::Hidden::Exclude, "exclude"_L1},
    {ItemFilter::Hidden::Only, "only"_L1},
    {ItemFilter::Hidden::Include, "include"_L1},
};

// Reads json[key] into a string list; false when it is there and not an array of strings.
bool readStrings(const QJsonObject &json, QLatin1StringView key, QStringList &out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString())
            return false;
        out.append(entry.toString());
    }
    return true;
}

} // namespace

QJsonObject ItemFilter::toJson() const
{
    QJsonObject json;
    if (!categories.isEmpty())
        json.insert("categories"_L1, QJsonArray::fromStringList(categories));
    if (match == Match::All)
        json.insert("match"_L1, "all"_L1);
    if (!search.isEmpty())
        json.insert("search"_L1, search);
    if (unreadOnly)
        json.insert("unread"_L1, true);
    if (starredOnly)
        json.insert("starred"_L1, true);
    if (!sourceFile.isEmpty())
        json.insert("source"_L1, sourceFile);
    if (uncategorised)
        json.insert("uncategorised"_L1, true);
    if (!labels.isEmpty())
        json.insert("labels"_L1, QJsonArray::fromStringList(labels));
    for (const auto &[value, name] : HiddenNames) {
        if (value == hidden && value != Hidden::Exclude)
            json.insert("hidden"_L1, name);
    }
    for (const SortName &entry : SortNames) {
        if (entry.sort == sort && entry.sort != Sort::Listing)
            json.insert("sort"_L1, entry.name);
    }
    return json;
}

ItemFilter ItemFilter::fromJson(const QJsonObject &json, QString *error)
{
    ItemFilter filter;
    QString wrong;
    const auto boolean = [&](QLatin1StringView key, bool &out) {
        const QJsonValue value = json.value(key);
        if (value.isBool())
            out = value.toBool();
        else if (!value.isUndefined())
            wrong = key;
    };
    const auto text = [&](QLatin1StringView key, QString &out) {
        const QJsonValue value = json.value(key);
        if (value.isString())
            out = value.toString();
        else if (!value.isUndefined())
            wrong = key;
    };
    if (!readStrings(json, "categories"_L1, filter.categories))
        wrong = "categories"_L1;
    if (!readStrings(json, "labels"_L1, filter.labels))
        wrong = "labels"_L1;
    boolean("unread"_L1, filter.unreadOnly);
    boolean("starred"_L1, filter.starredOnly);
    boolean("uncategorised"_L1, filter.uncategorised);
    text("search"_L1, filter.search);
    text("source"_L1, filter.sourceFile);
    QString match = u"any"_s;
    QString hidden = u"exclude"_s;
    QString sort = u"listing"_s;
    text("match"_L1, match);
    text("hidden"_L1, hidden);
    text("sort"_L1, sort);
    if (match == "all"_L1)
        filter.match = Match::All;
    else if (match != "any"_L1)
        wrong = "match"_L1;
    const auto hiddenName = std::find_if(std::begin(HiddenNames), std::end(HiddenNames),
                                         [&](const auto &entry) { return entry.second == hidden; });
    const auto sortName = std::find_if(std::begin(SortNames), std::end(SortNames),
                                       [&](const SortName &entry) { return entry.name == sort; });
    if (hiddenName == std::end(HiddenNames))
        wrong = "hidden"_L1;
    else
        filter.hidden = hiddenName->first;
    if (sortName == std::end(SortNames))
        wrong = "sort"_L1;
    else
        filter.sort = sortName->sort;
    if (error)
        *error = wrong.isEmpty() ? QString() : u"the filter's \u201C%1\u201D is not valid"_s.arg(wrong);
    return wrong.isEmpty() ? filter : ItemFilter();
}
