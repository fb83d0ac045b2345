#pragma once

#include "models/export/exporter.h"

// CommonMark: a title heading, then per item a "##" heading, a categories
// line, the chosen fields (ExportOptions::fields: read and starred in words,
// labels, the note), the summary paragraphs and the sources. Item text is escaped so it
// reads literally: no emphasis, links, HTML, headings or lists come from it.
class MarkdownExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    MarkdownExporter();

    QString name() const override;

    // text as one line of literal Markdown inline content.
    static QString escaped(const QString &text);

protected:
    bool writeHeader() override;
    bool writePage(const QList<NewsItem> &items) override;
    bool writeFooter() override;

private:
    // The lines of the fields the options choose (read and starred in words,
    // labels, the note), escaped like item text.
    QString stateLines(const NewsItem &item) const;
};
