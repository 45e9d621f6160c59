// The acr-bss-sandbox executable: --port 0 prints the one "listening on" line, options set the
// balance, faults and state file, bad options are refused, and SIGTERM/SIGINT end it cleanly.
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private slots:
    void portZeroPrintsOneLine();
#ifdef Q_OS_UNIX
    void endsCleanlyOnSigint();
#endif
    void help();
    void badOptions_data();
    void badOptions();
    void portInUse();
    void faultAndBalanceOptions();
    void stateAcrossRestarts();
    void stsTtlOption();

private:
    // Starts the executable and reads its port from the first stdout line; 0 on failure.
    static quint16 start(QProcess& process, const QStringList& arguments);
    static bool stop(QProcess& process);
};

quint16 TestSandboxExecutable::start(QProcess& process, const QStringList& arguments)
{
    process.setProgram(QStringLiteral(ACRP_SANDBOX_EXECUTABLE));
    process.setArguments(arguments);
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    process.start();
    while (!process.canReadLine()) {
        if (process.state() == QProcess::NotRunning || !output.wait(10000))
            return 0;
    }
    const QString line = QString::fromUtf8(process.readLine());
    const QRegularExpressionMatch match
        = QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"_s).match(line);
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

bool TestSandboxExecutable::stop(QProcess& process)
{
    QSignalSpy finished(&process, &QProcess::finished);
    process.terminate();
    return (process.state() == QProcess::NotRunning || finished.wait(10000))
        && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void TestSandboxExecutable::portZeroPrintsOneLine()
{
    QProcess process;
    const quint16 port = start(process, {u"--port"_s, u"0"_s});
    QVERIFY2(port != 0, process.readAllStandardError().constData());
    SandboxTestClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const SandboxReply reply = client.call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.code(), u"200"_s);
    QCOMPARE(reply.data().value(u"AvailableAmount"_s).toString(), u"1000000.00"_s);
    QVERIFY(stop(process));
    QCOMPARE(process.readAllStandardOutput(), QByteArray()); // exactly one line in all
}

#ifdef Q_OS_UNIX
void TestSandboxExecutable::endsCleanlyOnSigint()
{
    QProcess process;
    QVERIFY(start(process, {}) != 0);
    QSignalSpy finished(&process, &QProcess::finished);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}
#endif

void TestSandboxExecutable::help()
{
    QProcess process;
    process.start(QStringLiteral(ACRP_SANDBOX_EXECUTABLE), {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString& option :
         {u"--port"_s, u"--state"_s, u"--balance"_s, u"--currency"_s, u"--provisioning-seconds"_s, u"--latency-ms"_s,
          u"--fail-next-unavailable"_s, u"--fail-next-throttling"_s, u"--commit-then-stall-ms"_s,
          u"--drop-next-connections"_s, u"--malformed-next"_s, u"--oversized-next"_s, u"--clock-offset-seconds"_s,
          u"SandboxDemoKeyCN"_s, u"/__admin/faults"_s, u"--sts-ttl-seconds"_s, u"AssumeRole"_s,
          u"SandboxRamUserKeyCN"_s, u"/__admin/sts"_s})
        QVERIFY2(text.contains(option), qPrintable(option));
    QVERIFY(!text.contains(u"sandbox-demo-secret"_s));
    for (const char* secret : {acrp::sandboxdemo::kRamUserSecretCN, acrp::sandboxdemo::kRamUserSecretIntl})
        QVERIFY(!text.contains(QLatin1String(secret)));
}

void TestSandboxExecutable::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative latency") << QStringList {u"--latency-ms"_s, u"-5"_s} << 2
                                      << u"acr-bss-sandbox: --latency-ms needs a whole number from 0, not \"-5\"."_s;
    QTest::newRow("port too big") << QStringList {u"--port"_s, u"70000"_s} << 2
                                  << u"acr-bss-sandbox: --port needs a whole number from 0, not \"70000\"."_s;
    QTest::newRow("count not a number") << QStringList {u"--fail-next-unavailable"_s, u"two"_s} << 2
                                        << u"acr-bss-sandbox: --fail-next-unavailable needs a whole number from 0, "
                                           "not \"two\"."_s;
    QTest::newRow("bad balance") << QStringList {u"--balance"_s, u"lots"_s} << 1
                                 << u"acr-bss-sandbox: cannot start: The balance \"lots\" is not an amount such as "
                                    "10000.00."_s;
    for (const QString& ttl : {u"0"_s, u"-5"_s, u"ten"_s, u"2147483648"_s})
        QTest::addRow("sts ttl %s", qPrintable(ttl))
            << QStringList {u"--sts-ttl-seconds"_s, ttl} << 2
            << u"acr-bss-sandbox: --sts-ttl-seconds needs a whole number from 1, not \"%1\"."_s.arg(ttl);
    QTest::newRow("stray argument") << QStringList {u"extra"_s} << 2
                                    << u"acr-bss-sandbox: unexpected argument \"extra\"; see --help."_s;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << 1
                                    << u"acr-bss-sandbox: Unknown option 'frobnicate'."_s;
}

void TestSandboxExecutable::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    QProcess process;
    process.start(QStringLiteral(ACRP_SANDBOX_EXECUTABLE), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed(), error);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

void TestSandboxExecutable::portInUse()
{
    QProcess first;
    const quint16 port = start(first, {});
    QVERIFY(port != 0);
    QProcess second;
    second.start(QStringLiteral(ACRP_SANDBOX_EXECUTABLE), {u"--port"_s, QString::number(port)});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(second.readAllStandardError().startsWith("acr-bss-sandbox: cannot start: "), "no reason given");
    QVERIFY(stop(first));
}

void TestSandboxExecutable::faultAndBalanceOptions()
{
    QProcess process;
    const quint16 port = start(process,
                               {u"--balance"_s, u"5.00"_s, u"--currency"_s, u"USD"_s, u"--fail-next-unavailable"_s,
                                u"1"_s, u"--clock-offset-seconds"_s, u"-30"_s});
    QVERIFY(port != 0);
    SandboxTestClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(client.call(u"QueryAccountBalance"_s).code(), u"ServiceUnavailable"_s);
    const SandboxReply reply = client.call(u"QueryAccountBalance"_s);
    QCOMPARE(reply.data().value(u"AvailableAmount"_s).toString(), u"5.00"_s);
    QCOMPARE(reply.data().value(u"Currency"_s).toString(), u"USD"_s);
    QCOMPARE(client.raw("GET", "/__admin/faults").json.value(u"clockOffsetSeconds"_s).toInt(), -30);
    QCOMPARE(client.call(u"CreateInstance"_s, createParameters(u"too-dear"_s, u"t"_s)).code(),
             u"PAY.INSUFFICIENT_BALANCE"_s);
    QVERIFY(stop(process));
}

void TestSandboxExecutable::stateAcrossRestarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(u"sandbox-state.json"_s);
    QString orderId;
    {
        QProcess process;
        const quint16 port = start(process, {u"--state"_s, state});
        QVERIFY(port != 0);
        SandboxTestClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        orderId
            = client
                  .call(u"CreateInstance"_s, createParameters(u"persisted"_s, u"t"_s, u"Basic"_s, u"cn-shanghai"_s, 1))
                  .data()
                  .value(u"OrderId"_s)
                  .toString();
        QVERIFY(!orderId.isEmpty());
        QVERIFY(stop(process));
    }
    QProcess process;
    const quint16 port = start(process, {u"--state"_s, state});
    QVERIFY(port != 0);
    SandboxTestClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const QJsonArray orders = client.raw("GET", "/__admin/orders").json.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.at(0).toObject().value(u"orderId"_s).toString(), orderId);
    QCOMPARE(client.call(u"QueryAccountBalance"_s).data().value(u"AvailableAmount"_s).toString(), u"999200.00"_s);
    QVERIFY(stop(process));
}

void TestSandboxExecutable::stsTtlOption()
{
    QProcess process;
    const quint16 port = start(process, {u"--sts-ttl-seconds"_s, u"60"_s});
    QVERIFY2(port != 0, process.readAllStandardError().constData());
    SandboxTestClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    client.credentials
        = {QLatin1String(acrp::sandboxdemo::kRamUserKeyIdCN), QLatin1String(acrp::sandboxdemo::kRamUserSecretCN), {}};
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const SandboxReply reply
        = client.call(u"AssumeRole"_s,
                      {{u"RoleArn"_s, acrp::sandboxdemo::roleArn(acrp::Site::China, acrp::sandboxdemo::kRoleBuyer)},
                       {u"RoleSessionName"_s, u"executable"_s},
                       {u"DurationSeconds"_s, u"3600"_s}},
                      u"2015-04-01"_s);
    QCOMPARE(reply.status, 200);
    const QDateTime expiration = QDateTime::fromString(
        reply.json.value(u"Credentials"_s).toObject().value(u"Expiration"_s).toString(), Qt::ISODate);
    QVERIFY(expiration >= before.addSecs(60 - 1));
    QVERIFY(expiration <= QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(stop(process));
    // Nothing about the credentials on the executable's output.
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    const QJsonObject credentials = reply.json.value(u"Credentials"_s).toObject();
    for (const QString& key : {u"AccessKeyId"_s, u"AccessKeySecret"_s, u"SecurityToken"_s})
        QVERIFY(!output.contains(credentials.value(key).toString().toUtf8()));
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
