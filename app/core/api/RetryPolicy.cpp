#include "core/api/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace acrp {

std::chrono::milliseconds RetryPolicy::maximumBackoff(int retry) const
{
    const double exponent = std::max(0, retry - 1);
    const double full = static_cast<double>(initialBackoff.count()) * std::pow(std::max(1.0, multiplier), exponent);
    return std::chrono::milliseconds(static_cast<qint64>(std::min(full, static_cast<double>(maxBackoff.count()))));
}

std::chrono::milliseconds RetryPolicy::minimumBackoff(int retry) const
{
    const double fraction = std::clamp(jitter, 0.0, 1.0);
    return std::chrono::milliseconds(
        static_cast<qint64>(std::ceil(static_cast<double>(maximumBackoff(retry).count()) * (1.0 - fraction))));
}

std::chrono::milliseconds RetryPolicy::backoff(int retry, QRandomGenerator* random) const
{
    const qint64 low = minimumBackoff(retry).count();
    const qint64 high = maximumBackoff(retry).count();
    if (high <= low)
        return std::chrono::milliseconds(high);
    QRandomGenerator* generator = random ? random : QRandomGenerator::system();
    return std::chrono::milliseconds(low
                                     + static_cast<qint64>(generator->bounded(static_cast<quint32>(high - low + 1))));
}

RetryPolicy RetryPolicy::noRetry()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

} // namespace acrp
