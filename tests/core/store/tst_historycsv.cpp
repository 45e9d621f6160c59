// HistoryCsv: RFC 4180 quoting, formula guard, header row, CRLF line ends, UTF-8 with a BOM.
#include "core/store/HistoryCsv.h"

#include <QTest>

using acrp::csvField;
using acrp::historyCsv;
using acrp::JournalEntry;
using acrp::OrderState;

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

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "tst_historycsv.moc"
