// Benchmark 5 of issue 9: signer throughput (whole signed CreateInstance requests per second, V1 and
// V3) and the validator's cost per keystroke.
//
// Plain loops timed with QElapsedTimer, each run for a fixed minimum time. Side by side in the same
// run, each signer figure is compared with the bare HMAC over the same string to sign (the crypto
// alone), so the ratio is what canonicalisation, encoding and request assembly add on top; the
// validator figure is compared with its budget of 100 µs per keystroke.
//
// Prints a table and "RESULT|..." lines that installer/bench.sh gathers into its summary.
#include "TestSupport.h"
#include "core/api/Signer.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <cstdio>
#include <functional>

using namespace acrp;

namespace {

constexpr double kValidatorBudgetUs = 100.0;

// A value the compiler cannot prove unused, so timed work is not optimised away.
volatile qsizetype g_sink = 0;

// Runs `work(i)` in batches until at least `minimumMs` have passed; returns nanoseconds per call.
double nsPerCall(const std::function<qsizetype(int)>& work, int minimumMs)
{
    // A short warm-up (caches, lazy statics such as the catalog and translators).
    for (int i = 0; i < 200; ++i)
        g_sink = g_sink + work(i);
    QElapsedTimer timer;
    timer.start();
    qint64 calls = 0;
    int batch = 256;
    for (;;) {
        for (int i = 0; i < batch; ++i)
            g_sink = g_sink + work(int(calls) + i);
        calls += batch;
        const qint64 elapsedNs = timer.nsecsElapsed();
        if (elapsedNs >= qint64(minimumMs) * 1000000)
            return double(elapsedNs) / double(calls);
        batch = qMin(batch * 2, 1 << 16);
    }
}

// A typical order as the wizard builds it: China site, Standard edition, some quotas.
OrderSpec typicalOrder()
{
    OrderSpec order = acrp::test::chinaOrder(QStringLiteral("team-registry-prod"), QStringLiteral("Standard"),
                                             QStringLiteral("cn-hangzhou"));
    order.extraNamespaces = 5;
    order.extraRepositories = 1000;
    order.vpcQuota = 2;
    order.autoRenewal = true;
    order.renewPeriodMonths = 12;
    return order;
}

RpcCall createInstanceCall()
{
    RpcCall call;
    call.method = "POST";
    call.scheme = QStringLiteral("https");
    call.host = QStringLiteral("business.aliyuncs.com");
    call.action = QStringLiteral("CreateInstance");
    call.version = QStringLiteral("2017-12-14");
    call.parameters = createInstanceParameters(typicalOrder(), QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
    return call;
}

QString nonceFor(int i)
{
    // Distinct per call, as real nonces are, without timing the random generator.
    return QStringLiteral("3f2504e04f8911d39a0c0305e82c%1").arg(i & 0xffff, 4, 16, QLatin1Char('0'));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signer throughput (V1, V3) and validator cost per keystroke."));
    parser.addHelpOption();
    const QCommandLineOption timeOption(QStringLiteral("ms"), QStringLiteral("Minimum time per measurement."),
                                        QStringLiteral("ms"), QStringLiteral("1500"));
    parser.addOption(timeOption);
    parser.process(app);
    const int minimumMs = qMax(100, parser.value(timeOption).toInt());

    const RpcCall call = createInstanceCall();
    const Credentials credentials {QStringLiteral("SandboxDemoKeyCN"), QStringLiteral("sandbox-demo-secret-cn"), {}};
    const QDateTime time = QDateTime::fromString(QStringLiteral("2024-05-01T08:00:00Z"), Qt::ISODate);
    const QByteArray v1Key = credentials.accessKeySecret.toUtf8() + '&';
    const QByteArray v3Key = credentials.accessKeySecret.toUtf8();
    const SignedRequest v1Sample = signer::signV1(call, credentials, time, nonceFor(0));
    const SignedRequest v3Sample = signer::signV3(call, credentials, time, nonceFor(0));

    const double v1Ns
        = nsPerCall([&](int i) { return signer::signV1(call, credentials, time, nonceFor(i)).body.size(); }, minimumMs);
    const double v1HmacNs = nsPerCall(
        [&](int) {
            return QMessageAuthenticationCode::hash(v1Sample.stringToSign, v1Key, QCryptographicHash::Sha1)
                .toBase64()
                .size();
        },
        minimumMs);
    const double v3Ns
        = nsPerCall([&](int i) { return signer::signV3(call, credentials, time, nonceFor(i)).url.size(); }, minimumMs);
    // V3's crypto: the SHA-256 of the canonical request and the HMAC-SHA256 over the string to sign
    // (the empty body's hash is a constant an implementation may cache).
    HeaderList v3Headers = v3Sample.headers;
    v3Headers.removeIf(
        [](const auto& header) { return header.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    const QByteArray v3Canonical
        = signer::v3CanonicalRequest(v3Sample.method, "/", call.parameters, v3Headers, signer::sha256Hex({}));
    const double v3HmacNs = nsPerCall(
        [&](int) {
            const QByteArray hash = QCryptographicHash::hash(v3Canonical, QCryptographicHash::Sha256).toHex();
            const QByteArray mac
                = QMessageAuthenticationCode::hash(v3Sample.stringToSign, v3Key, QCryptographicHash::Sha256).toHex();
            return hash.size() + mac.size();
        },
        minimumMs);

    // The validator as the wizard calls it: the whole order on every change. "Typing" replays the
    // keystrokes of an instance name (each prefix is one call; the first two are too short and get
    // a message), "invalid" is an order where several fields are wrong at once (a message each).
    const Validator validator;
    const OrderSpec valid = typicalOrder();
    if (!validator.validate(valid).isValid()) {
        std::fprintf(stderr, "bench_signer: the typical order is not valid any more; fix typicalOrder()\n");
        return 1;
    }
    const double validNs = nsPerCall([&](int) { return validator.validate(valid).messages().size(); }, minimumMs);
    const QString typed = valid.instanceName;
    QList<OrderSpec> keystrokes;
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        OrderSpec order = valid;
        order.instanceName = typed.left(length);
        keystrokes.append(order);
    }
    const double typingNs = nsPerCall(
        [&](int i) { return validator.validate(keystrokes.at(i % keystrokes.size())).messages().size(); }, minimumMs);
    OrderSpec invalid = valid;
    invalid.instanceName = QStringLiteral("Team_Registry");
    invalid.region = QStringLiteral("mars-north-1");
    invalid.extraNamespaces = 7;
    invalid.periodMonths = 13;
    const qsizetype invalidCount = validator.validate(invalid).messages().size();
    const double invalidNs = nsPerCall([&](int) { return validator.validate(invalid).messages().size(); }, minimumMs);

    std::printf("Signer: one whole signed CreateInstance request (%lld parameters), %d ms per figure\n",
                static_cast<long long>(call.parameters.size()), minimumMs);
    std::printf("  V1 signV1 (HMAC-SHA1, form body)   %10.0f /s  %7.2f us each\n", 1e9 / v1Ns, v1Ns / 1e3);
    std::printf("     bare HMAC-SHA1 + base64         %10.0f /s  %7.2f us each  -> signing is %.1fx the crypto\n",
                1e9 / v1HmacNs, v1HmacNs / 1e3, v1Ns / v1HmacNs);
    std::printf("  V3 signV3 (ACS3-HMAC-SHA256)       %10.0f /s  %7.2f us each\n", 1e9 / v3Ns, v3Ns / 1e3);
    std::printf("     bare SHA-256 + HMAC-SHA256      %10.0f /s  %7.2f us each  -> signing is %.1fx the crypto\n",
                1e9 / v3HmacNs, v3HmacNs / 1e3, v3Ns / v3HmacNs);
    std::printf("Validator::validate, whole order, per call (budget %.0f us per keystroke)\n", kValidatorBudgetUs);
    std::printf("  valid typical order                %7.2f us\n", validNs / 1e3);
    std::printf("  typing the instance name           %7.2f us (average over %lld keystrokes)\n", typingNs / 1e3,
                static_cast<long long>(keystrokes.size()));
    std::printf("  invalid order (%lld messages)       %7.2f us\n\n", static_cast<long long>(invalidCount),
                invalidNs / 1e3);

    std::printf("RESULT|5 Signer V1, signed requests/s|%.0f /s|bare HMAC-SHA1 %.0f /s|%.2fx the crypto|none|info\n",
                1e9 / v1Ns, 1e9 / v1HmacNs, v1Ns / v1HmacNs);
    std::printf("RESULT|5 Signer V3, signed requests/s|%.0f /s|bare SHA-256+HMAC %.0f /s|%.2fx the crypto|none|info\n",
                1e9 / v3Ns, 1e9 / v3HmacNs, v3Ns / v3HmacNs);
    const double worstNs = qMax(qMax(validNs, typingNs), invalidNs);
    std::printf("RESULT|5 Validator per keystroke (worst of 3 cases)|%.2f us|budget %.0f us|%.3fx the budget|<= "
                "1x|%s\n",
                worstNs / 1e3, kValidatorBudgetUs, worstNs / 1e3 / kValidatorBudgetUs,
                worstNs / 1e3 <= kValidatorBudgetUs ? "met" : "MISSED");
    return 0;
}
