#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What an export carries of the person's own state besides the item's text:
// read and starred, labels, the note. Chosen in the export dialog and by
// `newsdesk export --fields read,starred,labels,note` (any subset, or "all").
// CSV gets a column per field; Markdown, HTML, PDF and print a line per item.
// JSON always carries every field (the objects of `list --format json`,
// NewsItem::toJson()), so fields change nothing there. The listing format
// ignores fields: it stays the source format.
struct ExportFields
{
    Q_DECLARE_TR_FUNCTIONS(ExportFields)

public:
    bool read = false;
    bool starred = false;
    bool labels = false;
    bool note = false;

    static ExportFields all() { return {true, true, true, true}; }
    bool any() const { return read || starred || labels || note; }

    // "read,starred,labels,note", any subset in any order, case and spaces
    // ignored; "all" for every field; an empty list for none. An unknown or
    // empty field gives nullopt and, in error, a message naming it.
    static std::optional<ExportFields> parse(const QString &commaList, QString *error = nullptr);
    // The chosen fields in the form parse() reads, in the order above
    // ("read,labels"); empty for none.
    QString toString() const;
    // The names parse() knows, in order: read, starred, labels, note.
    static QStringList names();

    friend bool operator==(const ExportFields &, const ExportFields &) = default;
};
