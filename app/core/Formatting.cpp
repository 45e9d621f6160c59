#include "core/Formatting.h"

#include <QRegularExpression>

namespace acrp::format {

std::optional<qint64> cents(const QString& decimal)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([+-]?)(\\d{1,15})(?:\\.(\\d{0,2}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(decimal);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(2).toLongLong();
    const QString fraction = match.captured(3).leftJustified(2, u'0');
    const qint64 value = whole * 100 + fraction.toLongLong();
    return match.captured(1) == u"-" ? -value : value;
}

QString money(qint64 cents, const QString& currency, const QLocale& locale)
{
    // Whole units with the locale's grouping, then its decimal point and exactly two digits: no
    // floating point, so 0.10 stays 0.10 however large the amount.
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (cents < 0)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : text + u' ' + currency;
}

QString money(const QString& decimal, const QString& currency, const QLocale& locale)
{
    if (const std::optional<qint64> value = cents(decimal))
        return money(*value, currency, locale);
    return currency.isEmpty() ? decimal : decimal + u' ' + currency;
}

QString number(qint64 value, const QLocale& locale)
{
    return locale.toString(value);
}

QString dateTime(const QDateTime& moment, const QLocale& locale)
{
    if (!moment.isValid())
        return {};
    // Short formats write the year with two digits in some locales ("M/d/yy"): a history reaches
    // back years, so the year is always whole.
    QString pattern = locale.dateTimeFormat(QLocale::ShortFormat);
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    pattern.replace(shortYear, QStringLiteral("yyyy"));
    return locale.toString(moment.toLocalTime(), pattern);
}

namespace {

bool isWide(char32_t c)
{
    // East Asian Width W and F (Unicode's EastAsianWidth.txt), the ranges terminals draw double.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format
            || c == 0x200B)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString padded(const QString& text, int width)
{
    const int missing = width - displayWidth(text);
    return missing > 0 ? text + QString(missing, u' ') : text;
}

} // namespace acrp::format
