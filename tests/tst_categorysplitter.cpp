#include "models/listing/categorysplitter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

// Category lines have their names written together; the splitter finds the
// names again, with the vocabulary of known names settling the doubtful cases.
class TestCategorySplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void isSingleName_data();
    void isSingleName();
    void addKnown();
    void pathologicalLine_data();
    void pathologicalLine();
};

namespace {

// The names the sample news writes alone on a category line.
const QStringList SampleNames{
    u"Hälso- och sjukvård"_s, u"Kollektivtrafik"_s, u"Ekonomi och budget"_s, u"Organisation och styrning"_s,
    u"Forskning och innovation"_s, u"Regional utveckling"_s, u"Politiska sammanträden"_s, u"Kultur"_s,
};

QSet<QString> vocabularyOf(const QStringList &names)
{
    return QSet<QString>(names.cbegin(), names.cend());
}

// "Kaa", "Kab", ... : distinct names, each starting with a capital.
QStringList generatedNames(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(u"K"_s + QChar(u'a' + i / 26 % 26) + QChar(u'a' + i % 26) + QChar(u'a' + i / 676));
    return names;
}

} // namespace

void TestCategorySplitter::split_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("vocabulary");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("two names, no vocabulary")
            << u"Organisation och styrningHälso- och sjukvård"_s << QStringList()
            << QStringList{u"Organisation och styrning"_s, u"Hälso- och sjukvård"_s};
    QTest::newRow("two names, sample vocabulary")
            << u"Organisation och styrningHälso- och sjukvård"_s << SampleNames
            << QStringList{u"Organisation och styrning"_s, u"Hälso- och sjukvård"_s};
    QTest::newRow("three names, no vocabulary")
            << u"KulturHälso- och sjukvårdKultur och hälsa"_s << QStringList()
            << QStringList{u"Kultur"_s, u"Hälso- och sjukvård"_s, u"Kultur och hälsa"_s};
    QTest::newRow("three names, sample vocabulary")
            << u"KulturHälso- och sjukvårdKultur och hälsa"_s << SampleNames
            << QStringList{u"Kultur"_s, u"Hälso- och sjukvård"_s, u"Kultur och hälsa"_s};
    QTest::newRow("unknown name after a known one")
            << u"KulturStöd"_s << SampleNames << QStringList{u"Kultur"_s, u"Stöd"_s};
    QTest::newRow("one name") << u"Kultur"_s << QStringList() << QStringList{u"Kultur"_s};
    QTest::newRow("one name, surrounding blanks") << u"  Kultur \t"_s << SampleNames << QStringList{u"Kultur"_s};
    QTest::newRow("the same name twice") << u"KulturKultur"_s << QStringList() << QStringList{u"Kultur"_s};

    QTest::newRow("eHälsa alone, nothing known") << u"eHälsa"_s << QStringList() << QStringList{u"eHälsa"_s};
    QTest::newRow("inner capital known: eHälsa alone")
            << u"eHälsa"_s << QStringList{u"eHälsa"_s} << QStringList{u"eHälsa"_s};
    QTest::newRow("inner capital known: eHälsa first")
            << u"eHälsaKultur"_s << QStringList{u"eHälsa"_s} << QStringList{u"eHälsa"_s, u"Kultur"_s};
    QTest::newRow("inner capital known: eHälsa between")
            << u"KollektivtrafikeHälsaKultur"_s << QStringList{u"eHälsa"_s, u"Kollektivtrafik"_s}
            << QStringList{u"Kollektivtrafik"_s, u"eHälsa"_s, u"Kultur"_s};
    QTest::newRow("inner capital known: eHälsa last")
            << u"Hälso- och sjukvårdeHälsa"_s << QStringList{u"eHälsa"_s}
            << QStringList{u"Hälso- och sjukvård"_s, u"eHälsa"_s};
    QTest::newRow("capital after a blank: Life Science-region between")
            << u"KulturLife Science-regionOrganisation och styrning"_s << QStringList{u"Life Science-region"_s}
            << QStringList{u"Kultur"_s, u"Life Science-region"_s, u"Organisation och styrning"_s};
    QTest::newRow("inner capital known: McDonaldsKultur")
            << u"Stöd till McDonaldsKultur"_s << QStringList{u"Stöd till McDonalds"_s}
            << QStringList{u"Stöd till McDonalds"_s, u"Kultur"_s};
    QTest::newRow("inner capital unknown: split")
            << u"Stöd till McDonaldsKultur"_s << SampleNames
            << QStringList{u"Stöd till Mc"_s, u"Donalds"_s, u"Kultur"_s};

    QTest::newRow("no vocabulary: every pair")
            << u"AbCdEf"_s << QStringList() << QStringList{u"Ab"_s, u"Cd"_s, u"Ef"_s};
    QTest::newRow("no vocabulary: Swedish capitals")
            << u"ÅretÄldreÖversikt"_s << QStringList() << QStringList{u"Året"_s, u"Äldre"_s, u"Översikt"_s};
    QTest::newRow("no vocabulary: one small letter is no name")
            << u"eHälsaKultur"_s << QStringList() << QStringList{u"eHälsa"_s, u"Kultur"_s};
    QTest::newRow("no vocabulary: MedTech split")
            << u"MedTechKultur"_s << QStringList() << QStringList{u"Med"_s, u"Tech"_s, u"Kultur"_s};
    QTest::newRow("no split after a capital, digit or blank")
            << u"EU-frågor 2021 Region"_s << QStringList() << QStringList{u"EU-frågor 2021 Region"_s};

    QTest::newRow("empty line") << QString() << SampleNames << QStringList();
    QTest::newRow("blank line") << u" \t "_s << QStringList() << QStringList();
}

void TestCategorySplitter::split()
{
    QFETCH(QString, line);
    QFETCH(QStringList, vocabulary);
    QFETCH(QStringList, names);

    const CategorySplitter splitter(vocabularyOf(vocabulary));
    QCOMPARE(splitter.split(line), names);
}

void TestCategorySplitter::isSingleName_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("single");

    QTest::newRow("one name") << u"Hälso- och sjukvård"_s << true;
    QTest::newRow("two names") << u"KulturStöd"_s << false;
    QTest::newRow("capitals only after blanks") << u"Life Science-region"_s << true;
    // A single small letter before a capital is no name of its own, so a line
    // "eHälsa" stands alone and teaches the vocabulary that name.
    QTest::newRow("one small letter before a capital") << u"eHälsa"_s << true;
    QTest::newRow("inner capital after a word") << u"SjukvårdKultur"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCategorySplitter::isSingleName()
{
    QFETCH(QString, line);
    QFETCH(bool, single);
    QCOMPARE(CategorySplitter::isSingleName(line), single);
}

void TestCategorySplitter::addKnown()
{
    CategorySplitter splitter;
    QCOMPARE(splitter.split(u"MedTechKultur"_s), (QStringList{u"Med"_s, u"Tech"_s, u"Kultur"_s}));
    splitter.addKnown(u"MedTech"_s);
    splitter.addKnown(QString());
    QCOMPARE(splitter.vocabulary(), QSet<QString>{u"MedTech"_s});
    QCOMPARE(splitter.split(u"MedTechKultur"_s), (QStringList{u"MedTech"_s, u"Kultur"_s}));
    splitter.addKnown(QSet<QString>{u"Kultur"_s, u"Stöd"_s});
    QCOMPARE(splitter.vocabulary().size(), 3);
}

void TestCategorySplitter::pathologicalLine_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("withVocabulary");

    QTest::newRow("60 names, no vocabulary") << 60 << false;
    QTest::newRow("60 names, vocabulary") << 60 << true;
    QTest::newRow("500 names, no vocabulary") << 500 << false;
    QTest::newRow("500 names, vocabulary") << 500 << true;
    QTest::newRow("5000 names, vocabulary") << 5000 << true;
}

void TestCategorySplitter::pathologicalLine()
{
    QFETCH(int, count);
    QFETCH(bool, withVocabulary);

    const QStringList names = generatedNames(count);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), count);
    QSet<QString> vocabulary = vocabularyOf(SampleNames);
    if (withVocabulary)
        vocabulary.unite(vocabularyOf(names.mid(0, count / 2)));
    const CategorySplitter splitter(vocabulary);

    const QString line = names.join(QString());
    QElapsedTimer timer;
    timer.start();
    const QStringList result = splitter.split(line);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result, names);
    QVERIFY2(elapsed < 2000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
}

QTEST_APPLESS_MAIN(TestCategorySplitter)

#include "tst_categorysplitter.moc"
