#include "core/app/Expiry.h"

#include "core/Formatting.h"

namespace acrp {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Whole days in `ms`, rounded down (towards minus infinity).
int floorDays(qint64 ms)
{
    return int(ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs));
}

int ceilDays(qint64 ms)
{
    return int(ms >= 0 ? (ms + kDayMs - 1) / kDayMs : -(-ms / kDayMs));
}

} // namespace

Expiry Expiry::classify(const QDateTime& endTime, const QString& renewStatus, const QDateTime& now, int soonDays)
{
    Expiry expiry;
    expiry.autoRenewal = renewStatus.compare(u"AutoRenewal", Qt::CaseInsensitive) == 0;
    if (!endTime.isValid())
        return expiry;
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    expiry.endTime = endTime.toUTC();
    expiry.releaseTime = expiry.endTime.addSecs(kReleaseAfterHours * 3600);
    const qint64 left = at.msecsTo(expiry.endTime);
    expiry.daysLeft = floorDays(left);
    if (left > 0) {
        expiry.level = !expiry.autoRenewal && expiry.daysLeft <= soonDays ? Level::Soon : Level::Ok;
        return expiry;
    }
    const qint64 toRelease = at.msecsTo(expiry.releaseTime);
    if (toRelease > 0) {
        expiry.level = Level::Expired;
        expiry.daysUntilRelease = ceilDays(toRelease);
    } else {
        expiry.level = Level::Released;
    }
    return expiry;
}

QString Expiry::notice() const
{
    const QString end = format::dateTime(endTime);
    const QString release = format::dateTime(releaseTime);
    switch (level) {
    case Level::Unknown:
        return tr("The end of the subscription is not known.");
    case Level::Ok:
        return autoRenewal ? tr("Renews automatically; the subscription runs until %1.").arg(end)
                           : tr("%n day(s) left; the subscription runs until %1.", nullptr, daysLeft).arg(end);
    case Level::Soon:
        if (daysLeft == 0)
            return tr("Expires within a day, on %1. The instance then stops serving, and 7 days later, on %2, it is "
                      "released: only the images in OSS remain. Renew it to keep it.")
                .arg(end, release);
        return tr("%n day(s) left. When the subscription ends on %1 the instance stops serving, and 7 days later, "
                  "on %2, it is released: only the images in OSS remain. Renew it to keep it.",
                  nullptr, daysLeft)
            .arg(end, release);
    case Level::Expired:
        return tr("Expired on %1: the instance has stopped serving. It is released in %n day(s), on %2, and then "
                  "only the images in OSS remain. Renew it now to keep it.",
                  nullptr, daysUntilRelease)
            .arg(end, release);
    case Level::Released:
        return tr("Expired on %1 and released on %2: only the images in OSS remain.").arg(end, release);
    }
    return {};
}

QString Expiry::levelName() const
{
    switch (level) {
    case Level::Unknown:
        return tr("Unknown");
    case Level::Ok:
        return tr("OK");
    case Level::Soon:
        return tr("Expires soon");
    case Level::Expired:
        return tr("Expired");
    case Level::Released:
        return tr("Released");
    }
    return {};
}

QString Expiry::levelId(Level level)
{
    switch (level) {
    case Level::Unknown:
        return QStringLiteral("unknown");
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Soon:
        return QStringLiteral("soon");
    case Level::Expired:
        return QStringLiteral("expired");
    case Level::Released:
        return QStringLiteral("released");
    }
    return {};
}

} // namespace acrp
