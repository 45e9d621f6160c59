#include "core/store/JournalReader.h"

#include "core/store/Journal.h"

#include <QMetaObject>
#include <QObject>
#include <memory>

namespace acrp {

// Owns the connection; created and destroyed on the reader's thread, where Qt Sql wants it.
class JournalReader::Worker : public QObject
{
public:
    Worker(const QString& path, std::shared_ptr<TrigramProbes> probes)
        : m_path(path)
        , m_probes(std::move(probes))
    { }

    Journal* journal()
    {
        if (!m_journal) {
            auto journal = std::make_unique<Journal>(m_path, m_probes);
            if (!journal->open())
                return nullptr;
            m_journal = std::move(journal);
        }
        return m_journal.get();
    }

private:
    QString m_path;
    std::shared_ptr<TrigramProbes> m_probes;
    std::unique_ptr<Journal> m_journal;
};

JournalReader::JournalReader(const QString& path, std::shared_ptr<TrigramProbes> probes)
    : m_path(path)
    , m_worker(new Worker(path, std::move(probes)))
{
    m_thread.setObjectName(QStringLiteral("JournalReader"));
    m_worker->moveToThread(&m_thread);
    // The worker, and with it the connection, goes when the thread ends, on that thread.
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

JournalReader::~JournalReader()
{
    m_stopping.storeRelease(1); // the tasks still waiting return at once
    m_thread.quit();
    m_thread.wait();
}

void JournalReader::post(std::function<void(Journal*)> task)
{
    Worker* worker = m_worker;
    QAtomicInt* stopping = &m_stopping;
    QMetaObject::invokeMethod(worker, [worker, stopping, task = std::move(task)] {
        if (stopping->loadAcquire())
            return;
        Journal* journal = worker->journal();
        task(journal);
        // The task's answer is on its way: what its search left unprobed is probed now, before the
        // next task.
        if (journal && !stopping->loadAcquire())
            journal->probeDeferred();
    });
}

void JournalReader::open()
{
    post([](Journal*) {});
}

void JournalReader::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace acrp
