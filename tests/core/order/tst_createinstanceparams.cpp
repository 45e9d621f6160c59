#include "core/order/CreateInstanceParams.h"
#include "core/order/Validator.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace acrp;

namespace {

// The sample request of the spec page (shared/spec/CreateInstance.txt), parameter by parameter,
// in its order.
const ParameterList kSpecSample {
    {u"Parameter.1.Code"_s, u"InstanceType"_s},
    {u"Parameter.1.Value"_s, u"Advanced"_s},
    {u"Parameter.2.Code"_s, u"InstanceName"_s},
    {u"Parameter.2.Value"_s, u"auto-create-instance"_s},
    {u"Parameter.3.Code"_s, u"Region"_s},
    {u"Parameter.3.Value"_s, u"cn-shanghai"_s},
    {u"Parameter.4.Code"_s, u"DefaultOssBucket"_s},
    {u"Parameter.4.Value"_s, u"true"_s},
    {u"Parameter.5.Code"_s, u"InstanceStorageName"_s},
    {u"Parameter.5.Value"_s, u"my-customized-oss-bucket"_s},
    {u"ProductCode"_s, u"acr"_s},
    {u"SubscriptionType"_s, u"Subscription"_s},
    {u"ProductType"_s, u"acr_ee_public_cn"_s},
    {u"RenewPeriod"_s, u"12"_s},
    {u"Period"_s, u"12"_s},
    {u"RenewalStatus"_s, u"ManualRenewal"_s},
    {u"ClientToken"_s, u"XJSYHDKALSS****"_s},
};

// The closest valid order to the sample: the sample names a custom bucket, so it uses one.
OrderSpec specSampleOrder()
{
    OrderSpec order;
    order.site = Site::China;
    order.edition = u"Advanced"_s;
    order.instanceName = u"auto-create-instance"_s;
    order.region = u"cn-shanghai"_s;
    order.defaultBucket = false;
    order.customBucket = u"my-customized-oss-bucket"_s;
    order.periodMonths = 12;
    order.autoRenewal = false;
    return order;
}

using ParameterMap = QMap<QString, QString>;

ParameterMap toMap(const ParameterList& parameters)
{
    QMap<QString, QString> map;
    for (const auto& [name, value] : parameters)
        map.insert(name, value);
    return map;
}

QStringList names(const ParameterList& parameters)
{
    QStringList list;
    for (const auto& parameter : parameters)
        list.append(parameter.first);
    return list;
}

} // namespace

class TestCreateInstanceParams : public QObject
{
    Q_OBJECT

private slots:
    void specSample();
    void minimalOrderClosesUpNumbering();
    void optionalPropertiesKeepNumberingWithoutGaps();
    void international();
    void autoRenewalAddsRenewPeriod();
    void roundTrip_data();
    void roundTrip();
    void readsSpecSample();
    void readerIgnoresCommonParameters();
    void badParameters_data();
    void badParameters();
    void clientToken();
};

void TestCreateInstanceParams::specSample()
{
    const OrderSpec order = specSampleOrder();
    QVERIFY(Validator().validate(order).isValid());
    const ParameterList actual = createInstanceParameters(order, u"XJSYHDKALSS****"_s);

    // The spec's sample itself is not a valid order for us, in two documented places:
    // 1. It sends InstanceStorageName with DefaultOssBucket=true; a named bucket means
    //    DefaultOssBucket=false (the Validator forbids a name with the default bucket).
    // 2. It sends RenewPeriod=12 with ManualRenewal; RenewPeriod goes only with AutoRenewal.
    ParameterList expected = kSpecSample;
    expected[7].second = u"false"_s; // Parameter.4.Value
    expected.removeAt(13); // RenewPeriod
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).first, expected.at(i).first);
        QCOMPARE(actual.at(i).second, expected.at(i).second);
    }
    // And, checked against the untouched sample, nothing else differs.
    for (qsizetype i = 0; i < 13; ++i) {
        if (i != 7)
            QCOMPARE(actual.at(i), kSpecSample.at(i));
    }
    QCOMPARE(actual.at(13), kSpecSample.at(14)); // Period
    QCOMPARE(actual.at(14), kSpecSample.at(15)); // RenewalStatus
    QCOMPARE(actual.at(15), kSpecSample.at(16)); // ClientToken
}

void TestCreateInstanceParams::minimalOrderClosesUpNumbering()
{
    // Default bucket: no InstanceStorageName, and nothing after it either.
    OrderSpec order = specSampleOrder();
    order.defaultBucket = true;
    order.customBucket.clear();
    // The sample's parameters 1 to 4 and common parameters, without the bucket name and RenewPeriod.
    const ParameterList expected = kSpecSample.mid(0, 8) + kSpecSample.mid(10, 3) + kSpecSample.mid(14, 2)
        + ParameterList {{u"ClientToken"_s, u"token-1"_s}};
    QCOMPARE(createInstanceParameters(order, u"token-1"_s), expected);
}

void TestCreateInstanceParams::optionalPropertiesKeepNumberingWithoutGaps()
{
    // Default bucket (5 absent) but a scanner and a VPC quota: they become 5 and 6.
    OrderSpec order = specSampleOrder();
    order.defaultBucket = true;
    order.customBucket.clear();
    order.imageScanner = u"SAS"_s;
    order.vpcQuota = 10;
    const ParameterList actual = createInstanceParameters(order, u"t"_s);
    QCOMPARE(
        names(actual).mid(8, 4),
        QStringList({u"Parameter.5.Code"_s, u"Parameter.5.Value"_s, u"Parameter.6.Code"_s, u"Parameter.6.Value"_s}));
    QCOMPARE(actual.at(8).second, u"image_scanner"_s);
    QCOMPARE(actual.at(9).second, u"SAS"_s);
    QCOMPARE(actual.at(10).second, u"vpc_num"_s);
    QCOMPARE(actual.at(11).second, u"10"_s);
    QCOMPARE(actual.at(12).first, u"ProductCode"_s);

    // Everything: 1..9 in the spec's order.
    order.defaultBucket = false;
    order.customBucket = u"my-bucket"_s;
    order.extraNamespaces = 10;
    order.extraRepositories = 1000;
    const ParameterList all = createInstanceParameters(order, u"t"_s);
    const QStringList codes {u"InstanceType"_s,     u"InstanceName"_s,        u"Region"_s,
                             u"DefaultOssBucket"_s, u"InstanceStorageName"_s, u"image_scanner"_s,
                             u"NamespaceQuota"_s,   u"RepoQuota"_s,           u"vpc_num"_s};
    const QStringList values {u"Advanced"_s,    u"auto-create-instance"_s,
                              u"cn-shanghai"_s, u"false"_s,
                              u"my-bucket"_s,   u"SAS"_s,
                              u"10"_s,          u"1000"_s,
                              u"10"_s};
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString n = QString::number(i + 1);
        QCOMPARE(all.at(2 * i), std::pair(QString(u"Parameter."_s + n + u".Code"_s), codes.at(i)));
        QCOMPARE(all.at(2 * i + 1), std::pair(QString(u"Parameter."_s + n + u".Value"_s), values.at(i)));
    }
    QCOMPARE(names(all).mid(18),
             QStringList({u"ProductCode"_s, u"SubscriptionType"_s, u"ProductType"_s, u"Period"_s, u"RenewalStatus"_s,
                          u"ClientToken"_s}));
}

void TestCreateInstanceParams::international()
{
    OrderSpec order = specSampleOrder();
    order.site = Site::International;
    order.region = u"ap-southeast-1"_s;
    const QMap<QString, QString> params = toMap(createInstanceParameters(order, u"t"_s));
    QCOMPARE(params.value(u"ProductType"_s), u"acr_ee_public_intl"_s);
    QCOMPARE(params.value(u"Parameter.3.Value"_s), u"ap-southeast-1"_s);
}

void TestCreateInstanceParams::autoRenewalAddsRenewPeriod()
{
    OrderSpec order = specSampleOrder();
    order.autoRenewal = true;
    order.renewPeriodMonths = 3;
    const ParameterList actual = createInstanceParameters(order, u"t"_s);
    QCOMPARE(actual.mid(actual.size() - 4),
             ParameterList({{u"Period"_s, u"12"_s},
                            {u"RenewalStatus"_s, u"AutoRenewal"_s},
                            {u"RenewPeriod"_s, u"3"_s},
                            {u"ClientToken"_s, u"t"_s}}));
}

void TestCreateInstanceParams::roundTrip_data()
{
    QTest::addColumn<OrderSpec>("order");

    QTest::newRow("spec sample") << specSampleOrder();
    OrderSpec order = specSampleOrder();
    order.defaultBucket = true;
    order.customBucket.clear();
    QTest::newRow("default bucket") << order;
    order.site = Site::International;
    order.edition = u"Basic"_s;
    order.region = u"eu-central-1"_s;
    order.imageScanner = u"SAS"_s;
    order.extraNamespaces = 100000;
    order.extraRepositories = 1000000;
    order.vpcQuota = 100;
    order.periodMonths = 60;
    order.autoRenewal = true;
    order.renewPeriodMonths = 24;
    QTest::newRow("everything") << order;
}

void TestCreateInstanceParams::roundTrip()
{
    QFETCH(OrderSpec, order);
    OrderSpec read;
    read.instanceName = u"changed"_s;
    QString bad = u"unset"_s;
    QString error = u"unset"_s;
    QVERIFY(orderFromCreateInstanceParameters(toMap(createInstanceParameters(order, u"t"_s)), Catalog::builtIn(), &read,
                                              &bad, &error));
    QCOMPARE(read, order);
    QCOMPARE(bad, u"unset"_s); // untouched on success
    QCOMPARE(error, u"unset"_s);
}

void TestCreateInstanceParams::readsSpecSample()
{
    // As the service does with its own sample: the bucket name is ignored with the default bucket
    // and the renew period with manual renewal, which makes the result a valid order.
    OrderSpec read;
    QString bad;
    QString error;
    QVERIFY(orderFromCreateInstanceParameters(toMap(kSpecSample), Catalog::builtIn(), &read, &bad, &error));
    OrderSpec expected = specSampleOrder();
    expected.defaultBucket = true;
    expected.customBucket.clear();
    QCOMPARE(read, expected);
    QVERIFY(Validator().validate(read).isValid());
}

void TestCreateInstanceParams::readerIgnoresCommonParameters()
{
    QMap<QString, QString> params = toMap(createInstanceParameters(specSampleOrder(), u"t"_s));
    params.insert(u"Action"_s, u"CreateInstance"_s);
    params.insert(u"Version"_s, u"2017-12-14"_s);
    params.insert(u"SignatureNonce"_s, u"abc"_s);
    OrderSpec read;
    QVERIFY(orderFromCreateInstanceParameters(params, Catalog::builtIn(), &read, nullptr, nullptr));
    QCOMPARE(read, specSampleOrder());
}

void TestCreateInstanceParams::badParameters_data()
{
    QTest::addColumn<ParameterMap>("params");
    QTest::addColumn<QString>("badParameter");
    QTest::addColumn<QString>("error");

    OrderSpec full = specSampleOrder();
    full.extraNamespaces = 5;
    full.autoRenewal = true;
    full.renewPeriodMonths = 12;
    const QMap<QString, QString> good = toMap(createInstanceParameters(full, u"t"_s));
    // Parameter.6 is NamespaceQuota in `good`.
    const auto with = [&](const QString& name, const QString& value) {
        QMap<QString, QString> params = good;
        params.insert(name, value);
        return params;
    };
    const auto without = [&](const QString& name) {
        QMap<QString, QString> params = good;
        params.remove(name);
        return params;
    };

    QTest::newRow("missing value") << without(u"Parameter.3.Value"_s) << u"Parameter.3.Value"_s
                                   << u"Parameter.3.Value is missing."_s;
    QTest::newRow("missing code") << without(u"Parameter.2.Code"_s) << u"Parameter.2.Code"_s
                                  << u"Parameter.2.Code is missing."_s;
    QTest::newRow("gap") << with(u"Parameter.8.Code"_s, u"vpc_num"_s) << u"Parameter.7.Code"_s
                         << u"Parameter.7.Code is missing."_s;
    QTest::newRow("numbered from 0") << with(u"Parameter.0.Code"_s, u"vpc_num"_s) << u"Parameter.0.Code"_s
                                     << u"Parameter.0.Code is not a parameter of CreateInstance."_s;
    QTest::newRow("bad suffix") << with(u"Parameter.1.Name"_s, u"x"_s) << u"Parameter.1.Name"_s
                                << u"Parameter.1.Name is not a parameter of CreateInstance."_s;
    QTest::newRow("unknown code") << with(u"Parameter.6.Code"_s, u"Color"_s) << u"Parameter.6.Code"_s
                                  << u"Parameter.6.Code names an unknown property “Color”."_s;
    QTest::newRow("repeated code") << with(u"Parameter.6.Code"_s, u"Region"_s) << u"Parameter.6.Code"_s
                                   << u"Parameter.6.Code repeats the property “Region”."_s;
    QMap<QString, QString> noName = good;
    noName.insert(u"Parameter.2.Code"_s, u"NamespaceQuota"_s);
    noName.insert(u"Parameter.6.Code"_s, u"vpc_num"_s);
    QTest::newRow("missing property") << noName << u"InstanceName"_s << u"The property InstanceName is missing."_s;
    QTest::newRow("bad boolean") << with(u"Parameter.4.Value"_s, u"yes"_s) << u"Parameter.4.Value"_s
                                 << u"Parameter.4.Value must be true or false (not “yes”)."_s;
    QTest::newRow("bad quota") << with(u"Parameter.6.Value"_s, u"ten"_s) << u"Parameter.6.Value"_s
                               << u"Parameter.6.Value must be a whole number (not “ten”)."_s;
    QTest::newRow("negative quota") << with(u"Parameter.6.Value"_s, u"-5"_s) << u"Parameter.6.Value"_s
                                    << u"Parameter.6.Value must be a whole number (not “-5”)."_s;
    QTest::newRow("fractional quota") << with(u"Parameter.6.Value"_s, u"5.0"_s) << u"Parameter.6.Value"_s
                                      << u"Parameter.6.Value must be a whole number (not “5.0”)."_s;
    QTest::newRow("no ProductCode") << without(u"ProductCode"_s) << u"ProductCode"_s << u"ProductCode is missing."_s;
    QTest::newRow("wrong ProductCode") << with(u"ProductCode"_s, u"ecs"_s) << u"ProductCode"_s
                                       << u"ProductCode must be acr (not “ecs”)."_s;
    QTest::newRow("wrong SubscriptionType") << with(u"SubscriptionType"_s, u"PayAsYouGo"_s) << u"SubscriptionType"_s
                                            << u"SubscriptionType must be Subscription (not “PayAsYouGo”)."_s;
    QTest::newRow("no ProductType") << without(u"ProductType"_s) << u"ProductType"_s << u"ProductType is missing."_s;
    QTest::newRow("unknown ProductType") << with(u"ProductType"_s, u"acr_ee_public"_s) << u"ProductType"_s
                                         << u"ProductType “acr_ee_public” is not one of the catalog's sites."_s;
    QTest::newRow("no Period") << without(u"Period"_s) << u"Period"_s << u"Period is missing."_s;
    QTest::newRow("bad Period") << with(u"Period"_s, u"1y"_s) << u"Period"_s
                                << u"Period must be a whole number (not “1y”)."_s;
    QTest::newRow("bad RenewalStatus") << with(u"RenewalStatus"_s, u"NotRenewal"_s) << u"RenewalStatus"_s
                                       << u"RenewalStatus must be AutoRenewal or ManualRenewal (not “NotRenewal”)."_s;
    QTest::newRow("bad RenewPeriod") << with(u"RenewPeriod"_s, u""_s) << u"RenewPeriod"_s
                                     << u"RenewPeriod must be a whole number (not “”)."_s;
}

void TestCreateInstanceParams::badParameters()
{
    QFETCH(ParameterMap, params);
    QFETCH(QString, badParameter);
    QFETCH(QString, error);
    const OrderSpec untouched = specSampleOrder();
    OrderSpec read = untouched;
    read.instanceName = u"sentinel"_s;
    QString actualBad;
    QString actualError;
    QVERIFY(!orderFromCreateInstanceParameters(params, Catalog::builtIn(), &read, &actualBad, &actualError));
    QCOMPARE(actualBad, badParameter);
    QCOMPARE(actualError, error);
    QCOMPARE(read.instanceName, u"sentinel"_s); // nothing half-read
}

void TestCreateInstanceParams::clientToken()
{
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    const QString first = newClientToken();
    const QString second = newClientToken();
    QCOMPARE(first.size(), 36);
    QVERIFY2(uuid.match(first).hasMatch(), qPrintable(first));
    QVERIFY(first != second);
    QCOMPARE(createInstanceParameters(specSampleOrder(), first).constLast(), std::pair(u"ClientToken"_s, first));
}

QTEST_GUILESS_MAIN(TestCreateInstanceParams)
#include "tst_createinstanceparams.moc"
