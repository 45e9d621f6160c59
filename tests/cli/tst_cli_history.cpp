// `acr-purchase history` as a process over a journal the test fills: --state (any case, repeated,
// comma-separated), --site, --search (LIKE wildcards literal), --limit, --json, the usage errors for
// bad values (exit 5), and no secret from the environment in any output.
#include "CliTestSupport.h"
#include "core/store/Journal.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using acrp::Journal;
using acrp::JournalEntry;
using acrp::OrderState;

namespace {

const QString kSecret = QStringLiteral("tst-cli-history-secret-9d2c");

QMap<QString, QString> secretEnv()
{
    return {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAI-tst-cli-history")},
            {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kSecret}};
}

QStringList tokens(const CliRun& run)
{
    QStringList result;
    const QJsonArray orders = run.json().value(QLatin1String("orders")).toArray();
    for (const QJsonValue& order : orders)
        result.append(order.toObject().value(QLatin1String("clientToken")).toString());
    return result;
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyJournal();
    void filters_data();
    void filters();
    void humanOutput();
    void usageErrors_data();
    void usageErrors();
    void noSecretInOutput(); // keep last: scans every output above

private:
    CliRun run(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_home;
    QString m_emptyHome;
    QList<QByteArray> m_outputs;
};

void TestCliHistory::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ACRP_CLI_EXE)));
    QVERIFY(m_dir.isValid());
    m_home = m_dir.filePath(QStringLiteral("home"));
    m_emptyHome = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY(QDir().mkpath(m_emptyHome));
    // The journal where the program looks for it (AppDataLocation under XDG_DATA_HOME).
    Journal journal(m_home + QStringLiteral("/data/acr-purchase/acr-purchase/journal.sqlite"));
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    struct Row
    {
        const char* token;
        acrp::Site site;
        const char* name;
        const char* region;
        OrderState state;
    };
    const QList<Row> rows = {
        {"tok-a", acrp::Site::China, "alpha", "cn-hangzhou", OrderState::Succeeded},
        {"tok-b", acrp::Site::International, "beta_1", "ap-southeast-1", OrderState::Failed},
        {"tok-c", acrp::Site::China, "gamma%", "cn-shanghai", OrderState::Unknown},
        {"tok-d", acrp::Site::International, "delta", "eu-central-1", OrderState::Succeeded},
        {"tok-e", acrp::Site::China, "BETA1", "cn-beijing", OrderState::Sending},
    };
    const QDateTime base = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        JournalEntry entry;
        entry.profile = QStringLiteral("work");
        entry.site = rows.at(i).site;
        entry.endpoint = acrp::siteId(rows.at(i).site);
        entry.order.site = rows.at(i).site;
        entry.order.instanceName = QString::fromUtf8(rows.at(i).name);
        entry.order.region = QString::fromUtf8(rows.at(i).region);
        entry.clientToken = QString::fromUtf8(rows.at(i).token);
        entry.state = OrderState::Sending;
        entry.createdAt = base.addDays(i);
        const qint64 id = journal.insert(entry);
        QVERIFY(id > 0);
        if (rows.at(i).state == OrderState::Succeeded)
            QVERIFY(journal.finishSucceeded(id, 1, QStringLiteral("cri-%1").arg(i), QString::number(100 + i),
                                            QStringLiteral("RID-%1").arg(i)));
        else if (rows.at(i).state != OrderState::Sending)
            QVERIFY(journal.finishWithError(id, rows.at(i).state, 1, acrp::ApiError::timeout()));
    }
}

CliRun TestCliHistory::run(const QStringList& args)
{
    CliRun result = runCli(m_home, args, secretEnv());
    m_outputs.append(result.out);
    m_outputs.append(result.err);
    return result;
}

void TestCliHistory::emptyJournal()
{
    CliRun result = runCli(m_emptyHome, {QStringLiteral("history")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("No orders yet.\n"));
    result = runCli(m_emptyHome, {QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QLatin1String("orders")).toArray().size(), 0);
}

void TestCliHistory::filters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected"); // newest first

    QTest::newRow("all") << QStringList() << QStringList {"tok-e", "tok-d", "tok-c", "tok-b", "tok-a"};
    QTest::newRow("state, any case") << QStringList {"--state", "succeeded"} << QStringList {"tok-d", "tok-a"};
    QTest::newRow("states, comma-separated")
        << QStringList {"--state", "FAILED, unknown"} << QStringList {"tok-c", "tok-b"};
    QTest::newRow("states, repeated") << QStringList {"--state", "Failed", "--state", "Sending"}
                                      << QStringList {"tok-e", "tok-b"};
    QTest::newRow("state without rows") << QStringList {"--state", "Draft"} << QStringList {};
    QTest::newRow("site") << QStringList {"--site", "intl"} << QStringList {"tok-d", "tok-b"};
    QTest::newRow("site, any case") << QStringList {"--site", "CN"} << QStringList {"tok-e", "tok-c", "tok-a"};
    QTest::newRow("search, any case") << QStringList {"--search", "Beta"} << QStringList {"tok-e", "tok-b"};
    QTest::newRow("search, underscore literal") << QStringList {"--search", "a_1"} << QStringList {"tok-b"};
    QTest::newRow("search, percent literal") << QStringList {"--search", "%"} << QStringList {"tok-c"};
    QTest::newRow("search InstanceId") << QStringList {"--search", "cri-3"} << QStringList {"tok-d"};
    QTest::newRow("search region") << QStringList {"--search", "eu-central"} << QStringList {"tok-d"};
    QTest::newRow("combined") << QStringList {"--state", "succeeded,sending", "--site", "cn", "--search", "a"}
                              << QStringList {"tok-e", "tok-a"};
    QTest::newRow("limit") << QStringList {"--limit", "2"} << QStringList {"tok-e", "tok-d"};
    QTest::newRow("limit with filter") << QStringList {"--site", "cn", "--limit", "1"} << QStringList {"tok-e"};
}

void TestCliHistory::filters()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const CliRun result = run(QStringList {QStringLiteral("history"), QStringLiteral("--json")} + args);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(tokens(result), expected);
    QVERIFY(result.err.isEmpty());
}

void TestCliHistory::humanOutput()
{
    CliRun result = run({QStringLiteral("history"), QStringLiteral("--search"), QStringLiteral("ALPHA")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("Succeeded  cn  Basic alpha (cn-hangzhou)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ClientToken tok-a")));
    QVERIFY(text.contains(QStringLiteral("InstanceId cri-0, OrderId 100")));
    QVERIFY(!text.contains(QStringLiteral("delta")));
    result = run({QStringLiteral("history"), QStringLiteral("--search"), QStringLiteral("nothing-like-this")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("No orders match.\n"));
}

void TestCliHistory::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString states = QStringLiteral("Use one or more of: Draft, Sending, Succeeded, Failed, Unknown.");
    QTest::newRow("unknown state") << QStringList {"--state", "Done"}
                                   << QStringLiteral("Unknown state \"Done\" for --state. ") + states;
    QTest::newRow("one bad among good") << QStringList {"--state", "Failed,Pending"}
                                        << QStringLiteral("Unknown state \"Pending\" for --state. ") + states;
    QTest::newRow("empty state") << QStringList {"--state", ""}
                                 << QStringLiteral("Unknown state \"\" for --state. ") + states;
    QTest::newRow("state without value") << QStringList {"--state"} << QStringLiteral("Missing value after '--state'.");
    QTest::newRow("unknown site") << QStringList {"--site", "eu"}
                                  << QStringLiteral("Unknown site \"eu\" for --site. Use cn or intl.");
    QTest::newRow("bad limit") << QStringList {"--limit", "0"}
                               << QStringLiteral("--limit must be a positive whole number.");
    QTest::newRow("argument") << QStringList {"extra"}
                              << QStringLiteral("history takes no arguments besides its options.");
    QTest::newRow("unknown option") << QStringList {"--colour"} << QStringLiteral("Unknown option 'colour'.");
}

void TestCliHistory::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    CliRun result = run(QStringList {QStringLiteral("history")} + args);
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(QString::fromUtf8(result.err), message + u'\n');
    QVERIFY(result.out.isEmpty());
    // With --json: one JSON object on stdout.
    result = run(QStringList {QStringLiteral("history"), QStringLiteral("--json")} + args);
    QCOMPARE(result.exitCode, 5);
    const QJsonObject error = result.error();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("local"));
    QCOMPARE(error.value(QLatin1String("message")).toString(), message);
}

void TestCliHistory::noSecretInOutput()
{
    QVERIFY(m_outputs.size() > 30);
    for (const QByteArray& output : std::as_const(m_outputs))
        QVERIFY2(!output.contains(kSecret.toUtf8()), output.constData());
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
