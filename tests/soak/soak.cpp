// acrp-soak (issue 9): random valid orders submitted by the real `acr-purchase` processes against
// the real `acr-bss-sandbox` executable, with random faults set through /__admin/faults and some
// processes killed with SIGKILL and resumed. At the end every journal row must agree with what the
// sandbox sold: one order per ClientToken, same InstanceId and OrderId, nothing lost or doubled,
// nothing left Sending or Unknown. Prints the counts per fault and per outcome; exits 1 on any
// disagreement.
//
//   acrp-soak [--count N] [--seed S] [--work DIR]
#include "CliTestSupport.h"
#include "core/order/Catalog.h"
#include "core/order/OrderFile.h"
#include "core/order/Validator.h"
#include "core/store/SandboxCredentials.h"
#include "sandbox/PriceTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <random>

namespace {

using acrp::Catalog;
using acrp::OrderFile;
using acrp::OrderSpec;
using acrp::Site;

const QString kStartingBalance = QStringLiteral("1000000000.00");
// Every CLI run gives up an attempt after 1 s without data, so a commit-then-stall becomes "outcome
// unknown" quickly; submits make 1 to 3 attempts (throttling and 503 sometimes exhaust them),
// resumes 2.
const QStringList kTimeout = {QStringLiteral("--timeout"), QStringLiteral("1")};

enum class Fault { None, Latency, Unavailable, Throttling, Stall, Drop };
const QList<Fault> kFaults
    = {Fault::None, Fault::Latency, Fault::Unavailable, Fault::Throttling, Fault::Stall, Fault::Drop};

// How each fault is made: the sandbox's admin setting for it (/admin/faults) and the range its
// value is drawn from. None sets nothing, which turns every fault off.
struct FaultSetting
{
    Fault fault;
    const char* name; // in the report
    const char* setting;
    int low;
    int high;
};

const FaultSetting kFaultSettings[] = {
    {Fault::None, "none", nullptr, 0, 0},
    {Fault::Latency, "latency", "latencyMs", 50, 500},
    {Fault::Unavailable, "503", "failNextUnavailable", 1, 3},
    {Fault::Throttling, "throttling", "failNextThrottling", 1, 3},
    // Longer than the client's 1 s timeout: recorded and charged, but the answer comes too late.
    {Fault::Stall, "commit-then-stall", "commitThenStallMs", 1100, 1600},
    {Fault::Drop, "dropped-connection", "dropNextConnections", 1, 3},
};

const FaultSetting& faultSetting(Fault fault)
{
    return *std::find_if(std::cbegin(kFaultSettings), std::cend(kFaultSettings),
                         [fault](const FaultSetting& item) { return item.fault == fault; });
}

QString faultName(Fault fault)
{
    return QString::fromLatin1(faultSetting(fault).name);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Everything a process printed, kept in the work directory (the secret scan reads it) and
// returned with how it ended.
struct Run
{
    int exitCode = -1; // -1: killed by us (or crashed)
    bool killed = false;
    QByteArray out;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class Soak
{
public:
    Soak(quint64 seed, int count, QString work)
        : m_seed(seed)
        , m_count(count)
        , m_work(std::move(work))
        , m_random(seed)
    { }

    int run();

private:
    struct Submit
    {
        int index = 0;
        OrderSpec order;
        Fault fault = Fault::None;
        int killAfterMs = -1; // -1: not killed
        Run result;
        QString clientToken; // from the JSON output, when there is one
        QString instanceId;
    };

    // Random helpers, all from the one seeded generator.
    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    template<typename T> const T& pick(const QList<T>& list) { return list.at(uniform(0, int(list.size()) - 1)); }

    OrderSpec randomOrder(int index);
    int randomQuota(const acrp::QuotaRule& rule);
    QJsonObject randomFaults(Fault fault);
    QString home(Site site) const;
    QProcessEnvironment environment(Site site) const;
    Run runCli(Site site, const QStringList& args, const QString& name, int killAfterMs = -1);
    bool setFaults(const QJsonObject& faults);
    void resumeUntilSettled(Site site, const QString& name);
    bool startSandbox(const QStringList& extra);
    void check();
    void report(qint64 elapsedMs);
    void problem(const QString& text) { m_problems.append(text); }

    const quint64 m_seed;
    const int m_count;
    const QString m_work;
    std::mt19937_64 m_random;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_url;
    QString m_signature;
    QList<Submit> m_submits;
    QStringList m_problems;
    int m_outputs = 0;
    // Counters for the report.
    QMap<QString, QMap<QString, int>> m_byFault; // fault -> outcome -> count
    QMap<QString, qint64> m_faultMs; // fault -> time spent on its submits, resumes included
    QMap<QString, int> m_resumeExits;
    int m_resumeRuns = 0;
    int m_resumesKilled = 0;
    int m_killsTooLate = 0;
    int m_killedBeforeRow = 0;
    int m_sandboxRestarts = 0;
    QMap<QString, int> m_finalStates;
    int m_sandboxOrders = 0;
};

QString Soak::home(Site site) const
{
    // One journal per site: resume signs with the environment's key, which belongs to one site.
    return m_work + (site == Site::China ? QStringLiteral("/home-cn") : QStringLiteral("/home-intl"));
}

QProcessEnvironment Soak::environment(Site site) const
{
    QProcessEnvironment environment = cliEnvironment(home(site));
    const acrp::Credentials demo = acrp::sandboxdemo::credentials(site);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), demo.accessKeyId);
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), demo.accessKeySecret);
    return environment;
}

int Soak::randomQuota(const acrp::QuotaRule& rule)
{
    // Mostly small quotas, so the prices stay within the sandbox balance.
    const int steps = qMin(20, (rule.max - rule.min) / qMax(1, rule.step));
    return rule.min + rule.step * uniform(0, steps);
}

OrderSpec Soak::randomOrder(int index)
{
    const Catalog& catalog = Catalog::builtIn();
    OrderSpec order;
    const acrp::SiteInfo& site = pick(catalog.sites());
    order.site = site.site;
    order.edition = pick(site.editions);
    // Unique per run: the sandbox refuses a name already used in a region.
    order.instanceName = QStringLiteral("soak-%1-%2").arg(QString::number(m_seed % 1000000007u, 36)).arg(index);
    order.region = pick(catalog.regions()).id;
    order.defaultBucket = chance(0.7);
    if (!order.defaultBucket)
        order.customBucket = order.instanceName + QStringLiteral("-bucket");
    order.imageScanner = pick(catalog.scanners()).id;
    order.extraNamespaces = randomQuota(catalog.namespaceQuota());
    order.extraRepositories = randomQuota(catalog.repositoryQuota());
    order.vpcQuota = randomQuota(catalog.vpcQuota());
    order.periodMonths = pick(catalog.periods());
    order.autoRenewal = chance(0.3);
    order.renewPeriodMonths = order.autoRenewal ? pick(catalog.renewPeriods()) : 0;
    return order;
}

QJsonObject Soak::randomFaults(Fault fault)
{
    // Every setting is sent, so the previous submit's fault is turned off.
    QJsonObject faults;
    for (const FaultSetting& item : kFaultSettings) {
        if (item.setting)
            faults.insert(QLatin1String(item.setting), 0);
    }
    const FaultSetting& chosen = faultSetting(fault);
    if (chosen.setting)
        faults.insert(QLatin1String(chosen.setting), uniform(chosen.low, chosen.high));
    return faults;
}

bool Soak::setFaults(const QJsonObject& faults)
{
    const QJsonObject answer = m_sandbox->admin("POST", QStringLiteral("/__admin/faults"), faults);
    for (auto it = faults.begin(); it != faults.end(); ++it) {
        if (answer.value(it.key()) != it.value()) {
            problem(QStringLiteral("the sandbox did not take the faults %1 (answer: %2)")
                        .arg(QString::fromUtf8(QJsonDocument(faults).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))));
            return false;
        }
    }
    return true;
}

Run Soak::runCli(Site site, const QStringList& args, const QString& name, int killAfterMs)
{
    QProcess process;
    process.setProcessEnvironment(environment(site));
    process.start(QStringLiteral(ACRP_CLI_EXE), args);
    Run run;
    if (!process.waitForStarted(10000)) {
        problem(QStringLiteral("%1: acr-purchase did not start: %2").arg(name, process.errorString()));
        return run;
    }
    process.closeWriteChannel(); // no terminal: --yes is what allows a real endpoint
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill(); // SIGKILL: no cleanup, no last journal write
        run.killed = true;
    }
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(180000)) {
        problem(QStringLiteral("%1: acr-purchase still running after 3 minutes").arg(name));
        process.kill();
        process.waitForFinished(10000);
    }
    if (!run.killed && killAfterMs >= 0)
        ++m_killsTooLate;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (!run.killed && run.exitCode == -1)
        problem(QStringLiteral("%1: acr-purchase crashed").arg(name));
    run.out = process.readAllStandardOutput();
    const QString base
        = QStringLiteral("%1/outputs/%2-%3").arg(m_work).arg(++m_outputs, 5, 10, QLatin1Char('0')).arg(name);
    for (const auto& [suffix, data] : {std::pair {QStringLiteral(".out"), run.out},
                                       std::pair {QStringLiteral(".err"), process.readAllStandardError()}}) {
        QFile file(base + suffix);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            problem(QStringLiteral("cannot write %1").arg(file.fileName()));
    }
    return run;
}

void Soak::resumeUntilSettled(Site site, const QString& name)
{
    // Half the time first with the faults as they are (a stall may still be on, a counted fault may
    // be left), then with every fault off, until resume finds nothing unresolved.
    const int firstClean = chance(0.5) ? 1 : 0;
    for (int round = 0; round < 8; ++round) {
        const bool faultsOn = round < firstClean;
        if (round == firstClean && !setFaults(randomFaults(Fault::None)))
            return;
        const QStringList args = QStringList {QStringLiteral("resume"),      QStringLiteral("--json"),
                                              QStringLiteral("--signature"), m_signature,
                                              QStringLiteral("--attempts"),  QStringLiteral("2")}
            + kTimeout;
        const int killAfter = faultsOn && chance(0.15) ? uniform(0, 300) : -1;
        const Run run = runCli(site, args, name + QStringLiteral("-resume"), killAfter);
        ++m_resumeRuns;
        m_resumesKilled += run.killed ? 1 : 0;
        m_resumeExits[run.killed ? QStringLiteral("killed") : QString::number(run.exitCode)] += 1;
        if (run.killed)
            continue;
        if (run.exitCode == 0 || run.exitCode == 3) // nothing left Sending or Unknown
            return;
        if (run.exitCode != 4) {
            problem(QStringLiteral("%1: resume exited with %2: %3")
                        .arg(name)
                        .arg(run.exitCode)
                        .arg(QString::fromUtf8(run.out)));
            return;
        }
    }
    problem(QStringLiteral("%1: orders still unresolved after 8 resumes").arg(name));
}

bool Soak::startSandbox(const QStringList& extra)
{
    m_sandbox = std::make_unique<SandboxProcess>();
    const QStringList options = QStringList {QStringLiteral("--state"), m_work + QStringLiteral("/sandbox-state.json"),
                                             QStringLiteral("--balance"), kStartingBalance}
        + extra;
    if (!m_sandbox->start(options)) {
        problem(QStringLiteral("acr-bss-sandbox did not start with %1").arg(options.join(u' ')));
        return false;
    }
    return true;
}

int Soak::run()
{
    QDir(m_work).removeRecursively();
    for (const QString& dir : {QStringLiteral("/outputs"), QStringLiteral("/orders"), QStringLiteral("/home-cn"),
                               QStringLiteral("/home-intl")})
        QDir().mkpath(m_work + dir);
    QElapsedTimer timer;
    timer.start();
    if (!startSandbox({}))
        return 1;
    m_url = m_sandbox->url();
    out() << "acrp-soak: seed " << m_seed << ", " << m_count << " submits against " << m_url << " (work dir " << m_work
          << ")\n";
    out() << "  repeat: acrp-soak --seed " << m_seed << " --count " << m_count << "\n";
    out().flush();

    const acrp::Validator validator;
    for (int i = 1; i <= m_count && m_problems.isEmpty(); ++i) {
        if (i == m_count / 2 + 1 && m_count >= 4) {
            // Halfway: the sandbox stops and starts again on the same port from its state file.
            m_sandbox.reset();
            if (!startSandbox({QStringLiteral("--port"), m_url.section(u':', -1)}))
                break;
            if (m_sandbox->url() != m_url) {
                problem(QStringLiteral("the restarted sandbox listens on %1, not %2").arg(m_sandbox->url(), m_url));
                break;
            }
            ++m_sandboxRestarts;
        }
        Submit submit;
        submit.index = i;
        submit.order = randomOrder(i);
        const acrp::ValidationResult validation = validator.validate(submit.order);
        if (!validation.isValid()) {
            QStringList messages;
            for (const acrp::OrderField field : validation.invalidFields())
                messages.append(validation.message(field));
            problem(QStringLiteral("the generator made an invalid order #%1: %2").arg(i).arg(messages.join(u' ')));
            break;
        }
        const QString orderPath = QStringLiteral("%1/orders/%2.json").arg(m_work).arg(i);
        QFile file(orderPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(OrderFile::serialize(submit.order)) < 0) {
            problem(QStringLiteral("cannot write %1").arg(orderPath));
            break;
        }
        file.close();
        submit.fault = pick(kFaults);
        if (!setFaults(randomFaults(submit.fault)))
            break;
        // A moment within the process's likely life: a stall keeps it waiting for seconds.
        const int life = submit.fault == Fault::Stall ? 2500 : submit.fault == Fault::Latency ? 700 : 300;
        submit.killAfterMs = chance(0.2) ? uniform(0, life) : -1;
        m_signature = chance(0.5) ? QStringLiteral("v1") : QStringLiteral("v3");
        QStringList args = {QStringLiteral("submit"),      orderPath,
                            QStringLiteral("--endpoint"),  m_url,
                            QStringLiteral("--yes"),       QStringLiteral("--json"),
                            QStringLiteral("--signature"), m_signature};
        args += kTimeout + QStringList {QStringLiteral("--attempts"), QString::number(uniform(1, 3))};
        const QString name = QStringLiteral("%1-submit").arg(i);
        QElapsedTimer submitTimer;
        submitTimer.start();
        submit.result = runCli(submit.order.site, args, name, submit.killAfterMs);
        const QJsonObject json = submit.result.json();
        submit.clientToken = json.value(QLatin1String("clientToken")).toString();
        submit.instanceId = json.value(QLatin1String("instanceId")).toString();
        const QString outcome
            = submit.result.killed ? QStringLiteral("killed") : QStringLiteral("exit %1").arg(submit.result.exitCode);
        m_byFault[faultName(submit.fault)][outcome] += 1;

        const int code = submit.result.exitCode;
        if (!submit.result.killed) {
            const QString state = json.value(QLatin1String("state")).toString();
            const QString expected = code == 0 ? QStringLiteral("Succeeded")
                : code == 3                    ? QStringLiteral("Failed")
                : code == 4                    ? QStringLiteral("Unknown")
                                               : QString();
            if (code != 5 && state != expected)
                problem(QStringLiteral("#%1: exit %2 but state \"%3\": %4")
                            .arg(i)
                            .arg(code)
                            .arg(state, QString::fromUtf8(submit.result.out)));
        }
        if (submit.result.killed || code == 4)
            resumeUntilSettled(submit.order.site, QString::number(i));
        m_faultMs[faultName(submit.fault)] += submitTimer.elapsed();
        m_submits.append(submit);
        if (m_count >= 10 && i % (m_count / 10) == 0) {
            out() << "  " << i << " / " << m_count << " submits, " << timer.elapsed() / 1000 << " s\n";
            out().flush();
        }
    }
    if (m_problems.isEmpty() && setFaults(randomFaults(Fault::None))) {
        // Nothing may be left for a last resume; run it anyway, faults off, for both journals.
        for (const Site site : {Site::China, Site::International})
            resumeUntilSettled(site, site == Site::China ? QStringLiteral("final-cn") : QStringLiteral("final-intl"));
        check();
    }
    report(timer.elapsed());
    return m_problems.isEmpty() ? 0 : 1;
}

void Soak::check()
{
    // The sandbox: what it sold, one order per ClientToken.
    const QJsonArray sold = m_sandbox->orders();
    m_sandboxOrders = int(sold.size());
    QHash<QString, QJsonObject> soldByToken;
    QHash<QString, qint64> chargedCents;
    for (const QJsonValue& value : sold) {
        const QJsonObject order = value.toObject();
        const QString token = order.value(QLatin1String("clientToken")).toString();
        if (token.isEmpty())
            problem(QStringLiteral("the sandbox holds an order without ClientToken: %1")
                        .arg(order.value(QLatin1String("orderId")).toString()));
        else if (soldByToken.contains(token))
            problem(QStringLiteral("the sandbox sold twice with ClientToken %1").arg(token));
        soldByToken.insert(token, order);
        chargedCents[order.value(QLatin1String("accessKeyId")).toString()]
            += acrp::sandbox::PriceTable::parseMoney(order.value(QLatin1String("price")).toString()).value_or(0);
    }
    // Charged once: every account's balance is the start minus the orders it holds.
    const QJsonObject balances
        = m_sandbox->admin("GET", QStringLiteral("/__admin/balances")).value(QLatin1String("balances")).toObject();
    const qint64 start = *acrp::sandbox::PriceTable::parseMoney(kStartingBalance);
    for (auto it = balances.begin(); it != balances.end(); ++it) {
        const auto balance = acrp::sandbox::PriceTable::parseMoney(it.value().toString());
        if (!balance || *balance != start - chargedCents.value(it.key()))
            problem(QStringLiteral("the balance of %1 is %2, not the start minus the orders it holds")
                        .arg(it.key(), it.value().toString()));
    }
    if (balances.size() != 2)
        problem(QStringLiteral("the sandbox reports %1 balances, not 2").arg(balances.size()));

    // The journals: every row agrees with the sandbox.
    QHash<QString, QJsonObject> rowByName;
    QSet<QString> journalTokens;
    for (const Site site : {Site::China, Site::International}) {
        const Run history = runCli(site, {QStringLiteral("history"), QStringLiteral("--json")},
                                   site == Site::China ? QStringLiteral("history-cn") : QStringLiteral("history-intl"));
        if (history.exitCode != 0) {
            problem(QStringLiteral("history exited with %1").arg(history.exitCode));
            continue;
        }
        const QString keyId = acrp::sandboxdemo::credentials(site).accessKeyId;
        for (const QJsonValue& value : history.json().value(QLatin1String("orders")).toArray()) {
            const QJsonObject row = value.toObject();
            const QString id = QStringLiteral("journal row #%1 (%2)")
                                   .arg(row.value(QLatin1String("id")).toInt())
                                   .arg(acrp::siteId(site));
            const QString state = row.value(QLatin1String("state")).toString();
            const QString token = row.value(QLatin1String("clientToken")).toString();
            m_finalStates[state] += 1;
            QString error;
            const auto order
                = OrderFile::parse(QJsonDocument(row.value(QLatin1String("order")).toObject()).toJson(), &error);
            if (!order) {
                problem(QStringLiteral("%1: its order does not parse: %2").arg(id, error));
                continue;
            }
            if (rowByName.contains(order->instanceName))
                problem(QStringLiteral("%1: a second row for %2").arg(id, order->instanceName));
            rowByName.insert(order->instanceName, row);
            if (journalTokens.contains(token))
                problem(QStringLiteral("%1: ClientToken %2 used by two rows").arg(id, token));
            journalTokens.insert(token);
            if (state == QLatin1String("Sending") || state == QLatin1String("Unknown"))
                problem(QStringLiteral("%1 left %2 after resume").arg(id, state));
            const bool bought = soldByToken.contains(token);
            if ((state == QLatin1String("Succeeded")) != bought)
                problem(QStringLiteral("%1 is %2 but the sandbox %3 ClientToken %4")
                            .arg(id, state, bought ? QStringLiteral("sold") : QStringLiteral("did not sell"), token));
            if (!bought)
                continue;
            const QJsonObject sale = soldByToken.value(token);
            for (const char* field : {"instanceId", "orderId"}) {
                const QLatin1String key(field);
                if (row.value(key).toString() != sale.value(key).toString())
                    problem(QStringLiteral("%1: %2 %3, the sandbox says %4")
                                .arg(id, key, row.value(key).toString(), sale.value(key).toString()));
            }
            if (sale.value(QLatin1String("accessKeyId")).toString() != keyId)
                problem(QStringLiteral("%1: sold to %2, not %3")
                            .arg(id, sale.value(QLatin1String("accessKeyId")).toString(), keyId));
            const auto soldOrder = OrderFile::orderFromJson(sale.value(QLatin1String("order")).toObject(), &error);
            if (!soldOrder || *soldOrder != *order)
                problem(QStringLiteral("%1: the sandbox sold a different order for ClientToken %2").arg(id, token));
        }
    }
    // Nothing bought that the journal does not know about.
    for (auto it = soldByToken.begin(); it != soldByToken.end(); ++it) {
        if (!journalTokens.contains(it.key()))
            problem(QStringLiteral("the sandbox sold ClientToken %1 (%2), which no journal row holds")
                        .arg(it.key(), it.value().value(QLatin1String("instanceId")).toString()));
    }
    // Every submit: exactly one row, unless it was killed before writing one (then nothing was sold).
    for (const Submit& submit : std::as_const(m_submits)) {
        const QString id = QStringLiteral("submit #%1").arg(submit.index);
        const auto row = rowByName.constFind(submit.order.instanceName);
        const int code = submit.result.exitCode;
        if (row == rowByName.cend()) {
            m_killedBeforeRow += submit.result.killed ? 1 : 0;
            if (!submit.result.killed && code != 5)
                problem(QStringLiteral("%1 (exit %2) has no journal row: lost").arg(id).arg(code));
            continue;
        }
        if (!submit.clientToken.isEmpty() && row->value(QLatin1String("clientToken")).toString() != submit.clientToken)
            problem(QStringLiteral("%1 printed ClientToken %2, its row holds %3")
                        .arg(id, submit.clientToken, row->value(QLatin1String("clientToken")).toString()));
        if (code == 0 && row->value(QLatin1String("instanceId")).toString() != submit.instanceId)
            problem(QStringLiteral("%1 printed InstanceId %2, its row holds %3")
                        .arg(id, submit.instanceId, row->value(QLatin1String("instanceId")).toString()));
    }
    if (rowByName.size() > m_submits.size())
        problem(QStringLiteral("%1 journal rows for %2 submits").arg(rowByName.size()).arg(m_submits.size()));
}

void Soak::report(qint64 elapsedMs)
{
    QStringList outcomes;
    for (const auto& byOutcome : std::as_const(m_byFault)) {
        for (auto it = byOutcome.begin(); it != byOutcome.end(); ++it) {
            if (!outcomes.contains(it.key()))
                outcomes.append(it.key());
        }
    }
    outcomes.sort();
    out() << "\nsubmits per fault and outcome (exit codes: 0 bought, 3 refused, 4 unknown -> resume; killed: "
             "SIGKILL -> resume)\n";
    out() << QStringLiteral("  %1").arg(QStringLiteral("fault"), -20);
    for (const QString& outcome : std::as_const(outcomes))
        out() << QStringLiteral("%1").arg(outcome, 9);
    out() << QStringLiteral("%1%2").arg(QStringLiteral("total"), 9).arg(QStringLiteral("ms each"), 9) << '\n';
    QMap<QString, int> totals;
    for (const Fault fault : kFaults) {
        const QMap<QString, int> byOutcome = m_byFault.value(faultName(fault));
        out() << QStringLiteral("  %1").arg(faultName(fault), -20);
        int total = 0;
        for (const QString& outcome : std::as_const(outcomes)) {
            out() << QStringLiteral("%1").arg(byOutcome.value(outcome), 9);
            total += byOutcome.value(outcome);
            totals[outcome] += byOutcome.value(outcome);
        }
        out() << QStringLiteral("%1%2").arg(total, 9).arg(total ? m_faultMs.value(faultName(fault)) / total : 0, 9)
              << '\n';
    }
    out() << QStringLiteral("  %1").arg(QStringLiteral("all"), -20);
    for (const QString& outcome : std::as_const(outcomes))
        out() << QStringLiteral("%1").arg(totals.value(outcome), 9);
    out() << QStringLiteral("%1").arg(m_submits.size(), 9) << '\n';

    QStringList resumeExits;
    for (auto it = m_resumeExits.begin(); it != m_resumeExits.end(); ++it)
        resumeExits.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    QStringList states;
    for (auto it = m_finalStates.begin(); it != m_finalStates.end(); ++it)
        states.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    out() << "submits killed before their journal row was written (nothing sold): " << m_killedBeforeRow
          << "; kills that came after the process had ended: " << m_killsTooLate << '\n';
    out() << "resume runs: " << m_resumeRuns << " (" << resumeExits.join(QStringLiteral(", ")) << "; "
          << m_resumesKilled << " of them killed)\n";
    out() << "sandbox restarts from its state file: " << m_sandboxRestarts << '\n';
    out() << "journal rows: " << states.join(QStringLiteral(", ")) << "; sandbox orders: " << m_sandboxOrders << '\n';
    out() << "time: " << elapsedMs / 1000.0 << " s (" << (m_submits.isEmpty() ? 0 : elapsedMs / m_submits.size())
          << " ms per submit)\n";
    if (m_problems.isEmpty()) {
        out() << "OK: one order per ClientToken, every journal row agrees with the sandbox, none lost, none "
                 "doubled (seed "
              << m_seed << ")\n";
    } else {
        out() << "FAILED: " << m_problems.size() << " problem(s) (seed " << m_seed << ")\n";
        for (const QString& text : std::as_const(m_problems))
            out() << "  " << text << '\n';
    }
    out().flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak: random valid orders, random faults and SIGKILLs; "
                                                    "checks that the journals agree with the sandbox."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Number of submits (default 50)."), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed (default: from the clock)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("work"),
                      QStringLiteral("Work directory, emptied first (default: a folder in "
                                     "the temporary directory)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    bool ok = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1) {
        std::fprintf(stderr, "--count must be a whole number from 1\n");
        return 2;
    }
    quint64 seed = quint64(QDateTime::currentMSecsSinceEpoch());
    if (parser.isSet(QStringLiteral("seed"))) {
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            std::fprintf(stderr, "--seed must be a whole number\n");
            return 2;
        }
    }
    const QString work = parser.isSet(QStringLiteral("work"))
        ? QDir(parser.value(QStringLiteral("work"))).absolutePath()
        : QDir::temp().filePath(QStringLiteral("acrp-soak-%1").arg(seed));
    return Soak(seed, count, work).run();
}
