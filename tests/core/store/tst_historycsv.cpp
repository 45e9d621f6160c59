// HistoryCsv: RFC 4180 quoting, formula guard, header row, CRLF line ends, UTF-8 with a BOM; and
// writeHistoryCsv(), the export a page at a time from a real journal file, on a worker thread.
#include "core/store/HistoryCsv.h"
#include "core/store/Journal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using acrp::csvField;
using acrp::historyCsv;
using acrp::HistoryCsvExport;
using acrp::Journal;
using acrp::JournalEntry;
using acrp::JournalQuery;
using acrp::OrderState;
using acrp::writeHistoryCsv;

namespace {

const QByteArray kBom = "\xEF\xBB\xBF";
const QByteArray kHeader = "Created (ISO 8601 UTC),Profile,Site,Edition,Instance name,Region,Period (months),State,"
                           "InstanceId,OrderId,RequestId,ClientToken,Provisioning status,Last error code\r\n";

JournalEntry entry()
{
    JournalEntry entry;
    entry.id = 7;
    entry.createdAt = QDateTime(QDate(2026, 5, 4), QTime(3, 2, 1, 500), Qt::UTC);
    entry.profile = QStringLiteral("work");
    entry.site = acrp::Site::International;
    entry.endpoint = QStringLiteral("intl");
    entry.order.site = acrp::Site::International;
    entry.order.edition = QStringLiteral("Standard");
    entry.order.instanceName = QStringLiteral("team-registry");
    entry.order.region = QStringLiteral("ap-southeast-1");
    entry.order.periodMonths = 12;
    entry.clientToken = QStringLiteral("ct-1");
    entry.state = OrderState::Succeeded;
    entry.instanceId = QStringLiteral("cri-1");
    entry.orderId = QStringLiteral("2085");
    entry.requestId = QStringLiteral("RID-1");
    entry.provisioningStatus = QStringLiteral("RUNNING");
    return entry;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

using Progress = QList<std::pair<int, int>>;

} // namespace

class TestHistoryCsv : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void emptyHistoryIsBomAndHeader();
    void rows();
    void quotedRowsStayOneRecord();
    void writesEveryPageOnAWorkerThread();
    void writesTheFilteredRowsInTheirOrder();
    void emptyJournalIsTheHeader();
    void cancelledLeavesNoFile();
    void unwritablePath();
    void unreadableJournal();

private:
    QTemporaryDir m_dir;
    // A journal file of 10 rows named row-00…row-09, a minute apart, every fourth one Sending on the
    // international site (the others Draft, China).
    QString journalOf10()
    {
        const QString path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        if (QFile::exists(path))
            return path;
        Journal journal(path);
        if (!journal.open())
            return {};
        for (int i = 0; i < 10; ++i) {
            JournalEntry row = entry();
            row.id = 0;
            row.createdAt = QDateTime(QDate(2026, 1, 1), QTime(8, i), Qt::UTC);
            row.order.instanceName = QStringLiteral("row-%1").arg(i, 2, 10, QChar(u'0'));
            row.clientToken = QStringLiteral("ct-%1").arg(i);
            const bool sending = i % 4 == 0;
            row.state = sending ? OrderState::Sending : OrderState::Draft;
            row.site = sending ? acrp::Site::International : acrp::Site::China;
            row.order.site = row.site;
            row.instanceId.clear();
            row.orderId.clear();
            row.requestId.clear();
            row.provisioningStatus.clear();
            if (!journal.insert(row))
                return {};
        }
        return path;
    }
    // What historyCsv() makes of the rows `query` lists: what the export must write.
    static QByteArray expectedCsv(const QString& journalPath, const JournalQuery& query)
    {
        Journal journal(journalPath);
        return journal.open() ? historyCsv(journal.entries(query)) : QByteArray();
    }
};

void TestHistoryCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << "cn-hangzhou" << QByteArray("cn-hangzhou");
    QTest::newRow("empty") << "" << QByteArray("");
    QTest::newRow("space kept") << " a b " << QByteArray(" a b ");
    QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
    QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << "\"" << QByteArray("\"\"\"\"");
    QTest::newRow("LF") << "line1\nline2" << QByteArray("\"line1\nline2\"");
    QTest::newRow("CR") << "line1\rline2" << QByteArray("\"line1\rline2\"");
    QTest::newRow("CRLF") << "line1\r\nline2" << QByteArray("\"line1\r\nline2\"");
    QTest::newRow("Chinese") << QStringLiteral("生产环境镜像仓库") << QStringLiteral("生产环境镜像仓库").toUtf8();
    QTest::newRow("Chinese with comma") << QStringLiteral("上海,杭州") << QStringLiteral("\"上海,杭州\"").toUtf8();
    QTest::newRow("formula =") << "=1+2" << QByteArray("'=1+2");
    QTest::newRow("formula +") << "+1" << QByteArray("'+1");
    QTest::newRow("formula -") << "-1" << QByteArray("'-1");
    QTest::newRow("formula @") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
    QTest::newRow("formula with comma") << "=HYPERLINK(\"http://x\",\"y\")"
                                        << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("formula character later") << "a=b-c" << QByteArray("a=b-c");
    QTest::newRow("apostrophe kept") << "'quoted" << QByteArray("'quoted");
}

void TestHistoryCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(csvField(text), expected);
}

void TestHistoryCsv::emptyHistoryIsBomAndHeader()
{
    const QByteArray csv = historyCsv({});
    QVERIFY(csv.startsWith(kBom));
    QCOMPARE(csv, kBom + kHeader);
    QCOMPARE(kHeader.count(','), 13); // 14 columns
}

void TestHistoryCsv::rows()
{
    JournalEntry failed = entry();
    failed.state = OrderState::Failed;
    failed.site = acrp::Site::China;
    failed.profile = QString();
    failed.instanceId.clear();
    failed.orderId.clear();
    failed.provisioningStatus.clear();
    failed.lastError = acrp::ApiError::fromService(QStringLiteral("PAY.INSUFFICIENT_BALANCE"), QStringLiteral("m"),
                                                   QStringLiteral("RID-2"), 400, QString());
    failed.requestId = QStringLiteral("RID-2");
    failed.clientToken = QStringLiteral("ct-2");
    const QByteArray csv = historyCsv({entry(), failed});
    QCOMPARE(csv,
             kBom + kHeader
                 + "2026-05-04T03:02:01Z,work,intl,Standard,team-registry,ap-southeast-1,12,Succeeded,cri-1,2085,"
                   "RID-1,ct-1,RUNNING,\r\n"
                 + "2026-05-04T03:02:01Z,,cn,Standard,team-registry,ap-southeast-1,12,Failed,,,RID-2,ct-2,,"
                   "PAY.INSUFFICIENT_BALANCE\r\n");
}

void TestHistoryCsv::quotedRowsStayOneRecord()
{
    JournalEntry odd = entry();
    odd.profile = QStringLiteral("张三, \"ops\"");
    odd.order.instanceName = QStringLiteral("-registry\nline 2");
    odd.provisioningStatus = QStringLiteral("=cmd|' /C calc'!A0");
    const QByteArray csv = historyCsv({odd});
    const QByteArray expectedRow = QStringLiteral("2026-05-04T03:02:01Z,\"张三, \"\"ops\"\"\",intl,Standard,"
                                                  "\"'-registry\nline 2\",ap-southeast-1,12,Succeeded,cri-1,2085,"
                                                  "RID-1,ct-1,'=cmd|' /C calc'!A0,\r\n")
                                       .toUtf8();
    QCOMPARE(csv, kBom + kHeader + expectedRow);
    // Every record ends with CRLF; the LF inside the quoted field is not a record end.
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 2);
}

void TestHistoryCsv::writesEveryPageOnAWorkerThread()
{
    const QString journalPath = journalOf10();
    QVERIFY(!journalPath.isEmpty());
    Journal open(journalPath); // the program has the journal open meanwhile
    QVERIFY(open.open());
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    Progress progress;
    HistoryCsvExport result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = writeHistoryCsv(
            journalPath, {}, path,
            [&](int written, int total) {
                progress.append({written, total});
                return true;
            },
            3);
    }));
    worker->start();
    QVERIFY(worker->wait(20000));
    QCOMPARE(int(result.outcome), int(HistoryCsvExport::Outcome::Written));
    QCOMPARE(result.rows, 10);
    QVERIFY(result.error.isEmpty());
    // Counted, then after each page of 3.
    QCOMPARE(progress, (Progress {{0, 10}, {3, 10}, {6, 10}, {9, 10}, {10, 10}}));
    const QByteArray csv = readFile(path);
    QCOMPARE(csv, expectedCsv(journalPath, {}));
    QCOMPARE(csv.count("\r\n"), 11);
    QVERIFY(csv.contains(",row-09,")); // newest first by default
    QVERIFY(csv.indexOf(",row-09,") < csv.indexOf(",row-00,"));
}

void TestHistoryCsv::writesTheFilteredRowsInTheirOrder()
{
    const QString journalPath = journalOf10();
    JournalQuery query;
    query.states = {OrderState::Sending};
    query.site = acrp::Site::International;
    query.newestFirst = false;
    query.limit = 1; // ignored: the export lists every matching row
    query.offset = 1;
    const QString path = m_dir.filePath(QStringLiteral("filtered.csv"));
    const HistoryCsvExport result = writeHistoryCsv(journalPath, query, path, {}, 2);
    QCOMPARE(int(result.outcome), int(HistoryCsvExport::Outcome::Written));
    QCOMPARE(result.rows, 3); // rows 0, 4 and 8
    const QByteArray csv = readFile(path);
    QCOMPARE(csv.count("\r\n"), 4);
    QVERIFY(csv.indexOf(",row-00,") < csv.indexOf(",row-04,"));
    QVERIFY(csv.indexOf(",row-04,") < csv.indexOf(",row-08,"));
    QVERIFY(!csv.contains(",row-01,"));
    query.limit = -1;
    query.offset = 0;
    QCOMPARE(csv, expectedCsv(journalPath, query));

    // A search that matches nothing: the header alone.
    query.search = QStringLiteral("no-such-row");
    Progress progress;
    const HistoryCsvExport none = writeHistoryCsv(journalPath, query, path, [&](int written, int total) {
        progress.append({written, total});
        return true;
    });
    QCOMPARE(int(none.outcome), int(HistoryCsvExport::Outcome::Written));
    QCOMPARE(none.rows, 0);
    QCOMPARE(progress, (Progress {{0, 0}}));
    QCOMPARE(readFile(path), kBom + kHeader);
}

void TestHistoryCsv::emptyJournalIsTheHeader()
{
    const QString journalPath = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const QString path = m_dir.filePath(QStringLiteral("empty.csv"));
    const HistoryCsvExport result = writeHistoryCsv(journalPath, {}, path);
    QCOMPARE(int(result.outcome), int(HistoryCsvExport::Outcome::Written));
    QCOMPARE(result.rows, 0);
    QCOMPARE(readFile(path), kBom + kHeader);
}

void TestHistoryCsv::cancelledLeavesNoFile()
{
    const QString journalPath = journalOf10();
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QFile::remove(path);
    // Stopped after the second page: nothing at the path, not even a partial file.
    Progress progress;
    HistoryCsvExport result = writeHistoryCsv(
        journalPath, {}, path,
        [&](int written, int total) {
            progress.append({written, total});
            return written < 6;
        },
        3);
    QCOMPARE(int(result.outcome), int(HistoryCsvExport::Outcome::Cancelled));
    QCOMPARE(progress, (Progress {{0, 10}, {3, 10}, {6, 10}}));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList());

    // Stopped at the count, with an earlier export at the path: it stays as it was.
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier\n");
    earlier.close();
    result = writeHistoryCsv(journalPath, {}, path, [](int, int) { return false; });
    QCOMPARE(int(result.outcome), int(HistoryCsvExport::Outcome::Cancelled));
    QCOMPARE(result.rows, 0);
    QCOMPARE(readFile(path), QByteArray("earlier\n"));
}

void TestHistoryCsv::unwritablePath()
{
    const QString journalPath = journalOf10();
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    bool asked = false;
    const HistoryCsvExport result = writeHistoryCsv(journalPath, {}, path, [&](int, int) {
        asked = true;
        return true;
    });
    QCOMPARE(int(result.outcome), int(HistoryCsvExport::Outcome::FileFailed));
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!asked); // failed before the count
    QVERIFY(!QFile::exists(path));
}

void TestHistoryCsv::unreadableJournal()
{
    // The journal's folder is a file: the journal cannot be opened, and the reason says which file.
    const QString notAFolder = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = m_dir.filePath(QStringLiteral("unread.csv"));
    const HistoryCsvExport result
        = writeHistoryCsv(notAFolder + QStringLiteral("/journal.sqlite"), {}, path, [](int, int) { return true; });
    QCOMPARE(int(result.outcome), int(HistoryCsvExport::Outcome::JournalFailed));
    QVERIFY2(result.error.contains(notAFolder), qPrintable(result.error));
    QVERIFY(!QFile::exists(path));

}

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "tst_historycsv.moc"
