#include "core/order/Validator.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace acrp;

namespace {

OrderSpec validOrder()
{
    OrderSpec order;
    order.site = Site::China;
    order.edition = u"Standard"_s;
    order.instanceName = u"team-registry"_s;
    order.region = u"cn-hangzhou"_s;
    return order;
}

const QString kPeriods = u"1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48 or 60"_s;

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void validOrderHasNoMessages();
    void everyFieldWrongAtOnce();
    void catalogNamesFollowTheLocale();
    void siteAndEdition_data();
    void siteAndEdition();
    void instanceName_data();
    void instanceName();
    void region_data();
    void region();
    void bucket_data();
    void bucket();
    void bucketName_data();
    void bucketName();
    void scanner_data();
    void scanner();
    void quotas_data();
    void quotas();
    void period_data();
    void period();
    void renewal_data();
    void renewal();
};

void TestValidator::validOrderHasNoMessages()
{
    const ValidationResult result = Validator().validate(validOrder());
    QVERIFY(result.isValid());
    QVERIFY(result.messages().isEmpty());
    QVERIFY(result.invalidFields().isEmpty());
    for (const OrderField field : allOrderFields()) {
        QVERIFY(result.isValid(field));
        QCOMPARE(result.message(field), QString());
    }

    // Everything optional used, still valid.
    OrderSpec full = validOrder();
    full.site = Site::International;
    full.edition = u"Advanced"_s;
    full.region = u"ap-southeast-1"_s;
    full.defaultBucket = false;
    full.customBucket = u"my-bucket-01"_s;
    full.imageScanner = u"SAS"_s;
    full.extraNamespaces = 100000;
    full.extraRepositories = 1000000;
    full.vpcQuota = 100;
    full.periodMonths = 60;
    full.autoRenewal = true;
    full.renewPeriodMonths = 12;
    QVERIFY(Validator().validate(full).isValid());
}

void TestValidator::everyFieldWrongAtOnce()
{
    OrderSpec order;
    order.site = Site::International;
    order.edition = u"Standard"_s;
    order.instanceName = u"A"_s;
    order.region = u"mars-1"_s;
    order.defaultBucket = false;
    order.imageScanner = u"Clair"_s;
    order.extraNamespaces = 3;
    order.extraRepositories = 10;
    order.vpcQuota = -1;
    order.periodMonths = 10;
    order.renewPeriodMonths = 12;
    const ValidationResult result = Validator().validate(order);
    QVERIFY(!result.isValid());
    // In the wizard's order; the site, bucket choice and renewal status cannot be wrong by themselves.
    QCOMPARE(
        result.invalidFields(),
        QList<OrderField>({OrderField::Edition, OrderField::InstanceName, OrderField::Region, OrderField::CustomBucket,
                           OrderField::ImageScanner, OrderField::ExtraNamespaces, OrderField::ExtraRepositories,
                           OrderField::VpcQuota, OrderField::Period, OrderField::RenewPeriod}));
    QVERIFY(result.isValid(OrderField::Site));
    QCOMPARE(result.message(OrderField::Edition), u"The International site sells only Basic and Advanced."_s);
}

void TestValidator::catalogNamesFollowTheLocale()
{
    // The sentence comes from the translation (none installed here); the site and edition names
    // come from the catalog in the default locale's language, as the UI sets it.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    OrderSpec order = validOrder();
    order.site = Site::International;
    const QString message = Validator().validate(order).message(OrderField::Edition);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(message, u"The 国际站 sells only 基础版 and 高级版."_s);
}

void TestValidator::siteAndEdition_data()
{
    QTest::addColumn<Site>("site");
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QString>("message");

    QTest::newRow("cn Basic") << Site::China << u"Basic"_s << QString();
    QTest::newRow("cn Standard") << Site::China << u"Standard"_s << QString();
    QTest::newRow("cn Advanced") << Site::China << u"Advanced"_s << QString();
    QTest::newRow("intl Basic") << Site::International << u"Basic"_s << QString();
    QTest::newRow("intl Advanced") << Site::International << u"Advanced"_s << QString();
    QTest::newRow("intl Standard") << Site::International << u"Standard"_s
                                   << u"The International site sells only Basic and Advanced."_s;
    QTest::newRow("cn empty") << Site::China << QString() << u"Choose an edition: Basic, Standard or Advanced."_s;
    QTest::newRow("intl empty") << Site::International << QString() << u"Choose an edition: Basic or Advanced."_s;
    QTest::newRow("cn unknown")
        << Site::China << u"Premium"_s
        << u"\"Premium\" is not an edition; the China site sells Basic, Standard and Advanced."_s;
    QTest::newRow("cn lower case")
        << Site::China << u"basic"_s
        << u"\"basic\" is not an edition; the China site sells Basic, Standard and Advanced."_s;
    QTest::newRow("intl unknown")
        << Site::International << u"Enterprise"_s
        << u"\"Enterprise\" is not an edition; the International site sells Basic and Advanced."_s;
}

void TestValidator::siteAndEdition()
{
    QFETCH(Site, site);
    QFETCH(QString, edition);
    QFETCH(QString, message);
    OrderSpec order = validOrder();
    order.site = site;
    order.edition = edition;
    const ValidationResult result = Validator().validate(order);
    QCOMPARE(result.message(OrderField::Edition), message);
    QCOMPARE(result.isValid(), message.isEmpty());
}

void TestValidator::instanceName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    const QString characters
        = u"The instance name may contain only lowercase letters, digits and hyphens (not \"%1\")."_s;
    const QString length = u"The instance name must be 3 to 30 characters long (it has %1)."_s;
    const QString hyphen = u"The instance name cannot start or end with a hyphen."_s;

    QTest::newRow("empty") << QString() << u"Enter an instance name: 3 to 30 lowercase letters, digits and hyphens."_s;
    QTest::newRow("1 character") << u"a"_s << length.arg(1);
    QTest::newRow("2 characters") << u"ab"_s << length.arg(2);
    QTest::newRow("3 characters") << u"abc"_s << QString();
    QTest::newRow("30 characters") << QString(30, u'a') << QString();
    QTest::newRow("31 characters") << QString(31, u'a') << length.arg(31);
    QTest::newRow("digits only") << u"123"_s << QString();
    QTest::newRow("inner hyphens") << u"a--b-c"_s << QString();
    QTest::newRow("upper case") << u"Registry"_s << characters.arg(u"R"_s);
    QTest::newRow("upper case inside") << u"myRegistry"_s << characters.arg(u"R"_s);
    QTest::newRow("underscore") << u"my_registry"_s << characters.arg(u"_"_s);
    QTest::newRow("dot") << u"my.registry"_s << characters.arg(u"."_s);
    QTest::newRow("space") << u"my registry"_s << characters.arg(u" "_s);
    QTest::newRow("non-ASCII Chinese") << u"仓库-registry"_s << characters.arg(u"仓"_s);
    QTest::newRow("non-ASCII accent") << u"café"_s << characters.arg(u"é"_s);
    QTest::newRow("non-ASCII outside BMP") << u"reg\U0001F600"_s << characters.arg(u"\U0001F600"_s);
    QTest::newRow("leading hyphen") << u"-registry"_s << hyphen;
    QTest::newRow("trailing hyphen") << u"registry-"_s << hyphen;
    QTest::newRow("only hyphens") << u"---"_s << hyphen;
    // The first broken rule wins: characters, then length, then hyphens.
    QTest::newRow("short and upper case") << u"AB"_s << characters.arg(u"A"_s);
    QTest::newRow("short with hyphen") << u"a-"_s << length.arg(2);
    QTest::newRow("long with hyphen") << u"-"_s + QString(30, u'a') << length.arg(31);
}

void TestValidator::instanceName()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const Validator validator;
    QCOMPARE(validator.checkInstanceName(name), message);

    OrderSpec order = validOrder();
    order.instanceName = name;
    const ValidationResult result = validator.validate(order);
    QCOMPARE(result.message(OrderField::InstanceName), message);
    QCOMPARE(result.invalidFields().size(), message.isEmpty() ? 0 : 1);
}

void TestValidator::region_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("message");

    QTest::newRow("cn-hangzhou") << u"cn-hangzhou"_s << QString();
    QTest::newRow("me-east-1") << u"me-east-1"_s << QString();
    QTest::newRow("empty") << QString() << u"Choose a region."_s;
    QTest::newRow("unknown") << u"cn-atlantis"_s
                             << u"\"cn-atlantis\" is not a known region; use a region id such as cn-qingdao."_s;
    QTest::newRow("display name")
        << u"China (Hangzhou)"_s
        << u"\"China (Hangzhou)\" is not a known region; use a region id such as cn-qingdao."_s;
    QTest::newRow("upper case") << u"CN-HANGZHOU"_s
                                << u"\"CN-HANGZHOU\" is not a known region; use a region id such as cn-qingdao."_s;
}

void TestValidator::region()
{
    QFETCH(QString, region);
    QFETCH(QString, message);
    OrderSpec order = validOrder();
    order.region = region;
    QCOMPARE(Validator().validate(order).message(OrderField::Region), message);
}

void TestValidator::bucket_data()
{
    QTest::addColumn<bool>("defaultBucket");
    QTest::addColumn<QString>("customBucket");
    QTest::addColumn<QString>("message");

    QTest::newRow("default, no name") << true << QString() << QString();
    QTest::newRow("default with a name")
        << true << u"my-bucket"_s << u"Leave the bucket name empty when the instance uses the default OSS bucket."_s;
    QTest::newRow("custom with a name") << false << u"my-bucket"_s << QString();
    QTest::newRow("custom without a name")
        << false << QString() << u"Enter the name of your OSS bucket, or use the default bucket."_s;
    QTest::newRow("custom with a bad name")
        << false << u"My-Bucket"_s
        << u"The bucket name may contain only lowercase letters, digits and hyphens (not \"M\")."_s;
}

void TestValidator::bucket()
{
    QFETCH(bool, defaultBucket);
    QFETCH(QString, customBucket);
    QFETCH(QString, message);
    OrderSpec order = validOrder();
    order.defaultBucket = defaultBucket;
    order.customBucket = customBucket;
    const ValidationResult result = Validator().validate(order);
    QCOMPARE(result.message(OrderField::CustomBucket), message);
    QVERIFY(result.isValid(OrderField::DefaultBucket));
}

void TestValidator::bucketName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    const QString characters
        = u"The bucket name may contain only lowercase letters, digits and hyphens (not \"%1\")."_s;
    const QString length = u"The bucket name must be 3 to 63 characters long (it has %1)."_s;
    const QString ends = u"The bucket name must start and end with a lowercase letter or a digit."_s;

    QTest::newRow("empty") << QString() << u"Enter a bucket name: 3 to 63 lowercase letters, digits and hyphens."_s;
    QTest::newRow("2 characters") << u"ab"_s << length.arg(2);
    QTest::newRow("3 characters") << u"abc"_s << QString();
    QTest::newRow("63 characters") << QString(63, u'b') << QString();
    QTest::newRow("64 characters") << QString(64, u'b') << length.arg(64);
    QTest::newRow("digits") << u"2024-images-01"_s << QString();
    QTest::newRow("leading hyphen") << u"-bucket"_s << ends;
    QTest::newRow("trailing hyphen") << u"bucket-"_s << ends;
    QTest::newRow("upper case") << u"Bucket"_s << characters.arg(u"B"_s);
    QTest::newRow("underscore") << u"my_bucket"_s << characters.arg(u"_"_s);
    QTest::newRow("dot") << u"my.bucket"_s << characters.arg(u"."_s);
    QTest::newRow("non-ASCII") << u"桶-bucket"_s << characters.arg(u"桶"_s);
}

void TestValidator::bucketName()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const Validator validator;
    QCOMPARE(validator.checkBucketName(name), message);

    if (!name.isEmpty()) { // an empty custom bucket has its own cross-field message
        OrderSpec order = validOrder();
        order.defaultBucket = false;
        order.customBucket = name;
        QCOMPARE(validator.validate(order).message(OrderField::CustomBucket), message);
    }
}

void TestValidator::scanner_data()
{
    QTest::addColumn<QString>("scanner");
    QTest::addColumn<QString>("message");

    QTest::newRow("ACR") << u"ACR"_s << QString();
    QTest::newRow("SAS") << u"SAS"_s << QString();
    QTest::newRow("empty") << QString() << u"Choose an image scanner: ACR or SAS."_s;
    QTest::newRow("lower case") << u"acr"_s << u"The image scanner must be ACR or SAS (not \"acr\")."_s;
    QTest::newRow("unknown") << u"Trivy"_s << u"The image scanner must be ACR or SAS (not \"Trivy\")."_s;
}

void TestValidator::scanner()
{
    QFETCH(QString, scanner);
    QFETCH(QString, message);
    OrderSpec order = validOrder();
    order.imageScanner = scanner;
    QCOMPARE(Validator().validate(order).message(OrderField::ImageScanner), message);
}

void TestValidator::quotas_data()
{
    QTest::addColumn<OrderField>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("message");

    const QString ns = u"Extra namespaces must be a multiple of 5 from 0 to 100000 (not %1)."_s;
    const OrderField n = OrderField::ExtraNamespaces;
    QTest::newRow("namespaces 0") << n << 0 << QString();
    QTest::newRow("namespaces 5") << n << 5 << QString();
    QTest::newRow("namespaces 10") << n << 10 << QString();
    QTest::newRow("namespaces 99995") << n << 99995 << QString();
    QTest::newRow("namespaces 100000") << n << 100000 << QString();
    QTest::newRow("namespaces -5") << n << -5 << ns.arg(-5);
    QTest::newRow("namespaces -1") << n << -1 << ns.arg(-1);
    QTest::newRow("namespaces 1") << n << 1 << ns.arg(1);
    QTest::newRow("namespaces 4") << n << 4 << ns.arg(4);
    QTest::newRow("namespaces 6") << n << 6 << ns.arg(6);
    QTest::newRow("namespaces 99999") << n << 99999 << ns.arg(99999);
    QTest::newRow("namespaces 100001") << n << 100001 << ns.arg(100001);
    QTest::newRow("namespaces 100005") << n << 100005 << ns.arg(100005);

    const QString repos = u"Extra repositories must be a multiple of 1000 from 0 to 1000000 (not %1)."_s;
    const OrderField r = OrderField::ExtraRepositories;
    QTest::newRow("repositories 0") << r << 0 << QString();
    QTest::newRow("repositories 1000") << r << 1000 << QString();
    QTest::newRow("repositories 999000") << r << 999000 << QString();
    QTest::newRow("repositories 1000000") << r << 1000000 << QString();
    QTest::newRow("repositories -1000") << r << -1000 << repos.arg(-1000);
    QTest::newRow("repositories 1") << r << 1 << repos.arg(1);
    QTest::newRow("repositories 500") << r << 500 << repos.arg(500);
    QTest::newRow("repositories 999") << r << 999 << repos.arg(999);
    QTest::newRow("repositories 1001") << r << 1001 << repos.arg(1001);
    QTest::newRow("repositories 999999") << r << 999999 << repos.arg(999999);
    QTest::newRow("repositories 1000001") << r << 1000001 << repos.arg(1000001);
    QTest::newRow("repositories 1001000") << r << 1001000 << repos.arg(1001000);

    const QString vpc = u"The VPC quota must be from 0 to 100 (not %1)."_s;
    const OrderField v = OrderField::VpcQuota;
    QTest::newRow("vpc 0") << v << 0 << QString();
    QTest::newRow("vpc 1") << v << 1 << QString();
    QTest::newRow("vpc 37") << v << 37 << QString();
    QTest::newRow("vpc 99") << v << 99 << QString();
    QTest::newRow("vpc 100") << v << 100 << QString();
    QTest::newRow("vpc -1") << v << -1 << vpc.arg(-1);
    QTest::newRow("vpc 101") << v << 101 << vpc.arg(101);
}

void TestValidator::quotas()
{
    QFETCH(OrderField, field);
    QFETCH(int, value);
    QFETCH(QString, message);
    OrderSpec order = validOrder();
    if (field == OrderField::ExtraNamespaces)
        order.extraNamespaces = value;
    else if (field == OrderField::ExtraRepositories)
        order.extraRepositories = value;
    else
        order.vpcQuota = value;
    const ValidationResult result = Validator().validate(order);
    QCOMPARE(result.message(field), message);
    QCOMPARE(result.invalidFields().size(), message.isEmpty() ? 0 : 1);
}

void TestValidator::period_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("message");

    for (const int months : {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60})
        QTest::addRow("%d", months) << months << QString();
    const QString wrong = u"The subscription period must be %1 months (not %2)."_s;
    for (const int months : {-12, 0, 10, 11, 13, 18, 72})
        QTest::addRow("%d", months) << months << wrong.arg(kPeriods).arg(months);
}

void TestValidator::period()
{
    QFETCH(int, months);
    QFETCH(QString, message);
    OrderSpec order = validOrder();
    order.periodMonths = months;
    QCOMPARE(Validator().validate(order).message(OrderField::Period), message);
}

void TestValidator::renewal_data()
{
    QTest::addColumn<bool>("autoRenewal");
    QTest::addColumn<int>("renewMonths");
    QTest::addColumn<QString>("message");

    QTest::newRow("manual, none") << false << 0 << QString();
    QTest::newRow("manual, 12") << false << 12
                                << u"The renewal period must be empty when renewal is manual (it is 12)."_s;
    QTest::newRow("manual, -1") << false << -1
                                << u"The renewal period must be empty when renewal is manual (it is -1)."_s;
    QTest::newRow("auto, none") << true << 0
                                << u"Choose a renewal period for automatic renewal: %1 months."_s.arg(kPeriods);
    for (const int months : {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60})
        QTest::addRow("auto, %d", months) << true << months << QString();
    const QString wrong = u"The renewal period must be %1 months (not %2)."_s;
    for (const int months : {-1, 10, 11, 13, 72})
        QTest::addRow("auto, %d", months) << true << months << wrong.arg(kPeriods).arg(months);
}

void TestValidator::renewal()
{
    QFETCH(bool, autoRenewal);
    QFETCH(int, renewMonths);
    QFETCH(QString, message);
    OrderSpec order = validOrder();
    order.autoRenewal = autoRenewal;
    order.renewPeriodMonths = renewMonths;
    const ValidationResult result = Validator().validate(order);
    QCOMPARE(result.message(OrderField::RenewPeriod), message);
    QVERIFY(result.isValid(OrderField::RenewalStatus));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
