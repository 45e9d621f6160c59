#include "StallMeter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace acrp::bench {

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

const QEvent::Type kProbeType = QEvent::Type(QEvent::registerEventType());

class ProbeEvent : public QEvent
{
public:
    ProbeEvent()
        : QEvent(kProbeType)
        , posted(Clock::now())
    { }
    const Clock::time_point posted;
};

} // namespace

struct StallMeter::Private : QObject
{
    QList<Action> actions;
    bool open = false;
    Clock::time_point started;

    std::atomic_bool waiting {false}; // a probe is posted and not handled yet
    std::mutex mutex;
    std::condition_variable wake;
    bool probing = false; // guarded by mutex
    bool quit = false; // guarded by mutex
    std::thread watchdog;

    Private()
    {
        watchdog = std::thread([this] { watch(); });
    }
    ~Private() override
    {
        {
            const std::lock_guard lock(mutex);
            quit = true;
        }
        wake.notify_all();
        watchdog.join();
        QCoreApplication::removePostedEvents(this, kProbeType);
    }

    void setProbing(bool on)
    {
        {
            const std::lock_guard lock(mutex);
            probing = on;
        }
        wake.notify_all();
    }

    // The watchdog: one probe at a time while an action is measured, half a millisecond apart.
    void watch()
    {
        std::unique_lock lock(mutex);
        while (!quit) {
            if (!probing) {
                wake.wait(lock, [this] { return quit || probing; });
                continue;
            }
            lock.unlock();
            if (!waiting.exchange(true))
                QCoreApplication::postEvent(this, new ProbeEvent); // behind what is already posted
            std::this_thread::sleep_for(std::chrono::microseconds(500));
            lock.lock();
        }
    }

    bool event(QEvent* event) override
    {
        if (event->type() != kProbeType)
            return QObject::event(event);
        record(static_cast<ProbeEvent*>(event)->posted);
        waiting = false;
        return true;
    }

    void record(Clock::time_point posted)
    {
        if (!open)
            return;
        // A probe posted before the action began counts from the beginning.
        const double gap = msBetween(std::max(posted, started), Clock::now());
        Action& action = actions.last();
        ++action.probes;
        action.longestMs = std::max(action.longestMs, gap);
        if (gap > kFrameMs)
            action.stallsMs.append(gap);
    }
};

StallMeter::StallMeter()
    : d(std::make_unique<Private>())
{ }

StallMeter::~StallMeter() = default;

void StallMeter::begin(const QString& action)
{
    if (d->open)
        end();
    Action entry;
    entry.name = action;
    d->actions.append(entry);
    d->started = Clock::now();
    d->open = true;
    d->setProbing(true);
}

void StallMeter::end()
{
    if (!d->open)
        return;
    d->setProbing(false);
    // The probe still waiting measures the gap up to now (the last step may still be running).
    QCoreApplication::sendPostedEvents(d.get(), kProbeType);
    d->actions.last().durationMs = msBetween(d->started, Clock::now());
    d->open = false;
}

const QList<StallMeter::Action>& StallMeter::actions() const
{
    return d->actions;
}

void StallMeter::idle(int ms)
{
    // Blocked in the event loop, as a window waiting for the person is (no busy polling).
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool StallMeter::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        idle(2);
    }
    return true;
}

} // namespace acrp::bench
