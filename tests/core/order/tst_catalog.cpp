#include "core/order/Catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace acrp;

namespace {

QJsonObject builtInDocument()
{
    QFile file(u":/acrp/catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets the value at a path such as {"regions", 3, "name", "en"}; a null QJsonValue removes it.
QJsonValue withValue(const QJsonValue& node, QList<QVariant> path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[step.toInt()] = withValue(array.at(step.toInt()), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step.toString());
    else
        object[step.toString()] = withValue(object.value(step.toString()), path, value);
    return object;
}

QByteArray edited(const QList<QVariant>& path, const QJsonValue& value)
{
    return QJsonDocument(withValue(builtInDocument(), path, value).toObject()).toJson();
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void sites();
    void editions();
    void regionsHaveBothNames();
    void regionNames();
    void scannersPeriodsAndQuotas();
    void lookups();
    void forLocale();
    void builtInDocumentParses();
    void malformed_data();
    void malformed();
    void duplicateKeys_data();
    void duplicateKeys();
};

void TestCatalog::builtInLoads()
{
    const Catalog& catalog = Catalog::builtIn();
    QCOMPARE(&Catalog::builtIn(), &catalog); // loaded once
    QCOMPARE(catalog.productCode(), u"acr"_s);
    QCOMPARE(catalog.subscriptionType(), u"Subscription"_s);
    QCOMPARE(catalog.sites().size(), 2);
    QCOMPARE(catalog.editions().size(), 3);
    QCOMPARE(catalog.regions().size(), 26);
}

void TestCatalog::sites()
{
    const Catalog& catalog = Catalog::builtIn();
    const SiteInfo& cn = catalog.site(Site::China);
    QCOMPARE(cn.id, u"cn"_s);
    QCOMPARE(cn.name.en, u"China site"_s);
    QCOMPARE(cn.name.zhCN, u"中国站"_s);
    QCOMPARE(cn.endpoint, u"business.aliyuncs.com"_s);
    QCOMPARE(cn.productType, u"acr_ee_public_cn"_s);
    QCOMPARE(cn.consoleUrl, u"https://cr.console.aliyun.com/"_s);
    QCOMPARE(cn.editions, QStringList({u"Basic"_s, u"Standard"_s, u"Advanced"_s}));

    const SiteInfo& intl = catalog.site(Site::International);
    QCOMPARE(intl.id, u"intl"_s);
    QCOMPARE(intl.name.en, u"International site"_s);
    QCOMPARE(intl.endpoint, u"business.ap-southeast-1.aliyuncs.com"_s);
    QCOMPARE(intl.productType, u"acr_ee_public_intl"_s);
    QCOMPARE(intl.consoleUrl, u"https://cr.console.alibabacloud.com/"_s);
    QCOMPARE(intl.editions, QStringList({u"Basic"_s, u"Advanced"_s}));
}

void TestCatalog::editions()
{
    const Catalog& catalog = Catalog::builtIn();
    QStringList ids;
    for (const EditionInfo& edition : catalog.editions()) {
        ids.append(edition.id);
        QVERIFY(!edition.description.en.isEmpty());
        QVERIFY(!edition.description.zhCN.isEmpty());
    }
    QCOMPARE(ids, QStringList({u"Basic"_s, u"Standard"_s, u"Advanced"_s}));
    QCOMPARE(catalog.edition(u"Standard"_s)->name.zhCN, u"标准版"_s);
    // ACR GetInstance's InstanceSpecification names the same editions with a prefix.
    QCOMPARE(catalog.editionOfSpecification(u"Enterprise_Basic"_s), u"Basic"_s);
    QCOMPARE(catalog.editionOfSpecification(u"Enterprise_Advanced"_s), u"Advanced"_s);
    QCOMPARE(catalog.editionOfSpecification(u"Standard"_s), u"Standard"_s);
    QCOMPARE(catalog.editionOfSpecification(u"Enterprise_Premium"_s), u"Enterprise_Premium"_s); // unknown: as given
    QCOMPARE(catalog.editionOfSpecification(u"Enterprise_"_s), u"Enterprise_"_s);
    QCOMPARE(catalog.editionOfSpecification(QString()), QString());
}

void TestCatalog::regionsHaveBothNames()
{
    const QStringList expected {
        u"cn-qingdao"_s,     u"cn-beijing"_s,     u"cn-zhangjiakou"_s, u"cn-huhehaote"_s,   u"cn-wulanchabu"_s,
        u"cn-hangzhou"_s,    u"cn-shanghai"_s,    u"cn-shenzhen"_s,    u"cn-heyuan"_s,      u"cn-guangzhou"_s,
        u"cn-chengdu"_s,     u"cn-hongkong"_s,    u"ap-southeast-1"_s, u"ap-southeast-2"_s, u"ap-southeast-3"_s,
        u"ap-southeast-5"_s, u"ap-southeast-6"_s, u"ap-southeast-7"_s, u"ap-south-1"_s,     u"ap-northeast-1"_s,
        u"ap-northeast-2"_s, u"us-west-1"_s,      u"us-east-1"_s,      u"eu-central-1"_s,   u"eu-west-1"_s,
        u"me-east-1"_s,
    };
    QStringList ids;
    for (const RegionInfo& region : Catalog::builtIn().regions()) {
        ids.append(region.id);
        QVERIFY2(!region.name.en.isEmpty(), qPrintable(region.id));
        QVERIFY2(!region.name.zhCN.isEmpty(), qPrintable(region.id));
        QVERIFY2(region.name.en != region.name.zhCN, qPrintable(region.id));
    }
    QCOMPARE(ids, expected);
}

void TestCatalog::regionNames()
{
    const Catalog& catalog = Catalog::builtIn();
    QCOMPARE(catalog.region(u"cn-hangzhou"_s)->name.en, u"China (Hangzhou)"_s);
    QCOMPARE(catalog.region(u"cn-hangzhou"_s)->name.zhCN, u"华东1（杭州）"_s);
    QCOMPARE(catalog.region(u"cn-shanghai"_s)->name.zhCN, u"华东2（上海）"_s);
    QCOMPARE(catalog.region(u"ap-southeast-1"_s)->name.en, u"Singapore"_s);
    QCOMPARE(catalog.region(u"me-east-1"_s)->name.en, u"UAE (Dubai)"_s);
}

void TestCatalog::scannersPeriodsAndQuotas()
{
    const Catalog& catalog = Catalog::builtIn();
    QCOMPARE(catalog.scanners().size(), 2);
    QCOMPARE(catalog.scanner(u"ACR"_s)->name.en, u"Container Registry scanner"_s);
    QCOMPARE(catalog.scanner(u"SAS"_s)->name.en, u"Security Center"_s);
    QCOMPARE(catalog.defaultScanner(), u"ACR"_s);

    const QList<int> periods {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60};
    QCOMPARE(catalog.periods(), periods);
    QCOMPARE(catalog.renewPeriods(), periods);

    QCOMPARE(catalog.namespaceQuota().min, 0);
    QCOMPARE(catalog.namespaceQuota().max, 100000);
    QCOMPARE(catalog.namespaceQuota().step, 5);
    QCOMPARE(catalog.repositoryQuota().min, 0);
    QCOMPARE(catalog.repositoryQuota().max, 1000000);
    QCOMPARE(catalog.repositoryQuota().step, 1000);
    QCOMPARE(catalog.vpcQuota().min, 0);
    QCOMPARE(catalog.vpcQuota().max, 100);
    QCOMPARE(catalog.vpcQuota().step, 1);
}

void TestCatalog::lookups()
{
    const Catalog& catalog = Catalog::builtIn();
    QCOMPARE(catalog.siteByProductType(u"acr_ee_public_intl"_s)->site, Site::International);
    QCOMPARE(catalog.siteByProductType(u"acr_ee_public_cn"_s)->site, Site::China);
    QCOMPARE(catalog.siteByProductType(u"acr_ee_public"_s), nullptr);
    QCOMPARE(catalog.edition(u"basic"_s), nullptr); // ids are case-sensitive, as the service's
    QCOMPARE(catalog.region(u"cn-nowhere"_s), nullptr);
    QCOMPARE(catalog.scanner(u"acr"_s), nullptr);
    QVERIFY(catalog.isEditionSold(Site::China, u"Standard"_s));
    QVERIFY(!catalog.isEditionSold(Site::International, u"Standard"_s));
    QVERIFY(catalog.isEditionSold(Site::International, u"Advanced"_s));
    QVERIFY(!catalog.isEditionSold(Site::China, u"Premium"_s));
}

void TestCatalog::forLocale()
{
    const LocalizedText text {u"China (Hangzhou)"_s, u"华东1（杭州）"_s};
    QCOMPARE(text.forLocale(u"zh_CN"_s), u"华东1（杭州）"_s);
    QCOMPARE(text.forLocale(u"en_US"_s), u"China (Hangzhou)"_s);
    QCOMPARE(text.forLocale(u"de_DE"_s), u"China (Hangzhou)"_s);
    QCOMPARE(text.forLocale(u"C"_s), u"China (Hangzhou)"_s);
}

void TestCatalog::builtInDocumentParses()
{
    // The editing helper itself must leave a valid document valid.
    QString error;
    QVERIFY(Catalog::fromJson(edited({u"version"_s}, 1), &error));
    QCOMPARE(error, QString());
}

void TestCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << QByteArray("{\"version\": ")
                              << u"The catalog is not valid JSON: unterminated object (at character 12)."_s;
    QTest::newRow("array") << QByteArray("[]") << u"The catalog must be a JSON object."_s;
    QTest::newRow("no format") << edited({u"format"_s}, kRemove)
                               << u"This is not an acr-purchase catalog: “format” must be “acr-purchase/catalog”."_s;
    QTest::newRow("version 2") << edited({u"version"_s}, 2)
                               << u"The catalog version 2 is not supported (this program reads version 1)."_s;
    QTest::newRow("version string") << edited({u"version"_s}, u"1"_s) << u"“version” must be a whole number."_s;
    QTest::newRow("unknown key") << edited({u"currency"_s}, u"CNY"_s) << u"“currency” is not a known key."_s;
    QTest::newRow("no productCode") << edited({u"productCode"_s}, kRemove) << u"“productCode” is missing."_s;
    QTest::newRow("empty productCode") << edited({u"productCode"_s}, u""_s) << u"“productCode” must not be empty."_s;
    QTest::newRow("sites not a list") << edited({u"sites"_s}, QJsonObject()) << u"“sites” must be a list."_s;
    QTest::newRow("site unknown id") << edited({u"sites"_s, 1, u"id"_s}, u"eu"_s)
                                     << u"“sites[1].id” must be “cn” or “intl”."_s;
    QTest::newRow("site twice") << edited({u"sites"_s, 1, u"id"_s}, u"cn"_s) << u"“sites[1].id” repeats the id “cn”."_s;
    QTest::newRow("site missing") << edited({u"sites"_s}, QJsonArray {builtInDocument()[u"sites"_s][0]})
                                  << u"“sites” must describe the sites “cn” and “intl”, once each."_s;
    QTest::newRow("site no endpoint") << edited({u"sites"_s, 0, u"endpoint"_s}, kRemove)
                                      << u"“sites[0].endpoint” is missing."_s;
    QTest::newRow("site unknown edition") << edited({u"sites"_s, 1, u"editions"_s, 1}, u"Premium"_s)
                                          << u"“sites[1].editions[1]” names an unknown edition “Premium”."_s;
    QTest::newRow("site edition number") << edited({u"sites"_s, 0, u"editions"_s, 0}, 3)
                                         << u"“sites[0].editions[0]” must be a string."_s;
    QTest::newRow("site no editions") << edited({u"sites"_s, 0, u"editions"_s}, QJsonArray())
                                      << u"“sites[0].editions” must not be empty."_s;
    QTest::newRow("edition no description")
        << edited({u"editions"_s, 2, u"description"_s}, kRemove) << u"“editions[2].description” is missing."_s;
    QTest::newRow("region without zh name")
        << edited({u"regions"_s, 3, u"name"_s, u"zh_CN"_s}, kRemove) << u"“regions[3].name.zh_CN” is missing."_s;
    QTest::newRow("region empty en name")
        << edited({u"regions"_s, 5, u"name"_s, u"en"_s}, u""_s) << u"“regions[5].name.en” must not be empty."_s;
    QTest::newRow("region name extra language")
        << edited({u"regions"_s, 0, u"name"_s, u"ja"_s}, u"青島"_s) << u"“regions[0].name.ja” is not a known key."_s;
    QTest::newRow("region not an object")
        << edited({u"regions"_s, 2}, u"cn-beijing"_s) << u"“regions[2]” must be an object."_s;
    QTest::newRow("region twice") << edited({u"regions"_s, 1, u"id"_s}, u"cn-qingdao"_s)
                                  << u"“regions[1].id” repeats the id “cn-qingdao”."_s;
    QTest::newRow("no regions") << edited({u"regions"_s}, QJsonArray()) << u"“regions” must not be empty."_s;
    QTest::newRow("unknown default scanner")
        << edited({u"defaultScanner"_s}, u"Trivy"_s) << u"“defaultScanner” names an unknown scanner “Trivy”."_s;
    QTest::newRow("fractional period") << edited({u"periods"_s, 0}, 1.5) << u"“periods[0]” must be a whole number."_s;
    QTest::newRow("period as string") << edited({u"periods"_s, 3}, u"4"_s) << u"“periods[3]” must be a whole number."_s;
    QTest::newRow("periods unsorted") << edited({u"periods"_s, 0}, 12)
                                      << u"“periods” must hold positive whole numbers in ascending order."_s;
    QTest::newRow("renew period zero") << edited({u"renewPeriods"_s, 0}, 0)
                                       << u"“renewPeriods” must hold positive whole numbers in ascending order."_s;
    QTest::newRow("no vpc quota") << edited({u"quotas"_s, u"vpc"_s}, kRemove) << u"“quotas.vpc” is missing."_s;
    QTest::newRow("zero step") << edited({u"quotas"_s, u"namespaces"_s, u"step"_s}, 0)
                               << u"“quotas.namespaces” must have 0 <= min <= max and a step of at least 1."_s;
    QTest::newRow("max below min") << edited({u"quotas"_s, u"repositories"_s, u"max"_s}, -1)
                                   << u"“quotas.repositories” must have 0 <= min <= max and a step of at least 1."_s;
    QTest::newRow("quota extra key") << edited({u"quotas"_s, u"vpc"_s, u"default"_s}, 0)
                                     << u"“quotas.vpc.default” is not a known key."_s;
}

void TestCatalog::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual = u"not set"_s;
    QVERIFY(!Catalog::fromJson(json, &actual));
    QCOMPARE(actual, error);
}

void TestCatalog::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    // QJsonDocument cannot write a duplicate: a marker value is set at the path, then replaced by
    // text that closes the value and gives its key again.
    const auto replaced = [](const QList<QVariant>& path, const QByteArray& text) {
        return edited(path, u"duplicate-marker"_s).replace("\"duplicate-marker\"", text);
    };
    QTest::newRow("top level") << replaced({u"productCode"_s}, R"("acr", "productCode": "acr")") << u"productCode"_s;
    QTest::newRow("array element") << replaced({u"regions"_s, 1, u"id"_s}, R"("cn-beijing", "id": "cn-beijing")")
                                   << u"regions[1].id"_s;
    QTest::newRow("object in array element")
        << replaced({u"regions"_s, 3, u"name"_s, u"en"_s}, R"("Somewhere", "en": "Elsewhere")")
        << u"regions[3].name.en"_s;
    QTest::newRow("array in array element")
        << replaced({u"sites"_s, 1, u"editions"_s, 0}, R"("Basic"], "editions": ["Basic")") << u"sites[1].editions"_s;
    QTest::newRow("nested object") << replaced({u"quotas"_s, u"vpc"_s, u"max"_s}, R"(3, "max": 3)")
                                   << u"quotas.vpc.max"_s;
}

void TestCatalog::duplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QString error;
    QVERIFY(!Catalog::fromJson(json, &error));
    QVERIFY2(error.contains(u'“' + path + u'”'), qPrintable(error));
    QVERIFY2(error.contains(u"more than once"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
