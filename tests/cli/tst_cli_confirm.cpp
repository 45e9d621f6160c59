// The confirmation question of `submit` on a real endpoint when standard input is a terminal,
// driven in-process through CommandContext (a test cannot easily own a terminal).
#include "cli/CommandContext.h"
#include "cli/SubmitCommand.h"
#include "sandbox/SandboxAccounts.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliConfirm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answers_data();
    void answers();

private:
    QTemporaryDir m_dir;
};

void TestCliConfirm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QFile order(m_dir.filePath(QStringLiteral("order.json")));
    QVERIFY(order.open(QIODevice::WriteOnly));
    order.write(R"({"format":"acr-purchase/order","version":1,"order":{"site":"cn","edition":"Basic",
        "instanceName":"asked-first","region":"cn-beijing","periodMonths":1}})");
}

void TestCliConfirm::answers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("orders");
    QTest::newRow("yes") << "yes\n" << 0 << 1;
    QTest::newRow("y") << "y\n" << 0 << 1;
    QTest::newRow("no") << "no\n" << 5 << 0;
    QTest::newRow("nothing (end of input)") << "" << 5 << 0;
}

void TestCliConfirm::answers()
{
    QFETCH(QString, answer);
    QFETCH(int, exitCode);
    QFETCH(int, orders);
    acrp::sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen(0));
    QString outText, errText, inText = answer;
    QTextStream out(&outText), err(&errText), in(&inText);
    acrp::cli::CommandContext context {
        out,  err,
        in,   QProcessEnvironment(),
        true, m_dir.filePath(QStringLiteral("%1/journal.sqlite").arg(QTest::currentDataTag()))};
    context.environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                               QString::fromLatin1(acrp::sandbox::kDemoKeyIdChina));
    context.environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                               QString::fromLatin1(acrp::sandbox::kDemoSecretChina));
    const int code = acrp::cli::runSubmitCommand(
        {m_dir.filePath(QStringLiteral("order.json")), QStringLiteral("--endpoint"), sandbox.baseUrl().toString()},
        context);
    out.flush();
    err.flush();
    QCOMPARE(code, exitCode);
    QCOMPARE(sandbox.orders().size(), orders);
    QVERIFY2(errText.contains(QStringLiteral("You are about to buy on %1").arg(sandbox.baseUrl().toString())),
             qPrintable(errText));
    QVERIFY2(errText.contains(QStringLiteral("Basic edition instance “asked-first” in cn-beijing, 1 month")),
             qPrintable(errText));
    if (exitCode == 5)
        QVERIFY2(errText.contains(QStringLiteral("Not confirmed; nothing was sent.")), qPrintable(errText));
}

QTEST_GUILESS_MAIN(TestCliConfirm)
#include "tst_cli_confirm.moc"
