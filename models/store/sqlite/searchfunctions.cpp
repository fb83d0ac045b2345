#include "models/store/sqlite/searchfunctions.h"

#include "models/search/searchmatcher.h"
#include "models/search/searchquery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QStringView>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t NameSeparator = 0x1F; // char(31): no category name holds it (a control character)

QStringView textOf(sqlite3_value *value)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(value));
    const int bytes = sqlite3_value_bytes16(value);
    return text ? QStringView(text, bytes / 2) : QStringView();
}

void deleteMatcher(void *matcher)
{
    delete static_cast<SearchMatcher *>(matcher);
}

// The matcher of the statement's query (argument 0): parsed on the first row,
// kept by SQLite with the argument for the rows after. fallback holds it when
// SQLite cannot keep it.
const SearchMatcher &matcherOf(sqlite3_context *context, sqlite3_value *query, SearchMatcher &fallback)
{
    if (const auto *kept = static_cast<const SearchMatcher *>(sqlite3_get_auxdata(context, 0)))
        return *kept;
    auto *matcher = new SearchMatcher(SearchQuery::parse(textOf(query)));
    fallback = *matcher;
    sqlite3_set_auxdata(context, 0, matcher, deleteMatcher); // (deletes it at once when it cannot keep it)
    return fallback;
}

void match(sqlite3_context *context, int, sqlite3_value **arguments)
{
    SearchMatcher fallback;
    const SearchMatcher &matcher = matcherOf(context, arguments[0], fallback);
    const bool passes = matcher.matches(textOf(arguments[1]), textOf(arguments[2]), textOf(arguments[3]),
                                        QChar(NameSeparator));
    sqlite3_result_int(context, passes ? 1 : 0);
}

void titleTerms(sqlite3_context *context, int, sqlite3_value **arguments)
{
    SearchMatcher fallback;
    const SearchMatcher &matcher = matcherOf(context, arguments[0], fallback);
    sqlite3_result_int(context, matcher.termsInTitle(textOf(arguments[1])));
}

} // namespace

namespace SearchFunctions {

QString install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QCoreApplication::translate("SearchFunctions", "the connection is not an SQLite connection");
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return QCoreApplication::translate("SearchFunctions", "the connection is not open");
    constexpr int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC;
    if (sqlite3_create_function_v2(connection, "newsdesk_match", 4, flags, nullptr, match, nullptr, nullptr,
                                   nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(connection, "newsdesk_title_terms", 2, flags, nullptr, titleTerms, nullptr,
                                      nullptr, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(connection));
    return {};
}

QString categoryNamesSql(const QString &itemIdSql)
{
    return u"coalesce((SELECT group_concat(c_.name, char(%1)) FROM item_categories ic_ "
           u"JOIN categories c_ ON c_.id = ic_.category_id WHERE ic_.item_id = %2), '')"_s
            .arg(int(NameSeparator)).arg(itemIdSql);
}

} // namespace SearchFunctions
