#include "core/Translations.h"
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

// The result for validOrder() changed by `edit`: the tests below each break one field.
template<typename Edit> ValidationResult validateEdited(Edit&& edit)
{
    OrderSpec order = validOrder();
    edit(order);
    return Validator().validate(order);
}

// Makes `locale` the UI language as the app does (default QLocale, then the translations).
void switchLanguage(const QLocale& locale)
{
    QLocale::setDefault(locale);
    installTranslations(locale);
}

// The columns and rows the instance and bucket names share (same rules but for the longest name):
// empty, the lengths around the limits, characters outside [a-z0-9-]. Returns the characters
// message, %1 for the character. `empty` is the message for no name, %1 and %2 for the lengths.
QString addNameRows(const QString& kind, int max, const QString& empty)
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    const QString characters
        = u"The %1 name may contain only lowercase letters, digits and hyphens (not “%2”)."_s.arg(kind);
    const QString length = u"The %1 name must be 3 to %2 characters long (it has %3)."_s.arg(kind).arg(max);
    QTest::newRow("empty") << QString() << empty.arg(3).arg(max);
    QTest::newRow("2 characters") << u"ab"_s << length.arg(2);
    QTest::newRow("3 characters") << u"abc"_s << QString();
    QTest::addRow("%d characters", max) << QString(max, u'a') << QString();
    QTest::addRow("%d characters", max + 1) << QString(max + 1, u'a') << length.arg(max + 1);
    QTest::newRow("upper case") << u"Name"_s << characters.arg(u"N"_s);
    QTest::newRow("underscore") << u"my_name"_s << characters.arg(u"_"_s);
    QTest::newRow("dot") << u"my.name"_s << characters.arg(u"."_s);
    QTest::newRow("non-ASCII") << u"仓库-name"_s << characters.arg(u"仓"_s);
    return characters;
}

const QString kPeriods = u"1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48 or 60"_s;
const QList<int> kOfferedPeriods {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60};

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void validOrderHasNoMessages();
    void everyFieldWrongAtOnce();
    void catalogNamesFollowTheLocale();
    void messagesFollowTheLanguageAfterValidation();
    void messagesAreData();
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

void TestValidator::cleanup()
{
    switchLanguage(QLocale::c());
}

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
    const QString message
        = validateEdited([](OrderSpec& order) { order.site = Site::International; }).message(OrderField::Edition);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(message, u"The 国际站 sells only 基础版 and 高级版."_s);
}

void TestValidator::messagesFollowTheLanguageAfterValidation()
{
    // A result validated in English and kept (as the wizard keeps the draft's) speaks Chinese once the
    // UI language is Chinese: the sentence, the list words and the catalog names, without validating
    // again. And back.
    switchLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    const ValidationResult result = validateEdited([](OrderSpec& order) {
        order.site = Site::International;
        order.instanceName = u"ab"_s;
        order.periodMonths = 10;
    });
    const QString edition = u"The International site sells only Basic and Advanced."_s;
    const QString name = u"The instance name must be 3 to 30 characters long (it has 2)."_s;
    const QString period = u"The subscription period must be %1 months (not 10)."_s.arg(kPeriods);
    QCOMPARE(result.message(OrderField::Edition), edition);
    QCOMPARE(result.message(OrderField::InstanceName), name);
    QCOMPARE(result.message(OrderField::Period), period);

    switchLanguage(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(result.message(OrderField::Edition), u"国际站只提供 基础版 和 高级版。"_s);
    QCOMPARE(result.message(OrderField::InstanceName), u"实例名称长度必须为 3 到 30 个字符（当前为 2 个）。"_s);
    QCOMPARE(result.message(OrderField::Period),
             QCoreApplication::translate("acrp::Validator", "The subscription period must be %1 months (not %2).")
                 .arg(u"1、2、3、4、5、6、7、8、9、12、24、36、48 或 60"_s)
                 .arg(10));
    QVERIFY(result.message(OrderField::Period) != period);

    switchLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(result.message(OrderField::Edition), edition);
    QCOMPARE(result.message(OrderField::InstanceName), name);
}

void TestValidator::messagesAreData()
{
    // What the rule and its arguments are, whatever the language; equal orders validate equal.
    const auto broken = [](OrderSpec& order) {
        order.instanceName = u"ab"_s;
        order.periodMonths = 10;
    };
    const ValidationResult result = validateEdited(broken);
    QVERIFY(result == validateEdited(broken));
    QVERIFY(!(result == validateEdited([](OrderSpec& order) { order.instanceName = u"abcd-"_s; })));
    QVERIFY(!result.problem(OrderField::Region));
    const ValidationMessage* name = result.problem(OrderField::InstanceName);
    QVERIFY(name);
    QVERIFY(name->id == ValidationMessage::Id::InstanceNameLength);
    QCOMPARE(name->numbers, (std::array<int, 4> {3, 30, 2, 0}));
    QVERIFY(Validator::instanceNameProblem(u"ab"_s) == *name);
    QCOMPARE(name->text(), result.message(OrderField::InstanceName));
    const ValidationMessage* period = result.problem(OrderField::Period);
    QVERIFY(period && period->id == ValidationMessage::Id::PeriodNotOffered);
    QCOMPARE(period->months, kOfferedPeriods);
    QCOMPARE(period->numbers.front(), 10);
    QVERIFY(!Validator::bucketNameProblem(u"my-bucket"_s));
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
    QTest::newRow("cn unknown") << Site::China << u"Premium"_s
                                << u"“Premium” is not an edition; the China site sells Basic, Standard and Advanced."_s;
    QTest::newRow("cn lower case")
        << Site::China << u"basic"_s
        << u"“basic” is not an edition; the China site sells Basic, Standard and Advanced."_s;
    QTest::newRow("intl unknown")
        << Site::International << u"Enterprise"_s
        << u"“Enterprise” is not an edition; the International site sells Basic and Advanced."_s;
}

void TestValidator::siteAndEdition()
{
    QFETCH(Site, site);
    QFETCH(QString, edition);
    QFETCH(QString, message);
    const ValidationResult result = validateEdited([&](OrderSpec& order) {
        order.site = site;
        order.edition = edition;
    });
    QCOMPARE(result.message(OrderField::Edition), message);
    QCOMPARE(result.isValid(), message.isEmpty());
}

void TestValidator::instanceName_data()
{
    const QString characters
        = addNameRows(u"instance"_s, 30, u"Enter an instance name: %1 to %2 lowercase letters, digits and hyphens."_s);
    const QString length = u"The instance name must be 3 to 30 characters long (it has %1)."_s;
    const QString hyphen = u"The instance name cannot start or end with a hyphen."_s;

    QTest::newRow("1 character") << u"a"_s << length.arg(1);
    QTest::newRow("digits only") << u"123"_s << QString();
    QTest::newRow("inner hyphens") << u"a--b-c"_s << QString();
    QTest::newRow("upper case inside") << u"myRegistry"_s << characters.arg(u"R"_s);
    QTest::newRow("space") << u"my registry"_s << characters.arg(u" "_s);
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
                             << u"“cn-atlantis” is not a known region; use a region id such as cn-qingdao."_s;
    QTest::newRow("display name") << u"China (Hangzhou)"_s
                                  << u"“China (Hangzhou)” is not a known region; use a region id such as cn-qingdao."_s;
    QTest::newRow("upper case") << u"CN-HANGZHOU"_s
                                << u"“CN-HANGZHOU” is not a known region; use a region id such as cn-qingdao."_s;
}

void TestValidator::region()
{
    QFETCH(QString, region);
    QFETCH(QString, message);
    QCOMPARE(validateEdited([&](OrderSpec& order) { order.region = region; }).message(OrderField::Region), message);
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
        << u"The bucket name may contain only lowercase letters, digits and hyphens (not “M”)."_s;
}

void TestValidator::bucket()
{
    QFETCH(bool, defaultBucket);
    QFETCH(QString, customBucket);
    QFETCH(QString, message);
    const ValidationResult result = validateEdited([&](OrderSpec& order) {
        order.defaultBucket = defaultBucket;
        order.customBucket = customBucket;
    });
    QCOMPARE(result.message(OrderField::CustomBucket), message);
    QVERIFY(result.isValid(OrderField::DefaultBucket));
}

void TestValidator::bucketName_data()
{
    addNameRows(u"bucket"_s, 63, u"Enter a bucket name: %1 to %2 lowercase letters, digits and hyphens."_s);
    const QString ends = u"The bucket name must start and end with a lowercase letter or a digit."_s;

    QTest::newRow("digits") << u"2024-images-01"_s << QString();
    QTest::newRow("leading hyphen") << u"-bucket"_s << ends;
    QTest::newRow("trailing hyphen") << u"bucket-"_s << ends;
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
    QTest::newRow("lower case") << u"acr"_s << u"The image scanner must be ACR or SAS (not “acr”)."_s;
    QTest::newRow("unknown") << u"Trivy"_s << u"The image scanner must be ACR or SAS (not “Trivy”)."_s;
}

void TestValidator::scanner()
{
    QFETCH(QString, scanner);
    QFETCH(QString, message);
    QCOMPARE(validateEdited([&](OrderSpec& order) { order.imageScanner = scanner; }).message(OrderField::ImageScanner),
             message);
}

void TestValidator::quotas_data()
{
    QTest::addColumn<OrderField>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("message");

    // Rows "<name> <value>": the valid values without a message, the others with `wrong` quoting them.
    const auto addRows = [](const char* name, OrderField field, const QString& wrong, std::initializer_list<int> valid,
                            std::initializer_list<int> invalid) {
        for (const int value : valid)
            QTest::addRow("%s %d", name, value) << field << value << QString();
        for (const int value : invalid)
            QTest::addRow("%s %d", name, value) << field << value << wrong.arg(value);
    };
    addRows("namespaces", OrderField::ExtraNamespaces,
            u"Extra namespaces must be a multiple of 5 from 0 to 100000 (not %1)."_s, {0, 5, 10, 99995, 100000},
            {-5, -1, 1, 4, 6, 99999, 100001, 100005});
    addRows("repositories", OrderField::ExtraRepositories,
            u"Extra repositories must be a multiple of 1000 from 0 to 1000000 (not %1)."_s, {0, 1000, 999000, 1000000},
            {-1000, 1, 500, 999, 1001, 999999, 1000001, 1001000});
    addRows("vpc", OrderField::VpcQuota, u"The VPC quota must be from 0 to 100 (not %1)."_s, {0, 1, 37, 99, 100},
            {-1, 101});
}

void TestValidator::quotas()
{
    QFETCH(OrderField, field);
    QFETCH(int, value);
    QFETCH(QString, message);
    const ValidationResult result = validateEdited([&](OrderSpec& order) {
        int& quota = field == OrderField::ExtraNamespaces ? order.extraNamespaces
            : field == OrderField::ExtraRepositories      ? order.extraRepositories
                                                          : order.vpcQuota;
        quota = value;
    });
    QCOMPARE(result.message(field), message);
    QCOMPARE(result.invalidFields().size(), message.isEmpty() ? 0 : 1);
}

void TestValidator::period_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("message");

    for (const int months : kOfferedPeriods)
        QTest::addRow("%d", months) << months << QString();
    const QString wrong = u"The subscription period must be %1 months (not %2)."_s;
    for (const int months : {-12, 0, 10, 11, 13, 18, 72})
        QTest::addRow("%d", months) << months << wrong.arg(kPeriods).arg(months);
}

void TestValidator::period()
{
    QFETCH(int, months);
    QFETCH(QString, message);
    QCOMPARE(validateEdited([&](OrderSpec& order) { order.periodMonths = months; }).message(OrderField::Period),
             message);
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
    for (const int months : kOfferedPeriods)
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
    const ValidationResult result = validateEdited([&](OrderSpec& order) {
        order.autoRenewal = autoRenewal;
        order.renewPeriodMonths = renewMonths;
    });
    QCOMPARE(result.message(OrderField::RenewPeriod), message);
    QVERIFY(result.isValid(OrderField::RenewalStatus));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
