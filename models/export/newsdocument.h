#pragma once

#include "models/export/exportoptions.h"
#include "models/store/newsitem.h"

#include <QCoreApplication>
#include <QList>
#include <QTextCursor>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// The items as a rich text document: a title line with the date and what the
// items are, then per item its title, categories, the chosen fields (read and
// starred in words, labels, the note), summary and sources. Built
// with QTextCursor, so item text is inserted as text and never read as
// markup. The PDF export prints it; File → Print can print the same document.
// Needs a QGuiApplication (fonts); any thread may build and print it.
class NewsDocument final
{
    Q_DECLARE_TR_FUNCTIONS(NewsDocument)

public:
    explicit NewsDocument(const ExportOptions &options = {});
    ~NewsDocument();
    Q_DISABLE_COPY_MOVE(NewsDocument)

    // Items can be added page by page.
    void appendItems(const QList<NewsItem> &items);
    qsizetype itemCount() const { return m_itemCount; }

    QTextDocument *document() const { return m_document.get(); }

    // Lays the document out on the device's pages, with page numbers, and
    // paints it: a QPdfWriter, or a QPrinter.
    void print(QPagedPaintDevice *device) const;

private:
    void appendBlock(const QString &text, int headingLevel, qreal pointSize, bool bold, bool italic,
                     const QColor &colour, qreal topMargin, qreal bottomMargin);
    // The lines of the chosen fields (ExportOptions::fields).
    void appendState(const NewsItem &item);

    ExportOptions m_options;
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
    qsizetype m_itemCount = 0;
    bool m_firstBlock = true;
};
