// InfraExport and InfraExportService (issue 18, part 1): the goldens byte for byte, the same bytes
// twice and in another language, HCL string escaping and identifiers, the ROS template read back
// with QJsonDocument (documented property names only, values equal to the order, what ROS cannot
// say listed), and the service's rules over journal rows, order files and the written file.
#include "ExportCases.h"
#include "TestSupport.h"
#include "core/Translations.h"
#include "core/app/InfraExportService.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp;

Q_DECLARE_METATYPE(acrp::JournalEntry)

namespace {

QByteArray golden(const QString& name)
{
    return test::readFile(QStringLiteral(ACRP_EXPORT_GOLDEN_DIR "/") + name).value_or(QByteArray());
}

OrderSpec validOrder()
{
    OrderSpec order = test::exportCases().constFirst().input.order;
    return order;
}

JournalEntry row(OrderState state)
{
    JournalEntry entry;
    entry.id = 42;
    entry.profile = QStringLiteral("work");
    entry.order = validOrder();
    entry.site = entry.order.site;
    entry.state = state;
    entry.createdAt = QDateTime(QDate(2026, 5, 4), QTime(23, 30), Qt::UTC);
    return entry;
}

} // namespace

class TestInfraExport : public QObject
{
    Q_OBJECT

private slots:
    void goldens_data();
    void goldens();
    void sameBytesEveryTime();
    void hclQuoting_data();
    void hclQuoting();
    void identifiers_data();
    void identifiers();
    void formatIds();
    void terraformHasNoCredentials();
    void terraformBoughtHeaderAndImport();
    void rosTemplates_data();
    void rosTemplates();
    void serviceRefusesRowsItMayNotExport_data();
    void serviceRefusesRowsItMayNotExport();
    void serviceExportsRows();
    void serviceRefusesInvalidOrders();
    void serviceOrderFiles();
    void serviceWritesAtomically();
    void serviceUnknownRow();
};

void TestInfraExport::goldens_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("generated");
    for (const test::ExportCase& item : test::exportCases()) {
        QTest::newRow(qPrintable(item.name + QStringLiteral(".tf")))
            << item.name + QStringLiteral(".tf") << terraformConfiguration(item.input);
        QTest::newRow(qPrintable(item.name + QStringLiteral(".ros.json")))
            << item.name + QStringLiteral(".ros.json") << acrp::rosTemplate(item.input);
    }
}

void TestInfraExport::goldens()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, generated);
    const QByteArray expected = golden(file);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("golden file %1 is missing").arg(file)));
    QCOMPARE(generated, expected);
}

void TestInfraExport::sameBytesEveryTime()
{
    for (const test::ExportCase& item : test::exportCases()) {
        for (const InfraFormat format : {InfraFormat::Terraform, InfraFormat::Ros}) {
            const QByteArray first = infraExport(item.input, format);
            QCOMPARE(infraExport(item.input, format), first);
            // Another language and locale change nothing in the file.
            const QLocale before;
            QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
            installTranslations(QLocale(QStringLiteral("zh_CN")));
            const QByteArray chinese = infraExport(item.input, format);
            QLocale::setDefault(before);
            installTranslations(QLocale(QStringLiteral("en")));
            QCOMPARE(chinese, first);
        }
    }
}

void TestInfraExport::hclQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("team-registry") << QStringLiteral("\"team-registry\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
    QTest::newRow("interpolation") << QStringLiteral("${var.x}") << QStringLiteral("\"$${var.x}\"");
    QTest::newRow("directive") << QStringLiteral("%{ if x }") << QStringLiteral("\"%%{ if x }\"");
    QTest::newRow("dollar alone") << QStringLiteral("a$b%c$") << QStringLiteral("\"a$b%c$\"");
    QTest::newRow("line break") << QStringLiteral("a\nb\r\tc") << QStringLiteral("\"a\\nb\\r\\tc\"");
    QTest::newRow("control") << QString(QChar(0x01)) << QStringLiteral("\"\\u0001\"");
    QTest::newRow("unicode") << QStringLiteral("镜像") << QStringLiteral("\"镜像\"");
}

void TestInfraExport::hclQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(hclQuoted(text), quoted);
}

void TestInfraExport::identifiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hcl");
    QTest::addColumn<QString>("ros");
    QTest::newRow("dashes") << QStringLiteral("team-registry") << QStringLiteral("team_registry")
                            << QStringLiteral("TeamRegistry");
    QTest::newRow("digit first") << QStringLiteral("9lives") << QStringLiteral("registry_9lives")
                                 << QStringLiteral("Registry9lives");
    QTest::newRow("empty") << QString() << QStringLiteral("registry") << QStringLiteral("Registry");
    QTest::newRow("only symbols") << QStringLiteral("--") << QStringLiteral("registry") << QStringLiteral("Registry");
    QTest::newRow("non-ascii") << QStringLiteral("镜像-ci") << QStringLiteral("ci") << QStringLiteral("Ci");
    QTest::newRow("quotes") << QStringLiteral("a\"b${c}") << QStringLiteral("a_b_c") << QStringLiteral("ABC");
}

void TestInfraExport::identifiers()
{
    QFETCH(QString, name);
    QFETCH(QString, hcl);
    QFETCH(QString, ros);
    QCOMPARE(hclIdentifier(name), hcl);
    QCOMPARE(rosLogicalId(name), ros);
}

void TestInfraExport::formatIds()
{
    InfraFormat format = InfraFormat::Ros;
    QVERIFY(infraFormatFromId(QStringLiteral("Terraform"), &format));
    QCOMPARE(format, InfraFormat::Terraform);
    QVERIFY(infraFormatFromId(QStringLiteral("ros"), &format));
    QCOMPARE(format, InfraFormat::Ros);
    for (const QString& bad : {QStringLiteral("tf"), QString(), QStringLiteral("hcl")})
        QVERIFY(!infraFormatFromId(bad, &format));
    QCOMPARE(infraFormatSuffix(InfraFormat::Terraform), QStringLiteral("tf"));
    QCOMPARE(infraFormatSuffix(InfraFormat::Ros), QStringLiteral("json"));
}

void TestInfraExport::terraformHasNoCredentials()
{
    for (const test::ExportCase& item : test::exportCases()) {
        const QString text = QString::fromUtf8(terraformConfiguration(item.input));
        for (const QString& argument : {QStringLiteral("access_key"), QStringLiteral("secret_key"),
                                        QStringLiteral("security_token"), QStringLiteral("password")})
            QVERIFY2(!text.contains(argument), qPrintable(argument));
        QVERIFY(text.contains(QStringLiteral("provider \"alicloud\" {\n")));
        QVERIFY(text.contains(QStringLiteral("  region = \"%1\"\n").arg(item.input.order.region)));
    }
}

void TestInfraExport::terraformBoughtHeaderAndImport()
{
    for (const test::ExportCase& item : test::exportCases()) {
        const QString text = QString::fromUtf8(terraformConfiguration(item.input));
        const QString label = hclIdentifier(item.input.order.instanceName);
        if (!item.input.isBought()) {
            QVERIFY(!text.contains(QStringLiteral("import {")));
            QVERIFY(text.startsWith(QStringLiteral("# ")));
            QVERIFY(text.contains(QStringLiteral("# NOT BOUGHT: `terraform apply` buys this subscription")));
            continue;
        }
        QVERIFY(text.contains(QStringLiteral("import {\n  to = alicloud_cr_ee_instance.%1\n  id = \"%2\"\n}\n")
                                  .arg(label, item.input.instanceId)));
        // The warning is at the top, before any block.
        const qsizetype warning = text.indexOf(
            QStringLiteral("# ALREADY BOUGHT: this instance was already bought on %1 "
                           "(OrderId %2) as %3.")
                .arg(item.input.boughtOn.toString(Qt::ISODate), item.input.orderId, item.input.instanceId));
        QVERIFY(warning > 0);
        QVERIFY(warning < text.indexOf(QStringLiteral("terraform {")));
        QVERIFY(text.contains(QStringLiteral("Do not remove the import block before the first")));
    }
}

void TestInfraExport::rosTemplates_data()
{
    QTest::addColumn<int>("index");
    const QList<test::ExportCase> cases = test::exportCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases.at(i).name)) << i;
}

void TestInfraExport::rosTemplates()
{
    QFETCH(int, index);
    const InfraExportInput input = test::exportCases().at(index).input;
    const OrderSpec& order = input.order;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(acrp::rosTemplate(input), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QLatin1String("ROSTemplateFormatVersion")).toString(), QStringLiteral("2015-09-01"));
    const QJsonObject resources = root.value(QLatin1String("Resources")).toObject();
    QCOMPARE(resources.size(), 1);
    const QJsonObject resource = resources.value(rosLogicalId(order.instanceName)).toObject();
    QCOMPARE(resource.value(QLatin1String("Type")).toString(), QStringLiteral("ALIYUN::CR::Instance"));
    const QJsonObject properties = resource.value(QLatin1String("Properties")).toObject();
    for (const QString& key : properties.keys())
        QVERIFY2(rosInstanceProperties().contains(key), qPrintable(key + QStringLiteral(" is not documented")));
    QCOMPARE(properties.value(QLatin1String("InstanceType")).toString(), order.edition);
    QCOMPARE(properties.value(QLatin1String("InstanceName")).toString(), order.instanceName);
    QCOMPARE(properties.value(QLatin1String("Period")).toInt(), order.periodMonths);
    QCOMPARE(properties.value(QLatin1String("RenewalStatus")).toString(),
             order.autoRenewal ? QStringLiteral("AutoRenewal") : QStringLiteral("ManualRenewal"));
    QCOMPARE(properties.contains(QLatin1String("RenewPeriod")), order.autoRenewal);
    if (order.autoRenewal)
        QCOMPARE(properties.value(QLatin1String("RenewPeriod")).toInt(), order.renewPeriodMonths);
    QCOMPARE(properties.value(QLatin1String("InstanceStorageName")).toString(),
             order.defaultBucket ? QString() : order.customBucket);
    QCOMPARE(properties.value(QLatin1String("ImageScanner")).toString(), order.imageScanner);

    // What ROS has no property for is said, in the Description and in the Metadata.
    const QString description = root.value(QLatin1String("Description")).toString();
    const QJsonObject metadata
        = root.value(QLatin1String("Metadata")).toObject().value(QLatin1String("acr-purchase")).toObject();
    const QJsonArray notInTemplate = metadata.value(QLatin1String("notInTemplate")).toArray();
    QCOMPARE(metadata.value(QLatin1String("region")).toString(), order.region);
    QCOMPARE(metadata.value(QLatin1String("site")).toString(), siteId(order.site));
    const QStringList expected {
        QStringLiteral("site: "),
        QStringLiteral("region: %1.").arg(order.region),
        QStringLiteral("extraNamespaces: %1.").arg(order.extraNamespaces),
        QStringLiteral("extraRepositories: %1.").arg(order.extraRepositories),
        QStringLiteral("vpcQuota: %1.").arg(order.vpcQuota),
    };
    for (const QString& start : expected) {
        QVERIFY2(description.contains(start), qPrintable(start));
        bool listed = false;
        for (const QJsonValue& line : notInTemplate)
            listed = listed || line.toString().startsWith(start);
        QVERIFY2(listed, qPrintable(start));
    }
    const QJsonObject bought = metadata.value(QLatin1String("alreadyBought")).toObject();
    QCOMPARE(bought.value(QLatin1String("instanceId")).toString(), input.instanceId);
    QCOMPARE(resource.value(QLatin1String("DeletionPolicy")).toString(),
             input.isBought() ? QStringLiteral("Retain") : QString());
    QCOMPARE(description.contains(QStringLiteral("ALREADY BOUGHT")), input.isBought());
}

void TestInfraExport::serviceRefusesRowsItMayNotExport_data()
{
    QTest::addColumn<JournalEntry>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("sending") << row(OrderState::Sending) << QStringLiteral("Resume it first");
    QTest::newRow("unknown") << row(OrderState::Unknown) << QStringLiteral("Resume it first");
    JournalEntry renewal = row(OrderState::Succeeded);
    renewal.kind = OrderKind::Renew;
    renewal.instanceId = QStringLiteral("cri-renewed");
    QTest::newRow("renewal") << renewal << QStringLiteral("is a renewal of cri-renewed");
    QTest::newRow("paid without instance")
        << row(OrderState::Succeeded) << QStringLiteral("its InstanceId is not known yet");
}

void TestInfraExport::serviceRefusesRowsItMayNotExport()
{
    QFETCH(JournalEntry, entry);
    QFETCH(QString, reason);
    for (const InfraFormat format : {InfraFormat::Terraform, InfraFormat::Ros}) {
        const InfraExportResult result = InfraExportService::fromEntry(entry, format);
        QCOMPARE(result.problem, InfraExportResult::Problem::NotExportable);
        QVERIFY2(result.message.contains(reason), qPrintable(result.message));
        QVERIFY(result.text.isEmpty());
    }
}

void TestInfraExport::serviceExportsRows()
{
    JournalEntry bought = row(OrderState::Succeeded);
    bought.instanceId = QStringLiteral("cri-row42");
    bought.orderId = QStringLiteral("777");
    const InfraExportResult result = InfraExportService::fromEntry(bought, InfraFormat::Terraform);
    QVERIFY(result.ok());
    QVERIFY(result.input.isBought());
    QCOMPARE(result.input.boughtOn, QDate(2026, 5, 4)); // the UTC day it was sent
    const QString text = QString::fromUtf8(result.text);
    QVERIFY(text.contains(QStringLiteral("id = \"cri-row42\"")));
    QVERIFY(text.contains(QStringLiteral("bought on 2026-05-04 (OrderId 777) as cri-row42")));
    QVERIFY(text.contains(QStringLiteral("exported by acr-purchase from journal order 42.")));

    // A refused order bought nothing: exported as an order to buy, no import block.
    const InfraExportResult failed = InfraExportService::fromEntry(row(OrderState::Failed), InfraFormat::Terraform);
    QVERIFY(failed.ok());
    QVERIFY(!failed.input.isBought());
    QVERIFY(!failed.text.contains("import {"));
}

void TestInfraExport::serviceRefusesInvalidOrders()
{
    OrderSpec order = validOrder();
    order.instanceName = QStringLiteral("Bad Name!");
    order.periodMonths = 13;
    const InfraExportResult result = InfraExportService::fromOrder(order, InfraFormat::Ros);
    QCOMPARE(result.problem, InfraExportResult::Problem::InvalidOrder);
    QCOMPARE(result.validation.invalidFields(), (QList<OrderField> {OrderField::InstanceName, OrderField::Period}));
    QVERIFY(result.text.isEmpty());
    JournalEntry draft = row(OrderState::Failed);
    draft.order = order;
    QCOMPARE(InfraExportService::fromEntry(draft, InfraFormat::Terraform).problem,
             InfraExportResult::Problem::InvalidOrder);
}

void TestInfraExport::serviceOrderFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    InfraExportResult result = InfraExportService::fromOrderFile(missing, InfraFormat::Terraform);
    QCOMPARE(result.problem, InfraExportResult::Problem::Unreadable);
    QVERIFY(result.message.startsWith(QStringLiteral("Cannot read ")));

    const QString malformed = dir.filePath(QStringLiteral("malformed.json"));
    QVERIFY(test::writeFile(malformed,
                            "{\"format\": \"acr-purchase/order\", \"version\": 1, \"order\": {\"site\": \"cn\""));
    result = InfraExportService::fromOrderFile(malformed, InfraFormat::Terraform);
    QCOMPARE(result.problem, InfraExportResult::Problem::InvalidOrder);
    QVERIFY(result.message.contains(QStringLiteral("is not a valid order file")));

    const QString good = dir.filePath(QStringLiteral("team.json"));
    QVERIFY(test::writeFile(good, OrderFile::serialize(validOrder())));
    result = InfraExportService::fromOrderFile(good, InfraFormat::Terraform);
    QVERIFY(result.ok());
    QCOMPARE(result.input.order, validOrder());
    // The file's name is in the header; its folder (a path of this machine) is not.
    QVERIFY(result.text.contains("from order file team.json."));
    QVERIFY(!result.text.contains(dir.path().toUtf8()));
}

void TestInfraExport::serviceWritesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("main.tf"));
    InfraExportResult result = InfraExportService::fromOrder(validOrder(), InfraFormat::Terraform);
    InfraExportService::writeTo(result, path);
    QVERIFY(result.ok());
    QCOMPARE(test::readFile(path), std::optional<QByteArray>(result.text));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("main.tf")}); // no temporary left

    const QString unwritable = dir.filePath(QStringLiteral("no/such/folder/main.tf"));
    InfraExportService::writeTo(result, unwritable);
    QCOMPARE(result.problem, InfraExportResult::Problem::Unwritable);
    QVERIFY(result.message.startsWith(QStringLiteral("Cannot write ")));
    QVERIFY(!QFile::exists(unwritable));
}

void TestInfraExport::serviceUnknownRow()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    const InfraExportResult result = InfraExportService::fromJournal(journal, 5, InfraFormat::Ros);
    QCOMPARE(result.problem, InfraExportResult::Problem::NotFound);
    QCOMPARE(result.message, QStringLiteral("There is no journal order 5."));
}

QTEST_GUILESS_MAIN(TestInfraExport)
#include "tst_infraexport.moc"
