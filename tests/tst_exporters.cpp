#include "models/export/clipboardexporter.h"
#include "models/export/csvexporter.h"
#include "models/export/exporter.h"
#include "models/export/exportfields.h"
#include "models/export/exportjob.h"
#include "models/export/htmlrenderer.h"
#include "models/export/itemtext.h"
#include "models/export/newsdocument.h"
#include "models/listing/listingparser.h"
#include "models/listing/sourcename.h"
#include "models/search/searchquery.h"
#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "normalisedtext.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QThread>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Items whose text looks like markup of every format: each export must show it
// literally. A listing file, so the items come in through the real importer.
const QByteArray TrickyListing =
    "Nyheter\n"
    "\n"
    " • <script>alert(1)</script>\n"
    "\n"
    "  A paragraph with <b>bold</b> & &amp; entities, *stars*, _underscores_ and [a](b).\n"
    "\n"
    "  =1+2 starts the second paragraph, with \"quotes\", commas, and more\n"
    "\n"
    "  Kultur\n"
    " • =HYPERLINK(\"http://x\")\n"
    "\n"
    "  -minus first. @at. +plus. Then a tab\there.\n"
    "\n"
    "  Ekonomi och budget\n"
    " • Quote \"this\", and, that\n"
    "\n"
    "  # not a heading. 1. not a list. > not a quote\n"
    "\n"
    "  KulturEkonomi och budget\n"
    " • *x* and [a](b) and `code` | pipe ~~strike~~ www.example.com http://example.com/?a=1&b=2\n"
    "\n"
    "  @SUM(A1) and <img src=x onerror=alert(1)> and <!-- comment -->\n"
    "\n"
    "  Kultur\n"
    " • 1. Not a list\n"
    "\n"
    "  > Not a quote either\n"
    "\n"
    "  Kultur\n"
    " • - Not a list item\n"
    "\n"
    "  + Not one either \\ backslash \\* star\n"
    "\n"
    "  Kultur\n"
    " • # Not a heading #\n"
    "\n"
    "  2) Not a list\n"
    "\n"
    "  Kultur\n";

// An exporter that fails on its second page, like a full disk.
class FailingExporter final : public Exporter
{
public:
    FailingExporter() : Exporter(u"failing"_s, u"txt"_s, u"text/plain"_s) {}
    QString name() const override { return u"Failing"_s; }

protected:
    bool writeHeader() override { return write(QByteArrayLiteral("header\n")); }
    bool writePage(const QList<NewsItem> &items) override
    {
        if (++m_pages == 2)
            return fail(u"the disk is full (simulated)"_s);
        return write(QByteArray::number(items.size()) + '\n');
    }
    bool writeFooter() override { return write(QByteArrayLiteral("footer\n")); }

private:
    int m_pages = 0;
};

// A strict RFC 4180 reader: a UTF-8 byte order mark, records ended by CRLF,
// fields separated by commas, either unquoted (no comma, quote, CR or LF) or
// quoted with inner quotes doubled; every record as wide as the first.
bool readCsv(const QByteArray &bytes, QList<QStringList> &records, QString &error)
{
    records.clear();
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        error = u"no UTF-8 byte order mark"_s;
        return false;
    }
    const QString text = QString::fromUtf8(bytes.mid(3));
    if (text.toUtf8() != bytes.mid(3)) {
        error = u"not valid UTF-8"_s;
        return false;
    }
    const qsizetype n = text.size();
    qsizetype i = 0;
    QStringList record;
    while (i < n) {
        QString field;
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    error = u"unterminated quoted field"_s;
                    return false;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"') {
                    error = u"quote inside an unquoted field at %1"_s.arg(i);
                    return false;
                }
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i >= n) {
            error = u"the last record does not end with CRLF"_s;
            return false;
        }
        if (text.at(i) == u',') {
            ++i;
            continue;
        }
        if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            records.append(record);
            record.clear();
            i += 2;
            continue;
        }
        error = u"a line break that is not CRLF, or text after a quoted field, at %1"_s.arg(i);
        return false;
    }
    if (!record.isEmpty()) {
        error = u"the file ends after a comma"_s;
        return false;
    }
    for (const QStringList &r : std::as_const(records)) {
        if (r.size() != records.first().size()) {
            error = u"records of different widths"_s;
            return false;
        }
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sampleName(const QString &path)
{
    return path.section(u'/', -1);
}

} // namespace

// The exporters and ExportJob, each test on a fresh cache in its own folder.
class TestExporters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void formats();
    void csvField_data();
    void csvField();
    void csv();
    void csvWithoutSummaryAndSources();
    void json();
    void markdown();
    void html();
    void listing();
    void listingReproducesSampleFile_data();
    void listingReproducesSampleFile();
    void pdf();
    void escaping_data();
    void escaping();
    void pageSizeDoesNotMatter_data();
    void pageSizeDoesNotMatter();
    void progressAndCount();
    void toDevice();
    void unwritableDestination_data();
    void unwritableDestination();
    void cancelKeepsExistingFile();
    void failureKeepsExistingFile();
    void refusesToOverwriteCache();
    void workerThread();
    void stepsOutOfOrder();
    void jobReadsTheItemsOfAFilter();
    void clipboardHoldsTheListingAndEscapedHtml();
    void clipboardTextSeparatesCategories();
    void sampleSourcesByName_data();
    void sampleSourcesByName();
    void sampleNames();
    void htmlTextIsEscapedBeforeLinksAndMarks_data();
    void htmlTextIsEscapedBeforeLinksAndMarks();
    void paneMarksTheCategoriesThatMatched();
    // Issue 16: the person's state in exports (ExportFields).
    void fieldsParse_data();
    void fieldsParse();
    void fieldsInEveryFormat_data();
    void fieldsInEveryFormat();
    void fieldsInTheDocument();
    void jsonAlwaysCarriesEveryField();
    void listingIgnoresFields();
    void describeFilterNamesLabelsAndHidden_data();
    void describeFilterNamesLabelsAndHidden();

private:
    void importSamples();
    void importTricky();
    QList<qint64> allIds() const { return m_store->itemIds(); }
    QList<NewsItem> allItems() const { return m_store->items(allIds()); }
    static ExportOptions fixedOptions();
    // The export of ids in format as bytes, or empty (with a warning) on failure.
    QByteArray exportBytes(const QString &format, const QList<qint64> &ids, const ExportOptions &options,
                           qsizetype pageSize = ExportJob::DefaultPageSize);
    QByteArray exportBytes(const QString &format, const QList<qint64> &ids)
    {
        return exportBytes(format, ids, fixedOptions());
    }
    void checkCsv(const QByteArray &bytes, const QList<NewsItem> &items);
    void checkJson(const QByteArray &bytes, const QList<NewsItem> &items);
    void checkMarkdown(const QByteArray &bytes, const QList<NewsItem> &items);
    void checkHtml(const QByteArray &bytes, const QList<NewsItem> &items);
    void checkListing(const QByteArray &bytes, const QList<NewsItem> &items);
    void checkDocument(const QTextDocument &document, const QList<NewsItem> &items);
    // items through the exporter of format straight to a file (no store).
    QByteArray writeItems(const QString &format, const QList<NewsItem> &items, const ExportOptions &options);
    // The tricky items, the first two carrying state (labels, a note of markup).
    QList<NewsItem> itemsWithState();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NewsStore> m_store;
};

void TestExporters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<NewsStore>();
    QVERIFY2(m_store->open(m_dir->filePath(u"cache.sqlite"_s)), qPrintable(m_store->errorString()));
}

void TestExporters::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestExporters::importSamples()
{
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths(NewsImporter::sampleFiles());
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(m_store->itemCount(), 47);
}

void TestExporters::importTricky()
{
    const QString path = m_dir->filePath(u"tricky.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(TrickyListing), TrickyListing.size());
    file.close();
    NewsImporter importer(*m_store);
    const ImportReport report = importer.importPaths({path});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(m_store->itemCount(), 7);
}

ExportOptions TestExporters::fixedOptions()
{
    ExportOptions options;
    options.title = u"Export <test> & *title*"_s;
    options.description = u"All items"_s;
    options.created = QDateTime(QDate(2024, 5, 17), QTime(9, 30), QTimeZone::utc());
    return options;
}

QByteArray TestExporters::exportBytes(const QString &format, const QList<qint64> &ids, const ExportOptions &options,
                                      qsizetype pageSize)
{
    const std::unique_ptr<Exporter> exporter = Exporter::create(format);
    if (!exporter) {
        qWarning("no exporter for %s", qPrintable(format));
        return {};
    }
    exporter->setOptions(options);
    const QString path = m_dir->filePath(u"export."_s + exporter->suffix());
    const ExportResult result = ExportJob::exportItems(*m_store, ids, *exporter, path, {}, pageSize);
    if (!result.ok()) {
        qWarning("export failed: %s", qPrintable(result.error));
        return {};
    }
    if (result.itemCount != ids.size())
        qWarning("exported %lld items of %lld", qint64(result.itemCount), qint64(ids.size()));
    return readAll(path);
}

void TestExporters::formats()
{
    QCOMPARE(Exporter::formats(), (QStringList{u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"txt"_s, u"pdf"_s}));
    for (const QString &format : Exporter::formats()) {
        const std::unique_ptr<Exporter> exporter = Exporter::create(format);
        QVERIFY(exporter);
        QCOMPARE(exporter->formatId(), format);
        QVERIFY(!exporter->suffix().isEmpty());
        QVERIFY(exporter->mimeType().contains(u'/'));
        QVERIFY(!exporter->name().isEmpty());
        QVERIFY(exporter->fileDialogFilter().contains(u"*."_s + exporter->suffix()));
        QCOMPARE(exporter->canWriteToStream(), format != u"pdf");
        QCOMPARE(Exporter::formatForFileName(u"/tmp/news."_s + exporter->suffix()), format);
    }
    QVERIFY(!Exporter::create(u"docx"_s));
    QCOMPARE(Exporter::formatForFileName(u"NEWS.MARKDOWN"_s), u"md"_s);
    QCOMPARE(Exporter::formatForFileName(u"news.htm"_s), u"html"_s);
    QCOMPARE(Exporter::formatForFileName(u"news"_s), QString());
}

void TestExporters::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"Kultur"_s << u"Kultur"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"one\n\ntwo"_s << u"\"one\n\ntwo\""_s;
    QTest::newRow("formula =") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("formula +") << u"+46 8"_s << u"'+46 8"_s;
    QTest::newRow("formula -") << u"-1 011 miljoner"_s << u"'-1 011 miljoner"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("formula tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("formula CR") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("formula and quoting") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                         << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
    QTest::newRow("minus inside") << u"covid-19"_s << u"covid-19"_s;
}

void TestExporters::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvExporter::field(text), field);
}

void TestExporters::checkCsv(const QByteArray &bytes, const QList<NewsItem> &items)
{
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(bytes, records, error), qPrintable(error));
    QCOMPARE(records.size(), items.size() + 1);
    QCOMPARE(records.first(), (QStringList{u"id"_s, u"title"_s, u"summary"_s, u"categories"_s, u"sources"_s}));
    // What a spreadsheet shows: the text, after the quote that disarms formulas.
    auto shown = [](const QString &text) {
        return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()) ? u'\'' + text : text;
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const NewsItem &item = items.at(i);
        const QStringList &record = records.at(i + 1);
        QCOMPARE(record.at(0), QString::number(item.id));
        QCOMPARE(record.at(1), shown(item.title));
        QCOMPARE(record.at(2), shown(item.summary));
        QCOMPARE(record.at(3), shown(item.categories.join(u"; "_s)));
        QStringList sources;
        for (const ItemSource &source : item.sources)
            sources.append(SourceName::display(source.file) + u':' + QString::number(source.position));
        QCOMPARE(record.at(4), shown(sources.join(u"; "_s)));
        for (const QString &cell : record)
            QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()), qPrintable(cell));
    }
}

void TestExporters::csv()
{
    importSamples();
    const QByteArray bytes = exportBytes(u"csv"_s, allIds());
    QVERIFY(!bytes.isEmpty());
    checkCsv(bytes, allItems());
}

void TestExporters::csvWithoutSummaryAndSources()
{
    importSamples();
    ExportOptions options = fixedOptions();
    options.includeSummary = false;
    options.includeSources = false;
    const QByteArray bytes = exportBytes(u"csv"_s, allIds(), options);
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(bytes, records, error), qPrintable(error));
    QCOMPARE(records.size(), 48);
    QCOMPARE(records.first(), (QStringList{u"id"_s, u"title"_s, u"categories"_s}));
    QVERIFY(!bytes.contains("Roslagsbanan ska"));
}

void TestExporters::checkJson(const QByteArray &bytes, const QList<NewsItem> &items)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        // The item's JSON, with the sources a person reads (SourceName).
        QJsonObject expected = items.at(i).toJson();
        QJsonArray sources;
        for (const ItemSource &source : items.at(i).sources)
            sources.append(
                    QJsonObject{{u"file"_s, SourceName::display(source.file)}, {u"position"_s, source.position}});
        expected.insert(u"sources"_s, sources);
        QCOMPARE(array.at(i).toObject(), expected);
    }
}

void TestExporters::json()
{
    importSamples();
    const QByteArray bytes = exportBytes(u"json"_s, allIds());
    checkJson(bytes, allItems());

    ExportOptions options = fixedOptions();
    options.includeSummary = false;
    options.includeSources = false;
    const QJsonArray lean = QJsonDocument::fromJson(exportBytes(u"json"_s, allIds(), options)).array();
    QCOMPARE(lean.size(), 47);
    QVERIFY(!lean.first().toObject().contains(u"summary"_s));
    QVERIFY(!lean.first().toObject().contains(u"sources"_s));
    QVERIFY(lean.first().toObject().contains(u"categories"_s));

    QCOMPARE(exportBytes(u"json"_s, {}), QByteArray("[]\n"));
}

// Markdown and HTML, read back by Qt: the document title, then per item a
// level 2 heading with the exact title and the exact paragraphs as plain
// blocks (no emphasis, link, list, quote or code made from item text).
void TestExporters::checkDocument(const QTextDocument &document, const QList<NewsItem> &items)
{
    QStringList headings;
    QStringList titles;
    QStringList plainBlocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 1)
            titles.append(block.text());
        else if (level == 2)
            headings.append(block.text());
        else if (!block.textList())
            plainBlocks.append(block.text().simplified());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY2(!format.isAnchor(), qPrintable(it.fragment().text()));
            QVERIFY2(!format.fontStrikeOut(), qPrintable(it.fragment().text()));
            QVERIFY2(!format.fontFixedPitch(), qPrintable(it.fragment().text()));
            QVERIFY(!format.isImageFormat());
        }
        QCOMPARE(block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 0);
        QVERIFY(!block.blockFormat().hasProperty(QTextFormat::BlockCodeFence));
    }
    QCOMPARE(titles, QStringList{fixedOptions().title});
    QStringList expected;
    for (const NewsItem &item : items)
        expected.append(item.title);
    QCOMPARE(headings, expected);
    for (const NewsItem &item : items) {
        for (const QString &paragraph : item.paragraphs()) {
            // HTML reads runs of white space (tabs, U+202F in "1 011") as one space.
            const QString oneLine = paragraph.simplified();
            QVERIFY2(plainBlocks.contains(oneLine), qPrintable(paragraph));
        }
    }
}

void TestExporters::checkMarkdown(const QByteArray &bytes, const QList<NewsItem> &items)
{
    QTextDocument document;
    document.setMarkdown(QString::fromUtf8(bytes));
    checkDocument(document, items);
    // Summary paragraphs are neither italic nor bold.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        bool isSummary = false;
        for (const NewsItem &item : items)
            isSummary = isSummary || item.paragraphs().contains(block.text());
        if (!isSummary)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY2(!it.fragment().charFormat().fontItalic(), qPrintable(block.text()));
            QVERIFY2(it.fragment().charFormat().fontWeight() <= QFont::Normal, qPrintable(block.text()));
        }
    }
}

void TestExporters::markdown()
{
    importSamples();
    const QByteArray bytes = exportBytes(u"md"_s, allIds());
    QVERIFY(bytes.startsWith("# Export \\<test\\> \\& \\*title\\*\n"));
    checkMarkdown(bytes, allItems());
}

void TestExporters::checkHtml(const QByteArray &bytes, const QList<NewsItem> &items)
{
    QVERIFY(bytes.startsWith("<!DOCTYPE html>\n"));
    QVERIFY(bytes.contains("<meta charset=\"utf-8\">"));
    QVERIFY(bytes.contains("page-break-inside: avoid"));
    QVERIFY(bytes.contains("@media print"));
    // Self-contained and inert: no scripts, nothing fetched.
    const QByteArray lower = bytes.toLower();
    QVERIFY(!lower.contains("<script"));
    QVERIFY(!lower.contains("<img"));
    QVERIFY(!lower.contains("<link"));
    QVERIFY(!lower.contains("<!--"));
    QVERIFY(!lower.contains("url("));
    QVERIFY(!lower.contains("@import"));
    static const QRegularExpression fetchingAttribute(u"<[^>]*\\s(src|href)\\s*="_s);
    QVERIFY(!QString::fromUtf8(lower).contains(fetchingAttribute));
    QTextDocument document;
    document.setHtml(QString::fromUtf8(bytes));
    checkDocument(document, items);
}

void TestExporters::html()
{
    importSamples();
    const QByteArray bytes = exportBytes(u"html"_s, allIds());
    QVERIFY(bytes.contains("<title>Export &lt;test&gt; &amp; *title*</title>"));
    checkHtml(bytes, allItems());
}

void TestExporters::checkListing(const QByteArray &bytes, const QList<NewsItem> &items)
{
    QVERIFY(bytes.startsWith("Nyheter\n\n \xE2\x80\xA2 "));
    const ParsedListing listing = ListingParser::parse(bytes, u"export.txt"_s);
    QVERIFY(!listing.rejected);
    QVERIFY(listing.diagnostics.isEmpty());
    QCOMPARE(listing.header, u"Nyheter"_s);
    QCOMPARE(listing.items.size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(listing.items.at(i).title, items.at(i).title);
        QCOMPARE(listing.items.at(i).summary(), items.at(i).summary);
        QCOMPARE(listing.items.at(i).categoryLine, items.at(i).categories.join(QString()));
    }
}

void TestExporters::listing()
{
    importSamples();
    checkListing(exportBytes(u"txt"_s, allIds()), allItems());
}

void TestExporters::listingReproducesSampleFile_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &sample : NewsImporter::sampleFiles())
        QTest::newRow(qPrintable(sampleName(sample))) << sample;
}

void TestExporters::listingReproducesSampleFile()
{
    QFETCH(QString, sample);
    importSamples();
    ItemFilter filter;
    filter.sourceFile = sample;
    const QList<qint64> ids = m_store->itemIds(filter);
    QVERIFY(!ids.isEmpty());
    const QByteArray exported = exportBytes(u"txt"_s, ids);
    const QByteArray original = readAll(sample);
    QVERIFY(!original.isEmpty());
    QCOMPARE(normalised(exported), normalised(original));

    // Importing the export gives the same items, in the same order.
    const QString path = m_dir->filePath(sampleName(sample));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exported);
    file.close();
    QTemporaryDir otherDir;
    NewsStore other;
    QVERIFY(other.open(otherDir.filePath(u"other.sqlite"_s)));
    const ImportReport report = NewsImporter(other).importPaths({path});
    QVERIFY2(report.error.isEmpty() && report.diagnostics.isEmpty(), qPrintable(report.error));
    ItemFilter again;
    again.sourceFile = QFileInfo(path).canonicalFilePath();
    const QList<NewsItem> before = m_store->items(ids);
    const QList<NewsItem> after = other.items(other.itemIds(again));
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).title, before.at(i).title);
        QCOMPARE(after.at(i).summary, before.at(i).summary);
        QCOMPARE(after.at(i).categories, before.at(i).categories);
    }
}

void TestExporters::pdf()
{
    importSamples();
    const QByteArray bytes = exportBytes(u"pdf"_s, allIds());
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    static const QRegularExpression pageObject(u"/Type\\s*/Page(?!s)"_s);
    const qsizetype pages = QString::fromLatin1(bytes).count(pageObject);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

    const QString path = m_dir->filePath(u"export.pdf"_s);
    if (const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s); !pdfinfo.isEmpty()) {
        QProcess process;
        process.start(pdfinfo, {path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        static const QRegularExpression pagesLine(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = pagesLine.match(info);
        QVERIFY2(match.hasMatch(), qPrintable(info));
        QCOMPARE(match.captured(1).toLongLong(), pages);
        QVERIFY2(info.contains(u"Export <test> & *title*"_s), qPrintable(info));
    }
    if (const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s); !pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(u"Export <test> & *title*"_s));
        QVERIFY(text.contains(u"All items"_s));
        for (const QString &title : {u"Bullrande arbeten i Rissne"_s, u"Regionen kraftsamlar mot pandemin"_s,
                                     u"Region Stockholms bokslutskommunik\u00E9 2023"_s}) {
            QVERIFY2(text.contains(title), qPrintable(title));
        }
        QVERIFY(text.contains(u"Hälso- och sjukvård"_s));
    } else {
        qInfo("pdftotext not installed: the text of the PDF is not checked");
    }
}

void TestExporters::escaping_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : {u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"txt"_s, u"pdf"_s})
        QTest::newRow(qPrintable(format)) << format;
}

void TestExporters::escaping()
{
    QFETCH(QString, format);
    importTricky();
    const QList<NewsItem> items = allItems();
    QCOMPARE(items.first().title, u"<script>alert(1)</script>"_s);
    const QByteArray bytes = exportBytes(format, allIds());
    QVERIFY(!bytes.isEmpty());
    if (format == u"csv") {
        checkCsv(bytes, items);
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    } else if (format == u"json") {
        checkJson(bytes, items);
    } else if (format == u"md") {
        checkMarkdown(bytes, items);
        QVERIFY(bytes.contains("## \\<script\\>alert(1)\\</script\\>\n"));
    } else if (format == u"html") {
        checkHtml(bytes, items);
        QVERIFY(bytes.contains("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>"));
    } else if (format == u"txt") {
        checkListing(bytes, items);
    } else if (format == u"pdf") {
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, m_dir->filePath(u"export.pdf"_s), u"-"_s});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(u"<script>alert(1)</script>"_s), qPrintable(text));
        QVERIFY(text.contains(u"=HYPERLINK(\"http://x\")"_s));
        QVERIFY(text.contains(u"<b>bold</b> & &amp; entities"_s));
    }
}

void TestExporters::pageSizeDoesNotMatter_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : {u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"txt"_s})
        QTest::newRow(qPrintable(format)) << format;
}

void TestExporters::pageSizeDoesNotMatter()
{
    QFETCH(QString, format);
    importSamples();
    const QByteArray whole = exportBytes(format, allIds(), fixedOptions(), 1000);
    QVERIFY(!whole.isEmpty());
    QCOMPARE(exportBytes(format, allIds(), fixedOptions(), 1), whole);
    QCOMPARE(exportBytes(format, allIds(), fixedOptions(), 10), whole);
}

void TestExporters::progressAndCount()
{
    importSamples();
    const std::unique_ptr<Exporter> exporter = Exporter::create(u"json"_s);
    QList<QPair<qsizetype, qsizetype>> calls;
    const ExportResult result = ExportJob::exportItems(
            *m_store, allIds(), *exporter, m_dir->filePath(u"out.json"_s),
            [&calls](qsizetype done, qsizetype total) {
                calls.append({done, total});
                return true;
            },
            10);
    QVERIFY(result.ok());
    QCOMPARE(result.itemCount, 47);
    const QList<QPair<qsizetype, qsizetype>> expected{{0, 47}, {10, 47}, {20, 47}, {30, 47}, {40, 47}, {47, 47}};
    QCOMPARE(calls, expected);
}

void TestExporters::toDevice()
{
    importSamples();
    const QByteArray file = exportBytes(u"csv"_s, allIds());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const std::unique_ptr<Exporter> exporter = Exporter::create(u"csv"_s);
    exporter->setOptions(fixedOptions());
    QVERIFY(ExportJob::exportItems(*m_store, allIds(), *exporter, &buffer).ok());
    QCOMPARE(buffer.data(), file);
}

void TestExporters::unwritableDestination_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<bool>("needsReadOnlyFolder");
    QTest::newRow("missing folder") << u"no/such/folder/out.csv"_s << false;
    QTest::newRow("parent is a file") << u"plain.txt/out.csv"_s << false;
    QTest::newRow("destination is a folder") << u"folder"_s << false;
    QTest::newRow("read-only folder") << u"readonly/out.csv"_s << true;
}

void TestExporters::unwritableDestination()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, needsReadOnlyFolder);
    importSamples();
    QDir dir(m_dir->path());
    QVERIFY(dir.mkdir(u"folder"_s));
    QFile plain(dir.filePath(u"plain.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(dir.mkdir(u"readonly"_s));
    const QString readOnly = dir.filePath(u"readonly"_s);
    QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (needsReadOnlyFolder) {
        QFile probe(dir.filePath(u"readonly/probe"_s));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("running with rights that write into read-only folders (root)");
        }
    }
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const QString path = dir.filePath(relativePath);
    const std::unique_ptr<Exporter> exporter = Exporter::create(u"csv"_s);
    const ExportResult result = ExportJob::exportItems(*m_store, allIds(), *exporter, path);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(QDir(dir.filePath(u"folder"_s)).isEmpty());
    QVERIFY(QDir(readOnly).isEmpty());
    QCOMPARE(QFileInfo(dir.filePath(u"plain.txt"_s)).size(), 0);
}

void TestExporters::cancelKeepsExistingFile()
{
    importSamples();
    const QString path = m_dir->filePath(u"existing.csv"_s);
    const QByteArray precious = "precious, do not touch\r\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(precious);
    file.close();
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

    for (const QString &format : Exporter::formats()) {
        const std::unique_ptr<Exporter> exporter = Exporter::create(format);
        qsizetype lastDone = -1;
        const ExportResult result = ExportJob::exportItems(
                *m_store, allIds(), *exporter, path,
                [&lastDone](qsizetype done, qsizetype total) {
                    lastDone = done;
                    return done < total / 2;
                },
                10);
        QVERIFY(result.isCancelled());
        QVERIFY(result.error.isEmpty());
        QCOMPARE(lastDone, 30);
        QCOMPARE(readAll(path), precious);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before);
    }
}

void TestExporters::failureKeepsExistingFile()
{
    importSamples();
    const QString path = m_dir->filePath(u"existing.txt"_s);
    const QByteArray precious = "precious\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(precious);
    file.close();

    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    FailingExporter exporter;
    const ExportResult result = ExportJob::exportItems(*m_store, allIds(), exporter, path, {}, 10);
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.error.contains(u"the disk is full (simulated)"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QCOMPARE(readAll(path), precious);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before);
}

void TestExporters::refusesToOverwriteCache()
{
    importSamples();
    const std::unique_ptr<Exporter> exporter = Exporter::create(u"csv"_s);
    const ExportResult result = ExportJob::exportItems(*m_store, allIds(), *exporter, m_store->path());
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QCOMPARE(m_store->itemCount(), 47);
}

void TestExporters::workerThread()
{
    importSamples();
    const QByteArray expected = exportBytes(u"html"_s, allIds());
    const QString path = m_dir->filePath(u"worker.html"_s);
    const ExportJob job(m_store->path(), allIds(), u"html"_s, path, fixedOptions());
    ExportResult result;
    qsizetype progressCalls = 0;
    Qt::HANDLE workerThread = nullptr;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = job.run([&](qsizetype, qsizetype) {
            ++progressCalls;
            workerThread = QThread::currentThreadId();
            return true;
        });
    }));
    thread->start();
    QVERIFY(thread->wait(120000));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.itemCount, 47);
    QVERIFY(progressCalls >= 2);
    QVERIFY(workerThread != QThread::currentThreadId());
    QCOMPARE(readAll(path), expected);

    const ExportJob unknown(m_store->path(), allIds(), u"docx"_s, path);
    QCOMPARE(unknown.run().status, ExportResult::Status::Failed);

    // Cancelled before it runs: not even the cache is opened (here it could not be).
    QFile blocker(m_dir->filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ExportJob cancelled(m_dir->filePath(u"file/cache.sqlite"_s), allIds(), u"html"_s, path);
    QCOMPARE(cancelled.run([](qsizetype, qsizetype) { return false; }).status, ExportResult::Status::Cancelled);
}

void TestExporters::stepsOutOfOrder()
{
    importSamples();
    const std::unique_ptr<Exporter> exporter = Exporter::create(u"json"_s);
    QVERIFY(!exporter->writeItems(allItems()));
    QVERIFY(!exporter->errorString().isEmpty());
    QBuffer buffer;
    QVERIFY(!exporter->begin(&buffer)); // not open
    QVERIFY(!exporter->errorString().isEmpty());
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(exporter->begin(&buffer));
    QVERIFY(exporter->writeItems(allItems()));
    QVERIFY(exporter->finish());
    QVERIFY(!exporter->finish());
    QCOMPARE(QJsonDocument::fromJson(buffer.data()).array().size(), 47);
}

void TestExporters::jobReadsTheItemsOfAFilter()
{
    importSamples();
    ItemFilter byTitle;
    byTitle.sort = ItemFilter::Sort::Title;
    const QByteArray expected = exportBytes(u"json"_s, m_store->itemIds(byTitle));
    const QString path = m_dir->filePath(u"filtered.json"_s);
    ExportJob job(m_store->path(), {}, u"json"_s, path, fixedOptions());
    job.setFilter(byTitle);
    const ExportResult result = job.run();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.itemCount, 47);
    QCOMPARE(readAll(path), expected);
}

void TestExporters::clipboardHoldsTheListingAndEscapedHtml()
{
    importTricky();
    ExportOptions options;
    options.includeSources = false;
    const QByteArray listing = exportBytes(u"txt"_s, allIds(), options);
    auto clipboard = std::make_shared<ClipboardExporter>();
    clipboard->setOptions(options);
    const ExportResult result = ExportJob(m_store->path(), allIds(), clipboard).run();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.itemCount, 7);
    // The listing, with each item's category names apart ("Categories: A, B").
    QString expected = QString::fromUtf8(listing);
    for (const NewsItem &item : allItems()) {
        expected.replace(u"  "_s + item.categories.join(QString()) + u'\n',
                         u"  "_s + ItemText::categories(item) + u'\n');
    }
    QCOMPARE(clipboard->text(), expected);
    const QString html = clipboard->html();
    QVERIFY(html.startsWith(u"<html><head><meta charset=\"utf-8\"></head><body>\n"_s));
    for (const NewsItem &item : allItems())
        QVERIFY2(html.contains(u"<h3>"_s + item.title.toHtmlEscaped() + u"</h3>"_s), qPrintable(item.title));
    QVERIFY(!html.contains(u"<script"_s));
}

// Edit → Copy puts text people read: the category names of an item apart, never glued.
void TestExporters::clipboardTextSeparatesCategories()
{
    importSamples();
    auto clipboard = std::make_shared<ClipboardExporter>();
    const ExportResult result = ExportJob(m_store->path(), allIds(), clipboard).run();
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString text = clipboard->text();
    int several = 0;
    for (const NewsItem &item : allItems()) {
        QVERIFY(!item.categories.isEmpty());
        QVERIFY2(text.contains(u"  Categories: "_s + item.categories.join(u", "_s) + u'\n'), qPrintable(item.title));
        if (item.categories.size() < 2)
            continue;
        ++several;
        QVERIFY2(!text.contains(item.categories.join(QString())), qPrintable(item.categories.join(QString())));
    }
    QVERIFY2(several >= 5, "the sample has items with several categories");
    // The case the new user hit.
    QVERIFY(text.contains(u"Categories: Kollektivtrafik, Kultur"_s) || !text.contains(u"Kollektivtrafik"_s));
    QVERIFY(!text.contains(u"KollektivtrafikKultur"_s));
}

void TestExporters::sampleSourcesByName_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : Exporter::formats())
        QTest::newRow(qPrintable(format)) << format;
}

// The bundled sample's sources read "Sample news 1" ... in every export, and
// in the export's description; its resource path (":/sample/000_….txt") never shows.
void TestExporters::sampleSourcesByName()
{
    QFETCH(QString, format);
    importSamples();
    ItemFilter filter;
    filter.sourceFile = NewsImporter::sampleFiles().at(1);
    ExportOptions options = fixedOptions();
    options.description = ExportOptions::describeFilter(filter);
    QCOMPARE(options.description, u"From Sample news 2"_s);
    const QByteArray bytes = exportBytes(format, allIds(), options);
    QVERIFY(!bytes.isEmpty());
    QString text = QString::fromUtf8(bytes);
    if (format == u"pdf") {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (poppler-utils): the PDF's text cannot be read");
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, m_dir->filePath(u"export.pdf"_s), u"-"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        text = QString::fromUtf8(process.readAllStandardOutput());
    }
    QVERIFY2(!text.contains(u":/sample"_s), qPrintable(text.left(2000)));
    for (const QString &file : NewsImporter::sampleFiles())
        QVERIFY2(!text.contains(QFileInfo(file).fileName()), qPrintable(file));
    if (format == u"txt")
        return; // the listing format has no place for sources or a description
    for (const QString &name : {u"Sample news 1"_s, u"Sample news 2"_s, u"Sample news 3"_s})
        QVERIFY2(text.contains(name), qPrintable(name));
    if (format == u"md" || format == u"html" || format == u"pdf")
        QVERIFY(text.contains(u"From Sample news 2"_s));
}

void TestExporters::sampleNames()
{
    const QStringList files = NewsImporter::sampleFiles();
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(2), u":/sample/002_1bbce667fc860611.txt"_s);
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(SourceName::display(files.at(i)), u"Sample news %1"_s.arg(i + 1));
        QVERIFY(SourceName::isSample(files.at(i)));
    }
    // Any other path as it is, also one that only looks like the sample's.
    for (const QString &path : {u"/home/a/news/002_1bbce667fc860611.txt"_s, u":/sample/999_none.txt"_s,
                                u"relative/x.txt"_s, QString()}) {
        QCOMPARE(SourceName::display(path), path);
        QVERIFY(!SourceName::isSample(path));
    }
    // The detail pane names it too, without the resource path.
    importSamples();
    const QList<NewsItem> items = allItems();
    HtmlRenderer::PaneStyle style;
    style.chipColours = [](const QString &) { return std::pair{QColor(Qt::lightGray), QColor(Qt::black)}; };
    const QString pane = HtmlRenderer::paneItem(items.first(), style);
    QVERIFY2(pane.contains(u"<b>Sample news "_s), qPrintable(pane));
    QVERIFY2(!pane.contains(u":/sample"_s), qPrintable(pane));
}

void TestExporters::htmlTextIsEscapedBeforeLinksAndMarks_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("links");
    QTest::addColumn<QString>("expected");
    const QString mark = u"<span style=\"background-color:#ffff00; color:#000000;\">"_s;
    QTest::newRow("markup is text") << u"<b>fet</b> & <script>"_s << QString() << false
                                    << u"&lt;b&gt;fet&lt;/b&gt; &amp; &lt;script&gt;"_s;
    QTest::newRow("links only when asked") << u"Se 1177.se."_s << QString() << false << u"Se 1177.se."_s;
    QTest::newRow("bare domain gets https") << u"Se 1177.se."_s << QString() << true
                                            << u"Se <a href=\"https://1177.se\">1177.se</a>."_s;
    QTest::newRow("address with &") << u"https://x.se/?a=1&b=2"_s << QString() << true
                                    << u"<a href=\"https://x.se/?a=1&amp;b=2\">https://x.se/?a=1&amp;b=2</a>"_s;
    QTest::newRow("search word marked") << u"Kaffe och <kaka>"_s << u"kak"_s << false
                                        << u"Kaffe och &lt;"_s + mark + u"kak</span>a&gt;"_s;
    QTest::newRow("compound part marked inside the word")
            << u"Ny kollektivtrafiken i Lund"_s << u"trafik"_s << false
            << u"Ny kollektiv"_s + mark + u"trafik</span>en i Lund"_s;
    QTest::newRow("a phrase is one mark") << u"Hela Region Stockholm & region Uppsala"_s
                                          << u"\"region stockholm\""_s << false
                                          << u"Hela "_s + mark + u"Region Stockholm</span> &amp; region Uppsala"_s;
    QTest::newRow("joined words from first part to last")
            << u"Nytt covid-19-vaccinet."_s << u"covid-19-vaccin"_s << false
            << u"Nytt "_s + mark + u"covid-19-vaccin</span>et."_s;
    QTest::newRow("no mark inside an entity") << u"a & b"_s << u"amp "_s << false << u"a &amp; b"_s;
    QTest::newRow("entities never split") << u"R&D <ampere> \"lt\""_s << u"amp lt d"_s << false
                                          << u"R&amp;"_s + mark + u"D</span> &lt;"_s + mark + u"amp</span>ere&gt; &quot;"_s
                    + mark + u"lt</span>&quot;"_s;
    QTest::newRow("excluded words not marked") << u"Kaffe och te"_s << u"kaffe -te"_s << false
                                               << mark + u"Kaffe</span> och te"_s;
    QTest::newRow("marks inside a link keep it")
            << u"Läs på 1177.se idag"_s << u"1177"_s << true
            << u"Läs på <a href=\"https://1177.se\">"_s + mark + u"1177</span>.se</a> idag"_s;
    QTest::newRow("a mark on either side of a link")
            << u"Se https://x.se/?a=1&b=2 se"_s << u"se"_s << true
            << mark + u"Se</span> <a href=\"https://x.se/?a=1&amp;b=2\">https://x."_s + mark
                    + u"se</span>/?a=1&amp;b=2</a> "_s + mark + u"se</span>"_s;
}

void TestExporters::htmlTextIsEscapedBeforeLinksAndMarks()
{
    QFETCH(QString, plain);
    QFETCH(QString, search);
    QFETCH(bool, links);
    QFETCH(QString, expected);
    const HtmlRenderer::Marking marking{SearchMatcher(SearchQuery::parse(search)), Qt::yellow, Qt::black};
    QCOMPARE(HtmlRenderer::text(plain, marking, links), expected);
}

void TestExporters::paneMarksTheCategoriesThatMatched()
{
    NewsItem item;
    item.id = 1;
    item.title = u"Nya mottagningar"_s;
    item.summary = u"Tre nya i länet."_s;
    item.categories = {u"Kultur"_s, u"Hälso- och sjukvård"_s};
    const SearchMatcher matcher(SearchQuery::parse(u"sjukvård"_s));
    const QStringList reasons = HtmlRenderer::categoryReasons(matcher, item.title, item.summary, item.categories);
    QCOMPARE(reasons.size(), 1);
    QVERIFY2(reasons.first().contains(u"\u201csjukvård\u201d"_s), qPrintable(reasons.first()));
    QVERIFY2(reasons.first().contains(u"\u201cHälso- och sjukvård\u201d"_s), qPrintable(reasons.first()));
    // A phrase is quoted once.
    const QStringList phrase = HtmlRenderer::categoryReasons(SearchMatcher(SearchQuery::parse(u"\"och sjukvård"_s)),
                                                             item.title, item.summary, item.categories);
    QCOMPARE(phrase.size(), 1);
    QVERIFY2(phrase.first().startsWith(u"\u201coch sjukvård\u201d "_s), qPrintable(phrase.first()));
    // The text holds the term: no reason to give.
    QVERIFY(HtmlRenderer::categoryReasons(matcher, u"Sjukvården"_s, QString(), item.categories).isEmpty());

    HtmlRenderer::PaneStyle style;
    style.marking = {matcher, Qt::yellow, Qt::black};
    style.chipColours = [](const QString &) { return std::pair<QColor, QColor>(Qt::blue, Qt::white); };
    style.reasons = reasons;
    const QString html = HtmlRenderer::paneItem(item, style);
    QVERIFY2(html.contains(u"<span style=\"background-color:#ffff00; color:#000000;\">&nbsp;<b>Hälso- och "
                           u"sjukvård</b>&nbsp;</span>"_s),
             qPrintable(html));
    QVERIFY(html.contains(u"<span style=\"background-color:#0000ff; color:#ffffff;\">&nbsp;Kultur&nbsp;</span>"_s));
    QVERIFY2(html.contains(reasons.first().toHtmlEscaped()), qPrintable(html));
}

// ---------------------------------------------------------------------------
// Issue 16: read, starred, labels and note in exports (ExportFields)

namespace {

// A note that looks like markup of every format, with a control sequence:
// every export shows it as text.
const QString TrickyNote = u"<b>not bold</b> & &amp; *not em* [link](http://x)\n"
                           u"# not a heading\n"
                           u"- not a list\n"
                           u"1. not a list either\n"
                           u"\n"
                           u"red \u001B[31mESC\u001B[0m bell\u0007 end"_s;

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QByteArray TestExporters::writeItems(const QString &format, const QList<NewsItem> &items,
                                     const ExportOptions &options)
{
    const std::unique_ptr<Exporter> exporter = Exporter::create(format);
    if (!exporter)
        return {};
    exporter->setOptions(options);
    QFile file(m_dir->filePath(u"direct."_s + exporter->suffix()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    if (!exporter->begin(&file) || !exporter->writeItems(items) || !exporter->finish()) {
        qWarning("export failed: %s", qPrintable(exporter->errorString()));
        return {};
    }
    file.close();
    return readAll(file.fileName());
}

QList<NewsItem> TestExporters::itemsWithState()
{
    importTricky();
    QList<NewsItem> items = allItems();
    if (items.size() < 3)
        return items;
    items[0].read = true;
    items[0].starred = true;
    items[0].labels = {u"Budget"_s, u"Läs senare"_s};
    items[0].note = TrickyNote;
    items[1].labels = {u"<i>Etikett</i>"_s};
    items[1].note = u"=SUM(A1) en formel"_s;
    return items;
}

void TestExporters::fieldsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical"); // toString(), or a part of the error

    QTest::newRow("every field") << u"read,starred,labels,note"_s << true << u"read,starred,labels,note"_s;
    QTest::newRow("all") << u"all"_s << true << u"read,starred,labels,note"_s;
    QTest::newRow("ALL with spaces") << u" ALL "_s << true << u"read,starred,labels,note"_s;
    QTest::newRow("a subset, any order") << u"note, Read"_s << true << u"read,note"_s;
    QTest::newRow("twice") << u"labels,labels"_s << true << u"labels"_s;
    QTest::newRow("none") << QString() << true << QString();
    QTest::newRow("unknown field named") << u"read,colour"_s << false << u"\u201Ccolour\u201D"_s;
    QTest::newRow("empty field") << u"read,,note"_s << false << u"empty field"_s;
    QTest::newRow("a trailing comma") << u"read,"_s << false << u"empty field"_s;
}

void TestExporters::fieldsParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<ExportFields> fields = ExportFields::parse(text, &error);
    QCOMPARE(fields.has_value(), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        QCOMPARE(fields->toString(), canonical);
        QCOMPARE(ExportFields::parse(fields->toString()), fields); // round trip
    } else {
        QVERIFY2(error.contains(canonical), qPrintable(error));
        QVERIFY2(error.contains(u"read, starred, labels, note"_s), qPrintable(error));
    }
    QCOMPARE(ExportFields::all().toString(), u"read,starred,labels,note"_s);
    QVERIFY(!ExportFields().any());
}

void TestExporters::fieldsInEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : {u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"pdf"_s})
        QTest::newRow(qPrintable(format)) << format;
}

void TestExporters::fieldsInEveryFormat()
{
    QFETCH(QString, format);
    const QList<NewsItem> items = itemsWithState();
    QCOMPARE(items.size(), 7);
    ExportOptions options = fixedOptions();
    options.fields = ExportFields::all();
    const QByteArray bytes = writeItems(format, items, options);
    QVERIFY(!bytes.isEmpty());
    // No control character of a note reaches a document (JSON escapes them;
    // a PDF's compressed streams hold any byte).
    if (format != u"csv" && format != u"pdf")
        QVERIFY(!bytes.contains('\x1b') && !bytes.contains('\x07'));

    if (format == u"csv") {
        QList<QStringList> records;
        QString error;
        QVERIFY2(readCsv(bytes, records, error), qPrintable(error));
        QCOMPARE(records.first().mid(5), (QStringList{u"read"_s, u"starred"_s, u"labels"_s, u"note"_s}));
        QCOMPARE(records.at(1).mid(5), (QStringList{u"true"_s, u"true"_s, u"Budget; Läs senare"_s, TrickyNote}));
        // A note that starts like a formula is disarmed like any cell.
        QCOMPARE(records.at(2).mid(5),
                 (QStringList{u"false"_s, u"false"_s, u"<i>Etikett</i>"_s, u"'=SUM(A1) en formel"_s}));
        QCOMPARE(records.at(3).mid(5), (QStringList{u"false"_s, u"false"_s, QString(), QString()}));
    } else if (format == u"json") {
        const QJsonArray array = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(array.size(), 7);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value("read"_L1), QJsonValue(true));
        QCOMPARE(first.value("starred"_L1), QJsonValue(true));
        QCOMPARE(first.value("labels"_L1).toArray(), QJsonArray::fromStringList({u"Budget"_s, u"Läs senare"_s}));
        QCOMPARE(first.value("note"_L1).toString(), TrickyNote); // the data, exactly
        QVERIFY(array.at(2).toObject().value("note"_L1).isNull()); // no note
        QCOMPARE(array.at(2).toObject().value("labels"_L1).toArray(), QJsonArray());
    } else if (format == u"md" || format == u"html") {
        // Read back by Qt: the note is text, never a heading, list, link or emphasis.
        QTextDocument document;
        if (format == u"md")
            document.setMarkdown(QString::fromUtf8(bytes));
        else
            document.setHtml(QString::fromUtf8(bytes));
        QList<NewsItem> plain = items;
        checkDocument(document, plain);
        // The only list is the sources' list: no line of a note became one.
        QStringList sources;
        for (const NewsItem &item : items) {
            for (const ItemSource &source : item.sources)
                sources.append(ItemText::sourceReference(source));
        }
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            QVERIFY2(!block.textList() || sources.contains(block.text().trimmed()), qPrintable(block.text()));
        const QString text = document.toPlainText().replace(QChar::LineSeparator, u'\n');
        for (const QString &line : {u"Read \u00B7 Starred"_s, u"Unread \u00B7 Not starred"_s,
                                    u"Labels: Budget, Läs senare"_s, u"Labels: <i>Etikett</i>"_s,
                                    u"Note: <b>not bold</b> & &amp; *not em* [link](http://x)\n# not a heading\n"
                                    u"- not a list\n1. not a list either\nred \u241B[31mESC\u241B[0m bell\u2407 end"_s,
                                    u"Note: =SUM(A1) en formel"_s}) {
            QVERIFY2(text.contains(line), qPrintable(line + u"\n---\n"_s + text));
        }
        if (format == u"html") {
            QVERIFY(bytes.contains("&lt;b&gt;not bold&lt;/b&gt; &amp; &amp;amp; *not em*"));
            QVERIFY(bytes.contains("<p class=\"labels\">Labels: &lt;i&gt;Etikett&lt;/i&gt;</p>"));
            checkHtml(bytes, items);
        } else {
            QVERIFY(bytes.contains("*Note:* \\<b\\>not bold\\</b\\> \\& \\&amp; \\*not em\\* \\[link\\](http\\://x)\\\n"
                                   "\\# not a heading\\\n\\- not a list\\\n1\\. not a list either\\\n"));
        }
    } else if (format == u"pdf") {
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString text = pdfText(m_dir->filePath(u"direct.pdf"_s));
        QVERIFY2(text.contains(u"Labels: Budget, Läs senare"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Note: <b>not bold</b> & &amp; *not em* [link](http://x)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"# not a heading"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Read \u00B7 Starred"_s), qPrintable(text));
    }
}

void TestExporters::fieldsInTheDocument()
{
    // The document PDF and File > Print share: a line per chosen field,
    // inserted as text; nothing when no field is chosen.
    const QList<NewsItem> items = itemsWithState();
    ExportOptions options = fixedOptions();
    options.fields.labels = true;
    options.fields.note = true;
    NewsDocument document(options);
    document.appendItems(items);
    const QString text = document.document()->toPlainText();
    QVERIFY(text.contains(u"Labels: Budget, Läs senare"_s));
    QVERIFY(text.contains(u"Note: <b>not bold</b> & &amp; *not em* [link](http://x)\n# not a heading\n- not a list\n"
                          u"1. not a list either\nred \u241B[31mESC\u241B[0m bell\u2407 end"_s));
    QVERIFY2(!text.contains(u"Starred"_s) && !text.contains(u"Unread"_s), qPrintable(text)); // not chosen
    checkDocument(*document.document(), items);

    NewsDocument without(fixedOptions());
    without.appendItems(items);
    QVERIFY(!without.document()->toPlainText().contains(u"Labels:"_s));
    QVERIFY(!without.document()->toPlainText().contains(u"Note:"_s));
}

void TestExporters::jsonAlwaysCarriesEveryField()
{
    // One shape for programs: the objects of `list --format json`, whatever
    // the fields choose (read, starred, labels, and note: null when none).
    const QList<NewsItem> items = itemsWithState();
    ExportOptions some = fixedOptions();
    some.fields.note = true;
    const QByteArray plain = writeItems(u"json"_s, items, fixedOptions());
    QCOMPARE(writeItems(u"json"_s, items, some), plain);
    checkJson(plain, items);
    const QJsonArray array = QJsonDocument::fromJson(plain).array();
    QCOMPARE(array.at(0).toObject().value("note"_L1).toString(), TrickyNote);
    QCOMPARE(array.at(0).toObject().value("labels"_L1).toArray().size(), 2);
    QCOMPARE(array.at(0).toObject().value("read"_L1), QJsonValue(true));
    QVERIFY(array.at(2).toObject().value("note"_L1).isNull());
}

void TestExporters::listingIgnoresFields()
{
    // The listing format stays the source format: the same bytes with every
    // field chosen, items carrying state, as the sample file itself.
    importSamples();
    const QString sample = NewsImporter::sampleFiles().first();
    ItemFilter filter;
    filter.sourceFile = sample;
    QList<NewsItem> items = m_store->items(m_store->itemIds(filter));
    QVERIFY(!items.isEmpty());
    const QByteArray plain = writeItems(u"txt"_s, items, fixedOptions());
    for (NewsItem &item : items) {
        item.read = item.starred = true;
        item.labels = {u"Budget"_s};
        item.note = TrickyNote;
    }
    ExportOptions options = fixedOptions();
    options.fields = ExportFields::all();
    const QByteArray withFields = writeItems(u"txt"_s, items, options);
    QCOMPARE(withFields, plain);
    QCOMPARE(normalised(withFields), normalised(readAll(sample)));
    QVERIFY(!Exporter::create(u"txt"_s)->carriesFields());
    QVERIFY(Exporter::create(u"csv"_s)->carriesFields());
}

void TestExporters::describeFilterNamesLabelsAndHidden_data()
{
    // What a saved view holds, in words (SaveViewDialog, the export's subtitle).
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("unread");
    QTest::addColumn<int>("hidden"); // ItemFilter::Hidden
    QTest::addColumn<QString>("words");
    const int exclude = int(ItemFilter::Hidden::Exclude);
    QTest::newRow("nothing") << QStringList() << QString() << false << exclude << u"All items"_s;
    QTest::newRow("one label") << QStringList{u"Budget"_s} << QString() << false << exclude << u"Label: Budget"_s;
    QTest::newRow("two labels, unread") << QStringList{u"Budget"_s, u"<i>Läs</i> senare"_s} << QString() << true
                                        << exclude << u"Labels (any of): Budget, <i>Läs</i> senare; unread"_s;
    QTest::newRow("the hidden view") << QStringList() << QString() << false << int(ItemFilter::Hidden::Only)
                                     << u"hidden items"_s;
    QTest::newRow("hidden too") << QStringList() << u"Kultur"_s << false << int(ItemFilter::Hidden::Include)
                                << u"Category: Kultur; hidden items too"_s;
}

void TestExporters::describeFilterNamesLabelsAndHidden()
{
    QFETCH(QStringList, labels);
    QFETCH(QString, category);
    QFETCH(bool, unread);
    QFETCH(int, hidden);
    QFETCH(QString, words);
    ItemFilter filter;
    filter.labels = labels;
    if (!category.isEmpty())
        filter.categories = {category};
    filter.unreadOnly = unread;
    filter.hidden = ItemFilter::Hidden(hidden);
    QCOMPARE(ExportOptions::describeFilter(filter), words);
}

QTEST_MAIN(TestExporters)
#include "tst_exporters.moc"
