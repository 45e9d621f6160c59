#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace acrp {

// An ACR EE subscription's end, as the expiry warnings see it. When the subscription ends the
// instance stops serving; 7 days (168 hours) later it is released and only the images in OSS remain.
struct Expiry
{
    Q_DECLARE_TR_FUNCTIONS(acrp::Expiry)

public:
    static constexpr int kDefaultSoonDays = 15;
    static constexpr qint64 kReleaseAfterHours = 168;

    enum class Level {
        Unknown, // no end time
        Ok, // renews automatically, or more than soonDays left
        Soon, // not renewed automatically and at most soonDays left (0: ends within a day)
        Expired, // ended less than 7 days ago: stopped, not released yet (urgent)
        Released, // ended 7 days ago or more: released
    };

    Level level = Level::Unknown;
    QDateTime endTime; // UTC
    QDateTime releaseTime; // endTime + 168 h
    // Whole days until the end (rounded down: 0 on its last day); negative once ended.
    int daysLeft = 0;
    // Expired: whole days until the release, rounded up (1 on its last day). 0 otherwise.
    int daysUntilRelease = 0;
    bool autoRenewal = false;

    // Classifies an instance: `renewStatus` as QueryAvailableInstances says it (only
    // "AutoRenewal" renews by itself; ManualRenewal and NotRenewal end unless renewed).
    static Expiry classify(const QDateTime& endTime, const QString& renewStatus, const QDateTime& now,
                           int soonDays = kDefaultSoonDays);

    // Soon and Expired: what the notice says (a warning); Released says it is gone.
    bool needsNotice() const { return level == Level::Soon || level == Level::Expired || level == Level::Released; }
    bool isUrgent() const { return level == Level::Expired; }

    // The notice's sentence for this instance, translated: days left, what happens at the end and 7
    // days later (dates through format::dateTime). Ok: when it ends (and that it renews itself);
    // Unknown: that the end is not known.
    QString notice() const;
    // A short word for a table cell: "OK", "Expires soon", "Expired", "Released", "Unknown".
    QString levelName() const;
    // Stable ids for JSON and filters: "ok", "soon", "expired", "released", "unknown".
    static QString levelId(Level level);
};

} // namespace acrp
