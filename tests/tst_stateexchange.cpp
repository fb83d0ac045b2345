#include <QTest>
class TestStateExchange final : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestStateExchange)
#include "tst_stateexchange.moc"
