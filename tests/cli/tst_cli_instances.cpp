// The account commands of issue 17 as processes against acr-bss-sandbox over loopback: sync,
// instances (with --expiring and its exit code 6) and renew (the same rules and exit codes as
// submit: journaled first, the same ClientToken on retry and on resume after SIGKILL, charged once),
// and at the end a scan of everything written and printed for the secret used.
#include "CliTestSupport.h"
#include "sandbox/SandboxAccounts.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kCnKey = QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina);
const QString kCnSecret = QString::fromLatin1(acrp::sandbox::kDemoSecretChina);
const QString kIntlKey = QString::fromLatin1(acrp::sandbox::kDemoKeyIdIntl);
const QString kIntlSecret = QString::fromLatin1(acrp::sandbox::kDemoSecretIntl);

const QByteArray kBasicOrder = R"({"format":"acr-purchase/order","version":1,"order":{"site":"cn","edition":"Basic",
    "instanceName":"bought-here","region":"cn-shanghai","periodMonths":12}})";

QJsonObject seed(const QString& id, const QString& name, double endsInDays, const QString& renewStatus)
{
    QJsonObject instance {{QStringLiteral("accessKeyId"), kCnKey},
                          {QStringLiteral("instanceId"), id},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("edition"), QStringLiteral("Standard")},
                          {QStringLiteral("region"), QStringLiteral("cn-hangzhou")},
                          {QStringLiteral("endsInDays"), endsInDays},
                          {QStringLiteral("renewStatus"), renewStatus}};
    if (renewStatus == u"AutoRenewal") {
        instance.insert(QStringLiteral("renewalDuration"), 1);
        instance.insert(QStringLiteral("renewalDurationUnit"), QStringLiteral("M"));
    }
    return instance;
}

// Instances bought elsewhere: one ending in 10 days (manual renewal), one in 5 days that renews
// itself, one that ended 2 days ago (stopped, released in 5 days), one released 9 days after its end.
const QJsonArray kElsewhere
    = {seed(QStringLiteral("cri-soon0000000001"), QStringLiteral("ends-soon"), 10.5, QStringLiteral("ManualRenewal")),
       seed(QStringLiteral("cri-auto0000000002"), QStringLiteral("renews-itself"), 5.5, QStringLiteral("AutoRenewal")),
       seed(QStringLiteral("cri-gone0000000003"), QStringLiteral("ended"), -2.5, QStringLiteral("ManualRenewal")),
       seed(QStringLiteral("cri-away0000000004"), QStringLiteral("released"), -9, QStringLiteral("NotRenewal"))};

QStringList ids(const QJsonArray& instances)
{
    QStringList list;
    for (const QJsonValue& value : instances)
        list.append(value.toObject().value(QLatin1String("instanceId")).toString());
    list.sort();
    return list;
}

} // namespace

class TestCliInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncListsWhatTheAccountOwns();
    void expiringExitCode();
    void renewExtendsOnce();
    void renewRetriedKeepsItsToken();
    void renewKilledIsResumedOnce();
    void renewRefusals();
    void internationalAccountThroughAUrl();
    void usageErrors_data();
    void usageErrors();
    void secretsAppearNowhere(); // keep last

private:
    QString newHome(const QString& name);
    CliRun run(const QString& home, const QStringList& args, const QMap<QString, QString>& env = cnEnv());
    // A sandbox with kElsewhere seeded, and a home whose journal has synced it.
    bool startSeeded(SandboxProcess* sandbox, const QString& home, const QStringList& options = {});
    QJsonArray instancesJson(const SandboxProcess& sandbox, const QString& home, const QStringList& extra = {});
    static QMap<QString, QString> cnEnv()
    {
        return {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), kCnKey},
                {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kCnSecret}};
    }
    // The sandbox's renewal orders (OrderType Renew).
    static QJsonArray renewals(SandboxProcess& sandbox);
    static QString endTimeOf(SandboxProcess& sandbox, const QString& instanceId);

    QStringList m_homes;
    QList<QByteArray> m_outputs;
};

void TestCliInstances::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ACRP_CLI_EXE)));
    QVERIFY(QFile::exists(QStringLiteral(ACRP_SANDBOX_EXE)));
}

QString TestCliInstances::newHome(const QString& name)
{
    const QString home = QDir::homePath() + QStringLiteral("/cli-instances-") + name;
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    m_homes.append(home);
    return home;
}

CliRun TestCliInstances::run(const QString& home, const QStringList& args, const QMap<QString, QString>& env)
{
    CliRun result = runCli(home, args, env);
    m_outputs.append(result.out);
    m_outputs.append(result.err);
    return result;
}

bool TestCliInstances::startSeeded(SandboxProcess* sandbox, const QString& home, const QStringList& options)
{
    const QString seeds = home + QStringLiteral("/seeds.json");
    QFile file(seeds);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(kElsewhere).toJson());
    file.close();
    if (!sandbox->start(QStringList {QStringLiteral("--seed-instances"), seeds} + options))
        return false;
    const CliRun sync
        = run(home, {QStringLiteral("sync"), QStringLiteral("--endpoint"), sandbox->url(), QStringLiteral("--json")});
    return sync.exitCode == 0 && sync.json().value(QLatin1String("ok")).toBool();
}

QJsonArray TestCliInstances::instancesJson(const SandboxProcess& sandbox, const QString& home, const QStringList& extra)
{
    const CliRun list = run(
        home,
        QStringList {QStringLiteral("instances"), QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--json")}
            + extra);
    return list.json().value(QLatin1String("instances")).toArray();
}

QJsonArray TestCliInstances::renewals(SandboxProcess& sandbox)
{
    QJsonArray list;
    for (const QJsonValue& order : sandbox.orders()) {
        if (order.toObject().value(QLatin1String("type")).toString() == u"Renew")
            list.append(order);
    }
    return list;
}

QString TestCliInstances::endTimeOf(SandboxProcess& sandbox, const QString& instanceId)
{
    const QJsonArray instances
        = sandbox.admin("GET", QStringLiteral("/__admin/instances")).value(QLatin1String("instances")).toArray();
    for (const QJsonValue& value : instances) {
        if (value.toObject().value(QLatin1String("instanceId")).toString() == instanceId)
            return value.toObject().value(QLatin1String("endTime")).toString();
    }
    return {};
}

void TestCliInstances::syncListsWhatTheAccountOwns()
{
    SandboxProcess sandbox;
    const QString home = newHome(QStringLiteral("sync"));
    QVERIFY(startSeeded(&sandbox, home));
    // Never synced before this sync: the listing says so; after it, the seeded instances are there.
    QFile order(home + QStringLiteral("/order.json"));
    QVERIFY(order.open(QIODevice::WriteOnly));
    order.write(kBasicOrder);
    order.close();
    const CliRun bought = run(home,
                              {QStringLiteral("submit"), order.fileName(), QStringLiteral("--endpoint"), sandbox.url(),
                               QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(bought.exitCode == 0, bought.err.constData());
    const QString boughtId = bought.json().value(QLatin1String("instanceId")).toString();

    // Before the next sync the new instance is not listed: the listing is what the service last said.
    QCOMPARE(ids(instancesJson(sandbox, home)),
             QStringList({"cri-auto0000000002", "cri-gone0000000003", "cri-soon0000000001"}));

    const CliRun sync = run(home, {QStringLiteral("sync"), QStringLiteral("--endpoint"), sandbox.url()});
    QCOMPARE(sync.exitCode, 0);
    QVERIFY2(sync.err.contains("4 instances"), sync.err.constData());
    const QJsonArray instances = instancesJson(sandbox, home);
    QCOMPARE(instances.size(), 4); // the released one is gone; nothing is listed twice
    QStringList expected {boughtId, "cri-auto0000000002", "cri-gone0000000003", "cri-soon0000000001"};
    expected.sort(); // as ids() lists them
    QCOMPARE(ids(instances), expected);
    for (const QJsonValue& value : instances) {
        const QJsonObject instance = value.toObject();
        const bool here = instance.value(QLatin1String("instanceId")).toString() == boughtId;
        QCOMPARE(instance.value(QLatin1String("boughtHere")).toBool(), here);
        if (here) {
            QCOMPARE(instance.value(QLatin1String("name")).toString(), QStringLiteral("bought-here"));
            QCOMPARE(instance.value(QLatin1String("edition")).toString(), QStringLiteral("Basic"));
            const QJsonArray orders = instance.value(QLatin1String("orders")).toArray();
            QCOMPARE(orders.size(), 1); // the journal's row and the service's order are one
            QCOMPARE(orders.first().toObject().value(QLatin1String("orderId")).toString(),
                     bought.json().value(QLatin1String("orderId")).toString());
            QVERIFY(orders.first().toObject().value(QLatin1String("boughtHere")).toBool());
            QCOMPARE(instance.value(QLatin1String("expiry")).toString(), QStringLiteral("ok"));
        }
    }

    // For people: a table with "here" and "elsewhere", the notice of the one ending soon.
    const CliRun table = run(home,
                             {QStringLiteral("instances"), QStringLiteral("--endpoint"), sandbox.url(),
                              QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    QVERIFY2(text.contains(QStringLiteral("elsewhere")) && text.contains(QStringLiteral("here")), table.out);
    QVERIFY2(text.contains(QStringLiteral("ends-soon")), table.out);
    QVERIFY2(text.contains(QStringLiteral("10 days")), table.out); // the notice's days left
    QVERIFY2(table.err.contains("last synced"), table.err.constData());
    // The journal is not changed by a sync: one order, still as bought.
    const CliRun history = run(home, {QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.json().value(QLatin1String("orders")).toArray().size(), 1);
}

void TestCliInstances::expiringExitCode()
{
    SandboxProcess sandbox;
    const QString home = newHome(QStringLiteral("expiring"));
    QVERIFY(startSeeded(&sandbox, home));
    const auto expiring = [&](const QString& days) {
        return run(home,
                   {QStringLiteral("instances"), QStringLiteral("--endpoint"), sandbox.url(),
                    QStringLiteral("--expiring"), days, QStringLiteral("--json")});
    };
    // 15 days: the manual one ending in 10 days and the ended one; the one renewing itself is fine.
    const CliRun fifteen = expiring(QStringLiteral("15"));
    QCOMPARE(fifteen.exitCode, 6);
    const QJsonArray found = fifteen.json().value(QLatin1String("instances")).toArray();
    QCOMPARE(ids(found), QStringList({"cri-gone0000000003", "cri-soon0000000001"}));
    for (const QJsonValue& value : found) {
        const QJsonObject instance = value.toObject();
        const bool ended = instance.value(QLatin1String("instanceId")).toString() == u"cri-gone0000000003";
        QCOMPARE(instance.value(QLatin1String("expiry")).toString(),
                 ended ? QStringLiteral("expired") : QStringLiteral("soon"));
        QCOMPARE(instance.value(QLatin1String("daysLeft")).toInt(), ended ? -3 : 10);
    }
    // 5 days: only the ended one is still to be saved.
    const CliRun five = expiring(QStringLiteral("5"));
    QCOMPARE(five.exitCode, 6);
    QCOMPARE(ids(five.json().value(QLatin1String("instances")).toArray()), QStringList {"cri-gone0000000003"});

    // Renew the ended one: nothing needs renewing within 5 days any more, exit 0.
    const CliRun renew = run(home,
                             {QStringLiteral("renew"), QStringLiteral("cri-gone0000000003"), QStringLiteral("--period"),
                              QStringLiteral("1"), QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--yes"),
                              QStringLiteral("--json")});
    QVERIFY2(renew.exitCode == 0, renew.out.constData());
    const CliRun after = run(home,
                             {QStringLiteral("instances"), QStringLiteral("--endpoint"), sandbox.url(),
                              QStringLiteral("--expiring"), QStringLiteral("5"), QStringLiteral("--sync")});
    QVERIFY2(after.exitCode == 0, QByteArray(after.out + after.err).constData());
    QVERIFY2(after.out.contains("No instance needs renewing within 5 days"), after.out.constData());
}

void TestCliInstances::renewExtendsOnce()
{
    SandboxProcess sandbox;
    const QString home = newHome(QStringLiteral("renew"));
    QVERIFY(startSeeded(&sandbox, home));
    const QString before = endTimeOf(sandbox, QStringLiteral("cri-soon0000000001"));
    QVERIFY(!before.isEmpty());
    const CliRun renew = run(home,
                             {QStringLiteral("renew"), QStringLiteral("cri-soon0000000001"), QStringLiteral("--period"),
                              QStringLiteral("12"), QStringLiteral("--endpoint"), sandbox.url(),
                              QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(renew.exitCode == 0, QByteArray(renew.out + renew.err).constData());
    const QJsonObject json = renew.json();
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("renew"));
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(json.value(QLatin1String("instanceId")).toString(), QStringLiteral("cri-soon0000000001"));
    const QJsonObject quote = json.value(QLatin1String("quote")).toObject();
    QVERIFY(!quote.value(QLatin1String("price")).toObject().value(QLatin1String("tradePrice")).toString().isEmpty());
    // The new end date the Review promised is the one the service now has.
    const QDateTime promised = QDateTime::fromString(quote.value(QLatin1String("newEndTime")).toString(), Qt::ISODate);
    const QDateTime after
        = QDateTime::fromString(endTimeOf(sandbox, QStringLiteral("cri-soon0000000001")), Qt::ISODate);
    QCOMPARE(after, QDateTime::fromString(before, Qt::ISODate).addMonths(12));
    QCOMPARE(promised.toSecsSinceEpoch(), after.toSecsSinceEpoch()); // the service's times have whole seconds
    const QJsonArray charged = renewals(sandbox);
    QCOMPARE(charged.size(), 1);
    QCOMPARE(charged.first().toObject().value(QLatin1String("orderId")).toString(),
             json.value(QLatin1String("orderId")).toString());
    QCOMPARE(charged.first().toObject().value(QLatin1String("clientToken")).toString(),
             json.value(QLatin1String("clientToken")).toString());

    // The journal has it as a renewal; so does the people's output of history.
    const CliRun history = run(home, {QStringLiteral("history"), QStringLiteral("--json")});
    const QJsonObject row = history.json().value(QLatin1String("orders")).toArray().first().toObject();
    QCOMPARE(row.value(QLatin1String("kind")).toString(), QStringLiteral("renew"));
    QCOMPARE(row.value(QLatin1String("clientToken")).toString(), json.value(QLatin1String("clientToken")).toString());
    QCOMPARE(row.value(QLatin1String("renewal")).toObject().value(QLatin1String("edition")).toString(),
             QStringLiteral("Standard"));

    const CliRun table = run(home, {QStringLiteral("history"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(QString::fromUtf8(table.out).contains(QRegularExpression(
                 QStringLiteral("\n#1 .* Succeeded +renew +cn +Standard +ends-soon +cn-hangzhou +http://"))),
             table.out);
    QVERIFY2(table.out.contains(", renews cri-soon0000000001 for 12 months"), table.out);

    // For people: the Review's lines on stderr, "Renewed." on stdout.
    const CliRun again = run(home,
                             {QStringLiteral("renew"), QStringLiteral("cri-soon0000000001"), QStringLiteral("--period"),
                              QStringLiteral("1"), QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--yes"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith("Renewed. Order "), again.out.constData());
    QVERIFY2(again.err.contains("Price: ") && again.err.contains("Ends after the renewal: "), again.err.constData());
    QCOMPARE(renewals(sandbox).size(), 2); // a second renewal is a second order, with its own token
}

void TestCliInstances::renewRetriedKeepsItsToken()
{
    SandboxProcess sandbox;
    const QString home = newHome(QStringLiteral("retry"));
    QVERIFY(startSeeded(&sandbox, home));
    // The sandbox records the renewal, then answers too late: the client times out and retries.
    sandbox.setFaults({{QStringLiteral("commitThenStallMs"), 4000}});
    const CliRun stalled = run(
        home,
        {QStringLiteral("renew"), QStringLiteral("cri-soon0000000001"), QStringLiteral("--period"), QStringLiteral("2"),
         QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--yes"), QStringLiteral("--json"),
         QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--attempts"), QStringLiteral("2")});
    QCOMPARE(stalled.exitCode, 4); // outcome unknown: safe to resume
    const QString token = stalled.json().value(QLatin1String("clientToken")).toString();
    QCOMPARE(stalled.json().value(QLatin1String("kind")).toString(), QStringLiteral("renew"));
    QCOMPARE(renewals(sandbox).size(), 1); // renewed once, although two requests went out

    sandbox.setFaults({{QStringLiteral("commitThenStallMs"), 0}});
    const CliRun resume = run(home, {QStringLiteral("resume"), QStringLiteral("--json")});
    QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
    const QJsonObject resumed = resume.json().value(QLatin1String("orders")).toArray().first().toObject();
    QCOMPARE(resumed.value(QLatin1String("kind")).toString(), QStringLiteral("renew"));
    QCOMPARE(resumed.value(QLatin1String("clientToken")).toString(), token);
    QCOMPARE(resumed.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
    const QJsonArray charged = renewals(sandbox);
    QCOMPARE(charged.size(), 1);
    QCOMPARE(charged.first().toObject().value(QLatin1String("clientToken")).toString(), token);
    QCOMPARE(resumed.value(QLatin1String("orderId")).toString(),
             charged.first().toObject().value(QLatin1String("orderId")).toString());
}

void TestCliInstances::renewKilledIsResumedOnce()
{
    SandboxProcess sandbox;
    const QString home = newHome(QStringLiteral("sigkill"));
    QVERIFY(startSeeded(&sandbox, home, {QStringLiteral("--commit-then-stall-ms"), QStringLiteral("120000")}));
    QProcess cli;
    QProcessEnvironment environment = cliEnvironment(home);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), kCnKey);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kCnSecret);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(ACRP_CLI_EXE),
              {QStringLiteral("renew"), QStringLiteral("cri-soon0000000001"), QStringLiteral("--period"),
               QStringLiteral("3"), QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--yes"),
               QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("300")});
    QVERIFY(cli.waitForStarted(10000));
    // The sandbox holding the renewal proves the request left, so the journal row was written first.
    QTRY_COMPARE_WITH_TIMEOUT(renewals(sandbox).size(), 1, 30000);
    cli.kill(); // SIGKILL: no cleanup, no final journal write
    QVERIFY(cli.waitForFinished(10000));
    m_outputs.append(cli.readAllStandardOutput());
    m_outputs.append(cli.readAllStandardError());

    const CliRun history = run(home, {QStringLiteral("history"), QStringLiteral("--json")});
    const QJsonObject row = history.json().value(QLatin1String("orders")).toArray().first().toObject();
    QCOMPARE(row.value(QLatin1String("kind")).toString(), QStringLiteral("renew"));
    QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("Sending"));
    const QString token = row.value(QLatin1String("clientToken")).toString();
    QCOMPARE(token, renewals(sandbox).first().toObject().value(QLatin1String("clientToken")).toString());
    const QString endAfterOne = endTimeOf(sandbox, QStringLiteral("cri-soon0000000001"));

    sandbox.setFaults({{QStringLiteral("commitThenStallMs"), 0}});
    const CliRun resume = run(home, {QStringLiteral("resume"), QStringLiteral("--json")});
    QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
    const QJsonObject resumed = resume.json().value(QLatin1String("orders")).toArray().first().toObject();
    QCOMPARE(resumed.value(QLatin1String("clientToken")).toString(), token);
    QCOMPARE(resumed.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(renewals(sandbox).size(), 1); // charged once
    QCOMPARE(endTimeOf(sandbox, QStringLiteral("cri-soon0000000001")), endAfterOne); // extended once
}

void TestCliInstances::renewRefusals()
{
    SandboxProcess sandbox;
    const QString home = newHome(QStringLiteral("refusals"));
    QVERIFY(startSeeded(&sandbox, home, {QStringLiteral("--balance"), QStringLiteral("1.00")}));
    const auto renew = [&](const QString& instance, const QStringList& extra = {}) {
        return run(home,
                   QStringList {QStringLiteral("renew"), instance, QStringLiteral("--period"), QStringLiteral("1"),
                                QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--yes"),
                                QStringLiteral("--json")}
                       + extra);
    };
    // Released (past the 7 days): the service does not know it any more.
    const CliRun released = renew(QStringLiteral("cri-away0000000004"));
    QCOMPARE(released.exitCode, 3);
    QCOMPARE(released.error().value(QLatin1String("code")).toString(), QStringLiteral("ResourceNotExists"));
    QVERIFY(!released.error().value(QLatin1String("explanation")).toString().isEmpty());
    QCOMPARE(released.json().value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
    // Not enough balance for the price (the Review already said so).
    const CliRun poor = renew(QStringLiteral("cri-soon0000000001"));
    QCOMPARE(poor.exitCode, 3);
    QCOMPARE(poor.error().value(QLatin1String("code")).toString(), QStringLiteral("PAY.INSUFFICIENT_BALANCE"));
    QVERIFY(poor.json().value(QLatin1String("quote")).toObject().value(QLatin1String("balanceTooLow")).toBool());
    QCOMPARE(renewals(sandbox).size(), 0);

    // Invalid renewals are not sent: exit 2, every problem listed, no journal row.
    const CliRun invalid = run(home,
                               {QStringLiteral("renew"), QStringLiteral("i-not-an-acr-id"), QStringLiteral("--period"),
                                QStringLiteral("10"), QStringLiteral("--endpoint"), sandbox.url(),
                                QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(invalid.exitCode, 2);
    QCOMPARE(invalid.error().value(QLatin1String("problems")).toArray().size(), 2);
    const CliRun words
        = run(home,
              {QStringLiteral("renew"), QStringLiteral("cri-soon0000000001"), QStringLiteral("--period"),
               QStringLiteral("twelve"), QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--yes")});
    QCOMPARE(words.exitCode, 2);
    QVERIFY2(words.err.contains("nothing was sent"), words.err.constData());

    // A real endpoint without --yes and no terminal to ask on: nothing is sent.
    const CliRun real
        = run(home,
              {QStringLiteral("renew"), QStringLiteral("cri-soon0000000001"), QStringLiteral("--period"),
               QStringLiteral("1"), QStringLiteral("--endpoint"), QStringLiteral("cn"), QStringLiteral("--json"),
               QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--attempts"), QStringLiteral("1")});
    QCOMPARE(real.exitCode, 5);
    QVERIFY2(real.error().value(QLatin1String("message")).toString().contains(QStringLiteral("--yes")), real.out);

    // Two refusals in the journal, both renewals that failed; nothing else.
    const CliRun history = run(home, {QStringLiteral("history"), QStringLiteral("--json")});
    const QJsonArray rows = history.json().value(QLatin1String("orders")).toArray();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue& value : rows) {
        QCOMPARE(value.toObject().value(QLatin1String("kind")).toString(), QStringLiteral("renew"));
        QCOMPARE(value.toObject().value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
    }
}

void TestCliInstances::internationalAccountThroughAUrl()
{
    // The International site's account behind a URL endpoint, with the environment's key: the
    // endpoint does not say the site, --site does (and after a sync, the synced instance does).
    SandboxProcess sandbox;
    const QString home = newHome(QStringLiteral("intl"));
    QJsonObject intl
        = seed(QStringLiteral("cri-intl000000001"), QStringLiteral("abroad"), 3.5, QStringLiteral("ManualRenewal"));
    intl.insert(QStringLiteral("accessKeyId"), kIntlKey);
    intl.insert(QStringLiteral("edition"), QStringLiteral("Advanced"));
    intl.insert(QStringLiteral("region"), QStringLiteral("ap-southeast-1"));
    const QString seeds = home + QStringLiteral("/seeds.json");
    QFile file(seeds);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonArray {intl}).toJson());
    file.close();
    QVERIFY(sandbox.start({QStringLiteral("--seed-instances"), seeds}));
    const QMap<QString, QString> intlEnv {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), kIntlKey},
                                          {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kIntlSecret}};

    // Without --site the China site is asked, and the service says the account is on the other one.
    const CliRun china = run(
        home, {QStringLiteral("sync"), QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--json")}, intlEnv);
    QCOMPARE(china.exitCode, 3);
    QVERIFY2(china.out.contains("NotApplicable"), china.out.constData());
    const CliRun sync = run(home,
                            {QStringLiteral("sync"), QStringLiteral("--endpoint"), sandbox.url(),
                             QStringLiteral("--site"), QStringLiteral("intl"), QStringLiteral("--json")},
                            intlEnv);
    QVERIFY2(sync.exitCode == 0, sync.out.constData());
    QCOMPARE(sync.json().value(QLatin1String("instances")).toInt(), 1);
    const CliRun list = run(home,
                            {QStringLiteral("instances"), QStringLiteral("--endpoint"), sandbox.url(),
                             QStringLiteral("--expiring"), QStringLiteral("15"), QStringLiteral("--json")},
                            intlEnv);
    QCOMPARE(list.exitCode, 6);
    QCOMPARE(ids(list.json().value(QLatin1String("instances")).toArray()), QStringList {"cri-intl000000001"});

    // Renewed on its own site: the synced instance says which.
    const CliRun renew = run(home,
                             {QStringLiteral("renew"), QStringLiteral("cri-intl000000001"), QStringLiteral("--period"),
                              QStringLiteral("1"), QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--yes"),
                              QStringLiteral("--json")},
                             intlEnv);
    QVERIFY2(renew.exitCode == 0, renew.out.constData());
    QCOMPARE(renewals(sandbox).size(), 1);
    const CliRun history = run(home, {QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.json().value(QLatin1String("orders")).toArray().first().toObject().value(QLatin1String("site")),
             QJsonValue(QStringLiteral("intl")));

    // --site that contradicts the endpoint, or is no site: nothing is asked.
    const CliRun contradicts = run(home,
                                   {QStringLiteral("sync"), QStringLiteral("--endpoint"), QStringLiteral("cn"),
                                    QStringLiteral("--site"), QStringLiteral("intl"), QStringLiteral("--json")});
    QCOMPARE(contradicts.exitCode, 5);
    QVERIFY2(contradicts.error().value(QLatin1String("message")).toString().contains(QStringLiteral("--site intl")),
             contradicts.out.constData());
    const CliRun moon = run(home,
                            {QStringLiteral("renew"), QStringLiteral("cri-intl000000001"), QStringLiteral("--period"),
                             QStringLiteral("1"), QStringLiteral("--endpoint"), sandbox.url(), QStringLiteral("--site"),
                             QStringLiteral("moon"), QStringLiteral("--yes")});
    QCOMPARE(moon.exitCode, 5);
    QVERIFY2(moon.err.contains("Unknown site"), moon.err.constData());
    QCOMPARE(renewals(sandbox).size(), 1);
}

void TestCliInstances::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("sync argument") << QStringList {QStringLiteral("sync"), QStringLiteral("extra")}
                                   << QStringLiteral("sync takes no arguments");
    QTest::newRow("sync endpoint") << QStringList {QStringLiteral("sync"), QStringLiteral("--endpoint"),
                                                   QStringLiteral("moon")}
                                   << QStringLiteral("moon");
    QTest::newRow("expiring not a number")
        << QStringList {QStringLiteral("instances"), QStringLiteral("--expiring"), QStringLiteral("soon")}
        << QStringLiteral("--expiring must be a whole number from 0 to 3650");
    QTest::newRow("expiring negative") << QStringList {QStringLiteral("instances"), QStringLiteral("--expiring"),
                                                       QStringLiteral("-1")}
                                       << QStringLiteral("--expiring must be a whole number");
    QTest::newRow("instances argument") << QStringList {QStringLiteral("instances"), QStringLiteral("cri-x")}
                                        << QStringLiteral("instances takes no arguments");
    QTest::newRow("renew no id") << QStringList {QStringLiteral("renew"), QStringLiteral("--period"),
                                                 QStringLiteral("1")}
                                 << QStringLiteral("renew needs exactly one instance ID");
    QTest::newRow("renew no period") << QStringList {QStringLiteral("renew"), QStringLiteral("cri-soon0000000001")}
                                     << QStringLiteral("renew needs --period N");
    QTest::newRow("renew unknown option") << QStringList {QStringLiteral("renew"), QStringLiteral("cri-soon0000000001"),
                                                          QStringLiteral("--perod"), QStringLiteral("1")}
                                          << QStringLiteral("--period");
}

void TestCliInstances::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString home = newHome(QStringLiteral("usage"));
    const CliRun result = run(home, args + QStringList {QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    // Nothing was written: no journal for a usage error.
    QVERIFY(!QFile::exists(home + QStringLiteral("/data/acr-purchase/acr-purchase/journal.sqlite")));
}

void TestCliInstances::secretsAppearNowhere()
{
    const QByteArray secret = kCnSecret.toUtf8();
    int files = 0;
    bool sawKeyId = false; // positive control: the scan reads what was written (the seed files name the key)
    for (const QString& home : std::as_const(m_homes)) {
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            sawKeyId = sawKeyId || content.contains(kCnKey.toUtf8());
            QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        }
    }
    QVERIFY(sawKeyId);
    QVERIFY(files >= 6); // journals with synced instances and renewals, seed files
    QVERIFY(m_outputs.size() > 40);
    for (const QByteArray& output : std::as_const(m_outputs))
        QVERIFY2(!output.contains(secret), output.constData());
}

QTEST_GUILESS_MAIN(TestCliInstances)
#include "tst_cli_instances.moc"
