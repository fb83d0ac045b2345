#include "models/store/postgres/pgfiltersql.h"

#include "models/search/searchquery.h"
#include "models/search/searchtext.h"
#include "models/store/label.h"
#include "models/store/postgres/pgschema.h"
#include "models/store/postgres/pgsearchtext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString jsonArray(const QStringList &names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

const QString HasCategory = u"EXISTS (SELECT 1 FROM item_categories ic JOIN categories c ON c.id = ic.category_id "
                            u"WHERE ic.item_id = i.id AND c.name IN (SELECT jsonb_array_elements_text(?::jsonb)))"_s;
const QString MarksJoin = u"LEFT JOIN marks m ON m.key = i.key AND m.person = newsdesk_person()"_s;
const QString NoCategory = u"NOT EXISTS (SELECT 1 FROM item_categories ic WHERE ic.item_id = i.id)"_s;

} // namespace

QString PgFilterSql::notYet(const QString &what)
{
    return tr("%1 is not available on a shared archive yet.").arg(what);
}

void PgFilterSql::add(const QString &condition)
{
    m_where += u" AND "_s + condition;
}

StoreResult<PgFilterSql> PgFilterSql::build(const ItemFilter &filter)
{
    PgFilterSql sql;
    // The person's hidden items; those forgotten for good are never shown.
    switch (filter.hidden) {
    case ItemFilter::Hidden::Exclude:
        sql.add(u"NOT coalesce(m.hidden, false)"_s);
        break;
    case ItemFilter::Hidden::Only:
        sql.add(u"coalesce(m.hidden, false) AND NOT m.forgotten"_s);
        break;
    case ItemFilter::Hidden::Include:
        sql.add(u"NOT coalesce(m.forgotten, false)"_s);
        break;
    }
    if (!sql.addCategories(filter))
        sql.add(u"false"_s);
    if (!filter.labels.isEmpty()) {
        // The person's labels by name (an unknown name matches nothing).
        QStringList names;
        for (const QString &name : filter.labels)
            names.append(Label::normalisedName(name));
        sql.add(u"EXISTS (SELECT 1 FROM item_labels il JOIN labels l ON l.id = il.label_id "
                u"WHERE il.key = i.key AND l.person = newsdesk_person() "
                u"AND l.name IN (SELECT jsonb_array_elements_text(?::jsonb)))"_s);
        sql.m_values.append(jsonArray(names));
    }
    if (filter.unreadOnly)
        sql.add(u"NOT coalesce(m.read, false)"_s);
    if (filter.starredOnly)
        sql.add(u"coalesce(m.starred, false)"_s);
    if (!filter.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.ids)
            ids.append(QString::number(id));
        sql.add(u"i.id IN (SELECT jsonb_array_elements_text(?::jsonb)::bigint)"_s);
        sql.m_values.append(jsonArray(ids));
    }
    if (filter.newSince > 0) {
        sql.add(u"i.added_at > ?"_s);
        sql.m_values.append(filter.newSince);
    }
    sql.addSource(filter);
    if (filter.hasSearch())
        sql.addSearch(filter.search, filter.sort == ItemFilter::Sort::BestMatch);
    return sql;
}

// The source file (its items, in its order), or the order of every source
// file; else the sort asked for.
void PgFilterSql::addSource(const ItemFilter &filter)
{
    if (!filter.sourceFile.isEmpty()) {
        add(u"EXISTS (SELECT 1 FROM sources so WHERE so.item_id = i.id AND so.file_id = "
            u"(SELECT id FROM files WHERE path = ?))"_s);
        m_values.append(filter.sourceFile);
        // A page walks the file's sources: an item comes at each of its places.
        m_pageFrom = u"FROM sources so JOIN items i ON i.id = so.item_id "_s + MarksJoin
                + u" WHERE so.file_id = (SELECT id FROM files WHERE path = ?) AND "_s;
        m_pageValues = {filter.sourceFile};
        // (Read state and starred: that part first, each in the file's order.)
        if (filter.sort == ItemFilter::Sort::ReadState)
            m_order = u"coalesce(m.read, false), so.position"_s;
        else if (filter.sort == ItemFilter::Sort::Starred)
            m_order = u"coalesce(m.starred, false) DESC, so.position"_s;
        else
            m_order = u"so.position"_s;
        return;
    }
    switch (filter.sort) {
    case ItemFilter::Sort::Title:
        m_order = u"i.title_key, i.sort_key DESC"_s;
        break;
    case ItemFilter::Sort::ReadState:
        m_order = u"coalesce(m.read, false), i.sort_key DESC"_s;
        break;
    case ItemFilter::Sort::Starred:
        m_order = u"coalesce(m.starred, false) DESC, i.sort_key DESC"_s;
        break;
    case ItemFilter::Sort::Source:
        // Each item once, at the place its listing key comes from (its newest
        // source: the key is the file's ordinal and the place in it), the
        // files in the order PgStore binds (setFileOrder(): their paths in
        // Swedish order) as an array of ordinals: nothing is written, so a
        // read replica answers it too. The files are walked in turn (a
        // function's ordinality is an order the planner knows), each by the
        // listing's index over its range of keys, as far as the page needs
        // (the LIMIT of pageFromWhere(rows)); the lateral rows are named i
        // (id, sort_key) for the callers' SQL.
        m_pageFrom = u"FROM unnest(?::bigint[]) WITH ORDINALITY AS fo(ordinal, rank) CROSS JOIN LATERAL "
                     u"(SELECT i.id, i.sort_key FROM items i "_s
                + MarksJoin
                + u" WHERE i.sort_key BETWEEN fo.ordinal * %1 AND fo.ordinal * %1 + %2 AND "_s
                          .arg(PgSchema::PositionsPerFile)
                          .arg(PgSchema::PositionsPerFile - 1);
        m_order = u"fo.rank, i.sort_key DESC"_s;
        m_fileOrder = true;
        m_pageValues = {u"{}"_s};
        break;
    default:
        m_order = u"i.sort_key DESC"_s;
        break;
    }
}

// The category part; false when no item can pass it.
bool PgFilterSql::addCategories(const ItemFilter &filter)
{
    if (filter.categories.isEmpty()) {
        if (filter.uncategorised)
            add(NoCategory);
        return true;
    }
    if (filter.match == ItemFilter::Match::All) {
        if (filter.uncategorised)
            return false;
        for (const QString &name : filter.categories) {
            add(HasCategory);
            m_values.append(jsonArray({name}));
        }
        return true;
    }
    add(filter.uncategorised ? u"("_s + HasCategory + u" OR "_s + NoCategory + u")"_s : HasCategory);
    m_values.append(jsonArray(filter.categories));
    return true;
}

namespace {

using Term = SearchQuery::Term;

// (A part is letters, digits and marks: nothing in it is special to LIKE or
// to a regular expression; escaped all the same.)
QString likeEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

QString regexEscaped(const QString &text)
{
    static const QString special = u"\\^$.|?*+()[]{}"_s;
    QString out;
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

// Where a folded text (PgSearchText: " word word | word ") holds a term, by
// the rules of SearchMatcher: a part of 3 or more characters anywhere in a
// word, a shorter one at a word's start, a phrase as whole words in
// sequence, a joined word's parts in adjacent words of one field.
struct TermPattern
{
    QString op; // LIKE or ~
    QString pattern;
};

TermPattern termPattern(const Term &term)
{
    if (term.kind == Term::Kind::Phrase)
        return {u"LIKE"_s, u"% "_s + likeEscaped(term.parts.join(u' ')) + u" %"_s};
    if (term.parts.size() == 1) {
        const QString &part = term.parts.constFirst();
        return {u"LIKE"_s, (SearchText::matchesInsideWords(part) ? u"%"_s : u"% "_s) + likeEscaped(part) + u'%'};
    }
    // The rest of a word, and of a word before a part found inside it.
    const QString inWord = u"[^ %1]*"_s.arg(PgSearchText::FieldSeparator);
    QString regex;
    for (qsizetype i = 0; i < term.parts.size(); ++i) {
        const QString &part = term.parts.at(i);
        const bool inside = SearchText::matchesInsideWords(part);
        if (i == 0)
            regex += inside ? regexEscaped(part) : u' ' + regexEscaped(part);
        else
            regex += inside ? inWord + regexEscaped(part) : regexEscaped(part);
        if (i + 1 < term.parts.size())
            regex += inWord + u' ';
    }
    return {u"~"_s, regex};
}

} // namespace

// Every positive term and no excluded one on the item (its title, summary or
// a category name), or on the person's note (the note as a title: as the
// SQLite cache, a note alone may pass). Best match first: the number of
// positive terms in the title, as SearchMatcher::termsInTitle.
void PgFilterSql::addSearch(const QString &search, bool bestMatch)
{
    const SearchQuery query = SearchQuery::parse(search);
    if (query.isEmpty())
        return;
    QStringList onItem;
    QStringList onNote;
    QStringList inTitle;
    QVariantList noteValues;
    for (const Term &term : query.terms()) {
        const TermPattern match = termPattern(term);
        const QString not_ = term.excluded ? u"NOT "_s : QString();
        onItem.append(not_ + u"(i.search_text %1 ? OR i.search_categories %1 ?)"_s.arg(match.op));
        onNote.append(not_ + u"(n.search_text %1 ?)"_s.arg(match.op));
        m_values.append(match.pattern);
        m_values.append(match.pattern);
        noteValues.append(match.pattern);
        if (!term.excluded) {
            inTitle.append(u"(split_part(i.search_text, '%1', 1) %2 ?)::int"_s.arg(
                    QString(PgSearchText::FieldSeparator), match.op));
            m_titleValues.append(match.pattern);
        }
    }
    // (The notes' keys as an array: items.key's index answers it, so the
    // planner may still take the trigram indexes for the words.)
    add(u"((%1) OR i.key = ANY (ARRAY (SELECT n.key FROM notes n WHERE n.person = newsdesk_person() AND %2)))"_s.arg(
            onItem.join(u" AND "_s), onNote.join(u" AND "_s)));
    m_values.append(noteValues);
    if (bestMatch && !inTitle.isEmpty()) {
        m_baseOrder = m_order;
        m_titleHits = u"("_s + inTitle.join(u" + "_s) + u")"_s;
        m_positiveTerms = int(inTitle.size());
        m_order = m_titleHits + u" DESC, "_s + m_order;
    }
}

QString PgFilterSql::fromWhere() const
{
    return u"FROM items i "_s + MarksJoin + u" WHERE true"_s + m_where;
}

QString PgFilterSql::pageFromWhere(qint64 rows) const
{
    if (m_fileOrder) {
        return m_pageFrom + u"true"_s + m_where + u" ORDER BY i.sort_key DESC"_s
                + (rows < 0 ? QString() : u" LIMIT %1"_s.arg(rows)) + u") i"_s;
    }
    return m_pageFrom.isEmpty() ? fromWhere() : m_pageFrom + u"true"_s + m_where;
}

QVariantList PgFilterSql::pageValues() const
{
    return m_pageValues + m_values;
}

QVariantList PgFilterSql::orderValues() const
{
    return m_positiveTerms > 0 ? m_titleValues : QVariantList();
}

void PgFilterSql::setFileOrder(const QList<OrderedFile> &files)
{
    if (!m_fileOrder)
        return;
    QStringList ordinals;
    for (const OrderedFile &file : files)
        ordinals.append(QString::number(file.ordinal));
    m_pageValues = {QString(u'{' + ordinals.join(u',') + u'}')};
}
