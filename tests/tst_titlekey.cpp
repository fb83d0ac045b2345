// titleSortKey: Swedish title order by plain comparison of keys.

#include "models/listing/titlekey.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTitleKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void key_data();
    void key();
    void order_data();
    void order();
};

void TestTitleKey::key_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");

    QTest::newRow("ascii, case folded") << u"Nu Kan ALLA boka"_s << u"nu kan alla boka"_s;
    QTest::newRow("swedish letters after z") << u"Åre Älv Ö"_s << u"{re |lv }"_s;
    QTest::newRow("punctuation sorts as nothing") << u"Covid-19: \"dos 4\"!"_s << u"covid19 dos 4"_s;
    QTest::newRow("white space collapsed") << u"  två\t\tord \u00A0 här "_s << u"tv{ ord h|r"_s;
    QTest::newRow("é and ü") << u"Café Müller"_s << u"cafe myller"_s;
    QTest::newRow("æ and ø as ä and ö") << u"Æble Øl"_s << u"|ble }l"_s;
    QTest::newRow("decomposed input (NFD å)") << u"a\u030Angest"_s << u"{ngest"_s;
    QTest::newRow("other accents dropped (general path)") << u"Ångström naïve façade"_s
                                                          << u"{ngstr}m naive facade"_s;
    QTest::newRow("other scripts kept") << u"Σ Ωmega"_s << u"σ ωmega"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTitleKey::key()
{
    QFETCH(QString, title);
    QFETCH(QString, key);
    QCOMPARE(titleSortKey(title), key);
}

void TestTitleKey::order_data()
{
    QTest::addColumn<QStringList>("sorted");
    QTest::newRow("å ä ö after z") << QStringList{u"Zebra"_s, u"Åsa"_s, u"Ängel"_s, u"Örn"_s};
    QTest::newRow("case does not matter") << QStringList{u"alfa"_s, u"Beta"_s, u"gamma"_s};
    QTest::newRow("accents sort with their letter") << QStringList{u"Cafe"_s, u"Café ny"_s, u"Cafeteria"_s};
    QTest::newRow("a word before its longer forms") << QStringList{u"Nyhet 1 om"_s, u"Nyhet 10 om"_s};
}

void TestTitleKey::order()
{
    QFETCH(QStringList, sorted);
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        QVERIFY2(titleSortKey(sorted.at(i - 1)) < titleSortKey(sorted.at(i)),
                 qPrintable(sorted.at(i - 1) + u" < "_s + sorted.at(i)));
    }
}

QTEST_APPLESS_MAIN(TestTitleKey)
#include "tst_titlekey.moc"
