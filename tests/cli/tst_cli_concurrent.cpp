// Two processes, one account: four `acr-purchase submit` processes started at once on one HOME,
// each with its own built-in sandbox on the one state file. All four succeed, the journal has four
// rows, and the sandbox's state holds four orders and four charges.
#include "CliTestSupport.h"
#include "sandbox/PriceTable.h"
#include "sandbox/SandboxConfig.h"

#include <QFile>
#include <QTest>

namespace {

constexpr int kProcesses = 4;

} // namespace

class TestCliConcurrent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fourSubmitsAtOnceLoseNothing();
};

void TestCliConcurrent::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ACRP_CLI_EXE)));
}

void TestCliConcurrent::fourSubmitsAtOnceLoseNothing()
{
    const QString home = QDir::homePath() + QStringLiteral("/cli-concurrent");
    QDir(home).removeRecursively();
    QVERIFY(QDir().mkpath(home));

    // Basic, one month (800.00 in the sandbox), a name of its own each: the sandbox refuses a name
    // taken in the region, as the real service does.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kProcesses; ++i) {
        const QString orderPath = home + QStringLiteral("/order-%1.json").arg(i);
        QFile file(orderPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"format":"acr-purchase/order","version":1,"order":{"site":"cn",)"
                                  R"("edition":"Basic","instanceName":"concurrent-%1","region":"cn-shanghai",)"
                                  R"("periodMonths":1}})")
                       .arg(i)
                       .toUtf8());
        file.close();
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(cliEnvironment(home));
        process->setProgram(QStringLiteral(ACRP_CLI_EXE));
        process->setArguments({QStringLiteral("submit"), orderPath, QStringLiteral("--json")});
        processes.push_back(std::move(process));
    }
    for (const auto& process : processes) // started back to back, before any has finished
        process->start();
    QStringList instanceIds;
    for (const auto& process : processes) {
        QVERIFY(process->waitForFinished(120000));
        const QByteArray out = process->readAllStandardOutput();
        const QByteArray err = process->readAllStandardError();
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 QByteArray(out + err).constData());
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
        instanceIds.append(json.value(QLatin1String("instanceId")).toString());
    }

    const CliRun history = runCli(home, {QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray rows = history.json().value(QLatin1String("orders")).toArray();
    QCOMPARE(rows.size(), kProcesses);
    for (const QJsonValue& row : rows)
        QCOMPARE(row.toObject().value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));

    // The built-in sandbox's state: every order and every charge.
    QFile state(home + QStringLiteral("/data/acr-purchase/acr-purchase/sandbox-state.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(state.readAll()).object();
    const QJsonArray orders = root.value(QLatin1String("orders")).toArray();
    QCOMPARE(orders.size(), kProcesses);
    for (const QJsonValue& order : orders)
        QVERIFY(instanceIds.contains(order.toObject().value(QLatin1String("instanceId")).toString()));
    const auto starting = acrp::sandbox::PriceTable::parseMoney(acrp::sandbox::SandboxConfig().balance);
    QVERIFY(starting);
    const QString expected = acrp::sandbox::PriceTable::money(*starting - kProcesses * 80000);
    QCOMPARE(root.value(QLatin1String("balances"))
                 .toObject()
                 .value(QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina))
                 .toString(),
             expected);
}

QTEST_GUILESS_MAIN(TestCliConcurrent)
#include "tst_cli_concurrent.moc"
