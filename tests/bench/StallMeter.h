#pragma once

// The stall meter of bench_stalls (issue 16): how long the main thread leaves its event loop
// unattended while an action runs. A gap longer than a frame (16 ms) is a frame the window could
// not paint and a key or click it could not answer.
//
// How it measures: a watchdog thread posts a probe event to an object of the main thread, stamped
// with the time it was posted, and posts the next one about half a millisecond after the previous
// one was handled; there is never more than one probe waiting. The main thread handles the probe
// when its event loop next gets to posted events; the time from posting to handling is a gap: how
// long anything else (a key, a paint, a reply) would have waited. A 120 ms query run by a click
// handler shows as one 120 ms gap, whatever it is made of; time spent blocked waiting for events is
// no gap at all (the probe is handled at once). The resolution is about 1 ms (the watchdog's pause).
//
// Why this way: it measures what the person feels (the delay of the next event), needs no hook in
// the code under test, and costs the main thread only one trivial event per millisecond of an
// action: a few microseconds each, which shortens no stall and makes none; the watchdog sleeps
// between probes. A probe is only posted between begin() and end(). (Timing the loop's iterations
// through QAbstractEventDispatcher's awake/aboutToBlock would count a busy but responsive loop,
// one processing many short events, as one long stall.)
//
//   StallMeter meter;
//   meter.begin("History: sort by Name"); ...drive the widgets, run the event loop...; meter.end();
//   meter.actions() -> per action: the gaps over 16 ms, the longest gap, the duration.
//
// The code that drives the widgets runs on the main thread too: it must return to the event loop
// between the steps a person makes (StallMeter::idle()), as the person's pauses do.
#include <QList>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace acrp::bench {

class StallMeter
{
public:
    static constexpr double kFrameMs = 16.0;

    struct Action
    {
        QString name;
        QList<double> stallsMs; // every gap longer than kFrameMs, in order
        double longestMs = 0; // the longest gap, also when under kFrameMs
        double durationMs = 0;
        int probes = 0; // gaps measured
    };

    StallMeter();
    ~StallMeter();
    StallMeter(const StallMeter&) = delete;
    StallMeter& operator=(const StallMeter&) = delete;

    // Starts measuring an action; end() closes it (a begin() without end() closes the previous one).
    void begin(const QString& action);
    // Takes the probe still waiting (the gap up to now), then closes the action.
    void end();
    const QList<Action>& actions() const;

    // Runs the event loop (blocking for events, not polling) for `ms` milliseconds: a person's pause
    // between two steps.
    static void idle(int ms);
    // Runs the event loop until `done` (checked every 2 ms); false after `timeoutMs`.
    static bool waitUntil(const std::function<bool()>& done, int timeoutMs = 30000);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace acrp::bench
