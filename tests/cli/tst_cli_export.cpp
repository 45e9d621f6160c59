// `acr-purchase export` as a process (issue 18, part 1): an order file and a bought journal row to
// standard output and to --output, byte-identical to the core's export; and every usage and local
// error with its exit code: bad format, missing format, missing file, invalid order, unknown
// journal id, a row whose outcome is unknown, and an unwritable --output.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "core/app/InfraExportService.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace acrp;

namespace {

OrderSpec order()
{
    OrderSpec spec
        = test::chinaOrder(QStringLiteral("cli-export"), QStringLiteral("Advanced"), QStringLiteral("ap-southeast-1"));
    spec.site = Site::International;
    spec.autoRenewal = true;
    spec.renewPeriodMonths = 12;
    spec.extraRepositories = 2000;
    return spec;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void orderFileToStandardOutput_data();
    void orderFileToStandardOutput();
    void boughtRowToFile();
    void errors_data();
    void errors();
    void helpNamesTheCommand();

private:
    QTemporaryDir m_dir;
    QString m_home;
    QString m_orderFile;
    qint64 m_bought = 0;
    qint64 m_unknown = 0;
};

void TestCliExport::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ACRP_CLI_EXE)));
    QVERIFY(m_dir.isValid());
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    m_orderFile = m_dir.filePath(QStringLiteral("cli-export.json"));
    QVERIFY(test::writeFile(m_orderFile, OrderFile::serialize(order())));

    Journal journal(m_home + QStringLiteral("/data/acr-purchase/acr-purchase/journal.sqlite"));
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    JournalEntry entry;
    entry.site = Site::International;
    entry.endpoint = QStringLiteral("intl");
    entry.order = order();
    entry.clientToken = QStringLiteral("tok-export-bought");
    entry.state = OrderState::Sending;
    entry.createdAt = QDateTime(QDate(2026, 2, 14), QTime(9, 0), Qt::UTC);
    m_bought = journal.insert(entry);
    QVERIFY(m_bought > 0);
    QVERIFY(journal.finishSucceeded(m_bought, 1, QStringLiteral("cri-cliexport0001"), QStringLiteral("5550001"),
                                    QStringLiteral("RID-1")));
    entry.clientToken = QStringLiteral("tok-export-unknown");
    m_unknown = journal.insert(entry);
    QVERIFY(m_unknown > 0);
    QVERIFY(journal.finishWithError(m_unknown, OrderState::Unknown, 1, ApiError::timeout()));
}

void TestCliExport::orderFileToStandardOutput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("formatValue");
    QTest::newRow("terraform") << QStringLiteral("terraform") << int(InfraFormat::Terraform);
    QTest::newRow("ros") << QStringLiteral("ROS") << int(InfraFormat::Ros);
}

void TestCliExport::orderFileToStandardOutput()
{
    QFETCH(QString, format);
    QFETCH(int, formatValue);
    const CliRun run = runCli(m_home, {QStringLiteral("export"), m_orderFile, QStringLiteral("--format"), format});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const InfraExportResult expected = InfraExportService::fromOrderFile(m_orderFile, InfraFormat(formatValue));
    QVERIFY(expected.ok());
    QCOMPARE(run.out, expected.text);
    // Again: the same bytes.
    QCOMPARE(runCli(m_home, {QStringLiteral("export"), m_orderFile, QStringLiteral("--format"), format}).out, run.out);
}

void TestCliExport::boughtRowToFile()
{
    const QString output = m_dir.filePath(QStringLiteral("main.tf"));
    const CliRun run
        = runCli(m_home,
                 {QStringLiteral("export"), QStringLiteral("--journal-id"), QString::number(m_bought),
                  QStringLiteral("--format"), QStringLiteral("terraform"), QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Wrote the Terraform configuration to"), run.out.constData());
    QVERIFY(run.out.contains("It adopts the instance bought already (cri-cliexport0001)"));
    const QByteArray text = test::readFile(output).value_or(QByteArray());
    QVERIFY(text.contains("import {\n  to = alicloud_cr_ee_instance.cli_export\n  id = \"cri-cliexport0001\"\n}\n"));
    QVERIFY(text.contains("# ALREADY BOUGHT: this instance was already bought on 2026-02-14 (OrderId 5550001)"));
    QVERIFY(text.contains("  region = \"ap-southeast-1\"\n"));
    QVERIFY(text.contains("  repo_quota         = 2000\n"));

    const QString ros = m_dir.filePath(QStringLiteral("stack.json"));
    QCOMPARE(runCli(m_home,
                    {QStringLiteral("export"), QStringLiteral("--journal-id"), QString::number(m_bought),
                     QStringLiteral("--format"), QStringLiteral("ros"), QStringLiteral("--output"), ros})
                 .exitCode,
             0);
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(ros).value_or(QByteArray())).object();
    QCOMPARE(root.value(QLatin1String("Resources"))
                 .toObject()
                 .value(QLatin1String("CliExport"))
                 .toObject()
                 .value(QLatin1String("DeletionPolicy"))
                 .toString(),
             QStringLiteral("Retain"));
}

void TestCliExport::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString format = QStringLiteral("--format");
    const QString file = m_dir.filePath(QStringLiteral("cli-export.json"));
    QTest::newRow("bad format") << QStringList {QStringLiteral("export"), file, format, QStringLiteral("hcl")} << 5
                                << QStringLiteral("--format must be terraform or ros, not “hcl”.");
    QTest::newRow("no format") << QStringList {QStringLiteral("export"), file} << 5
                               << QStringLiteral("export needs --format terraform or --format ros.");
    QTest::newRow("nothing to export") << QStringList {QStringLiteral("export"), format, QStringLiteral("ros")} << 5
                                       << QStringLiteral("export needs one order file or --journal-id N");
    QTest::newRow("file and journal id")
        << QStringList {QStringLiteral("export"), file,   QStringLiteral("--journal-id"),
                        QStringLiteral("1"),      format, QStringLiteral("ros")}
        << 5 << QStringLiteral("export needs one order file or --journal-id N");
    QTest::newRow("missing file") << QStringList {QStringLiteral("export"), m_dir.filePath(QStringLiteral("nope.json")),
                                                  format, QStringLiteral("terraform")}
                                  << 5 << QStringLiteral("Cannot read ");
    QTest::newRow("journal id not a number")
        << QStringList {QStringLiteral("export"), QStringLiteral("--journal-id"), QStringLiteral("x1"), format,
                        QStringLiteral("ros")}
        << 5 << QStringLiteral("--journal-id needs a journal order number, not “x1”.");
    QTest::newRow("unknown journal id") << QStringList {QStringLiteral("export"), QStringLiteral("--journal-id"),
                                                        QStringLiteral("9999"), format, QStringLiteral("ros")}
                                        << 5 << QStringLiteral("There is no journal order 9999.");
    QTest::newRow("outcome unknown") << QStringList {QStringLiteral("export"), QStringLiteral("--journal-id"),
                                                     QString::number(m_unknown), format, QStringLiteral("terraform")}
                                     << 5 << QStringLiteral("Resume it first (acr-purchase resume).");
    QTest::newRow("unwritable output") << QStringList {QStringLiteral("export"),
                                                       file,
                                                       format,
                                                       QStringLiteral("terraform"),
                                                       QStringLiteral("--output"),
                                                       m_dir.filePath(QStringLiteral("no/such/dir/main.tf"))}
                                       << 5 << QStringLiteral("Cannot write ");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("export"), file, QStringLiteral("--fromat"),
                                                    QStringLiteral("ros")}
                                    << 5 << QStringLiteral("--format");
}

void TestCliExport::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(m_home, args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(run.out, QByteArray());
}

void TestCliExport::helpNamesTheCommand()
{
    const CliRun run = runCli(m_home, {QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("export ORDER.json|--journal-id N --format terraform|ros [--output FILE]"));
    const CliRun own = runCli(m_home, {QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains("--journal-id <N>"));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
