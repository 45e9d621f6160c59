#include "core/order/OrderFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace acrp;

namespace {

OrderSpec fullOrder()
{
    OrderSpec order;
    order.site = Site::International;
    order.edition = u"Advanced"_s;
    order.instanceName = u"team-registry"_s;
    order.region = u"ap-southeast-1"_s;
    order.defaultBucket = false;
    order.customBucket = u"team-images"_s;
    order.imageScanner = u"SAS"_s;
    order.extraNamespaces = 15;
    order.extraRepositories = 2000;
    order.vpcQuota = 7;
    order.periodMonths = 24;
    order.autoRenewal = true;
    order.renewPeriodMonths = 12;
    return order;
}

// A minimal valid document with `key` in "order" set to `value` (removed when undefined).
QByteArray withOrderKey(const QString& key, const QJsonValue& value)
{
    QJsonObject order {{u"site"_s, u"cn"_s},
                       {u"edition"_s, u"Basic"_s},
                       {u"instanceName"_s, u"my-registry"_s},
                       {u"region"_s, u"cn-hangzhou"_s},
                       {u"periodMonths"_s, 12}};
    if (value.isUndefined())
        order.remove(key);
    else
        order.insert(key, value);
    return QJsonDocument(QJsonObject {{u"format"_s, u"acr-purchase/order"_s}, {u"version"_s, 1}, {u"order"_s, order}})
        .toJson();
}

QByteArray withTopKey(const QString& key, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(withOrderKey(u"site"_s, u"cn"_s)).object();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return QJsonDocument(root).toJson();
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestOrderFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void serializeIsStable();
    void serializedLayout();
    void optionalKeysTakeDefaults();
    void siteIds();
    void malformed_data();
    void malformed();
    void orderFromJsonNamesItsPath();
    void duplicateKeys_data();
    void duplicateKeys();
    void sameKeyInTwoObjectsIsNoDuplicate();
    void unpairedSurrogateIsRefused();
};

void TestOrderFile::roundTrip()
{
    for (const OrderSpec& order : {fullOrder(), OrderSpec()}) {
        QString error;
        const std::optional<OrderSpec> read = OrderFile::parse(OrderFile::serialize(order), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, order);
        QCOMPARE(error, QString());
    }
}

void TestOrderFile::serializeIsStable()
{
    const QByteArray bytes = OrderFile::serialize(fullOrder());
    QCOMPARE(OrderFile::serialize(fullOrder()), bytes);
    QCOMPARE(OrderFile::serialize(*OrderFile::parse(bytes, nullptr)), bytes);
}

void TestOrderFile::serializedLayout()
{
    const QByteArray expected = R"({
    "format": "acr-purchase/order",
    "order": {
        "autoRenewal": true,
        "customBucket": "team-images",
        "defaultBucket": false,
        "edition": "Advanced",
        "extraNamespaces": 15,
        "extraRepositories": 2000,
        "imageScanner": "SAS",
        "instanceName": "team-registry",
        "periodMonths": 24,
        "region": "ap-southeast-1",
        "renewPeriodMonths": 12,
        "site": "intl",
        "vpcQuota": 7
    },
    "version": 1
}
)";
    QCOMPARE(OrderFile::serialize(fullOrder()), expected);
}

void TestOrderFile::optionalKeysTakeDefaults()
{
    QString error;
    const std::optional<OrderSpec> read = OrderFile::parse(withOrderKey(u"site"_s, u"cn"_s), &error);
    QVERIFY2(read, qPrintable(error));
    OrderSpec expected;
    expected.site = Site::China;
    expected.edition = u"Basic"_s;
    expected.instanceName = u"my-registry"_s;
    expected.region = u"cn-hangzhou"_s;
    expected.periodMonths = 12;
    QCOMPARE(*read, expected);
    QVERIFY(read->defaultBucket);
    QCOMPARE(read->imageScanner, u"ACR"_s);
    QCOMPARE(read->renewPeriodMonths, 0);
}

void TestOrderFile::siteIds()
{
    QCOMPARE(OrderFile::parse(withOrderKey(u"site"_s, u"intl"_s), nullptr)->site, Site::International);
    QCOMPARE(OrderFile::parse(withOrderKey(u"site"_s, u"CN"_s), nullptr)->site, Site::China);
    QCOMPARE(siteId(Site::China), u"cn"_s);
    QCOMPARE(siteId(Site::International), u"intl"_s);
}

void TestOrderFile::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty file") << QByteArray()
                                << u"The order file is not valid JSON: illegal value (at character 0)."_s;
    QTest::newRow("not JSON") << QByteArray("format: order")
                              << u"The order file is not valid JSON: illegal value (at character 1)."_s;
    QTest::newRow("truncated") << withOrderKey(u"site"_s, u"cn"_s).left(40)
                               << u"The order file is not valid JSON: unterminated object (at character 40)."_s;
    // QJsonDocument accepts these; JSON does not, and neither does a strict reader.
    QTest::newRow("number with a bare point")
        << QByteArray(R"({"format": "acr-purchase/order", "version": 1.})")
        << u"The order file is not valid JSON: a number or string that strict JSON does not allow (at character 47)."_s;
    QTest::newRow("unpaired surrogate")
        << QByteArray(R"({"format": "acr-purchase/order\ud800", "version": 1})")
        << u"The order file is not valid JSON: a number or string that strict JSON does not allow (at character 37)."_s;
    QTest::newRow("unescaped tab") << QByteArray("{\"format\": \"acr-purchase/\torder\", \"version\": 1}")
                                   << u"The order file is not valid JSON: a number or string that strict JSON does "
                                      u"not allow (at character 26)."_s;
    QTest::newRow("array") << QByteArray("[{}]") << u"The order file must contain a JSON object."_s;
    QTest::newRow("no format") << withTopKey(u"format"_s, kRemove)
                               << u"This is not an acr-purchase order file: “format” must be “acr-purchase/order”."_s;
    QTest::newRow("wrong format")
        << withTopKey(u"format"_s, u"acr-purchase/catalog"_s)
        << u"This is not an acr-purchase order file: “format” must be “acr-purchase/order”."_s;
    QTest::newRow("format not a string") << withTopKey(u"format"_s, 1) << u"“format” must be a string."_s;
    QTest::newRow("no version") << withTopKey(u"version"_s, kRemove) << u"“version” is missing."_s;
    QTest::newRow("version as string") << withTopKey(u"version"_s, u"1"_s) << u"“version” must be a whole number."_s;
    QTest::newRow("version 0") << withTopKey(u"version"_s, 0) << u"“version” must be at least 1 (not 0)."_s;
    QTest::newRow("newer version") << withTopKey(
        u"version"_s,
        2) << u"This order file was made by a newer acr-purchase (format version 2); this program reads version 1."_s;
    // A newer file may bring new keys: the version is what to report.
    QByteArray newer = withTopKey(u"version"_s, 3);
    newer.replace("\"order\"", "\"templates\": [], \"order\"");
    QTest::newRow("newer version with new keys")
        << newer
        << u"This order file was made by a newer acr-purchase (format version 3); this program reads version 1."_s;
    QTest::newRow("unknown top key") << withTopKey(u"comment"_s, u"hi"_s) << u"“comment” is not a known key."_s;
    QTest::newRow("top-level clientToken")
        << withTopKey(u"clientToken"_s, u"abc"_s) << u"“clientToken” is not a known key."_s;
    QTest::newRow("no order") << withTopKey(u"order"_s, kRemove) << u"“order” is missing."_s;
    QTest::newRow("order not an object") << withTopKey(u"order"_s, QJsonArray()) << u"“order” must be an object."_s;

    QTest::newRow("clientToken") << withOrderKey(u"clientToken"_s, u"abc"_s)
                                 << u"“order.clientToken” is not a known key."_s;
    QTest::newRow("accessKeySecret") << withOrderKey(u"accessKeySecret"_s, u"s"_s)
                                     << u"“order.accessKeySecret” is not a known key."_s;
    QTest::newRow("accessKeyId") << withOrderKey(u"accessKeyId"_s, u"id"_s)
                                 << u"“order.accessKeyId” is not a known key."_s;
    QTest::newRow("misspelt key") << withOrderKey(u"instanceNmae"_s, u"x"_s)
                                  << u"“order.instanceNmae” is not a known key."_s;
    for (const QString& key : {u"site"_s, u"edition"_s, u"instanceName"_s, u"region"_s, u"periodMonths"_s})
        QTest::addRow("no %s", qPrintable(key)) << withOrderKey(key, kRemove) << u"“order.%1” is missing."_s.arg(key);
    QTest::newRow("unknown site") << withOrderKey(u"site"_s, u"eu"_s)
                                  << u"“order.site” must be “cn” or “intl” (not “eu”)."_s;
    QTest::newRow("site as number") << withOrderKey(u"site"_s, 1) << u"“order.site” must be a string."_s;
    QTest::newRow("name as number") << withOrderKey(u"instanceName"_s, 12)
                                    << u"“order.instanceName” must be a string."_s;
    QTest::newRow("region null") << withOrderKey(u"region"_s, QJsonValue()) << u"“order.region” must be a string."_s;
    QTest::newRow("period as string") << withOrderKey(u"periodMonths"_s, u"12"_s)
                                      << u"“order.periodMonths” must be a whole number."_s;
    QTest::newRow("fractional period") << withOrderKey(u"periodMonths"_s, 12.5)
                                       << u"“order.periodMonths” must be a whole number."_s;
    QTest::newRow("huge quota") << withOrderKey(u"extraRepositories"_s, 1e12)
                                << u"“order.extraRepositories” must be a whole number."_s;
    QTest::newRow("namespaces as string")
        << withOrderKey(u"extraNamespaces"_s, u"5"_s) << u"“order.extraNamespaces” must be a whole number."_s;
    QTest::newRow("vpc as bool") << withOrderKey(u"vpcQuota"_s, true) << u"“order.vpcQuota” must be a whole number."_s;
    QTest::newRow("renew as string") << withOrderKey(u"renewPeriodMonths"_s, u"12"_s)
                                     << u"“order.renewPeriodMonths” must be a whole number."_s;
    QTest::newRow("bool as string") << withOrderKey(u"defaultBucket"_s, u"true"_s)
                                    << u"“order.defaultBucket” must be true or false."_s;
    QTest::newRow("bool as number") << withOrderKey(u"autoRenewal"_s, 1)
                                    << u"“order.autoRenewal” must be true or false."_s;
    QTest::newRow("bucket as bool") << withOrderKey(u"customBucket"_s, false)
                                    << u"“order.customBucket” must be a string."_s;
    QTest::newRow("scanner as list") << withOrderKey(u"imageScanner"_s, QJsonArray {u"ACR"_s})
                                     << u"“order.imageScanner” must be a string."_s;
}

void TestOrderFile::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual = u"not set"_s;
    const std::optional<OrderSpec> order = OrderFile::parse(json, &actual);
    QVERIFY(!order.has_value());
    QCOMPARE(actual, error);
}

void TestOrderFile::orderFromJsonNamesItsPath()
{
    QString error;
    QVERIFY(!OrderFile::orderFromJson(QJsonObject {{u"site"_s, u"cn"_s}}, &error, u"entries[2].order"_s));
    QCOMPARE(error, u"“entries[2].order.edition” is missing."_s);
    const std::optional<OrderSpec> order = OrderFile::orderFromJson(OrderFile::orderToJson(fullOrder()), &error);
    QVERIFY(order);
    QCOMPARE(*order, fullOrder());
}

void TestOrderFile::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    // QJsonDocument cannot write a duplicate: the documents are text.
    const QByteArray order = R"("order": {"site": "cn", "edition": "Basic", "instanceName": "my-registry",
        "region": "cn-hangzhou", "periodMonths": 12})";
    QTest::newRow("top level") << R"({"format": "acr-purchase/order", "version": 1, "version": 1, )" + order + '}'
                               << u"version"_s;
    QTest::newRow("top level, other value")
        << R"({"format": "acr-purchase/order", "version": 1, )" + order + R"(, "format": "acr-purchase/catalog"})"
        << u"format"_s;
    QTest::newRow("order twice") << R"({"format": "acr-purchase/order", "version": 1, )" + order + ", " + order + '}'
                                 << u"order"_s;
    // Which edition to buy must not depend on which of the two a reader keeps.
    QTest::newRow("in order, other value")
        << QByteArray(R"({"format": "acr-purchase/order", "version": 1, "order": {"site": "cn", "edition": "Basic",
            "instanceName": "my-registry", "region": "cn-hangzhou", "periodMonths": 12, "edition": "Advanced"}})")
        << u"order.edition"_s;
    QTest::newRow("in order, same value")
        << QByteArray(R"({"format": "acr-purchase/order", "version": 1, "order": {"site": "cn", "edition": "Basic",
            "edition": "Basic", "instanceName": "my-registry", "region": "cn-hangzhou", "periodMonths": 12}})")
        << u"order.edition"_s;
    QTest::newRow("in order, escaped spelling")
        << QByteArray(R"({"format": "acr-purchase/order", "version": 1, "order": {"site": "cn", "edition": "Basic",
            "\u0065dition": "Basic", "instanceName": "my-registry", "region": "cn-hangzhou", "periodMonths": 12}})")
        << u"order.edition"_s;
    // Before the unknown-key check: the repeated key is the problem to report.
    QTest::newRow("unknown key twice") << QByteArray(
        R"({"format": "acr-purchase/order", "version": 1, "order": {"site": "cn", "edition": "Basic",
            "instanceName": "my-registry", "region": "cn-hangzhou", "periodMonths": 12, "note": 1, "note": 2}})")
                                       << u"order.note"_s;
    QTest::newRow("newer version") << QByteArray(
        R"({"format": "acr-purchase/order", "version": 2, "version": 1, "order": {}})")
                                   << u"version"_s;
}

void TestOrderFile::duplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QString error;
    const std::optional<OrderSpec> order = OrderFile::parse(json, &error);
    QVERIFY(!order.has_value());
    QVERIFY2(error.contains(u'“' + path + u'”'), qPrintable(error));
    QVERIFY2(error.contains(u"more than once"_s), qPrintable(error));
}

void TestOrderFile::sameKeyInTwoObjectsIsNoDuplicate()
{
    // "version" at the top and in "order": two objects, so the message is about the unknown key.
    QString error;
    QVERIFY(!OrderFile::parse(withOrderKey(u"version"_s, 1), &error));
    QCOMPARE(error, u"“order.version” is not a known key."_s);
    // The keys of a valid file are all read.
    const std::optional<OrderSpec> order = OrderFile::parse(OrderFile::serialize(fullOrder()), &error);
    QVERIFY2(order, qPrintable(error));
    QCOMPARE(*order, fullOrder());
}

void TestOrderFile::unpairedSurrogateIsRefused()
{
    // An order read from a QJsonObject (a journal row) must not hold what the order file refuses:
    // serialize() would write a file that parse() cannot read.
    QJsonObject object = OrderFile::orderToJson(fullOrder());
    object.insert(u"customBucket"_s, QString(QChar(0xD800)));
    QString error;
    QVERIFY(!OrderFile::orderFromJson(object, &error));
    QCOMPARE(error, u"“order.customBucket” is not valid Unicode text."_s);
}

QTEST_GUILESS_MAIN(TestOrderFile)
#include "tst_orderfile.moc"
