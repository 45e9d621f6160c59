// The windows on the application layer (issue 13), driven through real widgets offscreen against
// the embedded sandbox: a purchase behind a proxy that is not there, the signature version as a
// remembered setting, and the status refresh that the Result page, the History window and the
// command line share (one journal writer: the same fields from all three).
#include "UiTestSupport.h"
#include "cli/CommandContext.h"
#include "cli/SubmitCommand.h"
#include "core/app/ClientFactory.h"
#include "core/app/OrderService.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"
#include "sandbox/SandboxServer.h"
#include "ui/AppServices.h"
#include "ui/HistoryWindow.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OrderDraft.h"
#include "ui/PurchaseWizard.h"
#include "ui/pages/ResultPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace acrp;
using namespace acrp::ui;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

using test::find;
using test::kWaitMs;

class TestAppLayer : public QObject
{
    Q_OBJECT

private:
    test::AppFixture m_app;

    void start() { QVERIFY(m_app.start(test::AppFixture::richSandbox())); }
    MainWindow* window() const { return m_app.window(); }
    PurchaseWizard* wizard() const { return m_app.wizard(); }
    void next(PurchaseWizard::PageId expected) { m_app.next(expected); }
    // From the Account page (the built-in sandbox) to the Review page with a valid order.
    void typeOrder(const QString& name)
    {
        next(PurchaseWizard::InstancePageId);
        QTest::keyClicks(find<QLineEdit>(window(), "instanceNameEdit"), name);
        QTest::keyClicks(find<QLineEdit>(window(), "regionFilterEdit"), u"shanghai"_s);
        QTest::keyClick(find<QLineEdit>(window(), "regionFilterEdit"), Qt::Key_Return); // the one match left
        QCOMPARE(wizard()->draft()->order().region, u"cn-shanghai"_s);
        m_app.nextUntil(PurchaseWizard::ReviewPageId);
    }
    // Buys what the Review page shows and waits for the Result page to say it is paid.
    void buy()
    {
        next(PurchaseWizard::ResultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.headline().startsWith(u"Paid"_s), kWaitMs);
    }

private slots:
    void initTestCase()
    {
        test::initGuiTestCase();
        // The command line's built-in sandbox keeps its state in this test's app data: start fresh,
        // with the demo balance, on every run.
        QFile::remove(sandbox::embeddedStatePath());
    }

    void cleanup()
    {
        m_app.clear();
        QSettings().remove(u"signatureVersion"_s);
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
    }

    void purchaseBehindADeadProxy()
    {
        // The system proxy (the environment here) is a port where nothing listens, and nothing is
        // excluded. The built-in sandbox is on loopback, which is never sent to a proxy.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        const QByteArray proxy = "http://127.0.0.1:" + QByteArray::number(port);
        closed.close();
        qputenv("http_proxy", proxy);
        qputenv("https_proxy", proxy);
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        start();
        // The rule is the factory's, whatever the process asks for in general.
        QCOMPARE(ClientFactory::proxyFor(QUrl(u"https://business.aliyuncs.com/"_s)).port(), port);
        typeOrder(u"behind-a-proxy"_s);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(window(), "balanceLabel")->text().startsWith(u"Available balance"_s),
                                 kWaitMs);
        buy();
        QCOMPARE(m_app.sandbox().orders().size(), 1);
    }

    void signatureVersionIsASettingShownOnTheReview()
    {
        start();
        QCOMPARE(m_app.context().clients->settings().signature, SignatureVersion::V1); // the default
        auto* v3 = find<QAction>(window(), "signatureV3Action");
        QVERIFY(v3->isCheckable() && !v3->isChecked());
        v3->trigger();
        QVERIFY(v3->isChecked());
        QCOMPARE(m_app.context().clients->settings().signature, SignatureVersion::V3);

        // Remembered: the next start signs V3 and says so.
        start();
        QCOMPARE(m_app.context().clients->settings().signature, SignatureVersion::V3);
        QVERIFY(find<QAction>(window(), "signatureV3Action")->isChecked());
        QVERIFY(!find<QAction>(window(), "signatureV1Action")->isChecked());
        typeOrder(u"signed-v3"_s);
        QCOMPARE(find<QLabel>(window(), "summarySignatureValue")->text(), u"V3 (ACS3-HMAC-SHA256)"_s);
        QCOMPARE(find<QPlainTextEdit>(window(), "submitCommand")->toPlainText(),
                 u"acr-purchase submit order.json \\\n  --endpoint sandbox \\\n  --signature v3"_s);
        // The sandbox checks V3 signatures as the service does: the purchase goes through.
        buy();
        QCOMPARE(m_app.sandbox().orders().size(), 1);

        // Back to V1: said on the Review page of the next order.
        find<QAction>(window(), "signatureV1Action")->trigger();
        QCOMPARE(QSettings().value(u"signatureVersion"_s).toString(), u"v1"_s);
    }

    void statusRefreshWritesTheSameFieldsFromEveryFrontEnd()
    {
        start();
        // 1. The Result page polls the status after a purchase.
        typeOrder(u"status-wizard"_s);
        buy();
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(window(), "provisioningStatus")->text(), u"Provisioning: RUNNING"_s,
                                  kWaitMs);
        Journal* journal = m_app.context().journal;
        const qint64 wizardRow = journal->entryByClientToken(find<QLineEdit>(window(), "clientTokenEdit")->text())->id;

        // 2. The History window's Refresh status on an order whose status was never read.
        OrderSpec order = wizard()->draft()->order();
        order.instanceName = u"status-history"_s;
        OrderHandle* handle = m_app.context().orders->submit(order, u"sandbox"_s, Endpoint::sandbox());
        QSignalSpy bought(handle, &OrderHandle::finished);
        QVERIFY(bought.wait(kWaitMs));
        const qint64 historyRow = bought.first().first().value<OrderResult>().journalId;
        QVERIFY(!journal->entry(historyRow)->statusCheckedAt.isValid());
        HistoryWindow history(m_app.context());
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        history.selectOrder(historyRow);
        auto* refresh = find<QPushButton>(&history, "refreshStatusButton");
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), kWaitMs);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(journal->entry(historyRow)->statusCheckedAt.isValid(), kWaitMs);

        // 3. The command line's submit asks once after buying; the same journal file.
        QTemporaryDir files;
        const QString path = files.filePath(u"order.json"_s);
        order.instanceName = u"status-cli"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(OrderFile::serialize(order));
        file.close();
        QString out, err, in;
        QTextStream outStream(&out), errStream(&err), inStream(&in);
        cli::CommandContext context {outStream, errStream, inStream, QProcessEnvironment(), false, QString()};
        context.journalPath = journal->path();
        QVERIFY2(cli::runSubmitCommand({path, u"--json"_s}, context) == 0, qPrintable(out + err));
        const qint64 cliRow = QJsonDocument::fromJson(out.toUtf8()).object().value("journalId"_L1).toInteger();
        QVERIFY(cliRow > 0);

        // One writer, one rule: each row holds what its refresh read, with the time it read it.
        for (const qint64 id : {wizardRow, historyRow, cliRow}) {
            const auto row = journal->entry(id);
            QVERIFY(row);
            QCOMPARE(row->state, OrderState::Succeeded);
            QCOMPARE(row->paymentStatus, u"Paid"_s);
            QVERIFY2(!row->provisioningStatus.isEmpty(), qPrintable(QString::number(id)));
            QVERIFY(row->statusCheckedAt.isValid());
            QVERIFY(row->statusCheckedAt >= row->createdAt);
        }
        // And the History window shows when the status was read.
        history.selectOrder(historyRow);
        QVERIFY(find<QLabel>(&history, "historyDetails")->text().contains(u"(as of "_s));
    }
};

QTEST_MAIN(TestAppLayer)
#include "tst_applayer.moc"
