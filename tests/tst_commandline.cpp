#include "samplecounts.h"

#include "app/cli/commandline.h"
#include "app/cli/programarguments.h"
#include "models/importing/newsimporter.h"
#include "models/itemmodels/newslistmodel.h"
#include "models/search/searchmatcher.h"
#include "models/search/searchquery.h"
#include "models/store/itemfilter.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <climits>

#include <unistd.h>
#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// Drives the real newsdesk program, as a person or a script would, against a
// cache in a temporary folder.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importSample();
    void categoriesJson();
    void categoriesText();
    void listJson();
    void listCategory();
    void listMatch_data();
    void listMatch();
    void listSearch_data();
    void listSearch();
    void searchRules_data();
    void searchRules();
    void searchSaysHowItWasUnderstood_data();
    void searchSaysHowItWasUnderstood();
    void sortBestMatch();
    void listCount_data();
    void listCount();
    void countOfAnUnreadableCache_data();
    void countOfAnUnreadableCache();
    void windowAndCommandLineCountAlike();
    void listTsvAndText();
    void listLimit_data();
    void listLimit();
    void listLimitText();
    void exportLimit();
    void readingCommandsNeedACache_data();
    void readingCommandsNeedACache();
    void readingCommandsBuildNoIndex();
    void importWithRejectedFile();
    void importSkipsFifos();
    void importNamesUnreadableFiles();
    void hostileTextNeverReachesTheTerminal();
    void searchFinishesAnInterruptedIndex();
    void readOnlyCacheSaysTheSearchIsIncomplete();
    void importKeepsTheItemsOfAMissingFolder();
    void usageErrors_data();
    void usageErrors();
    void version();
    void help_data();
    void help();
    void newerCache();
    void notACache();
    void speaksTheLanguageOfTheLocaleOrTheSetting();
    void sampleSourceByName();
    void programArguments_data();
    void programArguments();
    void qtOptionsIgnoredByCommands_data();
    void qtOptionsIgnoredByCommands();
    void qtOptionWithoutItsValue();
    void globalOptionsBeforeTheCommand_data();
    void globalOptionsBeforeTheCommand();
    void windowTakesQtOptions_data();
    void windowTakesQtOptions();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
        QByteArray rawOut; // standard output byte by byte
    };

    // extraEnvironment: variables set for this run only (a locale).
    Result run(const QStringList &arguments, const QProcessEnvironment &extraEnvironment = {});
    // Runs with --db pointing at the test's cache.
    Result runDb(const QStringList &arguments, const QProcessEnvironment &extraEnvironment = {});
    QJsonArray listJson(const QStringList &arguments);
    // `list --count` with arguments: the number printed, or -1 (with a
    // warning) when the command failed or printed anything else.
    qint64 listCount(const QStringList &arguments);
    void importSampleOnce();
    // The sample imported in this process, stopped after the first chunk of
    // its search index (as a killed import leaves it); how many items wait.
    qint64 interruptedImport();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    // run() as a person who may read only what the file modes allow: root
    // (as in CI) without the capabilities that read past them.
    bool m_withoutReadOverride = false;
};

namespace {

constexpr qint64 SampleItems = 47; // the items of resources/sample/

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result.append(v.toString());
    return result;
}

// Where bytes hold something a terminal would obey rather than show: a C0
// control other than tab and newline (a carriage return only before a newline
// when crlf), DEL, or a UTF-8 encoded C1 control (U+0080-U+009F). Empty when none.
QString terminalControlIn(const QByteArray &bytes, bool crlf = false)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        const auto next = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes.at(i + 1)) : 0;
        const bool lineEnd = b == '\n' || (crlf && b == '\r' && next == '\n');
        if ((b < 0x20 && b != '\t' && !lineEnd) || b == 0x7F || (b == 0xC2 && next >= 0x80 && next <= 0x9F))
            return u"byte 0x%1 at %2 in: %3"_s.arg(QString::number(b, 16)).arg(i).arg(QString::fromLatin1(bytes.toHex(' ')));
    }
    return {};
}

} // namespace

void TestCommandLine::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(NEWSDESK_BINARY)).isExecutable(), NEWSDESK_BINARY);
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"cache/newsdesk.sqlite"_s);
}

void TestCommandLine::cleanup()
{
    m_dir.reset();
}

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments,
                                             const QProcessEnvironment &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Whatever happens, the person's own cache and settings stay untouched.
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(extraEnvironment);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    if (m_withoutReadOverride && ::geteuid() == 0) {
        process.start(u"setpriv"_s, QStringList{u"--bounding-set=-dac_override,-dac_read_search"_s, u"--"_s,
                                                QStringLiteral(NEWSDESK_BINARY)}
                                            + arguments);
    } else {
        process.start(QStringLiteral(NEWSDESK_BINARY), arguments);
    }
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out: newsdesk "_s + arguments.join(u' ');
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

TestCommandLine::Result TestCommandLine::runDb(const QStringList &arguments,
                                               const QProcessEnvironment &extraEnvironment)
{
    QStringList withDb = arguments;
    withDb.insert(1, m_db);
    withDb.insert(1, u"--db"_s);
    return run(withDb, extraEnvironment);
}

QJsonArray TestCommandLine::listJson(const QStringList &arguments)
{
    const Result result = runDb(QStringList{u"list"_s, u"--format"_s, u"json"_s} + arguments);
    if (result.exitCode != 0) {
        qWarning("list failed (%d): %s", result.exitCode, qPrintable(result.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qWarning("list printed no JSON array: %s", qPrintable(error.errorString()));
        return {};
    }
    return document.array();
}

qint64 TestCommandLine::listCount(const QStringList &arguments)
{
    const Result result = runDb(QStringList{u"list"_s, u"--count"_s} + arguments);
    if (result.exitCode != 0) {
        qWarning("list --count failed (%d): %s", result.exitCode, qPrintable(result.err));
        return -1;
    }
    // One line: the number, nothing else.
    static const QRegularExpression number(u"^(\\d+)\n$"_s);
    const QRegularExpressionMatch match = number.match(result.out);
    if (!match.hasMatch()) {
        qWarning("list --count printed \"%s\"", qPrintable(result.out));
        return -1;
    }
    return match.captured(1).toLongLong();
}

void TestCommandLine::importSampleOnce()
{
    const Result result = runDb({u"import"_s, u"--sample"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void TestCommandLine::importSample()
{
    const Result result = runDb({u"import"_s, u"--sample"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(QFileInfo::exists(m_db));
    QVERIFY2(result.out.contains(u"3 imported"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"47 new"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"47 in the cache"_s), qPrintable(result.out));

    // Again: nothing changed.
    const Result again = runDb({u"import"_s, u"--sample"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"0 imported, 3 unchanged"_s), qPrintable(again.out));
    QVERIFY2(again.out.contains(u"0 new, 47 in the cache"_s), qPrintable(again.out));
}

void TestCommandLine::categoriesJson()
{
    importSampleOnce();
    const Result result = runDb({u"categories"_s, u"--format"_s, u"json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    QMap<QString, qint64> counts;
    for (const QJsonValue &value : document.array()) {
        QVERIFY(value.isObject());
        const QJsonObject object = value.toObject();
        QVERIFY(object.value(u"name"_s).isString());
        QVERIFY(object.value(u"count"_s).isDouble());
        counts.insert(object.value(u"name"_s).toString(), object.value(u"count"_s).toInteger());
    }
    QCOMPARE(document.array().size(), 11);
    QCOMPARE(counts, SampleCounts);
}

void TestCommandLine::categoriesText()
{
    importSampleOnce();
    const Result result = runDb({u"categories"_s, u"--format"_s, u"tsv"_s});
    QCOMPARE(result.exitCode, 0);
    QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), u"category\tcount"_s);
    QMap<QString, qint64> counts;
    for (const QString &line : std::as_const(lines)) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 2);
        counts.insert(fields.at(0), fields.at(1).toLongLong());
    }
    QCOMPARE(counts, SampleCounts);

    const Result text = runDb({u"categories"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"26  Hälso- och sjukvård"_s));
}

void TestCommandLine::listJson()
{
    importSampleOnce();
    const QJsonArray items = listJson({});
    QCOMPARE(items.size(), 47);
    QSet<qint64> ids;
    for (const QJsonValue &value : items) {
        QVERIFY(value.isObject());
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(u"id"_s).isDouble());
        ids.insert(item.value(u"id"_s).toInteger());
        QVERIFY(item.value(u"title"_s).isString());
        QVERIFY(!item.value(u"title"_s).toString().isEmpty());
        QVERIFY(item.value(u"summary"_s).isString());
        QVERIFY(!item.value(u"summary"_s).toString().isEmpty());
        QVERIFY(item.value(u"categories"_s).isArray());
        QVERIFY(!item.value(u"categories"_s).toArray().isEmpty());
        for (const QJsonValue &category : item.value(u"categories"_s).toArray())
            QVERIFY(SampleCounts.contains(category.toString()));
        QVERIFY(item.value(u"sources"_s).isArray());
        const QJsonArray sources = item.value(u"sources"_s).toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonObject source = sources.first().toObject();
        // The bundled sample by its name, never its resource path (SourceName).
        QVERIFY(source.value(u"file"_s).toString().startsWith(u"Sample news "_s));
        QVERIFY(source.value(u"position"_s).isDouble());
        QVERIFY(source.value(u"position"_s).toInt() >= 1);
        QVERIFY(item.value(u"read"_s).isBool());
        QVERIFY(!item.value(u"read"_s).toBool());
        QVERIFY(item.value(u"starred"_s).isBool());
        QVERIFY(!item.value(u"starred"_s).toBool());
    }
    QCOMPARE(ids.size(), 47);

    // The counts per category agree with the items listed.
    QMap<QString, qint64> counts;
    for (const QJsonValue &value : items) {
        for (const QString &name : stringList(value.toObject().value(u"categories"_s)))
            ++counts[name];
    }
    QCOMPARE(counts, SampleCounts);
}

void TestCommandLine::listCategory()
{
    importSampleOnce();
    const QJsonArray items = listJson({u"--category"_s, u"Kultur"_s});
    QCOMPARE(items.size(), 4);
    for (const QJsonValue &value : items)
        QVERIFY(stringList(value.toObject().value(u"categories"_s)).contains(u"Kultur"_s));

    const QJsonArray health = listJson({u"--category"_s, u"Hälso- och sjukvård"_s});
    QCOMPARE(health.size(), 26);
    QCOMPARE(listJson({u"--category"_s, u"Sport"_s}).size(), 0);
}

void TestCommandLine::listMatch_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("match");
    QTest::addColumn<int>("count");

    QTest::newRow("any") << QStringList{u"Kultur"_s, u"Hälso- och sjukvård"_s} << u"any"_s << 29;
    QTest::newRow("all") << QStringList{u"Kultur"_s, u"Hälso- och sjukvård"_s} << u"all"_s << 1;
    QTest::newRow("all, none in both") << QStringList{u"Kultur"_s, u"Ekonomi och budget"_s} << u"all"_s << 0;
    QTest::newRow("all of three") << QStringList{u"Kultur"_s, u"Hälso- och sjukvård"_s, u"Kultur och hälsa"_s}
                                  << u"all"_s << 1;
    QTest::newRow("all, written together on one line")
            << QStringList{u"Kollektivtrafik"_s, u"Projekt inom lokalbana-spårvagn"_s} << u"all"_s << 2;
}

void TestCommandLine::listMatch()
{
    QFETCH(QStringList, categories);
    QFETCH(QString, match);
    QFETCH(int, count);

    importSampleOnce();
    QStringList arguments{u"--match"_s, match};
    for (const QString &category : categories)
        arguments += {u"--category"_s, category};
    const QJsonArray items = listJson(arguments);

    // The same selection made from the full list.
    qsizetype expected = 0;
    for (const QJsonValue &value : listJson({})) {
        const QStringList names = stringList(value.toObject().value(u"categories"_s));
        const auto has = [&](const QString &name) { return names.contains(name); };
        if (match == u"all" ? std::all_of(categories.cbegin(), categories.cend(), has)
                            : std::any_of(categories.cbegin(), categories.cend(), has))
            ++expected;
    }
    QCOMPARE(items.size(), expected);
    QCOMPARE(items.size(), count);
}

void TestCommandLine::listSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("pattern"); // over the title, the summary and the category names

    // A word of 3 or more letters is found inside words too; 1 or 2 at the start of a word.
    QTest::newRow("a word, inside words too") << u"vaccination"_s << u"vaccination"_s;
    QTest::newRow("a word, any case") << u"REGION"_s << u"region"_s;
    QTest::newRow("two words") << u"region stockholm"_s << u"(?=.*region)(?=.*stockholm)"_s;
    QTest::newRow("a star is no syntax") << u"vaccin*"_s << u"vaccin"_s;
    QTest::newRow("å is not a") << u"år"_s << u"\\bår"_s;
    QTest::newRow("a is not å") << u"ar"_s << u"\\bar"_s;
    QTest::newRow("vård is not vard") << u"vård"_s << u"vård"_s;
}

void TestCommandLine::listSearch()
{
    QFETCH(QString, search);
    QFETCH(QString, pattern);

    importSampleOnce();
    const QJsonArray items = listJson({u"--search"_s, search});
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption
                                        | QRegularExpression::UseUnicodePropertiesOption
                                        | QRegularExpression::DotMatchesEverythingOption);
    QVERIFY(re.isValid());
    QSet<qint64> expected;
    for (const QJsonValue &value : listJson({})) {
        const QJsonObject item = value.toObject();
        const QString text = item.value(u"title"_s).toString() + u"\n"_s + item.value(u"summary"_s).toString()
                + u"\n"_s + stringList(item.value(u"categories"_s)).join(u'\n');
        if (re.match(text).hasMatch())
            expected.insert(item.value(u"id"_s).toInteger());
    }
    QSet<qint64> found;
    for (const QJsonValue &value : items)
        found.insert(value.toObject().value(u"id"_s).toInteger());
    QCOMPARE(found, expected);
    QVERIFY(!found.isEmpty());
}

void TestCommandLine::listTsvAndText()
{
    importSampleOnce();
    const Result tsv = runDb({u"list"_s, u"--format"_s, u"tsv"_s, u"--category"_s, u"Stöd"_s});
    QCOMPARE(tsv.exitCode, 0);
    const QStringList lines = tsv.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), u"id\ttitle\tcategories\tread\tstarred\tsummary"_s);
    QCOMPARE(lines.at(1).split(u'\t').size(), 6);

    const Result text = runDb({u"list"_s, u"--category"_s, u"Kultur"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(u"\u2022 "_s), 4);
    QVERIFY(text.out.contains(u"4 items"_s));
}

namespace {

QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &value : items)
        ids.append(value.toObject().value(u"id"_s).toInteger());
    return ids;
}

} // namespace

void TestCommandLine::listLimit_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("expected"); // how many items the limited list holds

    const QStringList none;
    const QStringList health{u"--category"_s, u"Hälso- och sjukvård"_s};
    QTest::newRow("0: nothing") << none << u"0"_s << 0;
    QTest::newRow("1") << none << u"1"_s << 1;
    QTest::newRow("50, more than there are") << none << u"50"_s << 47;
    QTest::newRow("exactly as many as there are") << none << u"47"_s << 47;
    QTest::newRow("a huge number") << none << u"9223372036854775807"_s << 47;
    QTest::newRow("sorted by title") << QStringList{u"--sort"_s, u"title"_s} << u"5"_s << 5;
    QTest::newRow("a category") << health << u"3"_s << 3;
    QTest::newRow("a category, by title") << health + QStringList{u"--sort"_s, u"title"_s} << u"3"_s << 3;
    QTest::newRow("a category, more than it holds") << QStringList{u"--category"_s, u"Kultur"_s} << u"10"_s << 4;
    QTest::newRow("two categories, any")
            << QStringList{u"--category"_s, u"Kultur"_s, u"--category"_s, u"Hälso- och sjukvård"_s} << u"6"_s << 6;
    QTest::newRow("two categories, all")
            << QStringList{u"--match"_s, u"all"_s, u"--category"_s, u"Kultur"_s, u"--category"_s,
                           u"Hälso- och sjukvård"_s}
            << u"1"_s << 1;
    QTest::newRow("a search") << QStringList{u"--search"_s, u"region"_s} << u"2"_s << 2;
    QTest::newRow("unread") << QStringList{u"--unread"_s} << u"4"_s << 4;
    QTest::newRow("starred: none") << QStringList{u"--starred"_s} << u"4"_s << 0;
    QTest::newRow("one listing file, in its order")
            << QStringList{u"--source"_s, u":/sample/001_30960db40e038309.txt"_s} << u"3"_s << 3;
}

void TestCommandLine::listLimit()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, limit);
    QFETCH(int, expected);

    importSampleOnce();
    // The first items of the same filter and order, without the limit.
    const QList<qint64> all = idsOf(listJson(filter));
    QVERIFY(filter.contains(u"--starred"_s) || !all.isEmpty());
    const QList<qint64> limited = idsOf(listJson(filter + QStringList{u"--limit"_s, limit}));
    QCOMPARE(limited.size(), expected);
    QCOMPARE(limited, all.mid(0, expected));
}

void TestCommandLine::listLimitText()
{
    importSampleOnce();
    const Result text = runDb({u"list"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(u"\u2022 "_s), 2);
    QVERIFY2(text.out.contains(u"2 items"_s), qPrintable(text.out));

    const Result tsv = runDb({u"list"_s, u"--format"_s, u"tsv"_s, u"--limit"_s, u"3"_s});
    QCOMPARE(tsv.exitCode, 0);
    QCOMPARE(tsv.out.split(u'\n', Qt::SkipEmptyParts).size(), 1 + 3);

    const Result nothing = runDb({u"list"_s, u"--limit"_s, u"0"_s});
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY(!nothing.out.contains(u"\u2022"_s));
    QVERIFY2(nothing.out.contains(u"0 items"_s), qPrintable(nothing.out));
}

void TestCommandLine::exportLimit()
{
    importSampleOnce();
    const QList<qint64> firstByTitle = idsOf(listJson({u"--sort"_s, u"title"_s, u"--limit"_s, u"4"_s}));
    QCOMPARE(firstByTitle.size(), 4);
    const Result result = runDb({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, u"-"_s, u"--sort"_s,
                                 u"title"_s, u"--limit"_s, u"4"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    QVERIFY(document.isArray());
    QCOMPARE(idsOf(document.array()), firstByTitle);
}

void TestCommandLine::searchRules_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("count");      // the items of the sample it finds (counted by hand)
    QTest::addColumn<QString>("found");  // the title of one of them
    QTest::addColumn<QString>("missed"); // the title of an item it leaves out (empty: none)

    const QString kollektivtrafik = u"Hur kan Stockholms kollektivtrafik se ut 2050?"_s;
    const QString fusk = u"Positiv trend när fusket i SL-trafiken minskade under 2021"_s;
    const QString sepsis = u"Enhetlig akutvård för sepsis på samtliga sjukhus"_s;
    const QString fullmaktige = u"Se sändningen från Regionfullmäktige"_s;
    const QString riskfaktorer =
            u"Personer födda 1971 med riskfaktorer kan boka vaccination på vaccinationsmottagning"_s;
    const QString lifeScience = u"En strategi för en världsledande Life Science-region"_s;
    const QString eu = u"Avsiktsförklaring om placering av EU-myndighet i Stockholm"_s;

    QTest::newRow("a compound part") << u"trafik"_s << 7 << fusk << QString();
    QTest::newRow("a compound part, whole word too") << u"trafik"_s << 7 << kollektivtrafik << QString();
    QTest::newRow("sjukhus inside Södersjukhuset") << u"sjukhus"_s << 5 << sepsis << QString();
    QTest::newRow("2 letters: the start of a word") << u"tr"_s << 7 << fusk << lifeScience;
    QTest::newRow("any order") << u"vaccin boka"_s << 7 << riskfaktorer << eu;
    QTest::newRow("any order, the other way") << u"boka vaccin"_s << 7 << riskfaktorer << eu;
    QTest::newRow("a phrase") << u"\"region stockholm\""_s << 26 << eu << lifeScience;
    QTest::newRow("a phrase in the other order") << u"\"stockholm region\""_s << 0 << QString() << eu;
    QTest::newRow("a one-word phrase: no compounds")
            << u"\"vård\""_s << 1 << u"Stockholm åter bäst i Sverige för sin tillgänglighet i vården"_s
                                                      << sepsis;
    QTest::newRow("an exclusion") << u"region -stockholm"_s << 6 << lifeScience << eu;
    QTest::newRow("an exclusion of a joined word") << u"vaccin -covid"_s << 1 << riskfaktorer << QString();
    QTest::newRow("only an exclusion") << u"-vaccin"_s << 33 << eu << riskfaktorer;
    QTest::newRow("a word only in a category name") << u"politiska"_s << 1 << fullmaktige << eu;
    QTest::newRow("a category word, text and categories") << u"sjukvård"_s << 27 << eu << fusk;
    QTest::newRow("a joined word") << u"covid-19-vaccin"_s << 3
                                   << u"Du som är 65 eller äldre kan nu välja covid-19-vaccin"_s << eu;
    QTest::newRow("a number") << u"2050"_s << 1 << kollektivtrafik << fusk;
    QTest::newRow("å is no a") << u"vard"_s << 0 << QString() << sepsis;
    QTest::newRow("only symbols: everything") << u"!!!"_s << 47 << eu << QString();
    QTest::newRow("a lone minus and an unclosed quote") << u"- \"region stockholm"_s << 26 << eu << lifeScience;
}

// The rules of a search (SearchQuery) through the real program, on the sample:
// the count, the list, and both against the rules applied to every item.
void TestCommandLine::searchRules()
{
    QFETCH(QString, search);
    QFETCH(int, count);
    QFETCH(QString, found);
    QFETCH(QString, missed);

    importSampleOnce();
    QCOMPARE(listCount({u"--search"_s, search}), qint64(count));
    const QJsonArray items = listJson({u"--search"_s, search});
    QCOMPARE(items.size(), count);
    QStringList titles;
    for (const QJsonValue &value : items)
        titles.append(value.toObject().value(u"title"_s).toString());
    if (!found.isEmpty())
        QVERIFY2(titles.contains(found), qPrintable(titles.join(u'\n')));
    if (!missed.isEmpty())
        QVERIFY2(!titles.contains(missed), qPrintable(titles.join(u'\n')));

    // The store's plan (index, term list, categories) finds what the rules
    // find, item by item.
    const SearchMatcher matcher(SearchQuery::parse(search));
    QList<qint64> expected;
    for (const QJsonValue &value : listJson({})) {
        const QJsonObject item = value.toObject();
        if (matcher.matches(item.value(u"title"_s).toString(), item.value(u"summary"_s).toString(),
                            stringList(item.value(u"categories"_s))))
            expected.append(item.value(u"id"_s).toInteger());
    }
    QCOMPARE(idsOf(items), expected); // in listing order too
}

void TestCommandLine::searchSaysHowItWasUnderstood_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("said");

    QTest::newRow("plain words: nothing said") << u"vaccin boka"_s << false;
    QTest::newRow("a phrase") << u"\"region stockholm\""_s << true;
    QTest::newRow("an exclusion") << u"region -stockholm"_s << true;
    QTest::newRow("an unclosed quote") << u"\"region stockholm"_s << true;
    QTest::newRow("a lone minus") << u"region -"_s << true;
    QTest::newRow("only symbols") << u"!!!"_s << true;
}

void TestCommandLine::searchSaysHowItWasUnderstood()
{
    QFETCH(QString, search);
    QFETCH(bool, said);

    importSampleOnce();
    QProcessEnvironment english;
    english.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    english.insert(u"LANGUAGE"_s, u"en"_s);
    const SearchQuery query = SearchQuery::parse(search);
    QCOMPARE(query.usesSyntax(), said);
    for (const QStringList &command : {QStringList{u"list"_s, u"--count"_s}, QStringList{u"list"_s}}) {
        const Result result = runDb(command + QStringList{u"--search"_s, search}, english);
        QCOMPARE(result.exitCode, 0);
        // The output stays what a script reads; how the query was read goes to stderr.
        if (said) {
            QVERIFY(!query.understood().isEmpty());
            QCOMPARE(result.err, u"newsdesk: "_s + query.understood() + u'\n');
            QVERIFY(!result.out.contains(query.understood()));
        } else {
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        }
    }
}

// --sort best: the same items, those with more of the words in the title first,
// newest first within (listing order).
void TestCommandLine::sortBestMatch()
{
    importSampleOnce();
    const QString search = u"vaccin stockholm"_s;
    const QJsonArray listing = listJson({u"--search"_s, search});
    const QJsonArray best = listJson({u"--search"_s, search, u"--sort"_s, u"best"_s});
    QVERIFY(listing.size() > 3);
    QList<qint64> sortedListing = idsOf(listing);
    QList<qint64> sortedBest = idsOf(best);
    std::sort(sortedListing.begin(), sortedListing.end());
    std::sort(sortedBest.begin(), sortedBest.end());
    QCOMPARE(sortedBest, sortedListing);

    const SearchMatcher matcher(SearchQuery::parse(search));
    const QList<qint64> listingOrder = idsOf(listing);
    int previousTerms = INT_MAX;
    qsizetype previousPosition = -1;
    for (const QJsonValue &value : best) {
        const QJsonObject item = value.toObject();
        const int terms = matcher.termsInTitle(item.value(u"title"_s).toString());
        const qsizetype position = listingOrder.indexOf(item.value(u"id"_s).toInteger());
        QVERIFY2(terms <= previousTerms, qPrintable(item.value(u"title"_s).toString()));
        if (terms == previousTerms)
            QVERIFY2(position > previousPosition, qPrintable(item.value(u"title"_s).toString()));
        previousTerms = terms;
        previousPosition = position;
    }
    QVERIFY(matcher.termsInTitle(best.first().toObject().value(u"title"_s).toString()) == 2);

    // Without a search the best match is the listing order; with a limit, the first ones.
    QCOMPARE(idsOf(listJson({u"--sort"_s, u"best"_s})), idsOf(listJson({})));
    QCOMPARE(idsOf(listJson({u"--search"_s, search, u"--sort"_s, u"best"_s, u"--limit"_s, u"3"_s})),
             idsOf(best).mid(0, 3));
}

void TestCommandLine::listCount_data()
{
    QTest::addColumn<QStringList>("filter");

    const QStringList none;
    QTest::newRow("everything") << none;
    QTest::newRow("a category") << QStringList{u"--category"_s, u"Hälso- och sjukvård"_s};
    QTest::newRow("a category nobody has") << QStringList{u"--category"_s, u"Sport"_s};
    QTest::newRow("two categories, any")
            << QStringList{u"--category"_s, u"Kultur"_s, u"--category"_s, u"Hälso- och sjukvård"_s};
    QTest::newRow("two categories, all")
            << QStringList{u"--match"_s, u"all"_s, u"--category"_s, u"Kultur"_s, u"--category"_s,
                           u"Hälso- och sjukvård"_s};
    QTest::newRow("a search") << QStringList{u"--search"_s, u"region"_s};
    QTest::newRow("a compound part") << QStringList{u"--search"_s, u"trafik"_s};
    QTest::newRow("a phrase") << QStringList{u"--search"_s, u"\"region stockholm\""_s};
    QTest::newRow("an exclusion") << QStringList{u"--search"_s, u"region -stockholm"_s};
    QTest::newRow("a search in a category")
            << QStringList{u"--search"_s, u"vaccin"_s, u"--category"_s, u"Hälso- och sjukvård"_s};
    QTest::newRow("a search, by title") << QStringList{u"--search"_s, u"vaccin"_s, u"--sort"_s, u"title"_s};
    QTest::newRow("a search, best match") << QStringList{u"--search"_s, u"vaccin"_s, u"--sort"_s, u"best"_s};
    QTest::newRow("unread") << QStringList{u"--unread"_s};
    QTest::newRow("starred: none") << QStringList{u"--starred"_s};
    QTest::newRow("one listing file") << QStringList{u"--source"_s, u":/sample/001_30960db40e038309.txt"_s};
    QTest::newRow("a limit below the count") << QStringList{u"--limit"_s, u"5"_s};
    QTest::newRow("a limit above the count") << QStringList{u"--category"_s, u"Kultur"_s, u"--limit"_s, u"10"_s};
    QTest::newRow("a limit of 0") << QStringList{u"--limit"_s, u"0"_s};
    QTest::newRow("with a format") << QStringList{u"--format"_s, u"tsv"_s, u"--search"_s, u"vaccin"_s};
}

// --count prints the number of items the same list holds, for every filter.
// The index of keys in listing order (items_by_key_order) is no part of the
// schema; the command line never builds it (at 1,000,000 items a write of
// 2-7 s that an import or a mark would wait for): a reading command on a
// cache without it leaves it so, and works while another connection holds
// the write lock. (An import into an empty cache makes it; the window's
// worker builds it when idle.)
void TestCommandLine::readingCommandsBuildNoIndex()
{
    importSampleOnce();
    const QString name = u"tst_commandline-key-order"_s;
    const auto cleanup = qScopeGuard([&] { QSqlDatabase::removeDatabase(name); });
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const auto hasIndex = [&] {
            return q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'items_by_key_order'"_s) && q.next()
                    && q.value(0).toInt() == 1;
        };
        QVERIFY(hasIndex()); // the import's
        QVERIFY(q.exec(u"DROP INDEX items_by_key_order"_s));
        QVERIFY(!hasIndex());
        for (const QStringList &command : {QStringList{u"list"_s, u"--count"_s}, QStringList{u"categories"_s},
                                           QStringList{u"list"_s, u"--format"_s, u"json"_s}}) {
            const Result result = runDb(command);
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QVERIFY2(!hasIndex(), qPrintable(command.join(u' ')));
        }
        // Another writer holds the cache's write lock: the reading commands go on.
        QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        const Result counted = runDb({u"list"_s, u"--count"_s});
        QVERIFY(q.exec(u"ROLLBACK"_s));
        QVERIFY2(counted.exitCode == 0, qPrintable(counted.err));
        QCOMPARE(counted.out.trimmed(), QString::number(SampleItems));
        QVERIFY(!hasIndex());
        q.finish();
        db.close();
    }
}

void TestCommandLine::listCount()
{
    QFETCH(QStringList, filter);

    importSampleOnce();
    QStringList asJson = filter;
    if (const qsizetype format = asJson.indexOf(u"--format"_s); format >= 0)
        asJson.remove(format, 2);
    const QJsonArray items = listJson(asJson);
    QCOMPARE(listCount(filter), qint64(items.size()));
    if (filter.isEmpty())
        QCOMPARE(qint64(items.size()), SampleItems);
}

void TestCommandLine::countOfAnUnreadableCache_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("filter");

    QTest::newRow("no cache") << u"none"_s << QStringList{};
    QTest::newRow("no cache, a search") << u"none"_s << QStringList{u"--search"_s, u"region"_s};
    QTest::newRow("not a database") << u"text"_s << QStringList{};
    QTest::newRow("tables missing") << u"tables"_s << QStringList{};
    QTest::newRow("tables missing, a category") << u"tables"_s << QStringList{u"--category"_s, u"Kultur"_s};
    QTest::newRow("tables missing, a search") << u"tables"_s << QStringList{u"--search"_s, u"region"_s};
}

// A count that cannot be made is an error that names the cache, never "0".
void TestCommandLine::countOfAnUnreadableCache()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, filter);

    if (damage == u"text") {
        QVERIFY(QDir().mkpath(QFileInfo(m_db).absolutePath()));
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Ingen databas.\n").repeated(100));
    } else if (damage == u"tables") {
        importSampleOnce();
        const QString connection = u"tst-breaker"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &table : {u"items"_s, u"categories"_s, u"category_sets"_s, u"index_queue"_s})
                QVERIFY2(q.exec(u"ALTER TABLE %1 RENAME TO %1_moved"_s.arg(table)), qPrintable(table));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const Result result = runDb(QStringList{u"list"_s, u"--count"_s} + filter);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.contains(m_db), qPrintable(result.err));
    QVERIFY2(result.err.startsWith(u"newsdesk"_s), qPrintable(result.err));
}

// The window's list (NewsListModel with a StoreWorker, as MainWindow has it)
// and `newsdesk list --count` count the same items for the same filter.
void TestCommandLine::windowAndCommandLineCountAlike()
{
    importSampleOnce();
    NewsStore store;
    QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
    StoreWorker worker;
    worker.open(m_db);
    NewsListModel model;
    model.setWorker(&worker);
    model.setStore(&store);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 20000);

    const QStringList searches{u"trafik"_s,          u"sjukhus"_s,         u"tr"_s,
                               u"vaccin boka"_s,     u"boka vaccin"_s,     u"\"region stockholm\""_s,
                               u"\"vård\""_s,        u"region -stockholm"_s, u"-vaccin"_s,
                               u"politiska"_s,       u"sjukvård"_s,        u"covid-19-vaccin"_s,
                               u"!!!"_s,             u"\"region stockholm"_s};
    for (const QString &search : searches) {
        for (const QStringList &categories : {QStringList{}, QStringList{u"Hälso- och sjukvård"_s}}) {
            ItemFilter filter;
            filter.search = search;
            filter.categories = categories;
            model.setFilter(filter);
            QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting() && model.isComplete(), 20000);
            QStringList arguments{u"--search"_s, search};
            for (const QString &category : categories)
                arguments += {u"--category"_s, category};
            const QString row = search + u" in "_s + categories.join(u", "_s);
            QVERIFY2(model.rowCount() == listCount(arguments),
                     qPrintable(row + u": the window shows %1"_s.arg(model.rowCount())));
            QVERIFY2(model.ids() == idsOf(listJson(arguments)), qPrintable(row));
        }
    }
    model.setStore(nullptr);
}

void TestCommandLine::readingCommandsNeedACache_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("defaultCache"); // without --db: the default cache, which does not exist either

    QTest::newRow("list") << QStringList{u"list"_s} << false;
    QTest::newRow("list --limit") << QStringList{u"list"_s, u"--limit"_s, u"50"_s} << false;
    QTest::newRow("list --search") << QStringList{u"list"_s, u"--search"_s, u"region"_s} << false;
    QTest::newRow("list --count") << QStringList{u"list"_s, u"--count"_s} << false;
    QTest::newRow("categories") << QStringList{u"categories"_s} << false;
    QTest::newRow("export") << QStringList{u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, u"-"_s} << false;
    QTest::newRow("list, default cache") << QStringList{u"list"_s} << true;
    QTest::newRow("categories, default cache") << QStringList{u"categories"_s} << true;
    QTest::newRow("export, default cache")
            << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s} << true;
}

void TestCommandLine::readingCommandsNeedACache()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, defaultCache);

    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const Result result = defaultCache ? run(arguments) : runDb(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(result.err.contains(u"no cache at "_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"newsdesk import"_s), qPrintable(result.err));
    if (!defaultCache) {
        QVERIFY2(result.err.contains(m_db), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"newsdesk import --db "_s + m_db), qPrintable(result.err));
    }
    // Nothing was made: no cache, no folder, no lock or state file.
    QVERIFY(!QFileInfo::exists(m_db));
    const QStringList after = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(after, before);
}

void TestCommandLine::importWithRejectedFile()
{
    const QString folder = m_dir->filePath(u"news"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile good(QDir(folder).filePath(u"good.txt"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(" \xE2\x80\xA2 Ett\n\n  Text ett.\n\n  Kultur\n \xE2\x80\xA2 Tv\xC3\xA5\n\n  Text tv\xC3\xA5.\n\n  St\xC3\xB6""d\n");
    good.close();
    const QString badPath = QDir(folder).filePath(u"bad.txt"_s);
    QFile bad(badPath);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray("\x00\x01\x02\x03binary\x00", 11));
    bad.close();

    const Result result = runDb({u"import"_s, folder});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"bad.txt"_s), qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"good.txt"_s), qPrintable(result.err));
    QVERIFY2(result.out.contains(u"1 imported"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"1 rejected"_s), qPrintable(result.out));

    const QJsonArray items = listJson({});
    QCOMPARE(items.size(), 2);
    QStringList titles;
    for (const QJsonValue &value : items)
        titles.append(value.toObject().value(u"title"_s).toString());
    QCOMPARE(titles, (QStringList{u"Ett"_s, u"Två"_s}));

    // A path that does not exist is named too.
    const Result missing = runDb({u"import"_s, m_dir->filePath(u"saknas.txt"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"saknas.txt"_s), qPrintable(missing.err));
}

void TestCommandLine::importSkipsFifos()
{
    // A FIFO in a folder and one named on the command line: neither is opened
    // to wait for a writer (run() gives up after 60 s: the hang guard).
    const QString folder = m_dir->filePath(u"news"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile good(QDir(folder).filePath(u"good.txt"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(" \xE2\x80\xA2 Ett\n\n  Text ett.\n\n  Kultur\n");
    good.close();
    const QString inFolder = QDir(folder).filePath(u"pipe.txt"_s);
    const QString named = m_dir->filePath(u"x.txt"_s);
    for (const QString &fifo : {inFolder, named})
        QVERIFY2(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0, qPrintable(fifo));

    const Result fromFolder = runDb({u"import"_s, folder});
    QCOMPARE(fromFolder.exitCode, 2);
    QVERIFY2(fromFolder.err.contains(u"pipe.txt"_s), qPrintable(fromFolder.err));
    QVERIFY2(fromFolder.err.contains(u"FIFO"_s), qPrintable(fromFolder.err));
    QVERIFY2(fromFolder.out.contains(u"1 imported"_s), qPrintable(fromFolder.out));
    QVERIFY2(fromFolder.out.contains(u"1 rejected"_s), qPrintable(fromFolder.out));

    const Result fromArgument = runDb({u"import"_s, named});
    QCOMPARE(fromArgument.exitCode, 2);
    QVERIFY2(fromArgument.err.contains(named), qPrintable(fromArgument.err));
    QVERIFY2(fromArgument.err.contains(u"FIFO"_s), qPrintable(fromArgument.err));
    QCOMPARE(listJson({}).size(), 1);
}

void TestCommandLine::importNamesUnreadableFiles()
{
    // Issue 12, item 6: a file in an imported folder that may not be read was
    // skipped without a word (exit 0); it is named, with the reason, exit 2.
    const QString folder = m_dir->filePath(u"news"_s);
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {u"good.txt"_s, u"secret.txt"_s}) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(" \xE2\x80\xA2 " + name.toUtf8() + "\n\n  Text.\n\n  Kultur\n");
    }
    QVERIFY(QFile::setPermissions(QDir(folder).filePath(u"secret.txt"_s), QFileDevice::Permissions()));
    m_withoutReadOverride = true;
    const Result result = runDb({u"import"_s, folder});
    m_withoutReadOverride = false;
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"secret.txt"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"cannot be read"_s), qPrintable(result.err));
    QVERIFY2(result.out.contains(u"1 imported"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"1 rejected"_s), qPrintable(result.out));
}

qint64 TestCommandLine::interruptedImport()
{
    NewsStore store;
    if (!store.open(m_db))
        return -1;
    NewsImporter importer(store);
    importer.setIndexChunk(10);
    importer.setProgress([](int done, int, const QString &) { return done >= 0; }); // stop at the index
    const QDir sample(QStringLiteral(NEWSDESK_SAMPLE_DIR));
    QStringList files;
    for (const QString &name : sample.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files.append(sample.filePath(name));
    if (!importer.importPaths(files).cancelled)
        return -1;
    return store.pendingIndexItems();
}

// Issue 12, item 11: a search after an interrupted import left out every item
// still waiting for the search index, without a word. A command that may
// write the cache adds them first and says so.
void TestCommandLine::searchFinishesAnInterruptedIndex()
{
    const QString reference = m_dir->filePath(u"reference.sqlite"_s);
    QCOMPARE(run({u"import"_s, u"--db"_s, reference, QStringLiteral(NEWSDESK_SAMPLE_DIR)}).exitCode, 0);
    const Result expected = run({u"list"_s, u"--db"_s, reference, u"--search"_s, u"region"_s});
    QCOMPARE(expected.exitCode, 0);

    const qint64 waiting = interruptedImport();
    QCOMPARE(waiting, qint64(SampleItems - 10));
    const Result result = runDb({u"list"_s, u"--search"_s, u"region"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.rawOut, expected.rawOut);
    const QString n = QString::number(waiting);
    QCOMPARE(result.err, u"newsdesk list: "_s + n + u" items of an interrupted import are not yet searchable; "
                                                 u"adding them to the search index first.\n"
                                                 u"newsdesk list: search index: "_s + n + u" of "_s + n
                     + u" items added.\n"_s);
    // Done: the next search has nothing to add.
    const Result again = runDb({u"list"_s, u"--search"_s, u"region"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.err, QString());
    QCOMPARE(again.rawOut, expected.rawOut);
}

// A cache this process may only read: the search answers what the index
// holds, says that it is incomplete and how to complete it, and exits 3.
void TestCommandLine::readOnlyCacheSaysTheSearchIsIncomplete()
{
    const qint64 waiting = interruptedImport();
    QVERIFY(waiting > 0);
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    m_withoutReadOverride = true; // root would write it anyway
    const Result search = runDb({u"list"_s, u"--search"_s, u"region"_s});
    const Result all = runDb({u"list"_s, u"--format"_s, u"tsv"_s});
    QProcessEnvironment runtime; // (export's GUI application wants one, or says so on stderr)
    runtime.insert(u"XDG_RUNTIME_DIR"_s, m_dir->path());
    const Result exported = runDb({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s, u"--category"_s,
                                   u"Kultur"_s, u"--category"_s, u"Stöd"_s},
                                  runtime);
    m_withoutReadOverride = false;

    QCOMPARE(search.exitCode, 3);
    const QString incomplete = u" the results are incomplete: "_s + QString::number(waiting)
            + u" items of an interrupted import are not yet searchable, and the cache may not be written here to "
              u"add them. To complete them, run as someone who may write the cache: "
              u"newsdesk import --finish-index --db "_s
            + m_db + u"\n"_s;
    QCOMPARE(search.err, u"newsdesk list:"_s + incomplete);
    QVERIFY2(search.out.endsWith(u" items\n"_s) || search.out.endsWith(u" item\n"_s), qPrintable(search.out));
    QCOMPARE(exported.exitCode, 3);
    QCOMPARE(exported.err, u"newsdesk export:"_s + incomplete);
    // Without a search the list is whole.
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.err, QString());
    QCOMPARE(all.out.count(u'\n'), SampleItems + 1);

    // The command it names completes it.
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Result finish = runDb({u"import"_s, u"--finish-index"_s});
    QCOMPARE(finish.exitCode, 0);
    QCOMPARE(finish.out, u"Every item in the cache is searchable.\n"_s);
    QVERIFY2(finish.err.startsWith(u"newsdesk import: "_s + QString::number(waiting) + u" items"_s),
             qPrintable(finish.err));
    const Result after = runDb({u"list"_s, u"--search"_s, u"region"_s});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.err, QString());
    QVERIFY(after.out.count(u'\n') > search.out.count(u'\n'));
}

// Issue 12, item 12: an import dropped the items of a folder that was only
// missing (an unmounted drive). Its items stay and the folder is named.
void TestCommandLine::importKeepsTheItemsOfAMissingFolder()
{
    const QString drive = m_dir->filePath(u"drive/news"_s);
    QVERIFY(QDir().mkpath(drive));
    const auto write = [](const QString &path, const QByteArray &title) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(" \xE2\x80\xA2 " + title + "\n\n  Text.\n\n  Kultur\n") > 0;
    };
    QVERIFY(write(QDir(drive).filePath(u"a.txt"_s), "Borta"));
    QCOMPARE(runDb({u"import"_s, drive}).exitCode, 0);
    QVERIFY(QDir().rename(m_dir->filePath(u"drive"_s), m_dir->filePath(u"unmounted"_s)));
    const QString other = m_dir->filePath(u"other.txt"_s);
    QVERIFY(write(other, "Kvar"));

    const Result result = runDb({u"import"_s, other});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"Files: 1 imported, 0 unchanged, 0 rejected, 0 removed.\n"
                         u"Not found (their files' items were kept): "_s + drive + u".\n"
                         u"Items: 1 new, 2 in the cache.\n"_s);
    QCOMPARE(result.err, drive + u": warning: the folder is missing or cannot be read (a drive that is not "
                                 u"mounted?); the items of its 1 file were kept\n"_s);
    QCOMPARE(listJson({}).size(), 2);

    // A file gone from a folder that is there is forgotten.
    QVERIFY(QFile::remove(other));
    const Result removed = runDb({u"import"_s, m_dir->filePath(u"unmounted"_s)});
    QVERIFY2(removed.out.startsWith(u"Files: 1 imported, 0 unchanged, 0 rejected, 1 removed.\n"_s),
             qPrintable(removed.out));
    QCOMPARE(listJson({}).size(), 1);
}

void TestCommandLine::hostileTextNeverReachesTheTerminal()
{
    // Clear screen, window title (OSC 0), hyperlink (OSC 8), clipboard (OSC 52),
    // BEL- and ST-terminated, a C1 CSI and DEL in the title, summary and category line.
    const QString path = m_dir->filePath(u"hostile.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Nyheter\n\n"
               " \xE2\x80\xA2 Rubrik \x1B[2J\x1B]0;kapad\x07 slut\n\n"
               "  Text \x1B]8;;http://example.invalid/\x1B\\l\xC3\xA4nk\x1B]8;;\x1B\\ och \x1B]52;c;aGVq\x07 "
               "samt \xC2\x9B""31m C1 och \x7F DEL.\n\n"
               "  Kultur\x1B]0;kapad\x1B\\Ekonomi\xC2\x85\n");
    // An ordinary item after it (more than 1 byte in 20 a control reads as a binary file).
    file.write(QByteArray(" \xE2\x80\xA2 Vanlig\n\n  ").append(400, 'x') + "\n\n  Kultur\n");
    file.close();
    const Result imported = runDb({u"import"_s, path});
    QCOMPARE(imported.exitCode, 0);
    // The import drops them, naming each line.
    for (const QString &line : {u"hostile.txt:3:"_s, u"hostile.txt:5:"_s, u"hostile.txt:7:"_s})
        QVERIFY2(imported.err.contains(line), qPrintable(imported.err));

    // A cache written before (or by another program) may hold them still: the
    // output makes them harmless in any case.
    const QString connection = u"tst-hostile"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE items SET title = title || char(27) || ']0;kapad' || char(7) || char(155) || '2J', "
                       "summary = summary || char(27) || ']52;c;aGVq' || char(27) || '\\' || char(127) || char(13)"_s));
        QVERIFY(q.exec(u"UPDATE categories SET name = name || char(27) || '[2J' || char(9) || char(133)"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    const QList<QStringList> commands{
            {u"list"_s}, {u"list"_s, u"--format"_s, u"tsv"_s}, {u"list"_s, u"--format"_s, u"json"_s},
            {u"categories"_s}, {u"categories"_s, u"--format"_s, u"tsv"_s}, {u"categories"_s, u"--format"_s, u"json"_s},
            {u"export"_s, u"--format"_s, u"txt"_s, u"--output"_s, u"-"_s},
            {u"export"_s, u"--format"_s, u"md"_s, u"--output"_s, u"-"_s},
            {u"export"_s, u"--format"_s, u"html"_s, u"--output"_s, u"-"_s},
            {u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, u"-"_s},
            {u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s}};
    for (const QStringList &command : commands) {
        const Result result = runDb(command);
        const QString what = command.join(u' ');
        QVERIFY2(result.exitCode == 0, qPrintable(what + u": "_s + result.err));
        QVERIFY2(result.rawOut.contains("Rubrik") || command.first() == u"categories",
                 qPrintable(what + u": "_s + result.out));
        const QString control = terminalControlIn(result.rawOut, command.contains(u"csv"_s));
        QVERIFY2(control.isEmpty(), qPrintable(what + u": "_s + control));
    }
    // What stood there is shown, not obeyed: the control picture of ESC.
    QVERIFY(runDb({u"list"_s}).out.contains(u"\u241B]0;kapad\u2407"_s));
    QVERIFY(runDb({u"categories"_s}).out.contains(u"\u241B[2J"_s));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--bogus"_s};
    QTest::newRow("option without its value") << QStringList{u"list"_s, u"--category"_s};
    QTest::newRow("bad --match") << QStringList{u"list"_s, u"--match"_s, u"some"_s};
    QTest::newRow("bad --sort") << QStringList{u"list"_s, u"--sort"_s, u"date"_s};
    QTest::newRow("--count with a value") << QStringList{u"list"_s, u"--count=5"_s};
    QTest::newRow("bad --format") << QStringList{u"list"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("stray argument to list") << QStringList{u"list"_s, u"extra"_s};
    QTest::newRow("categories: bad --format") << QStringList{u"categories"_s, u"--format"_s, u"yaml"_s};
    QTest::newRow("import of nothing") << QStringList{u"import"_s};
    QTest::newRow("--limit of a negative number") << QStringList{u"list"_s, u"--limit"_s, u"-1"_s};
    QTest::newRow("--limit of a word") << QStringList{u"list"_s, u"--limit"_s, u"ten"_s};
    QTest::newRow("--limit of nothing") << QStringList{u"list"_s, u"--limit"_s, u""_s};
    QTest::newRow("--limit of a fraction") << QStringList{u"list"_s, u"--limit"_s, u"1.5"_s};
    QTest::newRow("--limit past the largest number")
            << QStringList{u"list"_s, u"--limit"_s, u"99999999999999999999"_s};
    QTest::newRow("--limit without its value") << QStringList{u"list"_s, u"--limit"_s};
    QTest::newRow("export: bad --limit")
            << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s, u"--limit"_s, u"x"_s};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);

    QProcessEnvironment runtime; // (export's GUI application wants one, or says so on stderr)
    runtime.insert(u"XDG_RUNTIME_DIR"_s, m_dir->path());
    const Result result = runDb(arguments, runtime);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
    QVERIFY2(result.err.startsWith(u"newsdesk"_s), qPrintable(result.err));
    // A usage error never creates a cache.
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCommandLine::version()
{
    const Result result = run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), u"newsdesk "_s + QStringLiteral(NEWSDESK_VERSION));
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("newsdesk --help") << QStringList{u"--help"_s}
                                     << QStringList{u"import"_s, u"list"_s, u"categories"_s, u"export"_s,
                                                    u"Qt's own options"_s, u"-style STYLE"_s, u"-platform"_s};
    QTest::newRow("import --help") << QStringList{u"import"_s, u"--help"_s}
                                   << QStringList{u"--db"_s, u"--sample"_s};
    QTest::newRow("list --help") << QStringList{u"list"_s, u"--help"_s}
                                 << QStringList{u"--db"_s, u"--category"_s, u"--match"_s, u"--search"_s,
                                                u"--unread"_s, u"--starred"_s, u"--sort"_s, u"--format"_s,
                                                u"--limit"_s, u"--count"_s, u"phrase"_s, u"-word"_s,
                                                u"best"_s};
    QTest::newRow("categories --help") << QStringList{u"categories"_s, u"--help"_s}
                                       << QStringList{u"--db"_s, u"--format"_s};
    QTest::newRow("export --help") << QStringList{u"export"_s, u"--help"_s}
                                   << QStringList{u"--db"_s, u"--limit"_s};
}

void TestCommandLine::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"Usage:"_s), qPrintable(result.out + result.err));
    for (const QString &mention : mentions)
        QVERIFY2(result.out.contains(mention), qPrintable(mention));
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCommandLine::newerCache()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_db).absolutePath()));
    const QString connection = u"tst-newer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE items(id INTEGER PRIMARY KEY)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    const QList<QStringList> commands{{u"list"_s}, {u"categories"_s}, {u"import"_s, u"--sample"_s}};
    for (const QStringList &command : commands) {
        const Result result = runDb(command);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"newer"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(m_db), qPrintable(result.err));
        // One clear message, no Qt warnings from a half-opened connection.
        QVERIFY2(!result.err.contains(u"QSql"_s), qPrintable(result.err));
        QVERIFY2(!result.out.contains(u"imported"_s), qPrintable(result.out));
    }
}

void TestCommandLine::notACache()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_db).absolutePath()));
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray text = QByteArray("Det h\xC3\xA4r \xC3\xA4r ingen databas.\n").repeated(50);
    file.write(text);
    file.close();

    const Result result = runDb({u"list"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(m_db), qPrintable(result.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestCommandLine::speaksTheLanguageOfTheLocaleOrTheSetting()
{
    importSampleOnce();
    QProcessEnvironment swedish;
    swedish.insert(u"LC_ALL"_s, u"sv_SE.UTF-8"_s);
    swedish.insert(u"LANGUAGE"_s, u"sv"_s);

    // The system's language: messages, plurals and Qt's own --help headings.
    const Result list = runDb({u"list"_s, u"--category"_s, u"Kultur"_s}, swedish);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"4 nyheter"_s), qPrintable(list.out));
    const Result help = run({u"list"_s, u"--help"_s}, swedish);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"Användning:"_s), qPrintable(help.out));
    QVERIFY2(help.out.contains(u"Endast olästa nyheter."_s), qPrintable(help.out));
    const Result windowHelp = run({u"--help"_s}, swedish);
    QCOMPARE(windowHelp.exitCode, 0);
    QVERIFY2(windowHelp.out.contains(u"Utan kommando öppnas läsfönstret."_s), qPrintable(windowHelp.out));
    const Result neither = run({u"saknas.txt"_s}, swedish);
    QCOMPARE(neither.exitCode, 1);
    QVERIFY2(neither.err.contains(u"är varken ett kommando"_s), qPrintable(neither.err));
    const Result wrong = run({u"list"_s, u"--match"_s, u"some"_s}, swedish);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"--match tar \u201Dany\u201D eller \u201Dall\u201D, inte \u201Dsome\u201D"_s),
             qPrintable(wrong.err));

    // The language chosen in the window (View → Language) wins over the locale.
    QSettings settings(m_dir->filePath(u"config/newsdesk/newsdesk.conf"_s), QSettings::IniFormat);
    settings.setValue(u"ui/language"_s, u"sv"_s);
    settings.sync();
    const Result chosen = runDb({u"list"_s, u"--category"_s, u"Kultur"_s});
    QVERIFY2(chosen.out.contains(u"4 nyheter"_s), qPrintable(chosen.out));
    settings.setValue(u"ui/language"_s, u"en"_s);
    settings.sync();
    const Result english = runDb({u"list"_s, u"--category"_s, u"Kultur"_s}, swedish);
    QVERIFY2(english.out.contains(u"4 items"_s), qPrintable(english.out));
}

// The output names the bundled sample's files "Sample news N"; --source takes that name back.
void TestCommandLine::sampleSourceByName()
{
    importSampleOnce();
    const QJsonArray byPath = listJson({u"--source"_s, u":/sample/001_30960db40e038309.txt"_s});
    const QJsonArray byName = listJson({u"--source"_s, u"Sample news 2"_s});
    QVERIFY(!byPath.isEmpty());
    QCOMPARE(byName, byPath);
    for (const QJsonValue &item : byName) {
        const QJsonArray sources = item.toObject().value(u"sources"_s).toArray();
        QCOMPARE(sources.first().toObject().value(u"file"_s).toString(), u"Sample news 2"_s);
    }
    const Result exported = runDb({u"export"_s, u"--source"_s, u"Sample news 2"_s, u"--format"_s, u"md"_s,
                                   u"--output"_s, u"-"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(u"From Sample news 2"_s), qPrintable(exported.out.left(500)));
    QCOMPARE(listJson({u"--source"_s, u"Sample news 9"_s}), QJsonArray());
}

void TestCommandLine::programArguments_data()
{
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QStringList>("arguments"); // what newsdesk's parsers get
    QTest::addColumn<QStringList>("qt");        // what is left to Qt
    QTest::addColumn<bool>("isCommand");

    const QString db = u"--db"_s;
    QTest::newRow("-style Fusion") << QStringList{u"-style"_s, u"Fusion"_s} << QStringList{}
                                   << QStringList{u"-style"_s, u"Fusion"_s} << false;
    QTest::newRow("-style=Fusion") << QStringList{u"-style=Fusion"_s} << QStringList{}
                                   << QStringList{u"-style=Fusion"_s} << false;
    QTest::newRow("--style Fusion (Qt takes two dashes)")
            << QStringList{u"--style"_s, u"Fusion"_s} << QStringList{} << QStringList{u"--style"_s, u"Fusion"_s}
            << false;
    QTest::newRow("window with paths") << QStringList{u"-platform"_s, u"xcb"_s, u"-reverse"_s, u"a.txt"_s}
                                       << QStringList{u"a.txt"_s}
                                       << QStringList{u"-platform"_s, u"xcb"_s, u"-reverse"_s} << false;
    QTest::newRow("every value option")
            << QStringList{u"-stylesheet"_s, u"s.qss"_s, u"-display"_s, u":0"_s, u"-geometry"_s, u"800x600"_s,
                           u"-qwindowgeometry"_s, u"1x1"_s, u"-qwindowtitle"_s, u"T"_s, u"-fontengine"_s, u"x"_s,
                           u"-session"_s, u"s1"_s, u"-platformtheme"_s, u"gtk3"_s, u"-widgetcount"_s}
            << QStringList{}
            << QStringList{u"-stylesheet"_s, u"s.qss"_s, u"-display"_s, u":0"_s, u"-geometry"_s, u"800x600"_s,
                           u"-qwindowgeometry"_s, u"1x1"_s, u"-qwindowtitle"_s, u"T"_s, u"-fontengine"_s, u"x"_s,
                           u"-session"_s, u"s1"_s, u"-platformtheme"_s, u"gtk3"_s, u"-widgetcount"_s}
            << false;
    QTest::newRow("a value that looks like an option is the value")
            << QStringList{u"-qwindowtitle"_s, u"--db"_s, u"list"_s} << QStringList{u"list"_s}
            << QStringList{u"-qwindowtitle"_s, u"--db"_s} << true;
    QTest::newRow("command with Qt options on both sides")
            << QStringList{u"-style"_s, u"Fusion"_s, u"list"_s, u"-platform"_s, u"offscreen"_s, u"--unread"_s}
            << QStringList{u"list"_s, u"--unread"_s}
            << QStringList{u"-style"_s, u"Fusion"_s, u"-platform"_s, u"offscreen"_s} << true;
    QTest::newRow("--db FILE before the command")
            << QStringList{db, u"x.sqlite"_s, u"import"_s, u"dir"_s}
            << QStringList{u"import"_s, db, u"x.sqlite"_s, u"dir"_s} << QStringList{} << true;
    QTest::newRow("--db=FILE before the command")
            << QStringList{u"--db=x.sqlite"_s, u"list"_s, u"--count"_s}
            << QStringList{u"list"_s, u"--db=x.sqlite"_s, u"--count"_s} << QStringList{} << true;
    QTest::newRow("--db FILE of the window")
            << QStringList{db, u"x.sqlite"_s, u"news"_s} << QStringList{db, u"x.sqlite"_s, u"news"_s}
            << QStringList{} << false;
    QTest::newRow("a file called like a command after --db")
            << QStringList{db, u"list"_s} << QStringList{db, u"list"_s} << QStringList{} << false;
    QTest::newRow("after -- every argument is a path")
            << QStringList{u"import"_s, u"--"_s, u"-reverse"_s} << QStringList{u"import"_s, u"--"_s, u"-reverse"_s}
            << QStringList{} << true;
    QTest::newRow("newsdesk's own single-letter options stay")
            << QStringList{u"export"_s, u"-o"_s, u"-"_s, u"-h"_s} << QStringList{u"export"_s, u"-o"_s, u"-"_s, u"-h"_s}
            << QStringList{} << true;
    QTest::newRow("a search for -reverse is newsdesk's value, not Qt's option")
            << QStringList{u"list"_s, u"--search"_s, u"-reverse"_s}
            << QStringList{u"list"_s, u"--search"_s, u"-reverse"_s} << QStringList{} << true;
    QTest::newRow("a value option's value that is a Qt option with a value")
            << QStringList{u"list"_s, u"--search"_s, u"-session"_s, u"buss"_s}
            << QStringList{u"list"_s, u"--search"_s, u"-session"_s, u"buss"_s} << QStringList{} << true;
    QTest::newRow("-o -style.md is the output file")
            << QStringList{u"export"_s, u"-o"_s, u"-style"_s, u"-platform"_s, u"offscreen"_s}
            << QStringList{u"export"_s, u"-o"_s, u"-style"_s} << QStringList{u"-platform"_s, u"offscreen"_s} << true;
    QTest::newRow("an unknown option stays for the parser to refuse")
            << QStringList{u"list"_s, u"-stylez"_s} << QStringList{u"list"_s, u"-stylez"_s} << QStringList{} << true;
}

// Qt's options are taken out (the window's QApplication reads them from
// argv; a command ignores them), global options before a command go after it.
void TestCommandLine::programArguments()
{
    QFETCH(QStringList, typed);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, qt);
    QFETCH(bool, isCommand);
    const ProgramArguments program(typed, CommandLine::commands(), CommandLine::valueOptions());
    QCOMPARE(program.arguments(), arguments);
    QCOMPARE(program.qtArguments(), qt);
    QCOMPARE(program.isCommand(), isCommand);
    QVERIFY2(program.error().isEmpty(), qPrintable(program.error()));
}

void TestCommandLine::qtOptionsIgnoredByCommands_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("qtOptions");
    // -platform xcb where there is no X server: were it not ignored, Qt would fail to start.
    const QList<QStringList> qtOptions{{u"-style"_s, u"Fusion"_s},
                                       {u"-platform"_s, u"offscreen"_s},
                                       {u"-platform"_s, u"xcb"_s, u"-display"_s, u":99"_s},
                                       {u"-style=Fusion"_s, u"-reverse"_s, u"-stylesheet"_s, u"none.qss"_s}};
    const QList<QStringList> commands{{u"list"_s, u"--category"_s, u"Kultur"_s},
                                      {u"categories"_s, u"--format"_s, u"tsv"_s},
                                      {u"import"_s, u"--sample"_s},
                                      {u"export"_s, u"--format"_s, u"md"_s, u"--output"_s, u"-"_s}};
    for (const QStringList &command : commands) {
        for (const QStringList &options : qtOptions) {
            QTest::addRow("%s %s", qPrintable(command.first()), qPrintable(options.join(u' ')))
                    << command << options;
        }
    }
}

// `newsdesk list -platform offscreen` works as `newsdesk list`: the same output.
void TestCommandLine::qtOptionsIgnoredByCommands()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, qtOptions);
    importSampleOnce();
    QProcessEnvironment noDisplay;
    noDisplay.insert(u"DISPLAY"_s, QString());
    noDisplay.insert(u"WAYLAND_DISPLAY"_s, QString());
    const Result plain = runDb(command, noDisplay);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    for (const bool before : {false, true}) {
        const QStringList arguments = before ? qtOptions + command : command + qtOptions;
        QStringList withDb = arguments;
        withDb << u"--db"_s << m_db;
        const Result result = run(withDb, noDisplay);
        QVERIFY2(result.exitCode == 0, qPrintable(arguments.join(u' ') + u": "_s + result.err));
        QVERIFY2(!result.err.contains(u"Unknown option"_s), qPrintable(result.err));
        QString expected = plain.out;
        QString out = result.out;
        if (command.first() == u"export") { // the export's date line differs by the second
            static const QRegularExpression dateLine(u"^[^#\\n]*\\d{4}[^\\n]*$"_s, QRegularExpression::MultilineOption);
            expected.remove(dateLine);
            out.remove(dateLine);
        }
        QCOMPARE(out, expected);
    }
}

void TestCommandLine::qtOptionWithoutItsValue()
{
    for (const QStringList &arguments : {QStringList{u"list"_s, u"-style"_s}, QStringList{u"-platform"_s}}) {
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"the Qt option "_s + arguments.last() + u" needs a value"_s),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"Unknown option"_s), qPrintable(result.err));
    }
}

void TestCommandLine::globalOptionsBeforeTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments"); // %DB% and %DIR% stand for the cache and a folder of listings
    QTest::addColumn<QString>("expected");      // in the output
    QTest::newRow("--db FILE import DIR") << QStringList{u"--db"_s, u"%DB%"_s, u"import"_s, u"%DIR%"_s}
                                          << u"Items: 47 new, 47 in the cache."_s;
    QTest::newRow("--db FILE list") << QStringList{u"--db"_s, u"%DB%"_s, u"list"_s, u"--count"_s} << u"47\n"_s;
    QTest::newRow("--db=FILE categories") << QStringList{u"--db=%DB%"_s, u"categories"_s} << u"Kultur"_s;
    QTest::newRow("--db FILE export") << QStringList{u"--db"_s, u"%DB%"_s, u"export"_s, u"--format"_s, u"csv"_s,
                                                     u"--output"_s, u"-"_s, u"--category"_s, u"Kultur"_s}
                                      << u"id,title,summary,categories,sources"_s;
    QTest::newRow("Qt options and --db FILE before list")
            << QStringList{u"-style"_s, u"Fusion"_s, u"--db"_s, u"%DB%"_s, u"-reverse"_s, u"list"_s,
                           u"--count"_s} << u"47\n"_s;
}

// `newsdesk --db FILE import DIR`: the options every command takes may come before the command.
void TestCommandLine::globalOptionsBeforeTheCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    // A folder of the sample's listing files, imported first unless the row imports it.
    const QString dir = m_dir->filePath(u"listings"_s);
    QVERIFY(QDir().mkpath(dir));
    for (const QString &name : QDir(QStringLiteral(NEWSDESK_SAMPLE_DIR)).entryList({u"*.txt"_s}, QDir::Files))
        QVERIFY(QFile::copy(QStringLiteral(NEWSDESK_SAMPLE_DIR) + u'/' + name, dir + u'/' + name));
    if (!arguments.contains(u"import"_s)) {
        const Result imported = run({u"import"_s, u"--db"_s, m_db, dir});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    for (QString &argument : arguments)
        argument.replace(u"%DB%"_s, m_db).replace(u"%DIR%"_s, dir);
    const Result result = run(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    QVERIFY(QFileInfo::exists(m_db)); // the cache named, not the default one
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"data/newsdesk/newsdesk/newsdesk.sqlite"_s)));
}

void TestCommandLine::windowTakesQtOptions_data()
{
    QTest::addColumn<QStringList>("qtOptions");
    QTest::addColumn<QString>("qtSays"); // on stderr, showing that Qt got the option; empty: nothing to see
    QTest::newRow("-style Fusion -platform offscreen")
            << QStringList{u"-style"_s, u"Fusion"_s, u"-platform"_s, u"offscreen"_s} << QString();
    QTest::newRow("-platform offscreen -style=NoSuchStyle")
            << QStringList{u"-platform"_s, u"offscreen"_s, u"-style=NoSuchStyle"_s} << u"NoSuchStyle"_s;
    QTest::newRow("--platform offscreen -reverse -qwindowtitle T")
            << QStringList{u"--platform"_s, u"offscreen"_s, u"-reverse"_s, u"-qwindowtitle"_s, u"T"_s} << QString();
}

// The window starts with Qt's options and Qt applies them: without a display
// and without QT_QPA_PLATFORM it comes up only because -platform offscreen
// reached Qt; then it imports the sample into the new cache (its first run).
void TestCommandLine::windowTakesQtOptions()
{
    QFETCH(QStringList, qtOptions);
    QFETCH(QString, qtSays);
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"run"_s)));
    QFile::setPermissions(m_dir->filePath(u"run"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                             | QFileDevice::ExeOwner);
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"run"_s));
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(name);
    window.setProcessEnvironment(environment);
    window.setWorkingDirectory(m_dir->path());
    QString err;
    connect(&window, &QProcess::readyReadStandardError, this,
            [&] { err += QString::fromUtf8(window.readAllStandardError()); });
    window.start(QStringLiteral(NEWSDESK_BINARY), qtOptions + QStringList{u"--db"_s, m_db});
    QVERIFY(window.waitForStarted(10000));
    const auto stop = qScopeGuard([&] {
        window.kill();
        window.waitForFinished(10000);
    });
    // Hang guard: the window's first run imports the 47 items of the sample.
    QTRY_VERIFY_WITH_TIMEOUT(window.state() != QProcess::Running
                                     || (QFileInfo::exists(m_db) && listCount({}) == SampleItems),
                             120000);
    QVERIFY2(window.state() == QProcess::Running, qPrintable(err));
    QVERIFY2(!err.contains(u"Unknown option"_s), qPrintable(err));
    if (!qtSays.isEmpty())
        QVERIFY2(err.contains(qtSays), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCommandLine)

#include "tst_commandline.moc"
