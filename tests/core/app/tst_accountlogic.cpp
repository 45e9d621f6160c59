// The pure parts of issue 17: expiry classification and its notice, the Instances view's merge of
// synced instances, account orders and journal rows, and the rules of a renewal.
#include "core/app/AccountService.h"
#include "core/app/Expiry.h"
#include "core/order/RenewalSpec.h"

#include <QTest>

using namespace acrp;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QDateTime days(double count)
{
    return kNow.addMSecs(qint64(count * 24 * 3600 * 1000));
}

AccountInstance instance(const QString& id, const QDateTime& end,
                         const QString& renew = QStringLiteral("ManualRenewal"))
{
    AccountInstance result;
    result.instanceId = id;
    result.status = QStringLiteral("Normal");
    result.endTime = end;
    result.renewStatus = renew;
    result.region = QStringLiteral("cn-shanghai");
    return result;
}

AccountOrder accountOrder(const QString& id, const QString& type, const QStringList& instances, const QDateTime& at)
{
    AccountOrder order;
    order.orderId = id;
    order.orderType = type;
    order.instanceIds = instances;
    order.paymentStatus = QStringLiteral("Paid");
    order.createTime = at;
    return order;
}

JournalEntry row(qint64 id, OrderKind kind, OrderState state, const QString& instanceId, const QString& orderId,
                 const QDateTime& at)
{
    JournalEntry entry;
    entry.id = id;
    entry.kind = kind;
    entry.state = state;
    entry.instanceId = instanceId;
    entry.orderId = orderId;
    entry.clientToken = QStringLiteral("tok-%1").arg(id);
    entry.createdAt = at;
    return entry;
}

QStringList describe(const QList<InstanceOrder>& orders)
{
    QStringList items;
    for (const InstanceOrder& order : orders)
        items.append(QStringLiteral("%1:%2:%3%4")
                         .arg(order.orderId.isEmpty() ? QStringLiteral("-") : order.orderId, orderKindId(order.kind),
                              order.local ? QStringLiteral("L") : QString(),
                              order.service ? QStringLiteral("S") : QString()));
    return items;
}

} // namespace

class TestAccountLogic : public QObject
{
    Q_OBJECT

private slots:
    void expiry_data();
    void expiry();
    void expiryNotices();
    void mergeWithoutDuplicates();
    void mergeKeepsJournalRows();
    void renewalRules_data();
    void renewalRules();
    void renewalJournalDocument();
};

void TestAccountLogic::expiry_data()
{
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("renew");
    QTest::addColumn<int>("soonDays");
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("daysUntilRelease");
    const QString manual = QStringLiteral("ManualRenewal");
    QTest::newRow("30 days left") << days(30) << manual << 15 << "ok" << 30 << 0;
    QTest::newRow("30 days left, notice at 30") << days(30) << manual << 30 << "soon" << 30 << 0;
    QTest::newRow("16 days left") << days(16) << manual << 15 << "ok" << 16 << 0;
    QTest::newRow("15 days left") << days(15) << manual << 15 << "soon" << 15 << 0;
    QTest::newRow("1 day left") << days(1) << manual << 15 << "soon" << 1 << 0;
    QTest::newRow("0 days left") << days(0.5) << manual << 15 << "soon" << 0 << 0;
    QTest::newRow("not renewed, 3 days") << days(3) << QStringLiteral("NotRenewal") << 15 << "soon" << 3 << 0;
    QTest::newRow("auto renewal, 1 day") << days(1) << QStringLiteral("AutoRenewal") << 15 << "ok" << 1 << 0;
    QTest::newRow("expired 1 day ago") << days(-1) << manual << 15 << "expired" << -1 << 6;
    QTest::newRow("expired 6 days ago") << days(-6) << manual << 15 << "expired" << -6 << 1;
    QTest::newRow("expired a moment before release") << days(-7).addSecs(1) << manual << 15 << "expired" << -7 << 1;
    QTest::newRow("expired 7 days ago") << days(-7) << manual << 15 << "released" << -7 << 0;
    QTest::newRow("expired 30 days ago") << days(-30) << manual << 15 << "released" << -30 << 0;
    QTest::newRow("auto renewal, expired") << days(-2) << QStringLiteral("AutoRenewal") << 15 << "expired" << -2 << 5;
    QTest::newRow("no end") << QDateTime() << manual << 15 << "unknown" << 0 << 0;
}

void TestAccountLogic::expiry()
{
    QFETCH(QDateTime, end);
    QFETCH(QString, renew);
    QFETCH(int, soonDays);
    QFETCH(QString, level);
    QFETCH(int, daysLeft);
    QFETCH(int, daysUntilRelease);
    const Expiry expiry = Expiry::classify(end, renew, kNow, soonDays);
    QCOMPARE(Expiry::levelId(expiry.level), level);
    QCOMPARE(expiry.daysLeft, daysLeft);
    QCOMPARE(expiry.daysUntilRelease, daysUntilRelease);
    QCOMPARE(expiry.isUrgent(), level == u"expired");
    if (end.isValid())
        QCOMPARE(expiry.releaseTime, end.addSecs(168 * 3600));
}

void TestAccountLogic::expiryNotices()
{
    // What happens at the end and 7 days later, with the days.
    const Expiry soon = Expiry::classify(days(15), QStringLiteral("ManualRenewal"), kNow);
    QVERIFY2(soon.notice().startsWith(QLatin1String("15 day")), qPrintable(soon.notice()));
    QVERIFY(soon.notice().contains(QLatin1String("stops serving")));
    QVERIFY(soon.notice().contains(QLatin1String("7 days later")));
    QVERIFY(soon.notice().contains(QLatin1String("only the images in OSS remain")));
    const Expiry today = Expiry::classify(days(0.25), QStringLiteral("ManualRenewal"), kNow);
    QVERIFY2(today.notice().startsWith(QLatin1String("Expires within a day")), qPrintable(today.notice()));
    const Expiry expired = Expiry::classify(days(-6), QStringLiteral("ManualRenewal"), kNow);
    QVERIFY2(expired.notice().contains(QLatin1String("released in 1 day")), qPrintable(expired.notice()));
    QVERIFY(expired.notice().contains(QLatin1String("has stopped serving")));
    const Expiry released = Expiry::classify(days(-8), QStringLiteral("ManualRenewal"), kNow);
    QVERIFY(released.notice().contains(QLatin1String("released on")));
    QVERIFY(!released.isUrgent());
    QVERIFY(
        Expiry::classify(days(40), QStringLiteral("AutoRenewal"), kNow).notice().startsWith(QLatin1String("Renews")));
    QCOMPARE(Expiry::classify(QDateTime(), QString(), kNow).notice(),
             QStringLiteral("The end of the subscription is not known."));
    QCOMPARE(soon.levelName(), QStringLiteral("Expires soon"));
    QCOMPARE(expired.levelName(), QStringLiteral("Expired"));
}

void TestAccountLogic::mergeWithoutDuplicates()
{
    // cri-here: bought here (journal O1 = the service's O1), renewed here (O2 both sides), and a
    // renewal whose outcome is not known yet. cri-else: bought elsewhere (O3 only from the service);
    // a renewal of it was refused here (not an order that touched it).
    const QList<AccountInstance> instances {instance(QStringLiteral("cri-here"), days(10)),
                                            instance(QStringLiteral("cri-else"), days(100))};
    const QList<AccountOrder> orders {
        accountOrder(QStringLiteral("O1"), QStringLiteral("New"), {QStringLiteral("cri-here")}, days(-300)),
        accountOrder(QStringLiteral("O2"), QStringLiteral("Renew"), {QStringLiteral("cri-here")}, days(-20)),
        accountOrder(QStringLiteral("O3"), QStringLiteral("New"), {QStringLiteral("cri-else")}, days(-200)),
    };
    const QList<JournalEntry> journal {
        row(1, OrderKind::New, OrderState::Succeeded, QStringLiteral("cri-here"), QStringLiteral("O1"), days(-300.01)),
        row(2, OrderKind::Renew, OrderState::Succeeded, QStringLiteral("cri-here"), QStringLiteral("O2"), days(-20.01)),
        row(3, OrderKind::Renew, OrderState::Unknown, QStringLiteral("cri-here"), QString(), days(-1)),
        row(4, OrderKind::Renew, OrderState::Failed, QStringLiteral("cri-else"), QString(), days(-2)),
    };
    const QList<InstanceRow> rows = mergeInstances(instances, orders, journal, kNow);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).instance.instanceId, QStringLiteral("cri-here"));
    QVERIFY(rows.at(0).boughtHere);
    QCOMPARE(describe(rows.at(0).orders), QStringList({"O1:new:LS", "O2:renew:LS", "-:renew:L"}));
    QCOMPARE(rows.at(0).orders.at(0).local->clientToken, QStringLiteral("tok-1")); // the row as it is
    QCOMPARE(rows.at(0).expiry.level, Expiry::Level::Soon);
    QCOMPARE(rows.at(1).instance.instanceId, QStringLiteral("cri-else"));
    QVERIFY(!rows.at(1).boughtHere);
    QCOMPARE(describe(rows.at(1).orders), QStringList {"O3:new:S"});
    QCOMPARE(rows.at(1).expiry.level, Expiry::Level::Ok);
}

void TestAccountLogic::mergeKeepsJournalRows()
{
    // Before the account's orders are read, the journal alone says who bought it; a journal row
    // found by OrderId (the service's order names the instance) counts as well.
    const QList<AccountInstance> instances {instance(QStringLiteral("cri-a"), days(50)),
                                            instance(QStringLiteral("cri-b"), days(50))};
    const QList<JournalEntry> journal {
        row(7, OrderKind::New, OrderState::Succeeded, QStringLiteral("cri-a"), QStringLiteral("O7"), days(-5)),
        row(8, OrderKind::New, OrderState::Succeeded, QString(), QStringLiteral("O8"), days(-4)),
    };
    const QList<AccountOrder> orders {
        accountOrder(QStringLiteral("O8"), QStringLiteral("New"), {QStringLiteral("cri-b")}, days(-4)),
    };
    const QList<InstanceRow> rows = mergeInstances(instances, orders, journal, kNow);
    QCOMPARE(describe(rows.at(0).orders), QStringList {"O7:new:L"});
    QVERIFY(rows.at(0).boughtHere);
    QCOMPARE(describe(rows.at(1).orders), QStringList {"O8:new:LS"});
    QVERIFY(rows.at(1).boughtHere);
    QVERIFY(mergeInstances({}, orders, journal, kNow).isEmpty());
}

void TestAccountLogic::renewalRules_data()
{
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<int>("period");
    QTest::addColumn<QStringList>("messages");
    const QString periods = QStringLiteral("1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24 or 36");
    for (int months : RenewalSpec::renewalPeriods())
        QTest::addRow("%d months", months) << QStringLiteral("cri-abc123") << months << QStringList();
    QTest::newRow("no instance") << QString() << 12
                                 << QStringList {"Enter the ID of the instance to renew (it starts with “cri-”)."};
    QTest::newRow("not an ACR instance")
        << QStringLiteral("i-bp1abc") << 12
        << QStringList {"An instance ID is “cri-” followed by lowercase letters and digits (not “i-bp1abc”)."};
    QTest::newRow("upper case") << QStringLiteral("cri-ABC") << 1
                                << QStringList {"An instance ID is “cri-” followed by lowercase letters and digits "
                                                "(not “cri-ABC”)."};
    QTest::newRow("only the prefix") << QStringLiteral("cri-") << 1
                                     << QStringList {"An instance ID is “cri-” followed by lowercase letters and "
                                                     "digits (not “cri-”)."};
    const QString tooLong = QStringLiteral("cri-") + QString(61, u'a');
    QTest::newRow("too long") << tooLong << 1
                              << QStringList {QStringLiteral("An instance ID is “cri-” followed by lowercase letters "
                                                             "and digits (not “%1”).")
                                                  .arg(tooLong)};
    QTest::newRow("period 0") << QStringLiteral("cri-a1") << 0
                              << QStringList {QStringLiteral("A renewal must be for %1 months (not 0).").arg(periods)};
    QTest::newRow("period 10") << QStringLiteral(
        "cri-a1") << 10 << QStringList {QStringLiteral("A renewal must be for %1 months (not 10).").arg(periods)};
    QTest::newRow("period 48") << QStringLiteral(
        "cri-a1") << 48 << QStringList {QStringLiteral("A renewal must be for %1 months (not 48).").arg(periods)};
    QTest::newRow("both") << QString() << -1
                          << QStringList {"Enter the ID of the instance to renew (it starts with “cri-”).",
                                          QStringLiteral("A renewal must be for %1 months (not -1).").arg(periods)};
}

void TestAccountLogic::renewalRules()
{
    QFETCH(QString, instanceId);
    QFETCH(int, period);
    QFETCH(QStringList, messages);
    RenewalSpec renewal;
    renewal.instanceId = instanceId;
    renewal.periodMonths = period;
    const RenewalValidation validation = validateRenewal(renewal);
    QCOMPARE(validation.isValid(), messages.isEmpty());
    QCOMPARE(validation.messages(), messages);
}

void TestAccountLogic::renewalJournalDocument()
{
    RenewalSpec renewal;
    renewal.site = Site::International;
    renewal.instanceId = QStringLiteral("cri-doc1");
    renewal.periodMonths = 36;
    renewal.region = QStringLiteral("eu-central-1");
    const QByteArray document = renewal.toJournalJson();
    QVERIFY(document.contains("\"kind\":\"renew\""));
    QString error;
    QCOMPARE(RenewalSpec::fromJournalJson(document, &error), std::optional<RenewalSpec>(renewal));
}

QTEST_GUILESS_MAIN(TestAccountLogic)
#include "tst_accountlogic.moc"
