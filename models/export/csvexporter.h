#pragma once

#include "models/export/exporter.h"

// CSV as RFC 4180 reads it: UTF-8 with a byte order mark (so spreadsheets pick
// the encoding), CRLF between records, fields quoted when they hold a comma, a
// quote or a line break. Columns: id, title, summary, categories, sources
// (summary and sources only when the options include them), then read,
// starred (true/false), labels and note as ExportOptions::fields choose. Lists are joined
// with "; ", sources written as file:position. A cell that a spreadsheet would
// read as a formula (=, +, -, @, tab, carriage return first) starts with a
// single quote instead.
class CsvExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    CsvExporter();

    QString name() const override;

    // One field: neutralised against formulas, then quoted if needed.
    static QString field(const QString &text);

protected:
    bool writeHeader() override;
    bool writePage(const QList<NewsItem> &items) override;
    bool writeFooter() override;

private:
    void appendState(QStringList &fields, const NewsItem &item) const;
};
