// Journal with two writers: two Journal objects on one file (as two processes of the app would
// have), each on its own thread, opening a new file at once and inserting and finishing rows
// concurrently. Every row is there, finished, and no call failed (SQLite WAL, busy timeout).
#include "TestSupport.h"
#include "core/store/Journal.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using acrp::Journal;
using acrp::JournalEntry;
using acrp::OrderState;

namespace {

constexpr int kRowsPerWriter = 150;

// One writer: opens its own Journal on `path` and writes every row through the states a submit
// takes (Sending, attempts, Succeeded). Errors are collected, not asserted, off the test thread.
QStringList writeRows(const QString& path, const QString& writer)
{
    QStringList errors;
    Journal journal(path);
    QString error;
    if (!journal.open(&error))
        return {writer + QStringLiteral(" open: ") + error};
    for (int i = 0; i < kRowsPerWriter; ++i) {
        JournalEntry entry;
        entry.profile = writer;
        entry.site = acrp::Site::China;
        entry.endpoint = QStringLiteral("sandbox");
        entry.order = acrp::test::chinaOrder(QStringLiteral("%1-%2").arg(writer).arg(i));
        entry.clientToken = QStringLiteral("%1-token-%2").arg(writer).arg(i);
        entry.state = OrderState::Sending;
        const qint64 id = journal.insert(entry, &error);
        if (id == 0 || !journal.recordAttempts(id, 1, &error)
            || !journal.finishSucceeded(id, 1, QStringLiteral("cri-%1%2").arg(writer).arg(i),
                                        QStringLiteral("2%1").arg(i), QStringLiteral("request-%1").arg(i), &error))
            errors.append(QStringLiteral("%1 row %2: %3").arg(writer).arg(i).arg(error));
    }
    return errors;
}

} // namespace

class TestJournalWriters : public QObject
{
    Q_OBJECT

private slots:
    void twoWritersLoseNoRow();
};

void TestJournalWriters::twoWritersLoseNoRow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));

    QStringList firstErrors;
    QStringList secondErrors;
    std::unique_ptr<QThread> first(QThread::create([&] { firstErrors = writeRows(path, QStringLiteral("first")); }));
    std::unique_ptr<QThread> second(QThread::create([&] { secondErrors = writeRows(path, QStringLiteral("second")); }));
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    QVERIFY2(firstErrors.isEmpty(), qPrintable(firstErrors.join(u'\n')));
    QVERIFY2(secondErrors.isEmpty(), qPrintable(secondErrors.join(u'\n')));

    Journal reader(path);
    QVERIFY(reader.open());
    const QList<JournalEntry> entries = reader.entries();
    QCOMPARE(entries.size(), 2 * kRowsPerWriter);
    QSet<QString> tokens;
    for (const JournalEntry& entry : entries) {
        QCOMPARE(entry.state, OrderState::Succeeded);
        QVERIFY(entry.instanceId.startsWith(QStringLiteral("cri-") + entry.profile));
        tokens.insert(entry.clientToken);
    }
    QCOMPARE(tokens.size(), 2 * kRowsPerWriter);
    QVERIFY(reader.pending().isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalWriters)
#include "tst_journal_writers.moc"
