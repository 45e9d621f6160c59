#pragma once

#include <QRandomGenerator>
#include <chrono>

namespace acrp {

// When and how often a call is retried. Exponential backoff with jitter: the delay before retry n
// (n = 1 after the first failed attempt) is min(maxBackoff, initialBackoff * multiplier^(n-1)),
// of which the `jitter` fraction is randomised, so clients that failed together do not come back
// together. A call stops at maxAttempts or when the next retry would start after totalDeadline.
struct RetryPolicy
{
    int maxAttempts = 4;
    std::chrono::milliseconds initialBackoff {500};
    double multiplier = 2.0;
    std::chrono::milliseconds maxBackoff {8000};
    double jitter = 0.5; // 0: fixed delays; 1: anywhere between 0 and the full delay
    std::chrono::milliseconds totalDeadline {60000};
    std::chrono::milliseconds transferTimeout {20000}; // per attempt: no bytes for this long aborts it

    // The delay before retry `retry` (1-based). `random` may be null (then the system generator).
    std::chrono::milliseconds backoff(int retry, QRandomGenerator* random = nullptr) const;
    // The bounds backoff() stays within, for tests and documentation.
    std::chrono::milliseconds minimumBackoff(int retry) const;
    std::chrono::milliseconds maximumBackoff(int retry) const;

    // A single attempt (used by --dry-run style checks and tests that want no retries).
    static RetryPolicy noRetry();
};

} // namespace acrp
