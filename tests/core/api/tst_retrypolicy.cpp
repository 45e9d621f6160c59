// RetryPolicy: exponential growth, the cap, jitter bounds, and reproducibility with a seeded generator.
#include "core/api/RetryPolicy.h"

#include <QTest>

using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void bounds_data();
    void bounds();
    void jitterStaysWithinBounds();
    void noJitterIsExact();
    void seededIsReproducible();
    void noRetry();
};

void TestRetryPolicy::bounds_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    // initial 500 ms, x2, cap 8 s, jitter 0.5 (the defaults)
    QTest::newRow("1") << 1 << qint64(250) << qint64(500);
    QTest::newRow("2") << 2 << qint64(500) << qint64(1000);
    QTest::newRow("3") << 3 << qint64(1000) << qint64(2000);
    QTest::newRow("5") << 5 << qint64(4000) << qint64(8000);
    QTest::newRow("capped") << 9 << qint64(4000) << qint64(8000);
}

void TestRetryPolicy::bounds()
{
    QFETCH(int, retry);
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    const acrp::RetryPolicy policy;
    QCOMPARE(policy.minimumBackoff(retry).count(), low);
    QCOMPARE(policy.maximumBackoff(retry).count(), high);
}

void TestRetryPolicy::jitterStaysWithinBounds()
{
    const acrp::RetryPolicy policy;
    QSet<qint64> seen;
    for (int i = 0; i < 500; ++i) {
        const qint64 delay = policy.backoff(3).count();
        QVERIFY2(delay >= 1000 && delay <= 2000, qPrintable(QString::number(delay)));
        seen.insert(delay);
    }
    QVERIFY2(seen.size() > 10, "jitter must vary the delay");
}

void TestRetryPolicy::noJitterIsExact()
{
    acrp::RetryPolicy policy;
    policy.jitter = 0;
    policy.initialBackoff = 100ms;
    policy.multiplier = 3;
    QCOMPARE(policy.backoff(1).count(), 100);
    QCOMPARE(policy.backoff(2).count(), 300);
    QCOMPARE(policy.backoff(3).count(), 900);
}

void TestRetryPolicy::seededIsReproducible()
{
    const acrp::RetryPolicy policy;
    QRandomGenerator a(42);
    QRandomGenerator b(42);
    for (int retry = 1; retry < 6; ++retry)
        QCOMPARE(policy.backoff(retry, &a), policy.backoff(retry, &b));
}

void TestRetryPolicy::noRetry()
{
    QCOMPARE(acrp::RetryPolicy::noRetry().maxAttempts, 1);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
