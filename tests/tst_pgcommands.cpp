// Issue 17, the first slice, through the real program: newsdesk --db
// postgresql://... import, list (category, unread, starred, search),
// categories and mark, each person with their own marks; what the slice does
// not do yet says so.

#include "pgtestsupport.h"
#include "processtestsupport.h"

#include <QTemporaryDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The titles `list --format tsv` printed (its header left out).
QStringList listedTitles(const QString &out)
{
    QStringList titles;
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        titles.append(lines.at(i).section(u'\t', 1, 1));
    return titles;
}

} // namespace

class TestPgCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsOnce();
    void listFilters_data();
    void listFilters();
    void categoriesCounts();
    void marksPerPerson();
    void hidePerPerson();
    void labelsPerPerson();
    void viewsPerPerson();
    void searchSyntaxAnswered();
    void readersMayNotImport();
    void exportCarriesThePersonsState();
    void closedPortNamesTheServer();

private:
    // As role (empty: the owner), and as a person named in the address.
    ProcessTestSupport::Result run(const QStringList &arguments, const QString &role = {},
                                   const QString &person = {});

    QTemporaryDir m_dir;
};

ProcessTestSupport::Result TestPgCommands::run(const QStringList &arguments, const QString &role,
                                               const QString &person)
{
    QString address = PgTestSupport::addressFor(u"pgcommands"_s, role);
    if (!person.isEmpty())
        address += u"?person="_s + QString::fromUtf8(QUrl::toPercentEncoding(person));
    QStringList all{u"--db"_s, address};
    all += arguments;
    return ProcessTestSupport::run(m_dir.filePath(u"home"_s), all);
}

void TestPgCommands::initTestCase()
{
    QString why;
    if (PgTestSupport::serverUrl(why).isEmpty())
        QSKIP(qPrintable(u"PostgreSQL tests skipped: "_s + why));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(!PgTestSupport::freshDatabase(u"pgcommands"_s, error).isEmpty(), qPrintable(error));
    // The owner makes the archive (the team may then use it: docs/TEAM.md).
    const ProcessTestSupport::Result made = run({u"import"_s, u"--sample"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains(u"Items: 47 new, 47 in the shared archive."_s), qPrintable(made.out));
}

void TestPgCommands::importsOnce()
{
    // The same files again, by another person: nothing new.
    const ProcessTestSupport::Result again = run({u"import"_s, u"--sample"_s}, u"alice"_s);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"Items: 0 new, 47 in the shared archive."_s), qPrintable(again.out));
}

void TestPgCommands::listFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("items");
    QTest::newRow("everything") << QStringList{} << 47;
    QTest::newRow("a category") << QStringList{u"--category"_s, u"Kultur"_s} << 4;
    QTest::newRow("two categories, any")
            << QStringList{u"--category"_s, u"Kultur"_s, u"--category"_s, u"Kollektivtrafik"_s} << 10; // one in both
    QTest::newRow("a search inside compounds") << QStringList{u"--search"_s, u"trafik"_s} << -1;
    QTest::newRow("a limit") << QStringList{u"--limit"_s, u"5"_s} << 5;
}

void TestPgCommands::listFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, items);
    const ProcessTestSupport::Result listed = run(QStringList{u"list"_s, u"--format"_s, u"tsv"_s} + arguments);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QStringList titles = listedTitles(listed.out);
    if (items >= 0) {
        QCOMPARE(titles.size(), items);
    } else {
        // Every line (title, categories, summary) holds the word, inside a longer one too.
        QVERIFY(!titles.isEmpty());
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts).mid(1);
        for (const QString &line : lines)
            QVERIFY2(line.contains(u"trafik"_s, Qt::CaseInsensitive), qPrintable(line));
        QVERIFY(listed.out.contains(u"Kollektivtrafik"_s));
    }
}

void TestPgCommands::categoriesCounts()
{
    const ProcessTestSupport::Result counted = run({u"categories"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(counted.exitCode == 0, qPrintable(counted.err));
    QVERIFY2(counted.out.contains(u"Hälso- och sjukvård\t26"_s), qPrintable(counted.out));
    QVERIFY2(counted.out.contains(u"Kultur\t4"_s), qPrintable(counted.out));
}

void TestPgCommands::marksPerPerson()
{
    // bob reads Kultur and stars what mentions vaccination; alice marks nothing.
    const ProcessTestSupport::Result read = run({u"mark"_s, u"--read"_s, u"--category"_s, u"Kultur"_s}, u"bob"_s);
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    const ProcessTestSupport::Result star =
            run({u"mark"_s, u"--star"_s, u"--search"_s, u"vaccination"_s}, u"bob"_s);
    QVERIFY2(star.exitCode == 0, qPrintable(star.err));
    const auto count = [this](const QStringList &arguments, const QString &role) {
        const ProcessTestSupport::Result r = run(QStringList{u"list"_s, u"--format"_s, u"tsv"_s} + arguments, role);
        return r.exitCode == 0 ? listedTitles(r.out).size() : -1;
    };
    QCOMPARE(count({u"--unread"_s}, u"bob"_s), 47 - 4);
    QCOMPARE(count({u"--unread"_s}, u"alice"_s), 47);
    const int starred = count({u"--starred"_s}, u"bob"_s);
    QVERIFY(starred > 0);
    QCOMPARE(count({u"--search"_s, u"vaccination"_s}, u"bob"_s), starred);
    QCOMPARE(count({u"--starred"_s}, u"alice"_s), 0);
    // Undone by bob: his marks only.
    const ProcessTestSupport::Result unread =
            run({u"mark"_s, u"--unread"_s, u"--category"_s, u"Kultur"_s}, u"bob"_s);
    QVERIFY2(unread.exitCode == 0, qPrintable(unread.err));
    const ProcessTestSupport::Result unstar = run({u"mark"_s, u"--unstar"_s, u"--starred"_s}, u"bob"_s);
    QVERIFY2(unstar.exitCode == 0, qPrintable(unstar.err));
    QCOMPARE(count({u"--unread"_s}, u"bob"_s), 47);
    QCOMPARE(count({u"--starred"_s}, u"bob"_s), 0);
}

void TestPgCommands::hidePerPerson()
{
    // alice hides Kultur: her lists leave it out, bob's do not; unhide restores it.
    const ProcessTestSupport::Result hid = run({u"hide"_s, u"--category"_s, u"Kultur"_s}, u"alice"_s);
    QVERIFY2(hid.exitCode == 0, qPrintable(hid.err));
    QVERIFY2(hid.out.contains(u"Hid 4 items."_s), qPrintable(hid.out));
    const auto count = [this](const QStringList &arguments, const QString &role) {
        const ProcessTestSupport::Result r = run(QStringList{u"list"_s, u"--format"_s, u"tsv"_s} + arguments, role);
        return r.exitCode == 0 ? listedTitles(r.out).size() : -1;
    };
    QCOMPARE(count({}, u"alice"_s), 47 - 4);
    QCOMPARE(count({u"--hidden"_s}, u"alice"_s), 4);
    QCOMPARE(count({}, u"bob"_s), 47);
    QCOMPARE(count({u"--hidden"_s}, u"bob"_s), 0);
    const ProcessTestSupport::Result shown = run({u"unhide"_s}, u"alice"_s);
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(u"Restored 4 hidden items."_s), qPrintable(shown.out));
    QCOMPARE(count({}, u"alice"_s), 47);
}

void TestPgCommands::labelsPerPerson()
{
    // alice labels Kultur "Läs senare"; the label is hers alone.
    const ProcessTestSupport::Result added =
            run({u"label"_s, u"add"_s, u"Läs senare"_s, u"--category"_s, u"Kultur"_s}, u"alice"_s);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(u"Labelled 4 items"_s), qPrintable(added.out));
    const ProcessTestSupport::Result listed =
            run({u"list"_s, u"--format"_s, u"tsv"_s, u"--label"_s, u"Läs senare"_s}, u"alice"_s);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(listedTitles(listed.out).size(), 4);
    const ProcessTestSupport::Result labels = run({u"labels"_s, u"--format"_s, u"tsv"_s}, u"alice"_s);
    QVERIFY2(labels.exitCode == 0, qPrintable(labels.err));
    QVERIFY2(labels.out.contains(u"Läs senare\t"_s), qPrintable(labels.out));
    QVERIFY2(labels.out.contains(u"\t4\t4"_s), qPrintable(labels.out));
    const ProcessTestSupport::Result his = run({u"labels"_s, u"--format"_s, u"tsv"_s}, u"bob"_s);
    QVERIFY2(his.exitCode == 0, qPrintable(his.err));
    QVERIFY2(!his.out.contains(u"Läs senare"_s), qPrintable(his.out));
    const ProcessTestSupport::Result removed =
            run({u"label"_s, u"remove"_s, u"Läs senare"_s}, u"alice"_s);
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY2(removed.out.contains(u"off 4 items"_s), qPrintable(removed.out));
}

void TestPgCommands::viewsPerPerson()
{
    // bob saves Kultur, unread, as a view; alice has none.
    const ProcessTestSupport::Result saved =
            run({u"view"_s, u"save"_s, u"Kultur att läsa"_s, u"--category"_s, u"Kultur"_s, u"--unread"_s}, u"bob"_s);
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QVERIFY2(saved.out.contains(u"Saved the view"_s), qPrintable(saved.out));
    const ProcessTestSupport::Result listed =
            run({u"list"_s, u"--format"_s, u"tsv"_s, u"--view"_s, u"Kultur att läsa"_s}, u"bob"_s);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(listedTitles(listed.out).size(), 4);
    const ProcessTestSupport::Result views = run({u"views"_s, u"--format"_s, u"tsv"_s}, u"bob"_s);
    QVERIFY2(views.exitCode == 0, qPrintable(views.err));
    QVERIFY2(views.out.contains(u"Kultur att läsa\t4\t4"_s), qPrintable(views.out));
    const ProcessTestSupport::Result hers = run({u"list"_s, u"--view"_s, u"Kultur att läsa"_s}, u"alice"_s);
    QCOMPARE(hers.exitCode, 1);
    const ProcessTestSupport::Result deleted = run({u"view"_s, u"delete"_s, u"Kultur att läsa"_s}, u"bob"_s);
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    const ProcessTestSupport::Result none = run({u"views"_s, u"--format"_s, u"tsv"_s}, u"bob"_s);
    QVERIFY2(none.exitCode == 0, qPrintable(none.err));
    QVERIFY2(!none.out.contains(u"Kultur att läsa"_s), qPrintable(none.out));
}

// Best match first and phrases, once refused on a shared archive, are
// answered (every rule of search: tst_pgsearch).
void TestPgCommands::searchSyntaxAnswered()
{
    const ProcessTestSupport::Result best =
            run({u"list"_s, u"--search"_s, u"vaccin"_s, u"--sort"_s, u"best"_s});
    QVERIFY2(best.exitCode == 0, qPrintable(best.err));
    QVERIFY2(!best.out.trimmed().isEmpty(), qPrintable(best.err));
    const ProcessTestSupport::Result phrase = run({u"list"_s, u"--search"_s, u"\"och sjukvård\""_s});
    QVERIFY2(phrase.exitCode == 0, qPrintable(phrase.err));
    QVERIFY2(!phrase.out.trimmed().isEmpty(), qPrintable(phrase.err));
}

void TestPgCommands::readersMayNotImport()
{
    // The owner runs the documented rights script and makes carol a reader.
    QFile script(QStringLiteral(NEWSDESK_TEAM_ROLES_SQL));
    QVERIFY(script.open(QIODevice::ReadOnly));
    QCOMPARE(PgTestSupport::execute(u"pgcommands"_s, QString::fromUtf8(script.readAll())), QString());
    QCOMPARE(PgTestSupport::execute(u"pgcommands"_s, u"GRANT newsdesk_readers TO carol"_s), QString());
    const auto count = [this](const QStringList &arguments) {
        const ProcessTestSupport::Result r =
                run(QStringList{u"list"_s, u"--format"_s, u"tsv"_s} + arguments, u"carol"_s);
        return r.exitCode == 0 ? listedTitles(r.out).size() : -1;
    };
    QCOMPARE(count({}), 47);
    // Her own marks, labels and views: yes.
    const ProcessTestSupport::Result read =
            run({u"mark"_s, u"--read"_s, u"--category"_s, u"Kultur"_s}, u"carol"_s);
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    QCOMPARE(count({u"--unread"_s}), 47 - 4);
    const ProcessTestSupport::Result label =
            run({u"label"_s, u"add"_s, u"Att läsa"_s, u"--category"_s, u"Kultur"_s}, u"carol"_s);
    QVERIFY2(label.exitCode == 0, qPrintable(label.err));
    // Importing: refused, said, nothing written.
    QFile listing(m_dir.filePath(u"carol.txt"_s));
    QVERIFY(listing.open(QIODevice::WriteOnly));
    listing.write(" \u2022 Carols egen nyhet\n\n  Om kaffe.\n\n  Carols kategori\n");
    listing.close();
    const ProcessTestSupport::Result imported = run({u"import"_s, listing.fileName()}, u"carol"_s);
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(u"your role may not do this"_s), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(u"127.0.0.1"_s), qPrintable(imported.err));
    QCOMPARE(count({}), 47);
    // Made an importer: her file comes in; the schema's version stays the owner's.
    QCOMPARE(PgTestSupport::execute(u"pgcommands"_s, u"GRANT newsdesk_importers TO carol"_s), QString());
    const ProcessTestSupport::Result again = run({u"import"_s, listing.fileName()}, u"carol"_s);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(count({}), 48);
    QString error;
    PgTestSupport::firstValue(u"pgcommands"_s, u"UPDATE newsdesk_schema SET version = 99"_s, u"carol"_s, error);
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
}

void TestPgCommands::exportCarriesThePersonsState()
{
    // Eva (a person within alice's role) reads Kultur and exports it with
    // her marks; alice's own export of the same items shows none of them.
    const ProcessTestSupport::Result read =
            run({u"mark"_s, u"--read"_s, u"--category"_s, u"Kultur"_s}, u"alice"_s, u"Eva Öst"_s);
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    const auto exported = [this](const QString &person) {
        const QString file = m_dir.filePath(u"kultur-%1.json"_s.arg(person.isEmpty() ? u"alice"_s : u"eva"_s));
        const ProcessTestSupport::Result r = run({u"export"_s, u"--category"_s, u"Kultur"_s, u"--fields"_s,
                                                  u"read,labels"_s, u"--format"_s, u"json"_s, u"-o"_s, file},
                                                 u"alice"_s, person);
        QFile json(file);
        if (r.exitCode != 0 || !json.open(QIODevice::ReadOnly))
            return QStringList{r.err};
        QStringList rows;
        for (const QByteArray &line : json.readAll().split('\n')) {
            const QByteArray row = line.trimmed();
            const QJsonObject item = QJsonDocument::fromJson(row.endsWith(',') ? row.chopped(1) : row).object();
            if (!item.isEmpty())
                rows.append(item.value(u"title"_s).toString()
                            + (item.value(u"read"_s).toBool() ? u":read"_s : u":unread"_s));
        }
        return rows;
    };
    const QStringList eva = exported(u"Eva Öst"_s);
    const QStringList alice = exported({});
    QCOMPARE(eva.size(), 4);
    QCOMPARE(eva.filter(u":read"_s).size(), 4);
    QCOMPARE(alice.size(), 4);
    QCOMPARE(alice.filter(u":unread"_s).size(), 4);
}

void TestPgCommands::closedPortNamesTheServer()
{
    const ProcessTestSupport::Result listed = ProcessTestSupport::run(
            m_dir.filePath(u"home"_s), {u"--db"_s, u"postgresql://alice@127.0.0.1:1/news"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(u"postgresql://alice@127.0.0.1:1/news"_s), qPrintable(listed.err));
}

QTEST_GUILESS_MAIN(TestPgCommands)
#include "tst_pgcommands.moc"
