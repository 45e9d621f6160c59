// acr-bss-sandbox: a local BSS endpoint for tests and demos (see the README).
#include "core/Version.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;
using acrp::sandbox::SandboxConfig;
using acrp::sandbox::SandboxServer;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::sandbox::main)
};

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: one byte into the pipe; the event loop does the rest.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}
#endif

// SIGINT and SIGTERM end the event loop, so the process exits normally.
void quitOnSignals(QCoreApplication& app)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#elif defined(Q_OS_WIN)
    Q_UNUSED(app);
    SetConsoleCtrlHandler(
        [](DWORD) -> BOOL {
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
            return TRUE;
        },
        TRUE);
#else
    Q_UNUSED(app);
#endif
}

// A whole number from an option, within [min, max]; prints the problem and returns false otherwise.
template<typename Number>
bool readNumber(const QCommandLineParser& parser, const QCommandLineOption& option, Number min, Number* target)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qlonglong value = parser.value(option).toLongLong(&ok);
    if (!ok || value < qlonglong(min) || value > qlonglong(std::numeric_limits<Number>::max())) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(Text::tr("acr-bss-sandbox: --%1 needs a whole number from %2, not \"%3\".")
                                        .arg(option.names().constFirst())
                                        .arg(min)
                                        .arg(parser.value(option))));
        return false;
    }
    *target = Number(value);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"acr-bss-sandbox"_s);
    QCoreApplication::setApplicationVersion(acrp::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "A local stand-in for Alibaba Cloud's BSS API (2017-12-14), ACR's GetInstance and ListInstance "
        "(2018-12-01) and STS's AssumeRole and GetCallerIdentity (2015-04-01), on 127.0.0.1 only. It never "
        "charges anything: prices are illustrative.\n"
        "Demo AccessKeys: SandboxDemoKeyCN (China site) and SandboxDemoKeyIntl (International site), and the RAM "
        "user keys SandboxRamUserKeyCN and SandboxRamUserKeyIntl that assume the demo roles; see the README for "
        "their secrets.\n"
        "Prints one line \"listening on http://127.0.0.1:PORT\" on stdout, then serves until SIGINT or SIGTERM.\n"
        "Faults can also be changed while it runs: POST /__admin/faults with a JSON object such as "
        "{\"failNextUnavailable\": 2}; GET /__admin/orders lists what was bought.\n"
        "Instances bought elsewhere: POST /__admin/instances with one instance or an array (as in "
        "--seed-instances); GET /__admin/instances lists every instance. The business clock: POST /__admin/clock "
        "with {\"offsetDays\": N}; GET /__admin/clock shows it. Temporary credentials: GET /__admin/sts lists "
        "them, POST /__admin/sts/expire expires them all."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, Text::tr("Port on 127.0.0.1; 0 picks a free one (default)."),
                                        Text::tr("N"), u"0"_s);
    const QCommandLineOption stateOption(
        u"state"_s, Text::tr("Keep orders and balances in FILE across restarts (default: in memory only)."),
        Text::tr("FILE"));
    const QCommandLineOption balanceOption(
        u"balance"_s, Text::tr("Starting balance of every account (default %1).").arg(SandboxConfig().balance),
        Text::tr("AMOUNT"));
    const QCommandLineOption currencyOption(u"currency"_s, Text::tr("Currency of the accounts (default CNY)."),
                                            Text::tr("CODE"));
    const QCommandLineOption provisioningOption(
        u"provisioning-seconds"_s,
        Text::tr("Seconds a new instance takes from PENDING through STARTING to RUNNING (default 6)."), Text::tr("N"));
    const QCommandLineOption latencyOption(u"latency-ms"_s, Text::tr("Delay every API answer by N milliseconds."),
                                           Text::tr("N"));
    const QCommandLineOption unavailableOption(u"fail-next-unavailable"_s,
                                               Text::tr("The next N API requests fail with ServiceUnavailable (503)."),
                                               Text::tr("N"));
    const QCommandLineOption throttlingOption(
        u"fail-next-throttling"_s, Text::tr("The next N API requests fail with Throttling.User."), Text::tr("N"));
    const QCommandLineOption stallOption(
        u"commit-then-stall-ms"_s,
        Text::tr("CreateInstance records the order, then answers only after N milliseconds."), Text::tr("N"));
    const QCommandLineOption dropOption(u"drop-next-connections"_s,
                                        Text::tr("Close the connection of the next N API requests without an answer."),
                                        Text::tr("N"));
    const QCommandLineOption malformedOption(
        u"malformed-next"_s, Text::tr("Answer the next N API requests with a body that is not JSON."), Text::tr("N"));
    const QCommandLineOption oversizedOption(
        u"oversized-next"_s, Text::tr("Answer the next N API requests with a body of 8 MiB."), Text::tr("N"));
    const QCommandLineOption clockOption(u"clock-offset-seconds"_s,
                                         Text::tr("Run the server's clock N seconds ahead (negative: behind)."),
                                         Text::tr("N"));
    const QCommandLineOption clockDaysOption(
        u"clock-offset-days"_s,
        Text::tr("Run the business clock (creation, expiry, the release 7 days after expiry) N days ahead "
                 "(negative: behind); signatures are still checked against the real time."),
        Text::tr("N"));
    const QCommandLineOption seedOption(
        u"seed-instances"_s,
        Text::tr("Add the instances “bought elsewhere” listed in FILE, a JSON array of objects with accessKeyId, "
                 "name, edition, region, endTime or endsInDays, and optionally instanceId, createTime, renewStatus, "
                 "renewalDuration, renewalDurationUnit, instanceIssue and order {amount, orderId}. Instances already "
                 "seeded are kept."),
        Text::tr("FILE"));
    const QCommandLineOption stsTtlOption(
        u"sts-ttl-seconds"_s,
        Text::tr("Temporary credentials from AssumeRole expire after at most N seconds, whatever DurationSeconds "
                 "asked for (default: DurationSeconds alone)."),
        Text::tr("N"));
    parser.addOptions({portOption, stateOption, balanceOption, currencyOption, provisioningOption, latencyOption,
                       unavailableOption, throttlingOption, stallOption, dropOption, malformedOption, oversizedOption,
                       clockOption, clockDaysOption, seedOption, stsTtlOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(Text::tr("acr-bss-sandbox: unexpected argument \"%1\"; see --help.")
                                        .arg(parser.positionalArguments().constFirst())));
        return 2;
    }

    SandboxConfig config;
    quint16 port = 0;
    if (parser.isSet(stateOption))
        config.statePath = parser.value(stateOption);
    if (parser.isSet(balanceOption))
        config.balance = parser.value(balanceOption);
    if (parser.isSet(currencyOption))
        config.currency = parser.value(currencyOption);
    if (parser.isSet(seedOption))
        config.seedInstancesPath = parser.value(seedOption);
    acrp::sandbox::SandboxFaults& faults = config.faults;
    const bool numbersOk = readNumber(parser, portOption, quint16(0), &port)
        && readNumber(parser, provisioningOption, 0, &config.provisioningSeconds)
        && readNumber(parser, latencyOption, 0, &faults.latencyMs)
        && readNumber(parser, unavailableOption, 0, &faults.failNextUnavailable)
        && readNumber(parser, throttlingOption, 0, &faults.failNextThrottling)
        && readNumber(parser, stallOption, 0, &faults.commitThenStallMs)
        && readNumber(parser, dropOption, 0, &faults.dropNextConnections)
        && readNumber(parser, malformedOption, 0, &faults.malformedNext)
        && readNumber(parser, oversizedOption, 0, &faults.oversizedNext)
        && readNumber(parser, clockOption, std::numeric_limits<qint64>::min() / 2, &faults.clockOffsetSeconds)
        && readNumber(parser, clockDaysOption, -SandboxServer::kMaxClockOffsetDays, &config.clockOffsetDays)
        && readNumber(parser, stsTtlOption, 1, &config.stsTtlSeconds);
    if (!numbersOk)
        return 2;

    SandboxServer server(config);
    if (!server.listen(port)) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(Text::tr("acr-bss-sandbox: cannot start: %1").arg(server.errorString())));
        return 1;
    }
    quitOnSignals(app);
    // The one line on stdout, flushed at once: scripts read the port from it.
    std::printf("listening on %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
