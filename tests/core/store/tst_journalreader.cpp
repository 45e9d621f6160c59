// JournalReader (issue 16): reads on a thread of its own through one connection kept open, in the
// order posted, seeing what the GUI thread's connection commits; a file it cannot open gives its
// tasks no journal. What the search index's probes found (TrigramProbes) is shared by the journal
// and its readers, and forgotten when a new order comes.
#include "TestSupport.h"
#include "core/store/Journal.h"
#include "core/store/JournalReader.h"
#include "core/store/TrigramProbes.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using acrp::Journal;
using acrp::JournalEntry;
using acrp::JournalQuery;
using acrp::JournalReader;
using acrp::OrderState;
using acrp::TrigramProbes;

namespace {

JournalEntry entryNamed(const QString& name)
{
    JournalEntry entry;
    entry.profile = QStringLiteral("work");
    entry.site = acrp::Site::China;
    entry.endpoint = QStringLiteral("sandbox");
    entry.order = acrp::test::chinaOrder(name, QStringLiteral("Standard"));
    entry.clientToken = QStringLiteral("tok-") + name;
    entry.state = OrderState::Sending;
    return entry;
}

// What one task saw.
struct Seen
{
    Journal* journal = nullptr;
    QThread* thread = nullptr;
    QStringList names; // of the rows matching the search, newest first
};

} // namespace

class TestJournalReader : public QObject
{
    Q_OBJECT

private slots:
    void readsInOrderThroughOneKeptConnection();
    void fileThatCannotBeOpenedGivesNoJournal();
    void journalKeepsOneReaderOfEachKind();
    void probesHoldForOneLargestRowId();
    void probesAreSharedWithTheReaders();
    void searchDoesNotWaitForNewProbes();
};

void TestJournalReader::readsInOrderThroughOneKeptConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Journal writer(path);
    QVERIFY(writer.open());
    QVERIFY(writer.insert(entryNamed(QStringLiteral("alpha-registry"))) > 0);

    QMutex mutex;
    QList<Seen> seen;
    JournalReader reader(path);
    QCOMPARE(reader.path(), path);
    const auto search = [&](const QString& text) {
        reader.post([&, text](Journal* journal) {
            Seen one;
            one.journal = journal;
            one.thread = QThread::currentThread();
            if (journal) {
                JournalQuery query;
                query.search = text;
                for (const JournalEntry& entry : journal->entries(query))
                    one.names.append(entry.order.instanceName);
            }
            const QMutexLocker lock(&mutex);
            seen.append(one);
        });
    };
    search(QStringLiteral("registry"));
    search(QStringLiteral("alpha"));
    reader.waitForIdle();
    {
        const QMutexLocker lock(&mutex);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).names, QStringList {QStringLiteral("alpha-registry")});
        QCOMPARE(seen.at(1).names, QStringList {QStringLiteral("alpha-registry")});
        QVERIFY(seen.at(0).journal);
        QVERIFY(seen.at(0).thread != QThread::currentThread()); // not on the caller's thread
    }

    // A row the GUI thread's connection commits afterwards is seen by the next read, through the
    // same connection on the same thread.
    QVERIFY(writer.insert(entryNamed(QStringLiteral("beta-registry"))) > 0);
    search(QStringLiteral("registry"));
    reader.waitForIdle();
    const QMutexLocker lock(&mutex);
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(2).names, (QStringList {QStringLiteral("beta-registry"), QStringLiteral("alpha-registry")}));
    QCOMPARE(seen.at(2).journal, seen.at(0).journal);
    QCOMPARE(seen.at(2).thread, seen.at(0).thread);
}

void TestJournalReader::fileThatCannotBeOpenedGivesNoJournal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The journal's folder would have to be where a plain file is.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QVERIFY(acrp::test::writeFile(blocker, "x"));
    JournalReader reader(blocker + QStringLiteral("/journal.sqlite"));
    QMutex mutex;
    QList<bool> opened;
    for (int i = 0; i < 2; ++i) {
        reader.post([&](Journal* journal) {
            const QMutexLocker lock(&mutex);
            opened.append(journal != nullptr);
        });
    }
    reader.waitForIdle();
    const QMutexLocker lock(&mutex);
    QCOMPARE(opened, (QList<bool> {false, false})); // tried again for the second task, still no file
    QCOMPARE(QFile(blocker).size(), 1); // nothing was written over it
}

void TestJournalReader::journalKeepsOneReaderOfEachKind()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Journal journal(path);
    QVERIFY(journal.open());
    JournalReader& pages = journal.reader(Journal::ReaderKind::Pages);
    JournalReader& counts = journal.reader(Journal::ReaderKind::Counts);
    QCOMPARE(&journal.reader(Journal::ReaderKind::Pages), &pages); // kept, not made again
    QVERIFY(&counts != &pages);
    QCOMPARE(pages.path(), path);
    QCOMPARE(counts.path(), path);
    // Both read the file, each on a thread of its own.
    QMutex mutex;
    QList<QThread*> threads;
    for (JournalReader* reader : {&pages, &counts}) {
        reader->post([&](Journal* opened) {
            const QMutexLocker lock(&mutex);
            threads.append(opened ? QThread::currentThread() : nullptr);
        });
        reader->waitForIdle();
    }
    const QMutexLocker lock(&mutex);
    QCOMPARE(threads.size(), 2);
    QVERIFY(threads.at(0) && threads.at(1) && threads.at(0) != threads.at(1));
}

void TestJournalReader::probesHoldForOneLargestRowId()
{
    TrigramProbes probes;
    QVERIFY(!probes.find(QStringLiteral("\"tea\""), 10));
    probes.insert(QStringLiteral("\"tea\""), 10, {256, 300});
    const std::optional<TrigramProbes::Probe> found = probes.find(QStringLiteral("\"tea\""), 10);
    QVERIFY(found);
    QCOMPARE(found->held, 256);
    QCOMPARE(found->last, 300);
    QVERIFY(!probes.find(QStringLiteral("\"eam\""), 10)); // never probed
    QVERIFY(!probes.find(QStringLiteral("\"tea\""), 11)); // a new order came since

    // A probe made for a newer row id replaces every older one ...
    probes.insert(QStringLiteral("\"eam\""), 11, {3, 11});
    QVERIFY(!probes.find(QStringLiteral("\"tea\""), 10));
    QVERIFY(probes.find(QStringLiteral("\"eam\""), 11));
    QCOMPARE(probes.size(), 1);
    // ... and one that comes late, made before the newest order, is dropped.
    probes.insert(QStringLiteral("\"tea\""), 10, {256, 300});
    QVERIFY(!probes.find(QStringLiteral("\"tea\""), 10));
    QVERIFY(!probes.find(QStringLiteral("\"tea\""), 11));
    QCOMPARE(probes.size(), 1);

    // Full: they start anew.
    for (int i = 0; probes.size() < TrigramProbes::kMaxTrigrams; ++i)
        probes.insert(QString::number(i), 11, {1, 1});
    probes.insert(QStringLiteral("\"new\""), 11, {1, 1});
    QCOMPARE(probes.size(), 1);
    QVERIFY(probes.find(QStringLiteral("\"new\""), 11));
    QVERIFY(!probes.find(QStringLiteral("\"eam\""), 11));
}

void TestJournalReader::probesAreSharedWithTheReaders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    for (const char* name : {"alpha-registry", "alpha-mirror", "beta-registry"})
        QVERIFY(journal.insert(entryNamed(QString::fromLatin1(name))) > 0);
    QCOMPARE(journal.trigramProbes().size(), 0);

    QMutex mutex;
    QStringList names;
    const auto search = [&](Journal::ReaderKind kind, const QString& text) {
        journal.reader(kind).post([&, text](Journal* opened) {
            JournalQuery query;
            query.search = text;
            const QList<JournalEntry> entries = opened ? opened->entries(query) : QList<JournalEntry> {};
            const QMutexLocker lock(&mutex);
            names.clear();
            for (const JournalEntry& entry : entries)
                names.append(entry.order.instanceName);
        });
        journal.reader(kind).waitForIdle();
    };
    // A search on the page reader probes the index for the journal: "alp" is in two rows of three.
    search(Journal::ReaderKind::Pages, QStringLiteral("alpha-"));
    QCOMPARE(names, (QStringList {QStringLiteral("alpha-mirror"), QStringLiteral("alpha-registry")}));
    const std::optional<TrigramProbes::Probe> alp = journal.trigramProbes().find(QStringLiteral("\"alp\""), 3);
    QVERIFY(alp);
    QCOMPARE(alp->held, 2);
    QCOMPARE(alp->last, 2);
    const int probed = journal.trigramProbes().size();
    QVERIFY(probed >= 1);
    // The count reader finds them made: it probes nothing again.
    search(Journal::ReaderKind::Counts, QStringLiteral("alpha-"));
    QCOMPARE(journal.trigramProbes().size(), probed);

    // A new order: the probes of three rows no longer hold, and the search finds the new row.
    QVERIFY(journal.insert(entryNamed(QStringLiteral("alpha-cache"))) > 0);
    search(Journal::ReaderKind::Pages, QStringLiteral("alpha-"));
    QCOMPARE(names,
             (QStringList {QStringLiteral("alpha-cache"), QStringLiteral("alpha-mirror"),
                           QStringLiteral("alpha-registry")}));
    QVERIFY(!journal.trigramProbes().find(QStringLiteral("\"alp\""), 3));
    QCOMPARE(journal.trigramProbes().find(QStringLiteral("\"alp\""), 4)->held, 3);
}

// Once the trigrams a search knows narrow it ("alp": 35 rows of 400), a trigram no search has
// probed yet is asked for unprobed: the search answers without probing it, with the same rows, and
// the reader probes it after the answer, for the next search. With nothing known, a search probes
// first (the journal's first search).
void TestJournalReader::searchDoesNotWaitForNewProbes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    for (int i = 0; i < 400; ++i) {
        const QString name = i < 35 ? QStringLiteral("alpha-%1").arg(i, 3, 10, QChar(u'0'))
                                    : QStringLiteral("beta-%1").arg(i - 35, 3, 10, QChar(u'0'));
        QVERIFY(journal.insert(entryNamed(name)) > 0);
    }
    constexpr qint64 kRows = 400;
    const TrigramProbes& probes = journal.trigramProbes();

    QMutex mutex;
    QStringList names;
    bool probedBeforeTheAnswer = false;
    const auto search = [&](const QString& text, const QString& newTrigram) {
        journal.reader(Journal::ReaderKind::Pages).post([&, text, newTrigram](Journal* opened) {
            JournalQuery query;
            query.search = text;
            query.limit = 64;
            const QList<JournalEntry> entries = opened ? opened->entries(query) : QList<JournalEntry> {};
            const QMutexLocker lock(&mutex);
            probedBeforeTheAnswer = probes.find(newTrigram, kRows).has_value();
            names.clear();
            for (const JournalEntry& entry : entries)
                names.append(entry.order.instanceName);
        });
        journal.reader(Journal::ReaderKind::Pages).waitForIdle();
    };
    const QString alp = QStringLiteral("\"alp\"");
    const QString dash01 = QStringLiteral("\"-01\"");

    // The first search knows nothing: it probes before it answers.
    search(QStringLiteral("alpha-"), alp);
    QVERIFY(probedBeforeTheAnswer);
    QCOMPARE(names.size(), 35);
    QCOMPARE(probes.find(alp, kRows)->held, 35);
    QVERIFY(!probes.find(dash01, kRows));

    // "alpha-01": "alp" narrows it; "a-0" and "-01" are new: asked for unprobed, then probed.
    search(QStringLiteral("alpha-01"), dash01);
    QVERIFY(!probedBeforeTheAnswer);
    QStringList expected;
    for (int i = 19; i >= 10; --i)
        expected.append(QStringLiteral("alpha-0%1").arg(i));
    QCOMPARE(names, expected); // newest first
    QCOMPARE(probes.find(dash01, kRows)->held, 20); // alpha-01x and beta-01x
    QCOMPARE(probes.find(QStringLiteral("\"a-0\""), kRows)->held, 135); // alpha-0xx and beta-0xx

    // The same rows as the search that does not use the index.
    for (const QString& text : {QStringLiteral("alpha-01"), QStringLiteral("alpha-02"), QStringLiteral("beta-30")}) {
        JournalQuery like;
        like.search = text;
        like.searchPath = acrp::JournalSearchPath::Like;
        QStringList byLike;
        for (const JournalEntry& entry : journal.entries(like))
            byLike.append(entry.order.instanceName);
        search(text, QString());
        QCOMPARE(names, byLike);
    }
}

QTEST_GUILESS_MAIN(TestJournalReader)
#include "tst_journalreader.moc"
