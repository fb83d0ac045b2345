// StateFile: the state file's JSON (newsdesk state export/import, File ▸
// Export Your Data…): an exact round trip, and every kind of bad file refused
// with a message that names the file (and the line of a JSON syntax error).

#include "models/store/statefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStateFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void roundTrip();
    void emptySnapshotRoundTrip();
    void fileIsReadableJson();
    void notJsonNamesTheLine_data();
    void notJsonNamesTheLine();
    void refused_data();
    void refused();
    void missingFile();
    void unwritableDestination_data();
    void unwritableDestination();

private:
    static StateSnapshot sample();
    QString writeBytes(const QByteArray &bytes) const;
    QString writeJson(const QJsonObject &json) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

StateSnapshot TestStateFile::sample()
{
    StateSnapshot snapshot;
    snapshot.lastVisit = 1764936000123;
    snapshot.labels = {Label{0, u"Budget"_s, u"#3465a4"_s, 0}, Label{0, u"Läs senare"_s, u"#cc0000"_s, 1}};
    SavedView view;
    view.name = u"Kultur olästa"_s;
    view.position = 0;
    view.filter.categories = {u"Kultur"_s, u"Stöd"_s};
    view.filter.match = ItemFilter::Match::All;
    view.filter.unreadOnly = true;
    view.filter.labels = {u"Budget"_s};
    view.filter.search = u"\"och sjukvård\" -bil"_s;
    view.filter.sort = ItemFilter::Sort::Title;
    SavedView hidden;
    hidden.name = u"Gömda"_s;
    hidden.position = 1;
    hidden.filter.hidden = ItemFilter::Hidden::Only;
    snapshot.views = {view, hidden};

    StateSnapshot::Item first;
    first.key = QByteArray::fromHex("00ff10a2b3c4d5e6f708");
    first.title = u"Nu kan alla <boka> tid"_s;
    first.read = true;
    first.labels = {u"Budget"_s, u"Läs senare"_s};
    first.note = u"Rad ett\nRad två med \"citat\", \\ och \u001B[31m\ttab"_s;
    StateSnapshot::Item second;
    second.key = QByteArray::fromHex("ffee");
    second.starred = true;
    second.hidden = true;
    StateSnapshot::Item third;
    third.key = QByteArray::fromHex("0102030405");
    third.title = u"Glömd"_s;
    third.hidden = true;
    third.forgotten = true;
    snapshot.items = {first, second, third};
    return snapshot;
}

void TestStateFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestStateFile::writeBytes(const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(u"state.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

QString TestStateFile::writeJson(const QJsonObject &json) const
{
    return writeBytes(QJsonDocument(json).toJson());
}

void TestStateFile::roundTrip()
{
    const StateSnapshot snapshot = sample();
    const QString path = m_dir->filePath(u"mine.newsdesk-state.json"_s);
    QString error;
    QVERIFY2(StateFile::write(snapshot, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const std::optional<StateSnapshot> read = StateFile::read(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->items, snapshot.items);
    QCOMPARE(read->labels, snapshot.labels);
    QCOMPARE(read->views, snapshot.views);
    QCOMPARE(read->lastVisit, snapshot.lastVisit);
    QVERIFY(*read == snapshot);

    // Written again, it reads the same (a second generation).
    QVERIFY(StateFile::write(*read, path, &error));
    QVERIFY(StateFile::read(path, &error) == snapshot);
}

void TestStateFile::emptySnapshotRoundTrip()
{
    const QString path = m_dir->filePath(u"empty.json"_s);
    QVERIFY(StateFile::write(StateSnapshot(), path));
    const std::optional<StateSnapshot> read = StateFile::read(path);
    QVERIFY(read);
    QVERIFY(*read == StateSnapshot());
}

void TestStateFile::fileIsReadableJson()
{
    const QString path = m_dir->filePath(u"mine.json"_s);
    QVERIFY(StateFile::write(sample(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value("format"_L1).toString(), u"newsdesk-state"_s);
    QCOMPARE(json.value("version"_L1).toInt(), 1);
    QVERIFY(QDateTime::fromString(json.value("exported"_L1).toString(), Qt::ISODate).isValid());
    QCOMPARE(json.value("lastVisit"_L1).toInteger(), 1764936000123);
    const QJsonObject item = json.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(item.value("key"_L1).toString(), u"00ff10a2b3c4d5e6f708"_s); // hex
    QCOMPARE(item.value("title"_L1).toString(), u"Nu kan alla <boka> tid"_s);
    QCOMPARE(item.value("labels"_L1).toArray().size(), 2);
    const QJsonObject view = json.value("views"_L1).toArray().at(0).toObject();
    QCOMPARE(view.value("filter"_L1).toObject(), sample().views.at(0).filter.toJson());
    const QJsonObject label = json.value("labels"_L1).toArray().at(1).toObject();
    QCOMPARE(label.value("name"_L1).toString(), u"Läs senare"_s);
    QCOMPARE(label.value("color"_L1).toString(), u"#cc0000"_s);
    QCOMPARE(label.value("position"_L1).toInt(), 1);
}

void TestStateFile::notJsonNamesTheLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");

    QTest::newRow("empty file") << QByteArray() << 1;
    QTest::newRow("text") << QByteArray("Hej, det här är ingen JSON\n") << 1;
    QTest::newRow("missing comma on line 4")
            << QByteArray("{\n  \"format\": \"newsdesk-state\",\n  \"version\": 1\n  \"items\": []\n}\n") << 4;
    QTest::newRow("cut short on line 6")
            << QByteArray("{\n\"format\": \"newsdesk-state\",\n\"version\": 1,\n\"items\": [\n{\"key\": \"00\",\n"
                          "\"title\": \"x")
            << 6;
    QTest::newRow("trailing garbage on line 3") << QByteArray("{\n}\nmore") << 3;
}

void TestStateFile::notJsonNamesTheLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const QString path = writeBytes(bytes);
    QString error;
    QVERIFY(!StateFile::read(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(u"line %1:"_s.arg(line)), qPrintable(error));
}

void TestStateFile::refused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected"); // a part of the message

    const QJsonObject good = StateFile::toJson(sample());
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject json = good;
        json.insert(key, value);
        return json;
    };
    // The good file with key set to value in the first (index) entry of the list named list.
    const auto withIn = [&](const QString &list, int index, const QString &key, const QJsonValue &value) {
        QJsonArray entries = good.value(list).toArray();
        QJsonObject entry = entries.at(index).toObject();
        entry.insert(key, value);
        entries.replace(index, entry);
        return with(list, entries);
    };
    const auto withItem = [&](const QString &key, const QJsonValue &v) { return withIn(u"items"_s, 1, key, v); };
    const auto withLabel = [&](const QString &key, const QJsonValue &v) { return withIn(u"labels"_s, 0, key, v); };
    const auto withView = [&](const QString &key, const QJsonValue &v) { return withIn(u"views"_s, 0, key, v); };
    QJsonObject noFormat = good;
    noFormat.remove(u"format"_s);
    QJsonObject noVersion = good;
    noVersion.remove(u"version"_s);

    QTest::newRow("another format") << with(u"format"_s, u"opml"_s) << u"its format is \u201Copml\u201D"_s;
    QTest::newRow("no format") << noFormat << u"not a newsdesk state file"_s;
    QTest::newRow("a JSON array") << QJsonObject() << u"not a newsdesk state file"_s;
    QTest::newRow("newer version") << with(u"version"_s, 2) << u"newer newsdesk (state file version 2)"_s;
    QTest::newRow("no version") << noVersion << u"version is missing"_s;
    QTest::newRow("version as text") << with(u"version"_s, u"1"_s) << u"version is missing"_s;
    QTest::newRow("version 1.5") << with(u"version"_s, 1.5) << u"version is missing"_s;
    QTest::newRow("exported a number") << with(u"exported"_s, 5) << u"exported must be a text"_s;
    QTest::newRow("lastVisit as text") << with(u"lastVisit"_s, u"yesterday"_s) << u"lastVisit must be"_s;
    QTest::newRow("items an object") << with(u"items"_s, QJsonObject()) << u"items must be a list"_s;
    QTest::newRow("item a number") << with(u"items"_s, QJsonArray{1}) << u"items[0] must be an object"_s;
    QTest::newRow("read as text") << withItem(u"read"_s, u"yes"_s) << u"items[1].read must be true or false"_s;
    QTest::newRow("starred as number") << withItem(u"starred"_s, 1) << u"items[1].starred must be"_s;
    QTest::newRow("hidden null") << withItem(u"hidden"_s, QJsonValue::Null) << u"items[1].hidden must be"_s;
    QTest::newRow("forgotten as text") << withItem(u"forgotten"_s, u"no"_s) << u"items[1].forgotten must be"_s;
    QTest::newRow("key not hex") << withItem(u"key"_s, u"xyz1"_s) << u"items[1].key must be"_s;
    QTest::newRow("key odd length") << withItem(u"key"_s, u"abc"_s) << u"items[1].key must be"_s;
    QTest::newRow("key a number") << withItem(u"key"_s, 12) << u"items[1].key must be"_s;
    QTest::newRow("labels as text") << withItem(u"labels"_s, u"Budget"_s) << u"items[1].labels must be"_s;
    QTest::newRow("labels with a number") << withItem(u"labels"_s, QJsonArray{u"a"_s, 2})
                                          << u"items[1].labels must be"_s;
    QTest::newRow("note a number") << withItem(u"note"_s, 5) << u"items[1].note must be a text"_s;
    QTest::newRow("title a list") << withItem(u"title"_s, QJsonArray()) << u"items[1].title must be"_s;
    QTest::newRow("label name missing") << withLabel(u"name"_s, QJsonValue::Undefined) << u"labels[0].name"_s;
    QTest::newRow("label name empty") << withLabel(u"name"_s, u"  "_s) << u"labels[0].name must be a name"_s;
    QTest::newRow("label color a number") << withLabel(u"color"_s, 3) << u"labels[0].color must be"_s;
    QTest::newRow("label position text") << withLabel(u"position"_s, u"1"_s) << u"labels[0].position must be"_s;
    QTest::newRow("view filter text") << withView(u"filter"_s, u"x"_s) << u"views[0].filter must be"_s;
    QTest::newRow("view filter bad sort") << withView(u"filter"_s, QJsonObject{{u"sort"_s, u"random"_s}})
                                          << u"views[0].filter must be a filter"_s;
    QTest::newRow("view name a number") << withView(u"name"_s, 7) << u"views[0].name must be"_s;
}

void TestStateFile::refused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);
    const QString path = json.isEmpty() ? writeBytes("[1, 2]") : writeJson(json);
    QString error;
    QVERIFY(!StateFile::read(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestStateFile::missingFile()
{
    const QString path = m_dir->filePath(u"nowhere.json"_s);
    QString error;
    QVERIFY(!StateFile::read(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.startsWith(u"Could not read"_s), qPrintable(error));
}

void TestStateFile::unwritableDestination_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("inside a file") << u"plain.txt/state.json"_s;
    QTest::newRow("a missing folder") << u"no/such/folder/state.json"_s;
    QTest::newRow("a folder") << u"folder"_s;
}

void TestStateFile::unwritableDestination()
{
    QFETCH(QString, relative);
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    writeBytes("x");
    QVERIFY(QFile::rename(m_dir->filePath(u"state.json"_s), m_dir->filePath(u"plain.txt"_s)));
    const QString path = m_dir->filePath(relative);
    QString error;
    QVERIFY(!StateFile::write(sample(), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.startsWith(u"Could not write"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStateFile)
#include "tst_statefile.moc"
