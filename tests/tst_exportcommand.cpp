#include "app/cli/commandline.h"

#include "models/importing/newsimporter.h"
#include "models/store/newsstore.h"
#include "normalisedtext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// `newsdesk export`, driven through CommandLine on a fresh cache per test.
class TestExportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void jsonToStandardOutput();
    void csvToStandardOutputDevice();
    void chosenIds();
    void sourceReproducesSample_data();
    void sourceReproducesSample();
    void formatFromSuffix();
    void filterAndOptions();
    void pdf();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestExportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"cache.sqlite"_s);
    const Run imported = run({u"import"_s, u"--db"_s, m_db, u"--sample"_s});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
}

void TestExportCommand::cleanup()
{
    m_dir.reset();
}

TestExportCommand::Run TestExportCommand::run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = CommandLine(out, err).run(arguments);
    out.flush();
    err.flush();
    return result;
}

void TestExportCommand::help()
{
    const Run result = run({u"export"_s, u"--help"_s});
    QCOMPARE(result.code, 0);
    for (const QString &option : {u"--format"_s, u"--output"_s, u"--id"_s, u"--source"_s, u"--no-summary"_s,
                                  u"--no-sources"_s, u"--category"_s})
        QVERIFY2(result.out.contains(option), qPrintable(option));
}

void TestExportCommand::jsonToStandardOutput()
{
    const Run exported = run({u"export"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s, u"--output"_s, u"-"_s});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY(exported.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exported.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.array().size(), 47);
    // The same objects as `newsdesk list --format json`.
    const Run listed = run({u"list"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
    QCOMPARE(listed.code, 0);
    QCOMPARE(document.array(), QJsonDocument::fromJson(listed.out.toUtf8()).array());
}

void TestExportCommand::csvToStandardOutputDevice()
{
    // Standard output is a file device: the bytes go to it unchanged.
    const QString outPath = path(u"stdout.csv"_s);
    QFile file(outPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString errText;
    {
        QTextStream out(&file);
        QTextStream err(&errText);
        const int code = CommandLine(out, err).run(
                {u"export"_s, u"--db"_s, m_db, u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s});
        QVERIFY2(code == 0, qPrintable(errText));
    }
    file.close();
    const QByteArray bytes = readAll(outPath);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,title,summary,categories,sources\r\n"));
    // The bundled sample by its name, never its resource path (SourceName).
    QCOMPARE(bytes.count(",Sample news "), 47);
    QVERIFY(!bytes.contains(":/sample/"));
}

void TestExportCommand::chosenIds()
{
    NewsStore store;
    QVERIFY(store.open(m_db));
    const QList<qint64> ids = store.itemIds();
    const qint64 first = ids.at(3);
    const qint64 second = ids.at(20);
    store.close();
    const Run result = run({u"export"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s, u"--output"_s, u"-"_s,
                            u"--id"_s, QString::number(second), u"--id"_s, QString::number(first)});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(u"id"_s).toInteger(), first); // listing order
    QCOMPARE(array.at(1).toObject().value(u"id"_s).toInteger(), second);
}

void TestExportCommand::sourceReproducesSample_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("fromDisk");
    for (const QString &sample : NewsImporter::sampleFiles()) {
        const QString name = sample.section(u'/', -1);
        QTest::addRow("%s compiled in", qPrintable(name)) << sample << false;
        QTest::addRow("%s on disk", qPrintable(name)) << QStringLiteral(NEWSDESK_SAMPLE_DIR "/") + name << true;
    }
}

void TestExportCommand::sourceReproducesSample()
{
    QFETCH(QString, sample);
    QFETCH(bool, fromDisk);
    if (fromDisk) {
        const Run imported = run({u"import"_s, u"--db"_s, m_db, sample});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
    }
    const QString output = path(u"out.txt"_s);
    const Run result = run({u"export"_s, u"--db"_s, m_db, u"--source"_s, sample, u"--format"_s, u"txt"_s,
                            u"--output"_s, output});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(output));
    QCOMPARE(normalised(readAll(output)), normalised(readAll(sample)));
}

void TestExportCommand::formatFromSuffix()
{
    const QString output = path(u"news.md"_s);
    const Run result = run({u"export"_s, u"--db"_s, m_db, u"-o"_s, output});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QByteArray bytes = readAll(output);
    QVERIFY(bytes.startsWith("# "));
    QCOMPARE(bytes.count("\n## "), 47);
}

void TestExportCommand::filterAndOptions()
{
    const Run result = run({u"export"_s, u"--db"_s, m_db, u"--category"_s, u"Kultur"_s, u"--no-summary"_s,
                            u"--no-sources"_s, u"--format"_s, u"json"_s, u"--output"_s, u"-"_s});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(!array.isEmpty());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QVERIFY(object.value(u"categories"_s).toArray().contains(u"Kultur"_s));
        QVERIFY(!object.contains(u"summary"_s));
        QVERIFY(!object.contains(u"sources"_s));
    }
}

void TestExportCommand::pdf()
{
    const QString output = path(u"news.pdf"_s);
    const Run result = run({u"export"_s, u"--db"_s, m_db, u"--format"_s, u"pdf"_s, u"--output"_s, output});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(readAll(output).startsWith("%PDF-"));
}

void TestExportCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{u"--format"_s, u"csv"_s} << u"--output"_s;
    QTest::newRow("no format") << QStringList{u"--output"_s, u"-"_s} << u"--format"_s;
    QTest::newRow("unknown suffix") << QStringList{u"--output"_s, u"%1/news.docx"_s} << u"--format"_s;
    QTest::newRow("unknown format") << QStringList{u"--format"_s, u"docx"_s, u"--output"_s, u"%1/x"_s}
                                    << u"docx"_s;
    QTest::newRow("pdf to standard output") << QStringList{u"--format"_s, u"pdf"_s, u"--output"_s, u"-"_s}
                                            << u"standard output"_s;
    QTest::newRow("bad id") << QStringList{u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s, u"--id"_s, u"abc"_s}
                            << u"abc"_s;
    QTest::newRow("unknown id") << QStringList{u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s, u"--id"_s,
                                               u"999999"_s}
                                << u"999999"_s;
    QTest::newRow("source not imported") << QStringList{u"--source"_s, u"%1/none.txt"_s, u"--format"_s, u"csv"_s,
                                                        u"--output"_s, u"-"_s}
                                         << u"none.txt"_s;
    QTest::newRow("missing folder") << QStringList{u"--format"_s, u"csv"_s, u"--output"_s, u"%1/no/such/x.csv"_s}
                                    << u"x.csv"_s;
    QTest::newRow("stray argument") << QStringList{u"--format"_s, u"csv"_s, u"--output"_s, u"-"_s, u"extra"_s}
                                    << u"extra"_s;
}

void TestExportCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString &argument : arguments)
        argument.replace(u"%1"_s, m_dir->path());
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const Run result = run(QStringList{u"export"_s, u"--db"_s, m_db} + arguments);
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
