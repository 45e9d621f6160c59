// acrp-soak (issues 9 and 17): random valid orders submitted, and (one run in three) instances
// renewed, by the real `acr-purchase` processes against the real `acr-bss-sandbox` executable, with
// random faults set through /__admin/faults and some processes killed with SIGKILL and resumed. The
// renewals take instances the soak bought earlier and instances "bought elsewhere" (seeded: one
// running, one expired within the 7 days, one released). At the end every journal row must agree
// with what the sandbox sold: one order per ClientToken, same InstanceId and OrderId, nothing lost or
// doubled, nothing left Sending or Unknown; every instance ends at its first EndTime plus the months
// of its settled renewals; every balance fell by exactly the prices of its orders. Prints the counts
// per fault and per outcome, for purchases and renewals; exits 1 on any disagreement.
//
//   acrp-soak [--count N] [--seed S] [--work DIR]
#include "CliTestSupport.h"
#include "core/order/Catalog.h"
#include "core/order/OrderFile.h"
#include "core/order/RenewalSpec.h"
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
// A seeded instance expired 10 days ago: released, so its renewals are refused.
const QString kReleasedSeed = QStringLiteral("cri-soakcnreleased");
// The sandbox says "Creating" for 6 s after a purchase (its --provisioning-seconds); renewals are
// refused meanwhile.
const qint64 kProvisionedMs = 7000;

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
    struct Renewal
    {
        int index = 0;
        Site site = Site::China;
        QString instanceId;
        int months = 0;
        Fault fault = Fault::None;
        Run result;
        QString clientToken; // from the JSON output, when there is one
        QString quotedPrice; // the Review's price in the JSON output, when there is one
    };
    // An instance a renewal may take: bought by an earlier submit, or seeded ("bought elsewhere").
    struct Target
    {
        QString instanceId;
        Site site = Site::China;
        qint64 boughtAtMs = -1; // on m_clock; -1: seeded
    };
    // What the report counts for one kind of run (submits, renewals).
    struct Counts
    {
        QMap<QString, QMap<QString, int>> byFault; // fault -> outcome -> count
        QMap<QString, qint64> faultMs; // fault -> time spent on its runs, resumes included
        int runs = 0;
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
    bool seedInstances(QStringList* options);
    bool readSeededEndTimes();
    // One CLI run (command and its own arguments; the endpoint, --yes, --json, the signature,
    // --timeout and --attempts are added) with `fault` set first and at times a SIGKILL, counted in
    // `counts`; resumed until settled when killed or when its outcome is unknown.
    Run faultyRun(Site site, const QStringList& command, const QString& name, Fault fault, Counts* counts);
    void submitOnce(int index);
    void renewOnce(int index);
    void check();
    void checkRenewals(const QList<QJsonObject>& rows, const QHash<QString, QJsonObject>& soldByToken,
                       const QJsonArray& sold);
    void printCounts(const QString& title, const Counts& counts);
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
    QList<Renewal> m_renewals;
    QList<Target> m_targets;
    QElapsedTimer m_clock; // started with the run
    QHash<QString, QDateTime> m_seededEnd; // seeded instance -> its EndTime before any renewal
    QStringList m_problems;
    int m_outputs = 0;
    // Counters for the report.
    Counts m_submitCounts;
    Counts m_renewCounts;
    QMap<QString, int> m_renewRefusals; // error code -> count
    int m_renewedInstances = 0;
    int m_renewalsSettled = 0;
    int m_renewKilledBeforeRow = 0;
    int m_calendarDiffers = 0; // end + sum of months != end + each renewal's months in turn
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

bool Soak::seedInstances(QStringList* options)
{
    // Instances "bought elsewhere", one account each: running, expired 3 days ago (still renewable:
    // the stopped days are paid for) and released (expired 10 days ago: refused). Their first
    // EndTime is read back from the sandbox.
    const Catalog& catalog = Catalog::builtIn();
    QJsonArray seeds;
    const auto seed = [&](Site site, const QString& id, double endsInDays) {
        const acrp::SiteInfo& info = catalog.site(site);
        seeds.append(QJsonObject {{QStringLiteral("accessKeyId"), acrp::sandboxdemo::credentials(site).accessKeyId},
                                  {QStringLiteral("instanceId"), id},
                                  {QStringLiteral("name"), QString(QStringLiteral("seeded-") + id.mid(4))},
                                  {QStringLiteral("edition"), info.editions.last()},
                                  {QStringLiteral("region"), catalog.regions().first().id},
                                  {QStringLiteral("endsInDays"), endsInDays},
                                  {QStringLiteral("renewStatus"), QStringLiteral("ManualRenewal")}});
        m_targets.append({id, site});
    };
    seed(Site::China, QStringLiteral("cri-soakcnrunning"), 20.5);
    seed(Site::China, QStringLiteral("cri-soakcnexpired"), -3);
    seed(Site::China, kReleasedSeed, -10);
    seed(Site::International, QStringLiteral("cri-soakintlrunning"), 40);
    const QString path = m_work + QStringLiteral("/seed-instances.json");
    QFile file(path);
    const QByteArray json = QJsonDocument(seeds).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        problem(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    *options = {QStringLiteral("--seed-instances"), path};
    return true;
}

bool Soak::readSeededEndTimes()
{
    const QJsonArray instances
        = m_sandbox->admin("GET", QStringLiteral("/__admin/instances")).value(QLatin1String("instances")).toArray();
    for (const QJsonValue& value : instances) {
        const QJsonObject instance = value.toObject();
        m_seededEnd.insert(
            instance.value(QLatin1String("instanceId")).toString(),
            QDateTime::fromString(instance.value(QLatin1String("endTime")).toString(), Qt::ISODateWithMs));
    }
    for (const Target& target : std::as_const(m_targets)) {
        if (!m_seededEnd.value(target.instanceId).isValid()) {
            problem(QStringLiteral("the sandbox did not seed %1 (it lists %2 instances)")
                        .arg(target.instanceId)
                        .arg(instances.size()));
            return false;
        }
    }
    return true;
}

Run Soak::faultyRun(Site site, const QStringList& command, const QString& name, Fault fault, Counts* counts)
{
    if (!setFaults(randomFaults(fault)))
        return {};
    // A moment within the process's likely life: a stall keeps it waiting for seconds.
    const int life = fault == Fault::Stall ? 2500 : fault == Fault::Latency ? 700 : 300;
    const int killAfterMs = chance(0.2) ? uniform(0, life) : -1;
    m_signature = chance(0.5) ? QStringLiteral("v1") : QStringLiteral("v3");
    const QStringList args = command
        + QStringList {QStringLiteral("--endpoint"),  m_url,      QStringLiteral("--yes"), QStringLiteral("--json"),
                       QStringLiteral("--signature"), m_signature}
        + kTimeout + QStringList {QStringLiteral("--attempts"), QString::number(uniform(1, 3))};
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli(site, args, name, killAfterMs);
    const QString outcome = run.killed ? QStringLiteral("killed") : QStringLiteral("exit %1").arg(run.exitCode);
    counts->byFault[faultName(fault)][outcome] += 1;
    ++counts->runs;
    if (!run.killed) {
        const QString state = run.json().value(QLatin1String("state")).toString();
        const QString expected = run.exitCode == 0 ? QStringLiteral("Succeeded")
            : run.exitCode == 3                    ? QStringLiteral("Failed")
            : run.exitCode == 4                    ? QStringLiteral("Unknown")
                                                   : QString();
        if (run.exitCode != 5 && state != expected)
            problem(QStringLiteral("%1: exit %2 but state \"%3\": %4")
                        .arg(name)
                        .arg(run.exitCode)
                        .arg(state, QString::fromUtf8(run.out)));
    }
    if (run.killed || run.exitCode == 4)
        resumeUntilSettled(site, name.section(u'-', 0, 0));
    counts->faultMs[faultName(fault)] += timer.elapsed();
    return run;
}

void Soak::submitOnce(int index)
{
    Submit submit;
    submit.index = index;
    submit.order = randomOrder(index);
    const acrp::ValidationResult validation = acrp::Validator().validate(submit.order);
    if (!validation.isValid()) {
        QStringList messages;
        for (const acrp::OrderField field : validation.invalidFields())
            messages.append(validation.message(field));
        problem(QStringLiteral("the generator made an invalid order #%1: %2").arg(index).arg(messages.join(u' ')));
        return;
    }
    const QString orderPath = QStringLiteral("%1/orders/%2.json").arg(m_work).arg(index);
    QFile file(orderPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(OrderFile::serialize(submit.order)) < 0) {
        problem(QStringLiteral("cannot write %1").arg(orderPath));
        return;
    }
    file.close();
    submit.fault = pick(kFaults);
    submit.result = faultyRun(submit.order.site, {QStringLiteral("submit"), orderPath},
                              QStringLiteral("%1-submit").arg(index), submit.fault, &m_submitCounts);
    const QJsonObject json = submit.result.json();
    submit.clientToken = json.value(QLatin1String("clientToken")).toString();
    submit.instanceId = json.value(QLatin1String("instanceId")).toString();
    if (!submit.result.killed && submit.result.exitCode == 0 && !submit.instanceId.isEmpty())
        m_targets.append({submit.instanceId, submit.order.site, m_clock.elapsed()});
    m_submits.append(submit);
}

void Soak::renewOnce(int index)
{
    Renewal renewal;
    renewal.index = index;
    // Mostly an instance of the China site that can be renewed (seeded, or bought long enough ago
    // to be provisioned); one time in five any instance: the released one, those of the
    // International site, and those still being created included.
    QList<Target> likely;
    for (const Target& target : std::as_const(m_targets)) {
        const bool provisioned = target.boughtAtMs < 0 || m_clock.elapsed() - target.boughtAtMs > kProvisionedMs;
        if (target.site == Site::China && target.instanceId != kReleasedSeed && provisioned)
            likely.append(target);
    }
    const Target target = chance(0.2) || likely.isEmpty() ? pick(m_targets) : pick(likely);
    renewal.instanceId = target.instanceId;
    renewal.site = target.site;
    renewal.months = pick(acrp::RenewalSpec::renewalPeriods());
    renewal.fault = pick(kFaults);
    renewal.result = faultyRun(
        renewal.site,
        {QStringLiteral("renew"), renewal.instanceId, QStringLiteral("--period"), QString::number(renewal.months)},
        QStringLiteral("%1-renew").arg(index), renewal.fault, &m_renewCounts);
    const QJsonObject json = renewal.result.json();
    renewal.clientToken = json.value(QLatin1String("clientToken")).toString();
    renewal.quotedPrice = json.value(QLatin1String("quote"))
                              .toObject()
                              .value(QLatin1String("price"))
                              .toObject()
                              .value(QLatin1String("tradePrice"))
                              .toString();
    if (!renewal.result.killed && renewal.result.exitCode == 3)
        m_renewRefusals[json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString()] += 1;
    if (!renewal.result.killed && renewal.result.exitCode == 0
        && json.value(QLatin1String("instanceId")).toString() != renewal.instanceId)
        problem(QStringLiteral("#%1 renewed %2, not %3")
                    .arg(index)
                    .arg(json.value(QLatin1String("instanceId")).toString(), renewal.instanceId));
    m_renewals.append(renewal);
}

int Soak::run()
{
    QDir(m_work).removeRecursively();
    for (const QString& dir : {QStringLiteral("/outputs"), QStringLiteral("/orders"), QStringLiteral("/home-cn"),
                               QStringLiteral("/home-intl")})
        QDir().mkpath(m_work + dir);
    QElapsedTimer& timer = m_clock;
    timer.start();
    QStringList seedOptions;
    if (!seedInstances(&seedOptions) || !startSandbox(seedOptions) || !readSeededEndTimes()) {
        report(timer.elapsed());
        return 1;
    }
    m_url = m_sandbox->url();
    out() << "acrp-soak: seed " << m_seed << ", " << m_count << " runs (purchases and renewals) against " << m_url
          << " (work dir " << m_work << ")\n";
    out() << "  repeat: acrp-soak --seed " << m_seed << " --count " << m_count << "\n";
    out().flush();

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
        // One run in three renews an instance bought earlier or seeded.
        if (uniform(0, 2) == 0)
            renewOnce(i);
        else
            submitOnce(i);
        if (m_count >= 10 && i % (m_count / 10) == 0) {
            out() << "  " << i << " / " << m_count << " runs, " << timer.elapsed() / 1000 << " s\n";
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
    QList<QJsonObject> renewRows;
    for (const Site site : {Site::China, Site::International}) {
        const Run history = runCli(site, {QStringLiteral("history"), QStringLiteral("--json")},
                                   site == Site::China ? QStringLiteral("history-cn") : QStringLiteral("history-intl"));
        if (history.exitCode != 0) {
            problem(QStringLiteral("history exited with %1").arg(history.exitCode));
            continue;
        }
        const QString keyId = acrp::sandboxdemo::credentials(site).accessKeyId;
        for (const QJsonValue& value : history.json().value(QLatin1String("orders")).toArray()) {
            QJsonObject row = value.toObject();
            const QString id = QStringLiteral("journal row #%1 (%2)")
                                   .arg(row.value(QLatin1String("id")).toInt())
                                   .arg(acrp::siteId(site));
            const QString state = row.value(QLatin1String("state")).toString();
            const QString token = row.value(QLatin1String("clientToken")).toString();
            const QString kind = row.value(QLatin1String("kind")).toString();
            m_finalStates[kind + u' ' + state] += 1;
            if (journalTokens.contains(token))
                problem(QStringLiteral("%1: ClientToken %2 used by two rows").arg(id, token));
            journalTokens.insert(token);
            if (state == QLatin1String("Sending") || state == QLatin1String("Unknown"))
                problem(QStringLiteral("%1 left %2 after resume").arg(id, state));
            const bool bought = soldByToken.contains(token);
            if ((state == QLatin1String("Succeeded")) != bought)
                problem(QStringLiteral("%1 is %2 but the sandbox %3 ClientToken %4")
                            .arg(id, state, bought ? QStringLiteral("sold") : QStringLiteral("did not sell"), token));
            const QJsonObject sale = soldByToken.value(token);
            if (bought && sale.value(QLatin1String("accessKeyId")).toString() != keyId)
                problem(QStringLiteral("%1: sold to %2, not %3")
                            .arg(id, sale.value(QLatin1String("accessKeyId")).toString(), keyId));
            const QString saleType = kind == QLatin1String("renew") ? QStringLiteral("Renew") : QStringLiteral("New");
            if (bought && sale.value(QLatin1String("type")).toString() != saleType)
                problem(QStringLiteral("%1 (%2): the sandbox's order for ClientToken %3 is of type %4")
                            .arg(id, kind, token, sale.value(QLatin1String("type")).toString()));
            for (const char* field : {"instanceId", "orderId"}) {
                const QLatin1String key(field);
                if (bought && row.value(key).toString() != sale.value(key).toString())
                    problem(QStringLiteral("%1: %2 %3, the sandbox says %4")
                                .arg(id, key, row.value(key).toString(), sale.value(key).toString()));
            }
            if (kind == QLatin1String("renew")) {
                row.insert(QStringLiteral("soakSite"), acrp::siteId(site));
                renewRows.append(row);
                continue;
            }
            if (kind != QLatin1String("new"))
                problem(QStringLiteral("%1: kind \"%2\", not new or renew").arg(id, kind));
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
            if (!bought)
                continue;
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
    checkRenewals(renewRows, soldByToken, sold);
}

void Soak::checkRenewals(const QList<QJsonObject>& rows, const QHash<QString, QJsonObject>& soldByToken,
                         const QJsonArray& sold)
{
    const auto renewalOf = [](const QJsonObject& row) { return row.value(QLatin1String("renewal")).toObject(); };
    const auto rowName = [](const QJsonObject& row) {
        return QStringLiteral("renewal row #%1 (%2)")
            .arg(row.value(QLatin1String("id")).toInt())
            .arg(row.value(QLatin1String("soakSite")).toString());
    };
    // Every row renews what a run asked for: the run that printed its ClientToken, or else a run
    // killed before it printed anything (same site, instance and months).
    QHash<QString, QJsonObject> rowByToken;
    for (const QJsonObject& row : rows) {
        const QJsonObject renewal = renewalOf(row);
        if (row.value(QLatin1String("instanceId")).toString() != renewal.value(QLatin1String("instanceId")).toString())
            problem(QStringLiteral("%1 holds instance %2 but renews %3")
                        .arg(rowName(row), row.value(QLatin1String("instanceId")).toString(),
                             renewal.value(QLatin1String("instanceId")).toString()));
        rowByToken.insert(row.value(QLatin1String("clientToken")).toString(), row);
    }
    const auto key = [](const QString& site, const QString& instanceId, int months) {
        return QStringLiteral("%1 %2 %3").arg(site, instanceId).arg(months);
    };
    QHash<QString, int> killedRuns; // key -> runs killed before they printed a ClientToken
    QSet<QString> matched;
    for (const Renewal& renewal : std::as_const(m_renewals)) {
        const QString id = QStringLiteral("renewal #%1").arg(renewal.index);
        if (renewal.clientToken.isEmpty()) {
            if (renewal.result.killed)
                killedRuns[key(acrp::siteId(renewal.site), renewal.instanceId, renewal.months)] += 1;
            else if (renewal.result.exitCode != 5)
                problem(QStringLiteral("%1 (exit %2) printed no ClientToken").arg(id).arg(renewal.result.exitCode));
            continue;
        }
        const auto row = rowByToken.constFind(renewal.clientToken);
        if (row == rowByToken.cend()) {
            problem(QStringLiteral("%1 printed ClientToken %2, which no journal row holds: lost")
                        .arg(id, renewal.clientToken));
            continue;
        }
        matched.insert(renewal.clientToken);
        const QJsonObject asked = renewalOf(*row);
        if (asked.value(QLatin1String("instanceId")).toString() != renewal.instanceId
            || asked.value(QLatin1String("periodMonths")).toInt() != renewal.months)
            problem(QStringLiteral("%1 renewed %2 for %3 months, its row says %4 for %5")
                        .arg(id, renewal.instanceId)
                        .arg(renewal.months)
                        .arg(asked.value(QLatin1String("instanceId")).toString())
                        .arg(asked.value(QLatin1String("periodMonths")).toInt()));
        // The Review's price is what the renewal cost.
        const QJsonObject sale = soldByToken.value(renewal.clientToken);
        if (!sale.isEmpty() && !renewal.quotedPrice.isEmpty()
            && acrp::sandbox::PriceTable::parseMoney(renewal.quotedPrice)
                != acrp::sandbox::PriceTable::parseMoney(sale.value(QLatin1String("price")).toString()))
            problem(QStringLiteral("%1: the Review said %2, the sandbox charged %3")
                        .arg(id, renewal.quotedPrice, sale.value(QLatin1String("price")).toString()));
    }
    for (const QJsonObject& row : rows) {
        if (matched.contains(row.value(QLatin1String("clientToken")).toString()))
            continue;
        const QJsonObject asked = renewalOf(row);
        int& runs = killedRuns[key(row.value(QLatin1String("soakSite")).toString(),
                                   asked.value(QLatin1String("instanceId")).toString(),
                                   asked.value(QLatin1String("periodMonths")).toInt())];
        if (runs == 0)
            problem(QStringLiteral("%1 was made by no renewal run").arg(rowName(row)));
        else
            --runs;
    }
    for (const int runs : std::as_const(killedRuns))
        m_renewKilledBeforeRow += runs;

    // Every instance ends at its first EndTime (seeded, or its New order's) plus the months of its
    // settled renewals, one after another in the journal's order.
    QHash<QString, QDateTime> firstEnd = m_seededEnd;
    for (const QJsonValue& value : sold) {
        const QJsonObject order = value.toObject();
        if (order.value(QLatin1String("type")).toString() == QLatin1String("New"))
            firstEnd.insert(
                order.value(QLatin1String("instanceId")).toString(),
                QDateTime::fromString(order.value(QLatin1String("usageEnd")).toString(), Qt::ISODateWithMs));
    }
    QList<QJsonObject> settled;
    for (const QJsonObject& row : rows) {
        if (row.value(QLatin1String("state")).toString() == QLatin1String("Succeeded"))
            settled.append(row);
    }
    std::sort(settled.begin(), settled.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return std::pair(a.value(QLatin1String("soakSite")).toString(), a.value(QLatin1String("id")).toInt())
            < std::pair(b.value(QLatin1String("soakSite")).toString(), b.value(QLatin1String("id")).toInt());
    });
    m_renewalsSettled = int(settled.size());
    QHash<QString, QList<int>> monthsOf;
    for (const QJsonObject& row : std::as_const(settled))
        monthsOf[row.value(QLatin1String("instanceId")).toString()].append(
            renewalOf(row).value(QLatin1String("periodMonths")).toInt());
    m_renewedInstances = int(monthsOf.size());
    QSet<QString> listed;
    const QJsonArray instances
        = m_sandbox->admin("GET", QStringLiteral("/__admin/instances")).value(QLatin1String("instances")).toArray();
    for (const QJsonValue& value : instances) {
        const QJsonObject instance = value.toObject();
        const QString id = instance.value(QLatin1String("instanceId")).toString();
        listed.insert(id);
        const QDateTime end
            = QDateTime::fromString(instance.value(QLatin1String("endTime")).toString(), Qt::ISODateWithMs);
        if (!firstEnd.contains(id)) {
            problem(QStringLiteral("the sandbox lists %1, which it neither sold nor seeded").arg(id));
            continue;
        }
        QDateTime expected = firstEnd.value(id);
        QStringList months;
        int total = 0;
        for (const int month : monthsOf.value(id)) {
            expected = expected.addMonths(month);
            months.append(QString::number(month));
            total += month;
        }
        if (!end.isValid() || end != expected)
            problem(QStringLiteral("%1 ends at %2, not at %3 (%4 plus the settled renewals' months: %5)")
                        .arg(id, instance.value(QLatin1String("endTime")).toString(),
                             expected.toString(Qt::ISODateWithMs), firstEnd.value(id).toString(Qt::ISODateWithMs),
                             months.isEmpty() ? QStringLiteral("none") : months.join(u'+')));
        if (firstEnd.value(id).addMonths(total) != expected)
            ++m_calendarDiffers;
    }
    for (auto it = monthsOf.cbegin(); it != monthsOf.cend(); ++it) {
        if (!listed.contains(it.key()))
            problem(QStringLiteral("%1 was renewed but the sandbox does not list it").arg(it.key()));
    }
}

void Soak::printCounts(const QString& title, const Counts& counts)
{
    QStringList outcomes;
    for (const auto& byOutcome : counts.byFault) {
        for (auto it = byOutcome.begin(); it != byOutcome.end(); ++it) {
            if (!outcomes.contains(it.key()))
                outcomes.append(it.key());
        }
    }
    outcomes.sort();
    out() << '\n'
          << title
          << " per fault and outcome (exit codes: 0 done, 3 refused, 4 unknown -> resume; killed: "
             "SIGKILL -> resume)\n";
    out() << QStringLiteral("  %1").arg(QStringLiteral("fault"), -20);
    for (const QString& outcome : std::as_const(outcomes))
        out() << QStringLiteral("%1").arg(outcome, 9);
    out() << QStringLiteral("%1%2").arg(QStringLiteral("total"), 9).arg(QStringLiteral("ms each"), 9) << '\n';
    QMap<QString, int> totals;
    for (const Fault fault : kFaults) {
        const QMap<QString, int> byOutcome = counts.byFault.value(faultName(fault));
        out() << QStringLiteral("  %1").arg(faultName(fault), -20);
        int total = 0;
        for (const QString& outcome : std::as_const(outcomes)) {
            out() << QStringLiteral("%1").arg(byOutcome.value(outcome), 9);
            total += byOutcome.value(outcome);
            totals[outcome] += byOutcome.value(outcome);
        }
        out() << QStringLiteral("%1%2").arg(total, 9).arg(total ? counts.faultMs.value(faultName(fault)) / total : 0, 9)
              << '\n';
    }
    out() << QStringLiteral("  %1").arg(QStringLiteral("all"), -20);
    for (const QString& outcome : std::as_const(outcomes))
        out() << QStringLiteral("%1").arg(totals.value(outcome), 9);
    out() << QStringLiteral("%1").arg(counts.runs, 9) << '\n';
}

void Soak::report(qint64 elapsedMs)
{
    printCounts(QStringLiteral("submits"), m_submitCounts);
    printCounts(QStringLiteral("renewals"), m_renewCounts);
    QStringList resumeExits;
    for (auto it = m_resumeExits.begin(); it != m_resumeExits.end(); ++it)
        resumeExits.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    QStringList states;
    for (auto it = m_finalStates.begin(); it != m_finalStates.end(); ++it)
        states.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    out() << "submits killed before their journal row was written (nothing sold): " << m_killedBeforeRow
          << "; kills that came after the process had ended: " << m_killsTooLate << '\n';
    QStringList refusals;
    for (auto it = m_renewRefusals.begin(); it != m_renewRefusals.end(); ++it)
        refusals.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    out() << "renewals refused (exit 3): "
          << (refusals.isEmpty() ? QStringLiteral("none") : refusals.join(QStringLiteral(", ")))
          << "; killed before their journal row was written: " << m_renewKilledBeforeRow << '\n';
    QMap<QString, QMap<QString, int>> bySite; // site -> outcome -> renewal runs
    for (const Renewal& renewal : std::as_const(m_renewals))
        bySite[acrp::siteId(renewal.site)]
              [renewal.result.killed ? QStringLiteral("killed")
                                     : QStringLiteral("exit %1").arg(renewal.result.exitCode)]
            += 1;
    QStringList sites;
    for (auto site = bySite.cbegin(); site != bySite.cend(); ++site) {
        QStringList outcomes;
        for (auto it = site->cbegin(); it != site->cend(); ++it)
            outcomes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        sites.append(QStringLiteral("%1: %2").arg(site.key(), outcomes.join(QStringLiteral(", "))));
    }
    out() << "renewals per site of the instance: " << sites.join(QStringLiteral("; ")) << '\n';
    out() << "renewals settled: " << m_renewalsSettled << ", on " << m_renewedInstances
          << " instance(s); instances whose first EndTime plus the sum of the months differs from the months added "
             "in turn (month ends): "
          << m_calendarDiffers << '\n';
    out() << "resume runs: " << m_resumeRuns << " (" << resumeExits.join(QStringLiteral(", ")) << "; "
          << m_resumesKilled << " of them killed)\n";
    out() << "sandbox restarts from its state file: " << m_sandboxRestarts << '\n';
    out() << "journal rows: " << states.join(QStringLiteral(", ")) << "; sandbox orders: " << m_sandboxOrders << '\n';
    const qsizetype runs = m_submits.size() + m_renewals.size();
    out() << "time: " << elapsedMs / 1000.0 << " s (" << (runs == 0 ? 0 : elapsedMs / runs) << " ms per run)\n";
    if (m_problems.isEmpty()) {
        out() << "OK: one order per ClientToken, every journal row (purchases and renewals) agrees with the sandbox, "
                 "none lost, none doubled, every EndTime and balance as the settled orders make them (seed "
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
    parser.setApplicationDescription(
        QStringLiteral("Soak: random valid orders and renewals, random faults and SIGKILLs; "
                       "checks that the journals agree with the sandbox."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"),
                      QStringLiteral("Number of runs: submits, and one in three renewals (default 50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
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
