#pragma once

#include "models/export/exporter.h"

// The plain-text listing format newsdesk imports (see ListingParser), laid
// out as the listing files are:
//
//   Nyheter
//
//    • Title
//
//     Summary paragraph
//
//     Organisation och styrningEkonomi och budget
//    • Next title
//
// so that the items of one listing file export back to that file, and an
// export imports as the same items. Sources and ExportOptions::fields (read,
// starred, labels, notes) have no place in the format: it stays byte-faithful.
class ListingExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ListingExporter)

public:
    ListingExporter();

    QString name() const override;
    bool carriesFields() const override { return false; }

    // The listing files write an item's category names together
    // ("KulturStöd": the parser splits them); text for people (the clipboard)
    // writes them apart: "Categories: Kultur, Stöd". Together by default.
    void setCategoriesApart(bool apart) { m_categoriesApart = apart; }

protected:
    bool writeHeader() override;
    bool writePage(const QList<NewsItem> &items) override;
    bool writeFooter() override;

private:
    bool m_categoriesApart = false;
};
