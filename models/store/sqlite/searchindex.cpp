#include "models/store/sqlite/searchindex.h"

#include "models/search/searchtext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace SearchIndex {

namespace {

constexpr char16_t CategoryMark = char16_t(SearchText::IndexCategoryMark);

QStringList terms(const QList<qint64> &categoryIds)
{
    QStringList result;
    result.reserve(categoryIds.size());
    for (qint64 id : categoryIds)
        result.append(categoryTerm(id));
    return result;
}

} // namespace

QString textSql(const QString &column)
{
    return u"replace(%1, char(%2), ' ')"_s.arg(column).arg(int(CategoryMark));
}

QString categoriesSql(const QString &itemIdSql)
{
    return u"coalesce((SELECT group_concat(char(%1) || ic_.category_id, ' ') FROM item_categories ic_ "
           u"WHERE ic_.item_id = %2), '')"_s.arg(int(CategoryMark)).arg(itemIdSql);
}

QString categoryToken(qint64 categoryId)
{
    return QChar(CategoryMark) + QString::number(categoryId);
}

QString categoryTerm(qint64 categoryId)
{
    return u'"' + categoryToken(categoryId) + u'"';
}

QString anyOf(const QList<qint64> &categoryIds)
{
    return u'(' + terms(categoryIds).join(u" OR "_s) + u')';
}

QString allOf(const QList<qint64> &categoryIds)
{
    return terms(categoryIds).join(u' ');
}

} // namespace SearchIndex
