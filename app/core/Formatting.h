#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <optional>

// How numbers, money and times are written for people, in the GUI and the CLI's tables alike, so
// both read the same. Machine output (--json, order files, CSV) keeps ISO 8601 and plain decimals.
namespace acrp::format {

// A decimal amount as the service sends it ("9700", "11640.5", "-3.20"), in hundredths. Empty when
// the text is not a plain decimal with at most two fractional digits or is out of range.
std::optional<qint64> cents(const QString& decimal);

// `cents` hundredths of `currency` (an ISO 4217 code) written in `locale`: always two decimals, the
// locale's grouping, then the code: "9,700.00 CNY", "9,700.00 CNY" (zh_CN), "9.700,00 CNY" (de).
QString money(qint64 cents, const QString& currency, const QLocale& locale = QLocale());
// The same for a decimal string from the service; the text itself with the code when it is not a
// plain decimal (the service's own words are never hidden).
QString money(const QString& decimal, const QString& currency, const QLocale& locale = QLocale());

// A whole number with the locale's digit grouping ("15,000").
QString number(qint64 value, const QLocale& locale = QLocale());

// A moment in local time, in the locale's short date-time format with a four-digit year
// ("12/3/2026 7:24 AM" in en_US, "2026/12/3 07:24" in zh_CN). Empty for an invalid time.
QString dateTime(const QDateTime& moment, const QLocale& locale = QLocale());

// The width of `text` in a terminal's columns: East Asian wide and fullwidth characters count two,
// combining marks and zero-width characters none, everything else one.
int displayWidth(const QString& text);
// `text` followed by spaces up to `width` columns (never cut).
QString padded(const QString& text, int width);

} // namespace acrp::format
