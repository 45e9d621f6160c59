// The command line on the application layer: what the wizard and the command line must agree on,
// run as a user runs it (a process with its own HOME): a purchase behind a proxy that is not there,
// and the resume of an order the wizard wrote.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "core/order/CreateInstanceParams.h"
#include "core/order/OrderFile.h"
#include "core/store/Journal.h"

#include <QDir>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp;
using namespace Qt::StringLiterals;

namespace {

OrderSpec basicOrder(const QString& name)
{
    return test::chinaOrder(name, u"Basic"_s, u"cn-hangzhou"_s, 1);
}

// An address where nothing listens: a proxy that refuses every connection.
QString deadProxy()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = server.serverPort();
    server.close();
    return u"http://127.0.0.1:%1"_s.arg(port);
}

} // namespace

class TestCliAppLayer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newHome(const QString& name) const
    {
        const QString home = m_dir.filePath(name);
        QDir().mkpath(home);
        return home;
    }
    static QString dataDir(const QString& home) { return home + u"/data/acr-purchase/acr-purchase"_s; }
    QString writeOrder(const QString& home, const OrderSpec& order) const
    {
        const QString path = home + u"/order.json"_s;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(OrderFile::serialize(order));
        return path;
    }

    // A row as the wizard leaves it when the program dies while sending: journaled with its
    // ClientToken, state Sending, for `profile` and `endpoint`. Its id (0 when it could not be written).
    qint64 writeSendingRow(const QString& home, const QString& profile, const QString& endpoint, JournalEntry* row)
    {
        QDir().mkpath(dataDir(home));
        row->profile = profile;
        row->endpoint = endpoint;
        row->order = basicOrder(profile + u'-' + endpoint);
        row->clientToken = newClientToken();
        row->state = OrderState::Sending;
        Journal journal(dataDir(home) + u"/journal.sqlite"_s);
        return journal.open() ? journal.insert(*row) : 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void builtInSandboxBehindADeadProxy()
    {
        // http_proxy and https_proxy name a proxy that is not there, and nothing is excluded: the
        // built-in sandbox is on loopback, which no proxy can reach, so it is never proxied.
        const QString proxy = deadProxy();
        QVERIFY(!proxy.isEmpty());
        const QMap<QString, QString> environment {{u"http_proxy"_s, proxy},   {u"https_proxy"_s, proxy},
                                                  {u"HTTP_PROXY"_s, proxy},   {u"HTTPS_PROXY"_s, proxy},
                                                  {u"no_proxy"_s, QString()}, {u"NO_PROXY"_s, QString()}};
        const QString home = newHome(u"proxy"_s);
        const CliRun submit
            = runCli(home, {u"submit"_s, writeOrder(home, basicOrder(u"behind-proxy"_s)), u"--json"_s}, environment);
        QVERIFY2(submit.exitCode == 0, QByteArray(submit.out + submit.err).constData());
        QCOMPARE(submit.json().value("state"_L1).toString(), u"Succeeded"_s);
        QVERIFY(submit.json().value("instanceId"_L1).toString().startsWith(u"cri-"_s));
        // The status was asked right after, through the same rule, and recorded with its time.
        Journal journal(dataDir(home) + u"/journal.sqlite"_s);
        QVERIFY(journal.open());
        const auto row = journal.entry(submit.json().value("journalId"_L1).toInteger());
        QVERIFY(row);
        QCOMPARE(row->paymentStatus, u"Paid"_s);
        QVERIFY(!row->provisioningStatus.isEmpty());
        QVERIFY(row->statusCheckedAt.isValid());
    }

    void wizardRowWithARealProfileResumedOnTheSandbox()
    {
        // The wizard journaled this order for the built-in sandbox with a real profile chosen, and
        // the program died before the answer. The command line resumes it: the sandbox knows only
        // its demo pair, so that is what signs (not the profile's key, and not the real key this
        // shell happens to have in its environment), and the same ClientToken buys it once.
        const QString home = newHome(u"resume"_s);
        JournalEntry row;
        const qint64 id = writeSendingRow(home, u"work"_s, u"sandbox"_s, &row);
        QVERIFY(id);
        const QMap<QString, QString> realKey {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAItstRealLookingKey"_s},
                                              {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"tst-cli-applayer-secret-5e"_s}};
        const CliRun resume = runCli(home, {u"resume"_s, u"--json"_s}, realKey);
        QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
        const QJsonArray orders = resume.json().value("orders"_L1).toArray();
        QCOMPARE(orders.size(), 1);
        const QJsonObject resumed = orders.first().toObject();
        QCOMPARE(resumed.value("state"_L1).toString(), u"Succeeded"_s);
        QCOMPARE(resumed.value("clientToken"_L1).toString(), row.clientToken);
        QCOMPARE(resumed.value("journalId"_L1).toInteger(), id);

        // Resuming again finds nothing to send; the row kept its profile.
        const CliRun again = runCli(home, {u"resume"_s}, realKey);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Nothing to resume"));
        Journal journal(dataDir(home) + u"/journal.sqlite"_s);
        QVERIFY(journal.open());
        QCOMPARE(journal.entry(id)->profile, u"work"_s);
        QCOMPARE(journal.entry(id)->state, OrderState::Succeeded);
    }

    void realRowWithAnUnknownProfileIsNotResent()
    {
        // The same row for a real endpoint: its profile does not exist here, and the command line
        // must not sign it with the environment's key instead. Nothing is sent (exit 5).
        const QString home = newHome(u"real"_s);
        JournalEntry row;
        QVERIFY(writeSendingRow(home, u"work"_s, u"cn"_s, &row));
        const QString proxy = deadProxy(); // were anything sent to the China site, it would go here
        const CliRun resume = runCli(home, {u"resume"_s},
                                     {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAItstRealLookingKey"_s},
                                      {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"tst-cli-applayer-secret-5e"_s},
                                      {u"https_proxy"_s, proxy}});
        QCOMPARE(resume.exitCode, 5);
        QVERIFY2(resume.err.contains("could not be resent") && resume.err.contains("“work”"), resume.err.constData());
        Journal journal(dataDir(home) + u"/journal.sqlite"_s);
        QVERIFY(journal.open());
        QCOMPARE(journal.pending().size(), 1);
        QCOMPARE(journal.pending().first().state, OrderState::Sending);
    }
};

QTEST_GUILESS_MAIN(TestCliAppLayer)
#include "tst_cli_applayer.moc"
