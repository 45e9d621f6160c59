// The account's instances (issue 17): BSS QueryAvailableInstances, RenewInstance and the renewal
// price, ACR ListInstance and GetInstance by the business clock, instances seeded as "bought
// elsewhere" (file and admin route), and the clock's admin route.
#include "SandboxTestClient.h"
#include "TestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using acrp::ParameterList;
using acrp::sandbox::SandboxConfig;
using acrp::sandbox::SandboxInstance;
using acrp::sandbox::SandboxServer;

namespace {

const QString kCn = QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina);
const QString kIntl = QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl);
const QString kAcr = u"2018-12-01"_s;

acrp::Credentials intlCredentials()
{
    return {kIntl, QString::fromLatin1(acrp::sandbox::kDemoSecretIntl), {}};
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

// A seeded instance of the China demo account ending in `days`, with `extra` fields.
QJsonObject seedObject(const QString& name, double days, const QJsonObject& extra = {})
{
    QJsonObject seed {
        {u"accessKeyId"_s, kCn},         {u"name"_s, name},       {u"edition"_s, u"Basic"_s},
        {u"region"_s, u"cn-shanghai"_s}, {u"endsInDays"_s, days},
    };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        seed.insert(it.key(), it.value());
    return seed;
}

ParameterList renewParameters(const QString& instanceId, int months, const QString& token)
{
    ParameterList parameters {{u"ProductCode"_s, u"acr"_s},
                              {u"ProductType"_s, u"acr_ee_public_cn"_s},
                              {u"InstanceId"_s, instanceId},
                              {u"RenewPeriod"_s, QString::number(months)}};
    if (!token.isEmpty())
        parameters.append({u"ClientToken"_s, token});
    return parameters;
}

ParameterList renewalPriceParameters(const QString& instanceId, int quantity, const QString& unit)
{
    return {{u"ProductCode"_s, u"acr"_s},
            {u"SubscriptionType"_s, u"Subscription"_s},
            {u"OrderType"_s, u"Renewal"_s},
            {u"InstanceId"_s, instanceId},
            {u"ServicePeriodQuantity"_s, QString::number(quantity)},
            {u"ServicePeriodUnit"_s, unit}};
}

QStringList values(const QJsonArray& array, const QString& key)
{
    return acrp::test::each(array, [&](const QJsonValue& value) { return value.toObject().value(key).toString(); });
}

} // namespace

class TestSandboxInstances : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void availableInstancesListBoughtAndSeeded();
    void availableInstancesPageAndFilter();
    void availableInstancesRefuseBadParameters_data();
    void availableInstancesRefuseBadParameters();
    void statusFollowsTheClock_data();
    void statusFollowsTheClock();
    void renewalChargesAndExtendsOnce();
    void renewalOfAnExpiredInstanceStartsAtItsEndTime();
    void renewalRefusals_data();
    void renewalRefusals();
    void renewalPrice();
    void listInstancePagesAndFilters();
    void getInstanceShowsTheIssue();
    void seedingByRoute();
    void seedingIsIdempotent();
    void seedingRefusesBadInput_data();
    void seedingRefusesBadInput();
    void seedingFromAFile();
    void clockRoute();

private:
    SandboxServer& server() { return *m_fixture.server; }
    SandboxTestClient& client() { return *m_fixture.client; }
    // Seeds one instance through the server and returns it.
    SandboxInstance seed(const QJsonObject& object);
    QJsonObject available(const QString& instanceId);
    void setClock(qint64 days);

    SandboxFixture m_fixture;
    TempStateFile m_files;
};

void TestSandboxInstances::init()
{
    SandboxConfig config;
    config.provisioningSeconds = 0; // running at once unless a test says otherwise
    QVERIFY2(m_fixture.start(config), qPrintable(m_fixture.server->errorString()));
    QVERIFY(m_files.reset());
}

void TestSandboxInstances::cleanup()
{
    m_fixture.stop();
}

SandboxInstance TestSandboxInstances::seed(const QJsonObject& object)
{
    QString error;
    QList<SandboxInstance> seeded;
    const bool ok = server().seedInstances(QJsonArray {object}, &error, &seeded);
    if (!ok || seeded.size() != 1)
        qWarning("seeding failed: %s", qPrintable(error));
    return seeded.value(0);
}

QJsonObject TestSandboxInstances::available(const QString& instanceId)
{
    const SandboxReply reply
        = client().call(u"QueryAvailableInstances"_s, {{u"ProductCode"_s, u"acr"_s}, {u"InstanceIDs"_s, instanceId}});
    return reply.data().value(u"InstanceList"_s).toArray().at(0).toObject();
}

void TestSandboxInstances::setClock(qint64 days)
{
    QString error;
    QVERIFY2(server().setClockOffsetDays(days, &error), qPrintable(error));
}

void TestSandboxInstances::availableInstancesListBoughtAndSeeded()
{
    const SandboxReply bought = client().call(u"CreateInstance"_s, createParameters(u"bought-here"_s, u"t1"_s));
    QCOMPARE(bought.code(), u"Success"_s);
    const QString boughtId = bought.data().value(u"InstanceId"_s).toString();
    const SandboxInstance elsewhere = seed(seedObject(u"bought-elsewhere"_s, 40,
                                                      {{u"renewStatus"_s, u"AutoRenewal"_s},
                                                       {u"renewalDuration"_s, 3},
                                                       {u"renewalDurationUnit"_s, u"M"_s},
                                                       {u"region"_s, u"cn-hangzhou"_s}}));
    QVERIFY(elsewhere.instanceId.startsWith(u"cri-"_s));
    seed(QJsonObject {{u"accessKeyId"_s, kIntl},
                      {u"name"_s, u"other-account"_s},
                      {u"edition"_s, u"Basic"_s},
                      {u"region"_s, u"ap-southeast-1"_s},
                      {u"endsInDays"_s, 10}});

    const SandboxReply reply = client().call(u"QueryAvailableInstances"_s,
                                             {{u"ProductCode"_s, u"acr"_s},
                                              {u"ProductType"_s, u"acr_ee_public_cn"_s},
                                              {u"SubscriptionType"_s, u"Subscription"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.code(), u"Success"_s);
    QCOMPARE(reply.json.value(u"Success"_s).toBool(), true);
    const QJsonObject data = reply.data();
    QCOMPARE(data.value(u"TotalCount"_s).toInt(), 2); // the other account's is not listed
    QCOMPARE(data.value(u"PageNum"_s).toInt(), 1);
    QCOMPARE(data.value(u"PageSize"_s).toInt(), 20);
    const QJsonArray list = data.value(u"InstanceList"_s).toArray();
    QCOMPARE(values(list, u"InstanceID"_s), (QStringList {elsewhere.instanceId, boughtId})); // oldest first

    const QJsonObject here = list.at(1).toObject();
    const acrp::sandbox::SandboxOrder order = server().orders().constFirst();
    QCOMPARE(here.value(u"Status"_s).toString(), u"Normal"_s);
    QCOMPARE(here.value(u"SubStatus"_s).toString(), u"Normal"_s);
    QCOMPARE(here.value(u"ProductCode"_s).toString(), u"acr"_s);
    QCOMPARE(here.value(u"ProductType"_s).toString(), u"acr_ee_public_cn"_s);
    QCOMPARE(here.value(u"SubscriptionType"_s).toString(), u"Subscription"_s);
    QCOMPARE(here.value(u"Region"_s).toString(), u"cn-shanghai"_s);
    QCOMPARE(here.value(u"RenewStatus"_s).toString(), u"ManualRenewal"_s);
    QCOMPARE(here.value(u"RenewalDurationUnit"_s).toString(), u"M"_s);
    QCOMPARE(here.value(u"CreateTime"_s).toString(), timeText(order.created));
    QCOMPARE(here.value(u"EndTime"_s).toString(), timeText(order.created.addMonths(12)));
    QVERIFY(!here.contains(u"ExpectedReleaseTime"_s));

    const QJsonObject seeded = list.at(0).toObject();
    QCOMPARE(seeded.value(u"Region"_s).toString(), u"cn-hangzhou"_s);
    QCOMPARE(seeded.value(u"RenewStatus"_s).toString(), u"AutoRenewal"_s);
    QCOMPARE(seeded.value(u"RenewalDuration"_s).toInt(), 3);
    QCOMPARE(seeded.value(u"EndTime"_s).toString(), timeText(elsewhere.endTime));

    // The other account sees only its own; another product or PayAsYouGo has none.
    client().credentials = intlCredentials();
    QCOMPARE(client().call(u"QueryAvailableInstances"_s).data().value(u"TotalCount"_s).toInt(), 1);
    client().credentials.accessKeyId = kCn;
    client().credentials.accessKeySecret = QString::fromLatin1(acrp::sandbox::kDemoSecretChina);
    QCOMPARE(client()
                 .call(u"QueryAvailableInstances"_s, {{u"ProductCode"_s, u"rds"_s}})
                 .data()
                 .value(u"TotalCount"_s)
                 .toInt(),
             0);
    QCOMPARE(client()
                 .call(u"QueryAvailableInstances"_s, {{u"SubscriptionType"_s, u"PayAsYouGo"_s}})
                 .data()
                 .value(u"TotalCount"_s)
                 .toInt(),
             0);
}

void TestSandboxInstances::availableInstancesPageAndFilter()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(seed(seedObject(u"paged-%1"_s.arg(i), 10 + i,
                                   {{u"createTime"_s, timeText(QDateTime::currentDateTimeUtc().addDays(-100 + i))}}))
                       .instanceId);
    QStringList seen;
    for (int page = 1; page <= 4; ++page) {
        const QJsonObject data
            = client()
                  .call(u"QueryAvailableInstances"_s, {{u"PageNum"_s, QString::number(page)}, {u"PageSize"_s, u"2"_s}})
                  .data();
        QCOMPARE(data.value(u"TotalCount"_s).toInt(), 5);
        QCOMPARE(data.value(u"PageNum"_s).toInt(), page);
        const QJsonArray list = data.value(u"InstanceList"_s).toArray();
        QCOMPARE(list.size(), page <= 2 ? 2 : page == 3 ? 1 : 0);
        seen += values(list, u"InstanceID"_s);
    }
    QCOMPARE(seen, ids);

    const QJsonObject two
        = client().call(u"QueryAvailableInstances"_s, {{u"InstanceIDs"_s, ids.at(1) + u", "_s + ids.at(3)}}).data();
    QCOMPARE(values(two.value(u"InstanceList"_s).toArray(), u"InstanceID"_s), (QStringList {ids.at(1), ids.at(3)}));
    const QJsonObject ending
        = client()
              .call(u"QueryAvailableInstances"_s,
                    {{u"EndTimeStart"_s, timeText(QDateTime::currentDateTimeUtc().addSecs(11 * 86400 + 43200))}})
              .data();
    QCOMPARE(values(ending.value(u"InstanceList"_s).toArray(), u"InstanceID"_s), ids.mid(2));
    QCOMPARE(client()
                 .call(u"QueryAvailableInstances"_s, {{u"Region"_s, u"cn-beijing"_s}})
                 .data()
                 .value(u"TotalCount"_s)
                 .toInt(),
             0);
    QCOMPARE(client()
                 .call(u"QueryAvailableInstances"_s, {{u"RenewStatus"_s, u"ManualRenewal"_s}})
                 .data()
                 .value(u"TotalCount"_s)
                 .toInt(),
             5);
}

void TestSandboxInstances::availableInstancesRefuseBadParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("page 0") << u"PageNum"_s << u"0"_s << u"InvalidParameter"_s;
    QTest::newRow("page size 301") << u"PageSize"_s << u"301"_s << u"InvalidParameter"_s;
    QTest::newRow("page size text") << u"PageSize"_s << u"many"_s << u"InvalidParameter"_s;
    QTest::newRow("renew status") << u"RenewStatus"_s << u"Sometimes"_s << u"InvalidParameter"_s;
    QTest::newRow("subscription") << u"SubscriptionType"_s << u"Monthly"_s << u"InvalidParameter"_s;
    QTest::newRow("end time") << u"EndTimeStart"_s << u"tomorrow"_s << u"InvalidParameter"_s;
    QTest::newRow("no ids") << u"InstanceIDs"_s << u" , "_s << u"InvalidParameter"_s;
    QTest::newRow("product type") << u"ProductType"_s << u"acr_ee_public_xx"_s << u"InvalidParameter"_s;
    QTest::newRow("other site") << u"ProductType"_s << u"acr_ee_public_intl"_s << u"NotApplicable"_s;
}

void TestSandboxInstances::availableInstancesRefuseBadParameters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const SandboxReply reply = client().call(u"QueryAvailableInstances"_s, {{name, value}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    if (code == u"InvalidParameter"_s)
        QVERIFY2(reply.message().startsWith(u"The specified parameter \"%1\" is not valid."_s.arg(name)),
                 qPrintable(reply.message()));
}

void TestSandboxInstances::statusFollowsTheClock_data()
{
    // One instance ends 30.5 days from now; the clock moves ahead by `offset` days.
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("status"); // QueryAvailableInstances; empty: not listed
    QTest::addColumn<QString>("acrStatus"); // GetInstance; empty: INSTANCE_NOT_EXIST
    QTest::addColumn<QString>("renewCode");
    QTest::newRow("30 days left") << 0 << u"Normal"_s << u"RUNNING"_s << u"Success"_s;
    QTest::newRow("15 days left") << 15 << u"Normal"_s << u"RUNNING"_s << u"Success"_s;
    QTest::newRow("1 day left") << 29 << u"Normal"_s << u"RUNNING"_s << u"Success"_s;
    QTest::newRow("0 days left") << 30 << u"Normal"_s << u"RUNNING"_s << u"Success"_s;
    QTest::newRow("expired half a day ago") << 31 << u"Expired"_s << u"STOPPED"_s << u"Success"_s;
    QTest::newRow("expired 6.5 days ago") << 37 << u"Expired"_s << u"STOPPED"_s << u"Success"_s;
    QTest::newRow("released past 7 days") << 38 << QString() << QString() << u"ResourceNotExists"_s;
}

void TestSandboxInstances::statusFollowsTheClock()
{
    QFETCH(int, offset);
    QFETCH(QString, status);
    QFETCH(QString, acrStatus);
    QFETCH(QString, renewCode);
    const SandboxInstance instance = seed(seedObject(u"clocked"_s, 30.5));
    setClock(offset);

    const QJsonObject listed = available(instance.instanceId);
    QCOMPARE(listed.value(u"Status"_s).toString(), status);
    if (status == u"Expired"_s) {
        QCOMPARE(listed.value(u"StopTime"_s).toString(), timeText(instance.endTime));
        QCOMPARE(listed.value(u"ExpectedReleaseTime"_s).toString(), timeText(instance.endTime.addDays(7)));
    }
    const SandboxReply got = client().call(u"GetInstance"_s, {{u"InstanceId"_s, instance.instanceId}}, kAcr);
    if (acrStatus.isEmpty()) {
        QCOMPARE(got.status, 404);
        QCOMPARE(got.code(), u"INSTANCE_NOT_EXIST"_s);
    } else {
        QCOMPARE(got.json.value(u"InstanceStatus"_s).toString(), acrStatus);
    }
    const QJsonArray acrList = client().call(u"ListInstance"_s, {}, kAcr).json.value(u"Instances"_s).toArray();
    QCOMPARE(values(acrList, u"InstanceStatus"_s), acrStatus.isEmpty() ? QStringList() : QStringList {acrStatus});
    QCOMPARE(server().instanceStatus(instance.instanceId), acrStatus);

    const SandboxReply renewed = client().call(u"RenewInstance"_s, renewParameters(instance.instanceId, 1, u"r"_s));
    QCOMPARE(renewed.code(), renewCode);
}

void TestSandboxInstances::renewalChargesAndExtendsOnce()
{
    const SandboxReply bought = client().call(u"CreateInstance"_s, createParameters(u"renewed"_s, u"buy-token"_s));
    const QString id = bought.data().value(u"InstanceId"_s).toString();
    const QString end = available(id).value(u"EndTime"_s).toString();
    QCOMPARE(server().balance(kCn), u"992000.00"_s);
    QSignalSpy created(&server(), &SandboxServer::orderCreated);

    const SandboxReply first = client().call(u"RenewInstance"_s, renewParameters(id, 1, u"renew-token"_s));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.code(), u"Success"_s);
    const QString orderId = first.data().value(u"OrderId"_s).toString();
    QVERIFY(QRegularExpression(u"^2[0-9]{14}$"_s).match(orderId).hasMatch());
    QCOMPARE(server().balance(kCn), u"991200.00"_s); // Basic: 800.00 a month
    const QString renewedEnd = timeText(timeFrom(end).addMonths(1));
    QCOMPARE(available(id).value(u"EndTime"_s).toString(), renewedEnd);
    QCOMPARE(created.size(), 1);

    // The same token again: the same order, charged and extended once.
    const SandboxReply again = client().call(u"RenewInstance"_s, renewParameters(id, 1, u"renew-token"_s));
    QCOMPARE(again.code(), u"Success"_s);
    QCOMPARE(again.data().value(u"OrderId"_s).toString(), orderId);
    QCOMPARE(server().balance(kCn), u"991200.00"_s);
    QCOMPARE(available(id).value(u"EndTime"_s).toString(), renewedEnd);
    QCOMPARE(server().renewInstanceRequests(), 2);
    QCOMPARE(created.size(), 1);

    // The token with other parameters, or a CreateInstance token: refused, nothing charged.
    for (const ParameterList& parameters :
         {renewParameters(id, 2, u"renew-token"_s), renewParameters(id, 1, u"buy-token"_s)}) {
        const SandboxReply mismatch = client().call(u"RenewInstance"_s, parameters);
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.code(), u"IdempotentParameterMismatch"_s);
    }
    QCOMPARE(client().call(u"CreateInstance"_s, createParameters(u"renewed"_s, u"renew-token"_s)).code(),
             u"IdempotentParameterMismatch"_s);
    QCOMPARE(server().balance(kCn), u"991200.00"_s);

    // A year: 10 months' price, and the end moves a year further.
    const SandboxReply year = client().call(u"RenewInstance"_s, renewParameters(id, 12, u"year-token"_s));
    QCOMPARE(year.code(), u"Success"_s);
    QCOMPARE(server().balance(kCn), u"983200.00"_s);
    QCOMPARE(available(id).value(u"EndTime"_s).toString(), timeText(timeFrom(renewedEnd).addMonths(12)));

    // The orders: New, then two Renew, newest first, with amounts and the usage they paid for.
    const QJsonArray orders
        = client().call(u"QueryOrders"_s).data().value(u"OrderList"_s).toObject().value(u"Order"_s).toArray();
    QCOMPARE(values(orders, u"OrderType"_s), (QStringList {u"Renew"_s, u"Renew"_s, u"New"_s}));
    QCOMPARE(values(orders, u"PretaxAmount"_s), (QStringList {u"8000.00"_s, u"800.00"_s, u"8000.00"_s}));
    QCOMPARE(values(orders, u"PretaxGrossAmount"_s), (QStringList {u"9600.00"_s, u"800.00"_s, u"9600.00"_s}));
    const QJsonArray renewOnly = client()
                                     .call(u"QueryOrders"_s, {{u"OrderType"_s, u"Renew"_s}})
                                     .data()
                                     .value(u"OrderList"_s)
                                     .toObject()
                                     .value(u"Order"_s)
                                     .toArray();
    QCOMPARE(renewOnly.size(), 2);
    const QJsonObject detail = client()
                                   .call(u"GetOrderDetail"_s, {{u"OrderId"_s, orderId}})
                                   .data()
                                   .value(u"OrderList"_s)
                                   .toObject()
                                   .value(u"Order"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(detail.value(u"OrderType"_s).toString(), u"Renew"_s);
    QCOMPARE(detail.value(u"InstanceIDs"_s).toString(), id);
    QCOMPARE(detail.value(u"PaymentStatus"_s).toString(), u"Paid"_s);
    QCOMPARE(detail.value(u"Currency"_s).toString(), u"CNY"_s);
    QCOMPARE(detail.value(u"PretaxAmount"_s).toString(), u"800.00"_s);
    QCOMPARE(detail.value(u"UsageStartTime"_s).toString(), end);
    QCOMPARE(detail.value(u"UsageEndTime"_s).toString(), renewedEnd);
}

void TestSandboxInstances::renewalOfAnExpiredInstanceStartsAtItsEndTime()
{
    const SandboxInstance instance = seed(seedObject(u"lapsed"_s, -2));
    QCOMPARE(available(instance.instanceId).value(u"Status"_s).toString(), u"Expired"_s);
    QCOMPARE(client().call(u"RenewInstance"_s, renewParameters(instance.instanceId, 1, u"late"_s)).code(),
             u"Success"_s);
    const QJsonObject after = available(instance.instanceId);
    QCOMPARE(after.value(u"EndTime"_s).toString(), timeText(instance.endTime.addMonths(1)));
    QCOMPARE(after.value(u"Status"_s).toString(), u"Normal"_s);
    QCOMPARE(client()
                 .call(u"GetInstance"_s, {{u"InstanceId"_s, instance.instanceId}}, kAcr)
                 .json.value(u"InstanceStatus"_s)
                 .toString(),
             u"RUNNING"_s);
}

void TestSandboxInstances::renewalRefusals_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("parameter"); // the parameter changed ("" none); value null: removed
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown instance") << u"plain"_s << u"InstanceId"_s << u"cri-doesnotexist0000"_s
                                      << u"ResourceNotExists"_s;
    QTest::newRow("another account's") << u"intl"_s << QString() << QString() << u"ResourceNotExists"_s;
    QTest::newRow("released") << u"released"_s << QString() << QString() << u"ResourceNotExists"_s;
    QTest::newRow("still creating") << u"creating"_s << QString() << QString() << u"ResourceStatusError"_s;
    QTest::newRow("balance too low") << u"poor"_s << QString() << QString() << u"PAY.INSUFFICIENT_BALANCE"_s;
    QTest::newRow("period 10") << u"plain"_s << u"RenewPeriod"_s << u"10"_s << u"InvalidParameter"_s;
    QTest::newRow("period 0") << u"plain"_s << u"RenewPeriod"_s << u"0"_s << u"InvalidParameter"_s;
    QTest::newRow("period 48") << u"plain"_s << u"RenewPeriod"_s << u"48"_s << u"InvalidParameter"_s;
    QTest::newRow("period text") << u"plain"_s << u"RenewPeriod"_s << u"a year"_s << u"InvalidParameter"_s;
    QTest::newRow("no period") << u"plain"_s << u"RenewPeriod"_s << QString() << u"MissingParameter"_s;
    QTest::newRow("no instance") << u"plain"_s << u"InstanceId"_s << QString() << u"MissingParameter"_s;
    QTest::newRow("no product") << u"plain"_s << u"ProductCode"_s << QString() << u"MissingParameter"_s;
    QTest::newRow("other product") << u"plain"_s << u"ProductCode"_s << u"ecs"_s << u"InvalidParameter"_s;
    QTest::newRow("other site") << u"plain"_s << u"ProductType"_s << u"acr_ee_public_intl"_s << u"NotApplicable"_s;
    QTest::newRow("bad token") << u"plain"_s << u"ClientToken"_s << u"has space"_s << u"InvalidParameter"_s;
}

void TestSandboxInstances::renewalRefusals()
{
    QFETCH(QString, case_);
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(QString, code);
    SandboxConfig config;
    config.provisioningSeconds = case_ == u"creating"_s ? 3600 : 0;
    config.balance = case_ == u"poor"_s ? u"100.00"_s : SandboxConfig().balance;
    QVERIFY(m_fixture.start(config));
    QString id;
    if (case_ == u"creating"_s) {
        id = client()
                 .call(u"CreateInstance"_s, createParameters(u"creating"_s, u"c"_s))
                 .data()
                 .value(u"InstanceId"_s)
                 .toString();
        QCOMPARE(available(id).value(u"Status"_s).toString(), u"Creating"_s);
    } else {
        id = seed(seedObject(u"refused"_s, case_ == u"released"_s ? -7.01 : 5)).instanceId;
    }
    if (case_ == u"intl"_s)
        client().credentials = intlCredentials();
    const QString balance = server().balance(client().credentials.accessKeyId);
    const qsizetype orders = server().orders().size();
    ParameterList parameters = renewParameters(id, 1, u"refused-token"_s);
    if (case_ == u"intl"_s)
        parameters = withParameter(parameters, u"ProductType"_s, QString());
    if (!parameter.isEmpty())
        parameters = withParameter(parameters, parameter, value);

    const SandboxReply reply = client().call(u"RenewInstance"_s, parameters);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(server().balance(client().credentials.accessKeyId), balance);
    QCOMPARE(server().orders().size(), orders);
}

void TestSandboxInstances::renewalPrice()
{
    const SandboxReply bought
        = client().call(u"CreateInstance"_s,
                        withParameter(withParameter(createParameters(u"priced"_s, u"p"_s, u"Standard"_s),
                                                    u"Parameter.5.Code"_s, u"NamespaceQuota"_s),
                                      u"Parameter.5.Value"_s, u"5"_s));
    QCOMPARE(bought.code(), u"Success"_s);
    const QString id = bought.data().value(u"InstanceId"_s).toString();

    const SandboxReply month = client().call(u"GetSubscriptionPrice"_s, renewalPriceParameters(id, 1, u"Month"_s));
    QCOMPARE(month.code(), u"Success"_s);
    QCOMPARE(month.data().value(u"TradePrice"_s).toDouble(), 1810.0); // 1800 + 5 namespaces at 2.00
    QCOMPARE(
        values(month.data().value(u"ModuleDetails"_s).toObject().value(u"ModuleDetail"_s).toArray(), u"ModuleCode"_s),
        (QStringList {u"InstanceType"_s, u"NamespaceQuota"_s}));
    const SandboxReply year = client().call(u"GetSubscriptionPrice"_s, renewalPriceParameters(id, 1, u"Year"_s));
    QCOMPARE(year.data().value(u"TradePrice"_s).toDouble(), 18100.0);
    QCOMPARE(year.data().value(u"DiscountPrice"_s).toDouble(), 3620.0);

    // The renewal charges what the price said.
    const QString before = server().balance(kCn);
    QCOMPARE(before, u"981900.00"_s);
    QCOMPARE(client().call(u"RenewInstance"_s, renewParameters(id, 12, u"priced-renewal"_s)).code(), u"Success"_s);
    QCOMPARE(server().balance(kCn), u"963800.00"_s);

    const SandboxReply unknown
        = client().call(u"GetSubscriptionPrice"_s, renewalPriceParameters(u"cri-unknown0000"_s, 1, u"Month"_s));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.code(), u"ResourceNotExists"_s);
    const SandboxReply tenMonths = client().call(u"GetSubscriptionPrice"_s, renewalPriceParameters(id, 10, u"Month"_s));
    QCOMPARE(tenMonths.code(), u"InvalidParameter"_s);
    QCOMPARE(client().call(u"GetSubscriptionPrice"_s, renewalPriceParameters(id, 1, u"Week"_s)).code(),
             u"InvalidParameter"_s);
}

void TestSandboxInstances::listInstancePagesAndFilters()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(seed(seedObject(u"listed-%1"_s.arg(i), i == 2 ? -1 : 20,
                                   {{u"createTime"_s, timeText(QDateTime::currentDateTimeUtc().addDays(-50 + i))},
                                    {u"region"_s, i == 1 ? u"cn-beijing"_s : u"cn-shanghai"_s}}))
                       .instanceId);
    const SandboxReply all = client().call(u"ListInstance"_s, {{u"PageSize"_s, u"2"_s}}, kAcr);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(u"Code"_s).toString(), u"success"_s);
    QCOMPARE(all.json.value(u"IsSuccess"_s).toBool(), true);
    QCOMPARE(all.json.value(u"TotalCount"_s).toInt(), 3);
    QCOMPARE(all.json.value(u"PageNo"_s).toInt(), 1);
    QCOMPARE(all.json.value(u"PageSize"_s).toInt(), 2);
    const QJsonArray first = all.json.value(u"Instances"_s).toArray();
    QCOMPARE(values(first, u"InstanceId"_s), ids.mid(0, 2));
    const QJsonObject one = first.at(0).toObject();
    QCOMPARE(one.value(u"InstanceName"_s).toString(), u"listed-0"_s);
    QCOMPARE(one.value(u"InstanceSpecification"_s).toString(), u"Enterprise_Basic"_s);
    QCOMPARE(one.value(u"RegionId"_s).toString(), u"cn-shanghai"_s);
    QVERIFY(one.value(u"CreateTime"_s).isString()); // milliseconds, as text
    QVERIFY(one.value(u"ModifiedTime"_s).isString());
    const SandboxReply second
        = client().call(u"ListInstance"_s, {{u"PageSize"_s, u"2"_s}, {u"PageNo"_s, u"2"_s}}, kAcr);
    QCOMPARE(values(second.json.value(u"Instances"_s).toArray(), u"InstanceId"_s), ids.mid(2));

    QCOMPARE(values(client()
                        .call(u"ListInstance"_s, {{u"InstanceStatus"_s, u"STOPPED"_s}}, kAcr)
                        .json.value(u"Instances"_s)
                        .toArray(),
                    u"InstanceId"_s),
             ids.mid(2));
    QCOMPARE(values(client()
                        .call(u"ListInstance"_s, {{u"RegionId"_s, u"cn-beijing"_s}}, kAcr)
                        .json.value(u"Instances"_s)
                        .toArray(),
                    u"InstanceId"_s),
             ids.mid(1, 1));
    QCOMPARE(values(client()
                        .call(u"ListInstance"_s, {{u"InstanceName"_s, u"listed-0"_s}}, kAcr)
                        .json.value(u"Instances"_s)
                        .toArray(),
                    u"InstanceId"_s),
             ids.mid(0, 1));
    for (const auto& [name, value] : {std::pair {u"InstanceStatus"_s, u"ASLEEP"_s}, std::pair {u"PageNo"_s, u"0"_s},
                                      std::pair {u"PageSize"_s, u"101"_s}}) {
        const SandboxReply bad = client().call(u"ListInstance"_s, {{name, value}}, kAcr);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), u"InvalidParameter"_s);
    }
    client().credentials = intlCredentials();
    QCOMPARE(client().call(u"ListInstance"_s, {}, kAcr).json.value(u"TotalCount"_s).toInt(), 0);
}

void TestSandboxInstances::getInstanceShowsTheIssue()
{
    const SandboxInstance issue = seed(seedObject(
        u"with-issue"_s, 100, {{u"instanceIssue"_s, u"OSS_BUCKET_ALREADY_EXISTS"_s}, {u"edition"_s, u"Advanced"_s}}));
    const SandboxReply got = client().call(u"GetInstance"_s, {{u"InstanceId"_s, issue.instanceId}}, kAcr);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value(u"InstanceIssue"_s).toString(), u"OSS_BUCKET_ALREADY_EXISTS"_s);
    QCOMPARE(got.json.value(u"InstanceStatus"_s).toString(), u"RUNNING"_s);
    QCOMPARE(got.json.value(u"InstanceSpecification"_s).toString(), u"Enterprise_Advanced"_s);
    QCOMPARE(got.json.value(u"CreateTime"_s).toDouble(), double(issue.created.toMSecsSinceEpoch()));
    const QJsonObject listed
        = client().call(u"ListInstance"_s, {}, kAcr).json.value(u"Instances"_s).toArray().at(0).toObject();
    QCOMPARE(listed.value(u"InstanceIssue"_s).toString(), u"OSS_BUCKET_ALREADY_EXISTS"_s);

    // Without an issue GetInstance has no InstanceIssue, as before; another account's is not found.
    const QString plain = seed(seedObject(u"no-issue"_s, 100)).instanceId;
    QVERIFY(!client().call(u"GetInstance"_s, {{u"InstanceId"_s, plain}}, kAcr).json.contains(u"InstanceIssue"_s));
    client().credentials = intlCredentials();
    QCOMPARE(client().call(u"GetInstance"_s, {{u"InstanceId"_s, plain}}, kAcr).code(), u"INSTANCE_NOT_EXIST"_s);
}

void TestSandboxInstances::seedingByRoute()
{
    const QJsonObject one
        = seedObject(u"routed"_s, 12,
                     {{u"instanceId"_s, u"cri-routed0000000001"_s},
                      {u"order"_s, QJsonObject {{u"amount"_s, u"8000.00"_s}, {u"orderId"_s, u"211112222333344"_s}}}});
    const SandboxReply posted = client().raw("POST", "/__admin/instances", QJsonDocument(one).toJson());
    QCOMPARE(posted.status, 200);
    const QJsonObject answer = posted.json.value(u"instances"_s).toArray().at(0).toObject();
    QCOMPARE(answer.value(u"instanceId"_s).toString(), u"cri-routed0000000001"_s);
    QCOMPARE(answer.value(u"status"_s).toString(), u"Normal"_s);
    QCOMPARE(answer.value(u"instanceStatus"_s).toString(), u"RUNNING"_s);
    QCOMPARE(answer.value(u"seeded"_s).toBool(), true);
    QCOMPARE(server().balance(kCn), SandboxConfig().balance); // bought elsewhere: not charged here

    // An array seeds several; GET lists every instance, bought here too.
    const QJsonArray two {seedObject(u"routed-a"_s, 1), seedObject(u"routed-b"_s, -30)};
    QCOMPARE(client().raw("POST", "/__admin/instances", QJsonDocument(two).toJson()).status, 200);
    QCOMPARE(client().call(u"CreateInstance"_s, createParameters(u"here"_s, u"h"_s)).code(), u"Success"_s);
    const QJsonArray listed = client().raw("GET", "/__admin/instances").json.value(u"instances"_s).toArray();
    QCOMPARE(listed.size(), 4);
    QCOMPARE(values(listed, u"status"_s).count(u"Released"_s), 1);

    // The seeded order is a New order of the account with its amount.
    const SandboxReply detail = client().call(u"GetOrderDetail"_s, {{u"OrderId"_s, u"211112222333344"_s}});
    const QJsonObject order
        = detail.data().value(u"OrderList"_s).toObject().value(u"Order"_s).toArray().at(0).toObject();
    QCOMPARE(order.value(u"OrderType"_s).toString(), u"New"_s);
    QCOMPARE(order.value(u"PretaxAmount"_s).toString(), u"8000.00"_s);
    QCOMPARE(order.value(u"InstanceIDs"_s).toString(), u"cri-routed0000000001"_s);
    QCOMPARE(order.value(u"PaymentStatus"_s).toString(), u"Paid"_s);
    QCOMPARE(client().call(u"QueryOrders"_s).data().value(u"TotalCount"_s).toInt(), 2);
}

void TestSandboxInstances::seedingIsIdempotent()
{
    const QJsonArray seeds {seedObject(u"again"_s, 20),
                            seedObject(u"again-id"_s, 20, {{u"instanceId"_s, u"cri-again00000001"_s}})};
    QString error;
    QList<SandboxInstance> first, second;
    QVERIFY2(server().seedInstances(seeds, &error, &first), qPrintable(error));
    QVERIFY2(server().seedInstances(seeds, &error, &second), qPrintable(error));
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0).instanceId, first.at(0).instanceId);
    QCOMPARE(second.at(0).endTime, first.at(0).endTime); // kept as first seeded
    QCOMPARE(server().instances().size(), 2);

    // A name or id of an instance bought here is refused, and nothing of the batch is added.
    const QString bought = client()
                               .call(u"CreateInstance"_s, createParameters(u"mine"_s, u"m"_s))
                               .data()
                               .value(u"InstanceId"_s)
                               .toString();
    QVERIFY(!server().seedInstances(QJsonArray {seedObject(u"fresh"_s, 3), seedObject(u"mine"_s, 3)}, &error));
    QCOMPARE(error, u"Instance 2: the account already has an instance named “mine” in cn-shanghai."_s);
    QVERIFY(!server().seedInstances(QJsonArray {seedObject(u"fresh"_s, 3, {{u"instanceId"_s, bought}})}, &error));
    QCOMPARE(error, u"Instance 1: the instance ID %1 is taken."_s.arg(bought));
    QCOMPARE(server().instances().size(), 3);
}

void TestSandboxInstances::seedingRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    const auto with = [](const QJsonObject& extra, const QStringList& without = {}) {
        QJsonObject object = seedObject(u"bad-input"_s, 10, extra);
        for (const QString& key : without)
            object.remove(key);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("not JSON") << QByteArray("{ nope") << u"The body must be JSON: one instance or an array of them."_s;
    QTest::newRow("not an object") << QByteArray("[1]") << u"Instance 1 is not a JSON object."_s;
    QTest::newRow("unknown key") << with({{u"colour"_s, u"red"_s}})
                                 << u"Instance 1: “colour” is not a field of an instance; the fields are accessKeyId, "
                                    "instanceId, name, edition, region, createTime, endTime, endsInDays, renewStatus, "
                                    "renewalDuration, renewalDurationUnit, instanceIssue, order."_s;
    QTest::newRow("no account") << with({}, {u"accessKeyId"_s}) << u"Instance 1: “accessKeyId” is missing."_s;
    QTest::newRow("unknown account") << with(
        {{u"accessKeyId"_s,
          u"Nobody"_s}}) << u"Instance 1: “accessKeyId”: the sandbox has no account with the AccessKey ID Nobody."_s;
    QTest::newRow("name a number") << with({{u"name"_s, 5}}) << u"Instance 1: “name” must be a non-empty string."_s;
    QTest::newRow("bad name") << with({{u"name"_s, u"Bad_Name"_s}}) << QString();
    QTest::newRow("unknown edition") << with({{u"edition"_s, u"Gold"_s}}) << QString();
    QTest::newRow("edition not sold")
        << with({{u"accessKeyId"_s, kIntl}, {u"edition"_s, u"Standard"_s}})
        << u"Instance 1: “edition”: The International site sells only Basic and Advanced."_s;
    QTest::newRow("unknown region") << with({{u"region"_s, u"mars-1"_s}}) << QString();
    QTest::newRow("both ends") << with({{u"endTime"_s, u"2030-01-01T00:00:00Z"_s}})
                               << u"Instance 1: Give either “endTime” or “endsInDays”, not both and not neither."_s;
    QTest::newRow("no end") << with({}, {u"endsInDays"_s})
                            << u"Instance 1: Give either “endTime” or “endsInDays”, not both and not neither."_s;
    QTest::newRow("bad end time") << with(
        {{u"endTime"_s, u"next year"_s}},
        {u"endsInDays"_s}) << u"Instance 1: “endTime” is a UTC time written yyyy-MM-ddTHH:mm:ssZ, not “next year”."_s;
    QTest::newRow("days text") << with({{u"endsInDays"_s, u"ten"_s}})
                               << u"Instance 1: “endsInDays” is a number of days from -36500 to 36500."_s;
    QTest::newRow("created after end") << with({{u"createTime"_s, u"2999-01-01T00:00:00Z"_s}})
                                       << u"Instance 1: “createTime” must be before the end time."_s;
    QTest::newRow("renew status") << with(
        {{u"renewStatus"_s,
          u"Maybe"_s}}) << u"Instance 1: “renewStatus” is AutoRenewal, ManualRenewal or NotRenewal, not “Maybe”."_s;
    QTest::newRow("duration") << with({{u"renewalDuration"_s, 1.5}})
                              << u"Instance 1: “renewalDuration” is a whole number from 1 to 36."_s;
    QTest::newRow("unit") << with({{u"renewalDurationUnit"_s, u"W"_s}})
                          << u"Instance 1: “renewalDurationUnit” is M (months) or Y (years), not “W”."_s;
    QTest::newRow("instance id")
        << with({{u"instanceId"_s, u"i-123"_s}})
        << u"Instance 1: “instanceId” is “cri-” and 4 to 36 lowercase letters and digits, not “i-123”."_s;
    QTest::newRow("issue") << with({{u"instanceIssue"_s, QString(200, u'X')}})
                           << u"Instance 1: “instanceIssue” is at most 128 printable ASCII characters."_s;
    QTest::newRow("order amount") << with({{u"order"_s, QJsonObject {{u"amount"_s, u"lots"_s}}}})
                                  << u"Instance 1: “order” is an object with “amount”, such as {“amount”: “8000.00”}; "
                                     "the amount has digits and at most two decimals."_s;
    QTest::newRow("order key")
        << with({{u"order"_s, QJsonObject {{u"amount"_s, u"1.00"_s}, {u"paid"_s, true}}}})
        << u"Instance 1: “order.paid” is not a field of an order; the fields are amount and orderId."_s;
    QTest::newRow("order id") << with({{u"order"_s, QJsonObject {{u"amount"_s, u"1.00"_s}, {u"orderId"_s, u"A1"_s}}}})
                              << u"Instance 1: “order.orderId” is 1 to 20 digits."_s;
}

void TestSandboxInstances::seedingRefusesBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const SandboxReply reply = client().raw("POST", "/__admin/instances", body);
    QCOMPARE(reply.status, 400);
    const QString said = reply.json.value(u"error"_s).toString();
    if (error.isEmpty())
        QVERIFY2(said.startsWith(u"Instance 1: “"_s) && said.size() > 20, qPrintable(said));
    else
        QCOMPARE(said, error);
    QVERIFY(server().instances().isEmpty());
}

void TestSandboxInstances::seedingFromAFile()
{
    const QString path = m_files.filePath(u"seed.json"_s);
    const QJsonArray seeds {seedObject(u"from-file"_s, 3, {{u"instanceIssue"_s, u"OSS_BUCKET_ALREADY_EXISTS"_s}}),
                            QJsonObject {{u"accessKeyId"_s, kIntl},
                                         {u"name"_s, u"from-file-intl"_s},
                                         {u"edition"_s, u"Advanced"_s},
                                         {u"region"_s, u"ap-southeast-1"_s},
                                         {u"endTime"_s, u"2031-05-01T00:00:00Z"_s},
                                         {u"createTime"_s, u"2030-05-01T00:00:00Z"_s},
                                         {u"order"_s, QJsonObject {{u"amount"_s, u"33000"_s}}}}};
    QVERIFY(acrp::test::writeFile(path, QJsonDocument(seeds).toJson()));
    SandboxConfig config;
    config.seedInstancesPath = path;
    QVERIFY2(m_fixture.start(config), qPrintable(m_fixture.server->errorString()));
    QCOMPARE(server().instances().size(), 2);
    client().credentials = intlCredentials();
    const QJsonObject intl
        = client().call(u"QueryAvailableInstances"_s).data().value(u"InstanceList"_s).toArray().at(0).toObject();
    QCOMPARE(intl.value(u"EndTime"_s).toString(), u"2031-05-01T00:00:00Z"_s);
    QCOMPARE(intl.value(u"ProductType"_s).toString(), u"acr_ee_public_intl"_s);
    const QJsonArray orders
        = client().call(u"QueryOrders"_s).data().value(u"OrderList"_s).toObject().value(u"Order"_s).toArray();
    QCOMPARE(values(orders, u"PretaxAmount"_s), QStringList {u"33000.00"_s});
    QCOMPARE(values(orders, u"CreateTime"_s), QStringList {u"2030-05-01T00:00:00Z"_s});

    // A file the sandbox cannot use stops it from starting, saying which and why.
    QVERIFY(acrp::test::writeFile(path, R"([{"accessKeyId": "SandboxDemoKeyCN"}])"));
    SandboxServer broken(config);
    QVERIFY(!broken.listen());
    QCOMPARE(broken.errorString(), u"The instances file %1 is not usable: Instance 1: “name” is missing."_s.arg(path));
    config.seedInstancesPath = m_files.filePath(u"missing.json"_s);
    SandboxServer missing(config);
    QVERIFY(!missing.listen());
    QVERIFY2(missing.errorString().startsWith(u"The instances file %1 is not usable: "_s.arg(config.seedInstancesPath)),
             qPrintable(missing.errorString()));
    QVERIFY(acrp::test::writeFile(path, "{not json"));
    config.seedInstancesPath = path;
    SandboxServer notJson(config);
    QVERIFY(!notJson.listen());
    QVERIFY(acrp::test::writeFile(path, R"({"accessKeyId": "SandboxDemoKeyCN"})"));
    SandboxServer notArray(config);
    QVERIFY(!notArray.listen());
    QVERIFY2(notArray.errorString().endsWith(
                 u"The instances must be a JSON array of objects, such as [{“accessKeyId”: …, “name”: …}]."_s),
             qPrintable(notArray.errorString()));
}

void TestSandboxInstances::clockRoute()
{
    const SandboxReply shown = client().raw("GET", "/__admin/clock");
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json.value(u"offsetDays"_s).toInteger(), 0);
    const QDateTime now = QDateTime::fromString(shown.json.value(u"now"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(now.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const SandboxInstance instance = seed(seedObject(u"clock-route"_s, 3));
    const SandboxReply moved = client().raw("POST", "/__admin/clock", R"({"offsetDays": 4})");
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json.value(u"offsetDays"_s).toInteger(), 4);
    const QDateTime later = QDateTime::fromString(moved.json.value(u"now"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(later.secsTo(QDateTime::currentDateTimeUtc().addDays(4))) < 60);
    QCOMPARE(server().clockOffsetDays(), 4);
    QCOMPARE(server().instanceStatus(instance.instanceId), u"STOPPED"_s);
    // The signature clock is not moved: requests signed now are still accepted.
    QCOMPARE(available(instance.instanceId).value(u"Status"_s).toString(), u"Expired"_s);
    // Instances bought while the clock is moved are created at the moved time.
    const SandboxReply bought = client().call(u"CreateInstance"_s, createParameters(u"in-the-future"_s, u"f"_s));
    QVERIFY(qAbs(server().orders().constLast().created.secsTo(QDateTime::currentDateTimeUtc().addDays(4))) < 60);
    QCOMPARE(server().instanceStatus(bought.data().value(u"InstanceId"_s).toString()), u"RUNNING"_s);
    QCOMPARE(client().raw("POST", "/__admin/clock", R"({"offsetDays": -2})").status, 200);
    QCOMPARE(server().instanceStatus(instance.instanceId), u"RUNNING"_s);

    for (const QByteArray& body :
         {QByteArray("{}"), QByteArray(R"({"offsetDays": 1.5})"), QByteArray(R"({"offsetDays": "3"})"),
          QByteArray(R"({"offsetDays": 1, "x": 2})"), QByteArray("[]"), QByteArray("nope")}) {
        const SandboxReply bad = client().raw("POST", "/__admin/clock", body);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(u"error"_s).toString(), u"The body must be {“offsetDays”: N} with a whole number N."_s);
    }
    const SandboxReply far = client().raw("POST", "/__admin/clock", R"({"offsetDays": 40000})");
    QCOMPARE(far.status, 400);
    QCOMPARE(far.json.value(u"error"_s).toString(), u"The clock offset can be at most 36500 days either way."_s);
    QCOMPARE(server().clockOffsetDays(), -2);

    SandboxConfig config;
    config.clockOffsetDays = -40000;
    SandboxServer refused(config);
    QVERIFY(!refused.listen());
    QCOMPARE(refused.errorString(), u"The clock offset can be at most 36500 days either way."_s);
}

QTEST_GUILESS_MAIN(TestSandboxInstances)
#include "tst_sandboxinstances.moc"
