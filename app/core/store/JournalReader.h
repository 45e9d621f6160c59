#pragma once

#include <QAtomicInt>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace acrp {

class Journal;
class TrigramProbes;

// A thread that reads one journal file through a connection of its own, opened on the first read
// and kept open until the reader is destroyed, so that SQLite's schema and page cache stay warm from
// one read to the next (issue 16: a search used to open the file anew on a pool thread, which cost a
// migration check, a schema parse and a cold cache every time). WAL lets it read while the GUI
// thread's connection writes.
//
// Tasks run one at a time, in the order they were posted. Destroying the reader waits for the task
// that is running and drops those still waiting.
class JournalReader
{
public:
    // `probes`: shared with the journal that owns the reader (see TrigramProbes).
    explicit JournalReader(const QString& path, std::shared_ptr<TrigramProbes> probes = nullptr);
    ~JournalReader();
    JournalReader(const JournalReader&) = delete;
    JournalReader& operator=(const JournalReader&) = delete;

    QString path() const { return m_path; }

    // Runs `task` on the reader's thread with the open journal, or with nullptr when the file cannot
    // be opened (it is tried again for the next task).
    void post(std::function<void(Journal*)> task);
    // Opens the connection now, on the reader's thread, if it is not open yet: the first read
    // posted later finds it ready.
    void open();
    // Returns once every task posted before has ended (for tests and benchmarks).
    void waitForIdle();

private:
    class Worker;

    QString m_path;
    QThread m_thread;
    Worker* m_worker; // lives in m_thread; deleted there when it finishes
    QAtomicInt m_stopping;
};

} // namespace acrp
