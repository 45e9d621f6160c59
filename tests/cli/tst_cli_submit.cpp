// The submit / history / resume commands as processes, against acr-bss-sandbox over loopback
// (and the built-in sandbox): exit codes, JSON output, journal across processes, SIGKILL
// recovery, and at the end a scan of everything written and printed for the secrets used.
#include "CliTestSupport.h"
#include "core/api/ErrorExplanation.h"
#include "sandbox/SandboxAccounts.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace {

const QString kCnKey = QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina);
const QString kCnSecret = QString::fromLatin1(acrp::sandbox::kDemoSecretChina);
const QString kIntlKey = QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl);
const QString kIntlSecret = QString::fromLatin1(acrp::sandbox::kDemoSecretIntl);
const QString kWrongSecret = QStringLiteral("tst-cli-wrong-secret-4b7e");

const QByteArray kBasicOrder = R"({"format":"acr-purchase/order","version":1,"order":{"site":"cn","edition":"Basic",
    "instanceName":"cli-registry","region":"cn-shanghai","periodMonths":1}})";

} // namespace

class TestCliSubmit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void happyPath_data();
    void happyPath();
    void builtInSandboxNeedsNoSetup();
    void retriedThenSucceeds_data();
    void retriedThenSucceeds();
    void stallIsUnknownThenResumed();
    void killedAfterJournalWriteIsResumed();
    void refusals_data();
    void refusals();
    void invalidOrderListsEveryProblem();
    void badAnswers_data();
    void badAnswers();
    void dryRunShowsRequestNotSecret_data();
    void dryRunShowsRequestNotSecret();
    void realEndpointNeedsYes();
    void usageErrors_data();
    void usageErrors();
    void humanOutput();
    void secretsAppearNowhere(); // keep last: scans what every case above wrote and printed

private:
    QString newHome(const QString& name);
    QString writeOrder(const QString& home, const QByteArray& json = kBasicOrder);
    CliRun run(const QString& home, const QStringList& args, const QMap<QString, QString>& env = {});
    // `submit ORDER --endpoint SANDBOX --yes --json` and `extra`, with the China demo key, as a script buys.
    CliRun submitTo(const SandboxProcess& sandbox, const QString& home, const QStringList& extra = {});
    // The rows `history --json` prints.
    QJsonArray historyOrders(const QString& home);
    static QMap<QString, QString> cnEnv()
    {
        return {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), kCnKey},
                {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kCnSecret}};
    }

    QStringList m_homes;
    QList<QByteArray> m_outputs;
};

void TestCliSubmit::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ACRP_CLI_EXE)));
    QVERIFY(QFile::exists(QStringLiteral(ACRP_SANDBOX_EXE)));
}

QString TestCliSubmit::newHome(const QString& name)
{
    const QString home = QDir::homePath() + QStringLiteral("/cli-") + name + u'-' + QString::number(m_homes.size());
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    m_homes.append(home);
    return home;
}

QString TestCliSubmit::writeOrder(const QString& home, const QByteArray& json)
{
    const QString path = home + QStringLiteral("/order.json");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(json);
    return path;
}

CliRun TestCliSubmit::run(const QString& home, const QStringList& args, const QMap<QString, QString>& env)
{
    CliRun result = runCli(home, args, env);
    m_outputs.append(result.out);
    m_outputs.append(result.err);
    return result;
}

CliRun TestCliSubmit::submitTo(const SandboxProcess& sandbox, const QString& home, const QStringList& extra)
{
    return run(home,
               QStringList {QStringLiteral("submit"), writeOrder(home), QStringLiteral("--endpoint"), sandbox.url(),
                            QStringLiteral("--yes"), QStringLiteral("--json")}
                   + extra,
               cnEnv());
}

QJsonArray TestCliSubmit::historyOrders(const QString& home)
{
    return run(home, {QStringLiteral("history"), QStringLiteral("--json")})
        .json()
        .value(QLatin1String("orders"))
        .toArray();
}

void TestCliSubmit::happyPath_data()
{
    QTest::addColumn<QString>("signature");
    QTest::newRow("v1") << "v1";
    QTest::newRow("v3") << "v3";
}

void TestCliSubmit::happyPath()
{
    QFETCH(QString, signature);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({}));
    const QString home = newHome(QStringLiteral("happy-") + signature);
    const CliRun submit = submitTo(sandbox, home, {QStringLiteral("--signature"), signature});
    QVERIFY2(submit.exitCode == 0, QByteArray(submit.out + submit.err).constData());
    const QJsonObject json = submit.json();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
    const QJsonArray orders = sandbox.orders();
    QCOMPARE(orders.size(), 1);
    const QJsonObject sold = orders.first().toObject();
    QCOMPARE(json.value(QLatin1String("instanceId")).toString(), sold.value(QLatin1String("instanceId")).toString());
    QCOMPARE(json.value(QLatin1String("orderId")).toString(), sold.value(QLatin1String("orderId")).toString());
    QCOMPARE(json.value(QLatin1String("clientToken")).toString(), sold.value(QLatin1String("clientToken")).toString());
    QVERIFY(!json.value(QLatin1String("requestId")).toString().isEmpty());
    QCOMPARE(json.value(QLatin1String("attempts")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("provisioningStatus")).toString(), QStringLiteral("PENDING"));

    // Another process reads the same journal.
    const CliRun history = run(home, {QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray rows = history.json().value(QLatin1String("orders")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(row.value(QLatin1String("instanceId")).toString(), sold.value(QLatin1String("instanceId")).toString());
    QCOMPARE(row.value(QLatin1String("endpoint")).toString(), sandbox.url());
    QCOMPARE(row.value(QLatin1String("provisioningStatus")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(row.value(QLatin1String("order"))
                 .toObject()
                 .value(QLatin1String("order"))
                 .toObject()
                 .value(QLatin1String("instanceName"))
                 .toString(),
             QStringLiteral("cli-registry"));
}

void TestCliSubmit::builtInSandboxNeedsNoSetup()
{
    const QString home = newHome(QStringLiteral("builtin"));
    const CliRun submit = run(home, {QStringLiteral("submit"), writeOrder(home), QStringLiteral("--json")});
    QVERIFY2(submit.exitCode == 0, QByteArray(submit.out + submit.err).constData());
    const QString instanceId = submit.json().value(QLatin1String("instanceId")).toString();
    QVERIFY(instanceId.startsWith(QStringLiteral("cri-")));
    const QJsonObject row = historyOrders(home).first().toObject();
    QCOMPARE(row.value(QLatin1String("endpoint")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(row.value(QLatin1String("profile")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(row.value(QLatin1String("instanceId")).toString(), instanceId);
    // The built-in sandbox keeps what it sold next to the journal, so later processes agree with it.
    QVERIFY(QFile::exists(home + QStringLiteral("/data/acr-purchase/acr-purchase/sandbox-state.json")));
    QVERIFY(QFile::exists(home + QStringLiteral("/data/acr-purchase/acr-purchase/journal.sqlite")));
}

void TestCliSubmit::retriedThenSucceeds_data()
{
    QTest::addColumn<QStringList>("sandboxOptions");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("minElapsedMs");
    QTest::newRow("unavailable twice") << QStringList {QStringLiteral("--fail-next-unavailable"), QStringLiteral("2")}
                                       << 3 << 0;
    // The default policy waits at least 250 ms and then 500 ms (500 ms doubling, half jittered).
    QTest::newRow("throttled twice") << QStringList {QStringLiteral("--fail-next-throttling"), QStringLiteral("2")} << 3
                                     << 750;
    // The second attempt is signed with the service's clock.
    QTest::newRow("clock 20 minutes off")
        << QStringList {QStringLiteral("--clock-offset-seconds"), QStringLiteral("1200")} << 2 << 0;
}

// Refusals worth a retry, then the purchase: one order, and the journal counts the attempts.
void TestCliSubmit::retriedThenSucceeds()
{
    QFETCH(QStringList, sandboxOptions);
    QFETCH(int, attempts);
    QFETCH(int, minElapsedMs);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(sandboxOptions));
    const QString home = newHome(QStringLiteral("retried"));
    const CliRun submit = submitTo(sandbox, home);
    QVERIFY2(submit.exitCode == 0, QByteArray(submit.out + submit.err).constData());
    QCOMPARE(submit.json().value(QLatin1String("attempts")).toInt(), attempts);
    QVERIFY2(submit.elapsedMs >= minElapsedMs, qPrintable(QString::number(submit.elapsedMs)));
    QCOMPARE(sandbox.orders().size(), 1);
    QCOMPARE(historyOrders(home).first().toObject().value(QLatin1String("attempts")).toInt(), attempts);
}

void TestCliSubmit::stallIsUnknownThenResumed()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--commit-then-stall-ms"), QStringLiteral("5000")}));
    const QString home = newHome(QStringLiteral("stall"));
    const CliRun submit = submitTo(
        sandbox, home,
        {QStringLiteral("--timeout"), QStringLiteral("0.5"), QStringLiteral("--attempts"), QStringLiteral("2")});
    QCOMPARE(submit.exitCode, 4);
    const QJsonObject json = submit.json();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("Unknown"));
    QCOMPARE(json.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("timeout"));
    const QString token = json.value(QLatin1String("clientToken")).toString();
    QCOMPARE(sandbox.orders().size(), 1); // bought once, although two requests went out

    QCOMPARE(historyOrders(home).first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("Unknown"));

    sandbox.setFaults({{QStringLiteral("commitThenStallMs"), 0}});
    const CliRun resume = run(home, {QStringLiteral("resume"), QStringLiteral("--json")}, cnEnv());
    QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
    const QJsonArray resumed = resume.json().value(QLatin1String("orders")).toArray();
    QCOMPARE(resumed.size(), 1);
    const QJsonArray orders = sandbox.orders();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().toObject().value(QLatin1String("clientToken")).toString(), token);
    QCOMPARE(resumed.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(resumed.first().toObject().value(QLatin1String("instanceId")).toString(),
             orders.first().toObject().value(QLatin1String("instanceId")).toString());
    QCOMPARE(resumed.first().toObject().value(QLatin1String("clientToken")).toString(), token);

    // Nothing left: resume again is a no-op.
    const CliRun again = run(home, {QStringLiteral("resume"), QStringLiteral("--json")}, cnEnv());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QLatin1String("orders")).toArray().size(), 0);
    QCOMPARE(sandbox.orders().size(), 1);
}

void TestCliSubmit::killedAfterJournalWriteIsResumed()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--commit-then-stall-ms"), QStringLiteral("120000")}));
    const QString home = newHome(QStringLiteral("sigkill"));
    QProcess cli;
    QProcessEnvironment environment = cliEnvironment(home);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), kCnKey);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kCnSecret);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(ACRP_CLI_EXE),
              {QStringLiteral("submit"), writeOrder(home), QStringLiteral("--endpoint"), sandbox.url(),
               QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("300")});
    QVERIFY(cli.waitForStarted(10000));
    // The sandbox holding the order proves the request left, so the journal row was written first.
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.orders().size(), 1, 30000);
    QCOMPARE(cli.state(), QProcess::Running);
    cli.kill(); // SIGKILL: no cleanup, no final journal write
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    m_outputs.append(cli.readAllStandardOutput());
    m_outputs.append(cli.readAllStandardError());

    const CliRun history = run(home, {QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray rows = history.json().value(QLatin1String("orders")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("Sending"));
    const QString token = row.value(QLatin1String("clientToken")).toString();
    QCOMPARE(token, sandbox.orders().first().toObject().value(QLatin1String("clientToken")).toString());

    sandbox.setFaults({{QStringLiteral("commitThenStallMs"), 0}});
    const CliRun resume = run(home, {QStringLiteral("resume"), QStringLiteral("--json")}, cnEnv());
    QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
    const QJsonObject resumed = resume.json().value(QLatin1String("orders")).toArray().first().toObject();
    QCOMPARE(resumed.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(resumed.value(QLatin1String("clientToken")).toString(), token);
    const QJsonArray orders = sandbox.orders();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(resumed.value(QLatin1String("instanceId")).toString(),
             orders.first().toObject().value(QLatin1String("instanceId")).toString());
    QCOMPARE(historyOrders(home).first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("Succeeded"));
}

void TestCliSubmit::refusals_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("sandboxOptions");
    QTest::addColumn<bool>("buyFirst");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("userMessage");
    QTest::newRow("wrong secret") << kCnKey << kWrongSecret << QStringList() << false << "auth"
                                  << "SignatureDoesNotMatch"
                                  << "The AccessKey secret is wrong: the service could not verify the request's "
                                     "signature. Check the secret (pasted secrets often carry extra spaces).";
    QTest::newRow("unknown key") << "NoSuchKeyForCli" << kWrongSecret << QStringList() << false << "auth"
                                 << "InvalidAccessKeyId.NotFound"
                                 << "The service does not know this AccessKey ID. Check the AccessKey ID and the site.";
    QTest::newRow("wrong site") << kIntlKey << kIntlSecret << QStringList() << false << "wrongSite"
                                << "NotApplicable"
                                << "This AccessKey belongs to an account on the other site. Switch the profile's site "
                                   "and try again.";
    QTest::newRow("insufficient balance")
        << kCnKey << kCnSecret << QStringList {QStringLiteral("--balance"), QStringLiteral("1.00")} << false
        << "payment"
        << "PAY.INSUFFICIENT_BALANCE"
        << "The account's balance is too low to pay for this order. Top up the "
           "account and try again.";
    QTest::newRow("invalid order (service side)")
        << kCnKey << kCnSecret << QStringList() << true << "invalidOrder"
        << "InstanceNameDuplicated"
        << "An instance with this name already exists in this region. Choose another name. (An instance named "
           "\"cli-registry\" already exists in the region cn-shanghai.)";
}

void TestCliSubmit::refusals()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QStringList, sandboxOptions);
    QFETCH(bool, buyFirst);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, userMessage);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(sandboxOptions));
    const QString home = newHome(QStringLiteral("refusal"));
    const QStringList args
        = {QStringLiteral("submit"), writeOrder(home),        QStringLiteral("--endpoint"), sandbox.url(),
           QStringLiteral("--yes"),  QStringLiteral("--json")};
    if (buyFirst)
        QCOMPARE(run(home, args, cnEnv()).exitCode, 0);
    const int ordersBefore = sandbox.orders().size();
    const CliRun submit = run(home, args,
                              {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId},
                               {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), u"  " + secret + u"\n"}});
    QCOMPARE(submit.exitCode, 3);
    const QJsonObject json = submit.json();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
    QCOMPARE(json.value(QLatin1String("attempts")).toInt(), 1); // no retry
    const QJsonObject error = json.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), kind);
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QCOMPARE(error.value(QLatin1String("userMessage")).toString(), userMessage);
    QVERIFY(!error.value(QLatin1String("requestId")).toString().isEmpty());
    QVERIFY(error.value(QLatin1String("httpStatus")).toInt() >= 400);
    QCOMPARE(error.value(QLatin1String("retryable")).toBool(), false);
    QCOMPARE(sandbox.orders().size(), ordersBefore);

    // Every code the sandbox refuses with is explained; JSON carries the explanation beside the raw fields.
    const QString explanation = acrp::ErrorExplanation::forCode(code);
    QVERIFY(!explanation.isEmpty());
    QCOMPARE(error.value(QLatin1String("explanation")).toString(), explanation);

    // Without --json the explanation goes to stderr, with the service's own message, the code and
    // the RequestId (once).
    const CliRun human = run(home, args.mid(0, args.size() - 1),
                             {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId},
                              {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret}});
    QCOMPARE(human.exitCode, 3);
    const QString err = QString::fromUtf8(human.err);
    QVERIFY2(err.contains(QStringLiteral("Not bought (journal #")) && err.contains(u"): " + explanation), human.err);
    QVERIFY2(err.contains(QStringLiteral("Code: ") + code), human.err);
    QVERIFY2(err.contains(QStringLiteral("  Service message: ")), human.err);
    QCOMPARE(err.count(QStringLiteral("RequestId: ")), 1);
}

void TestCliSubmit::invalidOrderListsEveryProblem()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({}));
    const QString home = newHome(QStringLiteral("invalid"));
    const QString path = writeOrder(home, R"({"format":"acr-purchase/order","version":1,"order":{"site":"intl",
        "edition":"Standard","instanceName":"-Bad_Name","region":"cn-shanghai","periodMonths":7,
        "extraNamespaces":3}})");
    const CliRun submit = run(home,
                              {QStringLiteral("submit"), path, QStringLiteral("--endpoint"), sandbox.url(),
                               QStringLiteral("--yes"), QStringLiteral("--json")},
                              cnEnv());
    QCOMPARE(submit.exitCode, 2);
    const QJsonObject error = submit.error();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("invalidOrder"));
    QStringList fields;
    for (const QJsonValue& problem : error.value(QLatin1String("problems")).toArray()) {
        fields.append(problem.toObject().value(QLatin1String("field")).toString());
        QVERIFY(!problem.toObject().value(QLatin1String("message")).toString().isEmpty());
    }
    for (const QString& field :
         {QStringLiteral("edition"), QStringLiteral("instanceName"), QStringLiteral("extraNamespaces")})
        QVERIFY2(fields.contains(field), qPrintable(fields.join(u',')));
    QVERIFY(fields.size() >= 3);
    QCOMPARE(sandbox.orders().size(), 0);
    QCOMPARE(historyOrders(home).size(), 0);

    // The same problems, one per line, for people.
    const CliRun human = run(
        home, {QStringLiteral("submit"), path, QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--yes")},
        cnEnv());
    QCOMPARE(human.exitCode, 2);
    QVERIFY(human.err.contains("  instanceName: "));
    QVERIFY(human.err.contains("  edition: "));

    // A file that is not an order at all is an invalid order too.
    const QString garbage = writeOrder(home, "this is not json");
    const CliRun bad = run(home, {QStringLiteral("submit"), garbage, QStringLiteral("--json")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.error().value(QLatin1String("code")).toString(), QStringLiteral("InvalidOrderFile"));
}

void TestCliSubmit::badAnswers_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << "--malformed-next"
                               << "the answer is not the expected JSON (HTTP 200)";
    QTest::newRow("oversized") << "--oversized-next"
                               << "the answer is larger than 1048576 bytes and was refused";
}

void TestCliSubmit::badAnswers()
{
    QFETCH(QString, option);
    QFETCH(QString, message);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({option, QStringLiteral("1")}));
    const QString home = newHome(QStringLiteral("bad-answer"));
    const CliRun submit = submitTo(sandbox, home);
    QCOMPARE(submit.exitCode, 4); // not a crash; could not tell whether it bought
    const QJsonObject error = submit.error();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("protocol"));
    QCOMPARE(error.value(QLatin1String("message")).toString(), message);
    const CliRun resume = run(home, {QStringLiteral("resume"), QStringLiteral("--json")}, cnEnv());
    QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
    QCOMPARE(sandbox.orders().size(), 1);
}

void TestCliSubmit::dryRunShowsRequestNotSecret_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("signatureMark");
    QTest::newRow("v1") << "v1"
                        << "&Signature=";
    QTest::newRow("v3") << "v3"
                        << "Authorization: ACS3-HMAC-SHA256 Credential=SandboxDemoKeyCN,SignedHeaders=";
}

void TestCliSubmit::dryRunShowsRequestNotSecret()
{
    QFETCH(QString, signature);
    QFETCH(QString, signatureMark);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({}));
    const QString home = newHome(QStringLiteral("dry-run"));
    const CliRun dry = run(home,
                           {QStringLiteral("submit"), writeOrder(home), QStringLiteral("--endpoint"), sandbox.url(),
                            QStringLiteral("--dry-run"), QStringLiteral("--signature"), signature},
                           cnEnv());
    QCOMPARE(dry.exitCode, 0);
    const QString out = QString::fromUtf8(dry.out);
    QVERIFY2(out.startsWith(QStringLiteral("POST ") + sandbox.url() + u'/'), dry.out);
    QVERIFY2(out.contains(signatureMark), dry.out);
    QVERIFY2(out.contains(QStringLiteral("SandboxDemoKeyCN")), dry.out);
    QVERIFY2(out.contains(QStringLiteral("ClientToken=")), dry.out);
    QVERIFY(!dry.out.contains(kCnSecret.toUtf8()) && !dry.err.contains(kCnSecret.toUtf8()));
    const CliRun json
        = run(home,
              {QStringLiteral("submit"), writeOrder(home), QStringLiteral("--endpoint"), sandbox.url(),
               QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--signature"), signature},
              cnEnv());
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QLatin1String("accessKeyId")).toString(), kCnKey);
    QCOMPARE(json.json().value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    // Nothing was sent and nothing was journaled.
    QCOMPARE(sandbox.orders().size(), 0);
    QCOMPARE(historyOrders(home).size(), 0);
}

void TestCliSubmit::realEndpointNeedsYes()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({}));
    const QString home = newHome(QStringLiteral("needs-yes"));
    const CliRun submit
        = run(home, {QStringLiteral("submit"), writeOrder(home), QStringLiteral("--endpoint"), sandbox.url()}, cnEnv());
    QCOMPARE(submit.exitCode, 5);
    QVERIFY2(submit.err.contains("--yes"), submit.err);
    QVERIFY2(submit.err.contains("Nothing was sent"), submit.err);
    QCOMPARE(sandbox.orders().size(), 0);
    const CliRun json = run(home,
                            {QStringLiteral("submit"), writeOrder(home), QStringLiteral("--endpoint"), sandbox.url(),
                             QStringLiteral("--json")},
                            cnEnv());
    QCOMPARE(json.exitCode, 5);
    QCOMPARE(json.error().value(QLatin1String("kind")).toString(), QStringLiteral("local"));
    QCOMPARE(historyOrders(home).size(), 0);
}

void TestCliSubmit::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<QString>("message");
    const QString order = QStringLiteral("ORDER");
    QTest::newRow("no file") << QStringList {QStringLiteral("submit")} << true
                             << "submit needs exactly one order file (acr-purchase submit ORDER.json).";
    QTest::newRow("missing file") << QStringList {QStringLiteral("submit"), QStringLiteral("/nonexistent/order.json")}
                                  << true << "Cannot read /nonexistent/order.json";
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("submit"), order, QStringLiteral("--bogus")} << true
        << "acr-purchase submit: unknown option “--bogus”.\nSee “acr-purchase submit --help”.";
    QTest::newRow("bad signature") << QStringList {QStringLiteral("submit"), order, QStringLiteral("--signature"),
                                                   QStringLiteral("v2")}
                                   << true << "--signature must be v1 or v3, not “v2”.";
    QTest::newRow("bad endpoint") << QStringList {QStringLiteral("submit"), order, QStringLiteral("--endpoint"),
                                                  QStringLiteral("mars")}
                                  << true << "\"mars\" is not an endpoint: use sandbox, cn, intl or an http(s) URL.";
    QTest::newRow("site mismatch") << QStringList {QStringLiteral("submit"), order, QStringLiteral("--endpoint"),
                                                   QStringLiteral("intl"), QStringLiteral("--yes")}
                                   << true << "The order is for the cn site but the endpoint is the International site";
    QTest::newRow("no credentials") << QStringList {QStringLiteral("submit"), order, QStringLiteral("--endpoint"),
                                                    QStringLiteral("cn"), QStringLiteral("--yes")}
                                    << false << "No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID";
    QTest::newRow("history argument") << QStringList {QStringLiteral("history"), QStringLiteral("extra")} << true
                                      << "history takes no arguments besides its options.";
    QTest::newRow("resume bad attempts") << QStringList {QStringLiteral("resume"), QStringLiteral("--attempts"),
                                                         QStringLiteral("0")}
                                         << true << "--attempts must be a whole number from 1 to 20, not “0”.";
}

void TestCliSubmit::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withCredentials);
    QFETCH(QString, message);
    const QString home = newHome(QStringLiteral("usage"));
    const QString order = writeOrder(home);
    args.replaceInStrings(QStringLiteral("ORDER"), order);
    const CliRun result = run(home, args, withCredentials ? cnEnv() : QMap<QString, QString>());
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err);
}

void TestCliSubmit::humanOutput()
{
    const QString home = newHome(QStringLiteral("human"));
    const CliRun submit = run(home, {QStringLiteral("submit"), writeOrder(home)});
    QCOMPARE(submit.exitCode, 0);
    QVERIFY2(submit.out.contains("InstanceId:  cri-"), submit.out);
    QVERIFY2(submit.err.contains("with ClientToken"), submit.err);
    const CliRun history = run(home, {QStringLiteral("history")});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains("Succeeded  new   cn    Basic    cli-registry  cn-shanghai  sandbox\n"), history.out);
    const CliRun resume = run(home, {QStringLiteral("resume")});
    QCOMPARE(resume.exitCode, 0);
    QVERIFY2(resume.out.contains("Nothing to resume"), resume.out);
}

void TestCliSubmit::secretsAppearNowhere()
{
    const QList<QByteArray> secrets = {kCnSecret.toUtf8(), kIntlSecret.toUtf8(), kWrongSecret.toUtf8()};
    QVERIFY(m_homes.size() >= 15);
    int files = 0;
    for (const QString& home : std::as_const(m_homes)) {
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QByteArray& secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files > 20); // order files, journals, the built-in sandbox's state
    QVERIFY(m_outputs.size() > 40);
    bool sawKeyId = false; // positive control: the scan does see what the commands printed
    for (const QByteArray& output : std::as_const(m_outputs)) {
        sawKeyId = sawKeyId || output.contains(kCnKey.toUtf8());
        for (const QByteArray& secret : secrets)
            QVERIFY2(!output.contains(secret), output.constData());
    }
    QVERIFY(sawKeyId);
}

QTEST_GUILESS_MAIN(TestCliSubmit)
#include "tst_cli_submit.moc"
