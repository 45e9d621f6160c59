#include "cli/ClientOptions.h"

#include <QCommandLineParser>

namespace acrp::cli {

QList<QCommandLineOption> ClientOptions::options()
{
    return {
        {QStringLiteral("signature"), tr("Signature version: v1 (default) or v3."), QStringLiteral("v1|v3")},
        {QStringLiteral("timeout"),
         tr("Give up an attempt after SECONDS without data (default %1).")
             .arg(RetryPolicy().transferTimeout.count() / 1000),
         QStringLiteral("SECONDS")},
        {QStringLiteral("attempts"),
         tr("Send at most N times (default %1); every attempt carries the same ClientToken.")
             .arg(RetryPolicy().maxAttempts),
         QStringLiteral("N")},
    };
}

bool ClientOptions::readOptions(const QCommandLineParser& parser, ClientSettings* settings, QString* error)
{
    if (parser.isSet(QStringLiteral("signature"))) {
        const QString value = parser.value(QStringLiteral("signature")).toLower();
        if (value == u"v1") {
            settings->signature = SignatureVersion::V1;
        } else if (value == u"v3") {
            settings->signature = SignatureVersion::V3;
        } else {
            *error = tr("--signature must be v1 or v3, not “%1”.").arg(parser.value(QStringLiteral("signature")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = tr("--timeout must be a number of seconds between 0 and 3600, not “%1”.")
                         .arg(parser.value(QStringLiteral("timeout")));
            return false;
        }
        settings->retry.transferTimeout = std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
        // The whole call may take every attempt's timeout plus the waits between them.
        const auto needed
            = settings->retry.transferTimeout * settings->retry.maxAttempts + settings->retry.maxBackoff * 2;
        settings->retry.totalDeadline = std::max(settings->retry.totalDeadline, needed);
    }
    if (parser.isSet(QStringLiteral("attempts"))) {
        bool ok = false;
        const int attempts = parser.value(QStringLiteral("attempts")).toInt(&ok);
        if (!ok || attempts < 1 || attempts > 20) {
            *error = tr("--attempts must be a whole number from 1 to 20, not “%1”.")
                         .arg(parser.value(QStringLiteral("attempts")));
            return false;
        }
        settings->retry.maxAttempts = attempts;
    }
    return true;
}

} // namespace acrp::cli
