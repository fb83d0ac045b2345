// The news list's rows with a search (issue 14): the delegate marks the
// matches of the search in the title and the summary lines it paints
// (compound parts inside words, a phrase as one mark), marks the chips of the
// categories a term matches and says in its tool tip why an item matched.
// Checked on what the delegate paints, offscreen: the marked text it lays out
// and the pixels of the highlight colour in a painted row.

#include "models/itemmodels/newslistmodel.h"
#include "views/delegates/categorycolors.h"
#include "views/delegates/newsdelegate.h"
#include "views/delegates/plaintooltip.h"
#include "windowtestsupport.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// The marked parts of line, as text.
QStringList markedText(const NewsDelegate::MarkedLine &line)
{
    QStringList parts;
    for (const SearchMatcher::Range &mark : line.marks)
        parts.append(line.text.mid(mark.start, mark.length));
    return parts;
}

} // namespace

class TestNewsDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksWhatTheSearchMatches_data();
    void marksWhatTheSearchMatches();
    void elisionCutsTheMarks();
    void chipsAndToolTipSayWhichCategoryMatched();
    void paintsTheMarksInTheHighlightColours_data();
    void paintsTheMarksInTheHighlightColours();
    void titleOnlyRowHasNoBlankSummary();
    void compactRowsAreOneLine();
    void elidedTitleHasThePlainWholeTitleAsToolTip();
    void newItemsWearAMarker();

private:
    QModelIndex addRow(const QString &title, const QString &summary, const QStringList &categories,
                       const QString &search);
    QStyleOptionViewItem option(int width, const QPalette &palette = QPalette()) const;

    QStandardItemModel m_model;
    NewsDelegate m_delegate;
};

QModelIndex TestNewsDelegate::addRow(const QString &title, const QString &summary, const QStringList &categories,
                                     const QString &search)
{
    auto *item = new QStandardItem;
    item->setData(title, NewsListModel::TitleRole);
    item->setData(title, Qt::ToolTipRole);
    item->setData(summary, NewsListModel::SummaryRole);
    item->setData(categories, NewsListModel::CategoriesRole);
    item->setData(search, NewsListModel::SearchRole);
    item->setData(true, NewsListModel::ReadRole); // the title in the list's font
    m_model.appendRow(item);
    return item->index();
}

QStyleOptionViewItem TestNewsDelegate::option(int width, const QPalette &palette) const
{
    QStyleOptionViewItem opt;
    opt.font = QApplication::font();
    opt.palette = palette;
    opt.state = QStyle::State_Enabled | QStyle::State_Active;
    const QSize size = m_delegate.sizeHint(opt, {});
    opt.rect = QRect(0, 0, width, size.height());
    return opt;
}

void TestNewsDelegate::marksWhatTheSearchMatches_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("titleMarks");
    QTest::addColumn<QStringList>("summaryMarks");

    QTest::newRow("no search") << u"Ny kollektivtrafik"_s << u"Trafiken ändras."_s << QString() << QStringList()
                               << QStringList();
    QTest::newRow("compound part inside a word")
            << u"Ny kollektivtrafiken i Lund"_s << u"Tunnelbanestationen öppnar."_s << u"trafik station"_s
            << QStringList{u"trafik"_s} << QStringList{u"station"_s};
    QTest::newRow("case and å ä ö") << u"Sjukvården i Region Stockholm"_s << u"Vård och omsorg, inte vard."_s
                                    << u"VÅRD"_s << QStringList{u"vård"_s} << QStringList{u"Vård"_s};
    QTest::newRow("a phrase is one mark")
            << u"Region Stockholm stärker förmågan"_s << u"Hela region Stockholm, men inte Region Uppsala."_s
            << u"\"region stockholm\""_s << QStringList{u"Region Stockholm"_s} << QStringList{u"region Stockholm"_s};
    QTest::newRow("joined words") << u"Covid-19-vaccinet kommer"_s << u"Inget covid här, 19 vaccin."_s
                                  << u"covid-19-vaccin"_s << QStringList{u"Covid-19-vaccin"_s} << QStringList();
    QTest::newRow("an excluded term is not marked") << u"Kaffe och te"_s << u"Te är gott."_s << u"kaffe -te"_s
                                                    << QStringList{u"Kaffe"_s} << QStringList();
    QTest::newRow("short terms at the start of words") << u"Karta över kaffe"_s << u"Paka ka."_s << u"ka"_s
                                                       << QStringList{u"Ka"_s, u"ka"_s} << QStringList{u"ka"_s};
}

void TestNewsDelegate::marksWhatTheSearchMatches()
{
    QFETCH(QString, title);
    QFETCH(QString, summary);
    QFETCH(QString, search);
    QFETCH(QStringList, titleMarks);
    QFETCH(QStringList, summaryMarks);
    const QModelIndex index = addRow(title, summary, {u"Kultur"_s}, search);
    const NewsDelegate::RowText row = m_delegate.rowText(option(900), index);
    QCOMPARE(row.title.text, title);
    QCOMPARE(markedText(row.title), titleMarks);
    QCOMPARE(row.summary[0].text, summary);
    QCOMPARE(markedText(row.summary[0]), summaryMarks);
    QVERIFY(row.summary[1].text.isEmpty());
}

void TestNewsDelegate::elisionCutsTheMarks()
{
    // A narrow row: the title is elided; a match past the ellipsis is not
    // marked, one the ellipsis cuts is marked up to it.
    const QString title = u"Trafik i början och sedan mycket lång text om allt annat som finns i världen, trafik"_s;
    const QModelIndex index = addRow(title, u"Kort."_s, {}, u"trafik"_s);
    const NewsDelegate::RowText row = m_delegate.rowText(option(220), index);
    QVERIFY2(row.title.text.endsWith(u'\u2026'), qPrintable(row.title.text));
    QCOMPARE(markedText(row.title), QStringList{u"Trafik"_s});
    for (const SearchMatcher::Range &mark : row.title.marks)
        QVERIFY(mark.start + mark.length < row.title.text.size());

    // The summary in two lines: a match on the second line is marked there.
    const QString summary = QString(u"ord "_s).repeated(40) + u"trafiken"_s;
    const QModelIndex two = addRow(u"Rubrik"_s, summary, {}, u"trafik"_s);
    const NewsDelegate::RowText rows = m_delegate.rowText(option(400), two);
    QVERIFY(markedText(rows.summary[0]).isEmpty());
    QVERIFY(!rows.summary[1].text.isEmpty());
    for (const SearchMatcher::Range &mark : rows.summary[1].marks)
        QCOMPARE(rows.summary[1].text.mid(mark.start, mark.length), u"trafik"_s);
}

void TestNewsDelegate::chipsAndToolTipSayWhichCategoryMatched()
{
    const QStringList categories{u"Kultur"_s, u"Hälso- och sjukvård"_s};
    const QModelIndex byCategory = addRow(u"Nya mottagningar öppnar"_s, u"Tre nya i länet."_s, categories,
                                          u"sjukvård"_s);
    const NewsDelegate::RowText row = m_delegate.rowText(option(900), byCategory);
    QCOMPARE(row.markedCategories, QStringList{u"Hälso- och sjukvård"_s});
    QVERIFY(row.title.marks.isEmpty());
    const QStringList tip = m_delegate.toolTipLines(byCategory);
    QCOMPARE(tip.size(), 2);
    QCOMPARE(tip.first(), u"Nya mottagningar öppnar"_s);
    QVERIFY2(tip.last().contains(u"sjukvård"_s) && tip.last().contains(u"Hälso- och sjukvård"_s),
             qPrintable(tip.last()));

    // The text holds the term too: the chip is marked, the tool tip is the title alone.
    const QModelIndex byText = addRow(u"Sjukvården växer"_s, u"Text."_s, categories, u"sjukvård"_s);
    QCOMPARE(m_delegate.rowText(option(900), byText).markedCategories, QStringList{u"Hälso- och sjukvård"_s});
    QCOMPARE(m_delegate.toolTipLines(byText), QStringList{u"Sjukvården växer"_s});

    // Without a search nothing is marked.
    const QModelIndex none = addRow(u"Sjukvården växer"_s, u"Text."_s, categories, QString());
    QVERIFY(m_delegate.rowText(option(900), none).markedCategories.isEmpty());
    QCOMPARE(m_delegate.toolTipLines(none), QStringList{u"Sjukvården växer"_s});
}

void TestNewsDelegate::paintsTheMarksInTheHighlightColours_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestNewsDelegate::paintsTheMarksInTheHighlightColours()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? WindowTestSupport::darkPalette() : QPalette();
    const QColor highlight = CategoryColors::highlightBackground(palette);
    const QString title = u"Ny kollektivtrafiken i Lund"_s;
    const auto paint = [&](const QString &search, QRect *marked) {
        const QModelIndex index = addRow(title, u"Inget här."_s, {u"Kultur"_s}, search);
        const QStyleOptionViewItem opt = option(700, palette);
        QImage image(opt.rect.size(), QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        {
            QPainter painter(&image);
            m_delegate.paint(&painter, opt, index);
        }
        // Where the highlight colour was painted.
        int pixels = 0;
        QRect box;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y).rgb() == highlight.rgb()) {
                    ++pixels;
                    box |= QRect(x, y, 1, 1);
                }
            }
        }
        *marked = box;
        return pixels;
    };
    QRect none;
    QCOMPARE(paint(QString(), &none), 0);
    QRect box;
    QVERIFY(paint(u"trafik"_s, &box) > 50);
    // On the title's line, where "trafik" stands in "kollektivtrafiken".
    const QStyleOptionViewItem opt = option(700, palette);
    const QFontMetrics fm(opt.font);
    const int left = box.left();
    const int before = fm.horizontalAdvance(u"Ny kollektiv"_s);
    const int word = fm.horizontalAdvance(u"trafik"_s);
    QVERIFY2(box.top() < opt.rect.height() / 2, qPrintable(QString::number(box.top())));
    QVERIFY2(qAbs(box.width() - word) <= 3, qPrintable(u"%1 vs %2"_s.arg(box.width()).arg(word)));
    // The content starts at the row's indent: the mark starts "Ny kollektiv" after it.
    const int indent = qMax(14, fm.height());
    QVERIFY2(qAbs(left - (indent + before)) <= 3, qPrintable(u"%1 vs %2"_s.arg(left).arg(indent + before)));
}

// Issue 15: a title-only item showed its title at the top of a row with two
// blank summary lines. Its row is shorter now: the title and the chips
// (NewsListView asks a row's height when it paints it).
void TestNewsDelegate::titleOnlyRowHasNoBlankSummary()
{
    const QModelIndex shortTitle = addRow(u"Kort rubrik"_s, u"  \n "_s, {u"Kultur"_s}, QString());
    const QModelIndex withSummary = addRow(u"Rubrik"_s, u"Text."_s, {u"Kultur"_s}, QString());
    QStyleOptionViewItem opt = option(400);
    const int usual = m_delegate.sizeHint(opt, {}).height();
    QCOMPARE(m_delegate.sizeHint(opt, withSummary).height(), usual);
    const int titleOnlyHeight = m_delegate.sizeHint(opt, shortTitle).height();
    const QFontMetrics fm(opt.font);
    // Two summary lines shorter, and still room for the title and the chips.
    QVERIFY2(titleOnlyHeight <= usual - 2 * fm.lineSpacing(), qPrintable(u"%1 of %2"_s.arg(titleOnlyHeight).arg(usual)));
    QVERIFY(titleOnlyHeight >= 2 * fm.height());

    opt.rect.setHeight(titleOnlyHeight);
    NewsDelegate::RowText row = m_delegate.rowText(opt, shortTitle);
    QVERIFY(row.titleOnly);
    QVERIFY(row.hasChips);
    QCOMPARE(row.title.text, u"Kort rubrik"_s);
    QVERIFY(row.summary[0].text.isEmpty() && row.summary[1].text.isEmpty());

    // Painted: ink in the upper and the lower half (title, chips), none cut off.
    QImage image(opt.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_delegate.paint(&painter, opt, shortTitle);
    painter.end();
    int top = image.height();
    int bottom = -1;
    for (int y = 0; y < image.height() - 1; ++y) { // (the last line is the hairline between rows)
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 250) {
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        }
    }
    QVERIFY(top > 0 && top < image.height() / 2);
    QVERIFY2(bottom > image.height() / 2 && bottom < image.height() - 1,
             qPrintable(u"ink %1..%2 in a row of %3"_s.arg(top).arg(bottom).arg(image.height())));

    // A long title is one elided line (the whole title is the tool tip).
    const QString longTitle = QString(u"ett långt ord "_s).repeated(30);
    row = m_delegate.rowText(opt, addRow(longTitle, QString(), {}, QString()));
    QVERIFY(row.titleOnly);
    QVERIFY2(row.title.text.endsWith(u'\u2026'), qPrintable(row.title.text));

    // With a summary the row is as before.
    row = m_delegate.rowText(option(400), withSummary);
    QVERIFY(!row.titleOnly);
    QCOMPARE(row.summary[0].text, u"Text."_s);

    // Compact rows are one line, with or without a summary.
    m_delegate.setCompact(true);
    QCOMPARE(m_delegate.sizeHint(option(400), shortTitle).height(), m_delegate.sizeHint(option(400), {}).height());
    m_delegate.setCompact(false);
}

void TestNewsDelegate::compactRowsAreOneLine()
{
    const QModelIndex index = addRow(u"Rubrik om vård"_s, u"Text om vård."_s, {u"Hälso- och sjukvård"_s},
                                      u"sjukvård"_s);
    const QStyleOptionViewItem normal = option(400);
    m_delegate.setCompact(true);
    const QStyleOptionViewItem compact = option(400);
    const QFontMetrics fm(compact.font);
    QVERIFY2(compact.rect.height() < 2 * fm.height() && compact.rect.height() >= fm.height(),
             qPrintable(QString::number(compact.rect.height())));
    QVERIFY(compact.rect.height() * 2 < normal.rect.height());
    const NewsDelegate::RowText row = m_delegate.rowText(compact, index);
    QCOMPARE(row.title.text, u"Rubrik om vård"_s);
    QVERIFY(!row.titleOnly);
    QVERIFY(row.summary[0].text.isEmpty());
    QVERIFY(row.markedCategories.isEmpty()); // no chips in one line
    m_delegate.setCompact(false);
    QCOMPARE(option(400).rect.height(), normal.rect.height());
}

void TestNewsDelegate::elidedTitleHasThePlainWholeTitleAsToolTip()
{
    const QString title = u"<b>Fet</b> <img src=\"file:///etc/hostname\"> &amp; en rubrik som är alldeles för "
                          u"lång för en smal rad i listan"_s;
    const QModelIndex index = addRow(title, u"Text."_s, {}, QString());
    const NewsDelegate::RowText row = m_delegate.rowText(option(200), index);
    QVERIFY2(row.title.text.endsWith(u'\u2026'), qPrintable(row.title.text));
    QVERIFY(row.title.text.startsWith(u"<b>Fet"_s)); // painted as the characters it is
    const QStringList lines = m_delegate.toolTipLines(index);
    QCOMPARE(lines.first(), title);
    // The tool tip shows the markup as text: escaped, so QToolTip's rich text shows it literally.
    const QString tip = PlainToolTip::of(lines);
    QVERIFY2(tip.contains(u"&lt;b&gt;Fet&lt;/b&gt; &lt;img src=&quot;file:///etc/hostname&quot;&gt; &amp;amp;"_s),
             qPrintable(tip));
    QVERIFY(!tip.contains(u"<b>"_s) && !tip.contains(u"<img"_s));
    QTextDocument shown;
    shown.setHtml(tip);
    QCOMPARE(shown.toPlainText(), title);
}

void TestNewsDelegate::newItemsWearAMarker()
{
    const QString title = u"En rubrik som är lång nog att fylla en rad i listan helt och hållet"_s;
    const QModelIndex old = addRow(title, u"Text."_s, {}, QString());
    const QModelIndex fresh = addRow(title, u"Text."_s, {}, QString());
    m_model.setData(fresh, true, NewsListModel::NewRole);
    const QStyleOptionViewItem opt = option(320);
    const NewsDelegate::RowText oldRow = m_delegate.rowText(opt, old);
    const NewsDelegate::RowText freshRow = m_delegate.rowText(opt, fresh);
    QVERIFY(!oldRow.isNew);
    QVERIFY(freshRow.isNew);
    // The marker takes room from the title.
    QVERIFY2(freshRow.title.text.size() < oldRow.title.text.size(),
             qPrintable(freshRow.title.text + u" / "_s + oldRow.title.text));
    QCOMPARE(m_delegate.toolTipLines(fresh).last(), u"New since your last visit"_s);
    QVERIFY(!m_delegate.toolTipLines(old).contains(u"New since your last visit"_s));

    // Painted in the highlight colour at the title's right end, on a light and on a dark palette.
    for (const QPalette &palette : {QPalette(), WindowTestSupport::darkPalette()}) {
        const QStyleOptionViewItem painted = option(320, palette);
        QImage image(painted.rect.size(), QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        m_delegate.paint(&painter, painted, fresh);
        painter.end();
        const QColor highlight = palette.color(QPalette::Highlight);
        int marker = 0;
        for (int y = 0; y < image.height() / 2; ++y) {
            for (int x = image.width() * 3 / 4; x < image.width(); ++x)
                marker += image.pixelColor(x, y) == highlight ? 1 : 0;
        }
        QVERIFY2(marker > 30, qPrintable(QString::number(marker)));
    }
}

QTEST_MAIN(TestNewsDelegate)
#include "tst_newsdelegate.moc"
