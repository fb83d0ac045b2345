#pragma once

#include "models/export/exportfields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct ItemFilter;

// What an export holds besides the items themselves. The same options serve
// every format; a format ignores what it cannot show (a listing file has no
// sources).
struct ExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ExportOptions)

public:
    bool includeSummary = true;
    bool includeSources = true;
    QString title;        // heading of documents (Markdown, HTML, PDF); empty = "News"
    QString description;  // which items these are, e.g. describeFilter(filter)
    QDateTime created;    // shown in the heading; invalid = the time of the export
    ExportFields fields;  // the person's state each item carries (read, starred, labels, note)

    // The heading of a document, and the line under it: date and description.
    QString documentTitle() const;
    QString subtitle() const;

    // A short description of a filter for a person: "Category: Kultur; unread".
    static QString describeFilter(const ItemFilter &filter);
};
