// `acr-purchase history` as a process over a journal the test fills: --state (any case, repeated,
// comma-separated), --site, --search (LIKE wildcards literal), --limit, --json, the usage errors for
// bad values (exit 5), the table's columns lining up with Chinese names (in terminal columns), dates
// for people in the table and ISO 8601 only in --json, and no secret from the environment in any output.
#include "CliTestSupport.h"
#include "TableColumns.h"
#include "core/Formatting.h"
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
    void tableColumnsLineUp_data();
    void tableColumnsLineUp();
    void datesForPeopleAndIsoInJson();
    void usageErrors_data();
    void usageErrors();
    void noSecretInOutput(); // keep last: scans every output above

private:
    CliRun run(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_home;
    QString m_emptyHome;
    QString m_chineseHome; // orders with Chinese instance names
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
    m_chineseHome = m_dir.filePath(QStringLiteral("chinese"));
    Journal chinese(m_chineseHome + QStringLiteral("/data/acr-purchase/acr-purchase/journal.sqlite"));
    QString chineseError;
    QVERIFY2(chinese.open(&chineseError), qPrintable(chineseError));
    const QStringList names = {QStringLiteral("镜像仓库"), QStringLiteral("ci"), QStringLiteral("生产-registry-一")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        JournalEntry entry;
        entry.site = acrp::Site::China;
        entry.endpoint = QStringLiteral("sandbox");
        entry.order.site = acrp::Site::China;
        entry.order.edition = i == 1 ? QStringLiteral("Standard") : QStringLiteral("Basic");
        entry.order.instanceName = names.at(i);
        entry.order.region = QStringLiteral("cn-hangzhou");
        entry.clientToken = QStringLiteral("tok-cjk-%1").arg(i);
        entry.state = OrderState::Sending;
        entry.createdAt = QDateTime(QDate(2026, 12, 3), QTime(7, 24, 12), Qt::UTC).addDays(i);
        const qint64 id = chinese.insert(entry);
        QVERIFY(id > 0);
        if (i != 2)
            QVERIFY(chinese.finishSucceeded(id, 1, QStringLiteral("cri-cjk-%1").arg(i), QString::number(900 + i),
                                            QStringLiteral("RID-cjk-%1").arg(i)));
    }
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
    QVERIFY2(text.startsWith(QStringLiteral("ORDER  CREATED")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("  Succeeded  new   cn    Basic    alpha     cn-hangzhou  cn\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ClientToken tok-a")));
    QVERIFY(text.contains(QStringLiteral("InstanceId cri-0, OrderId 100")));
    QVERIFY(!text.contains(QStringLiteral("delta")));
    result = run({QStringLiteral("history"), QStringLiteral("--search"), QStringLiteral("nothing-like-this")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("No orders match.\n"));
}

void TestCliHistory::tableColumnsLineUp_data()
{
    QTest::addColumn<QStringList>("language");
    QTest::newRow("system (C)") << QStringList {};
    QTest::newRow("en") << QStringList {QStringLiteral("--lang"), QStringLiteral("en")};
    QTest::newRow("zh_CN") << QStringList {QStringLiteral("--lang"), QStringLiteral("zh_CN")};
}

void TestCliHistory::tableColumnsLineUp()
{
    QFETCH(QStringList, language);
    const CliRun result = runCli(m_chineseHome, language + QStringList {QStringLiteral("history")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QString text = QString::fromUtf8(result.out);
    // The table's lines: the header and one per order; each order's details are indented below it.
    QStringList table;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(QStringLiteral("    ")))
            table.append(line);
    }
    QCOMPARE(table.size(), 4);
    QVERIFY2(table.at(1).contains(QStringLiteral("生产-registry-一")), qPrintable(text));
    QVERIFY2(table.at(3).contains(QStringLiteral("镜像仓库")), qPrintable(text));
    const QString misaligned = acrp::test::misalignedColumns(table, 9);
    QVERIFY2(misaligned.isEmpty(), qPrintable(misaligned + u'\n' + text));
    for (const QString& line : std::as_const(table))
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
}

void TestCliHistory::datesForPeopleAndIsoInJson()
{
    // The tests run in the C locale (LANG=C.UTF-8): the table writes C's date-time, one format with
    // the GUI (format::dateTime); --lang zh_CN writes Chinese dates. Only --json keeps ISO 8601.
    const QDateTime created(QDate(2026, 12, 3), QTime(7, 24, 12), Qt::UTC);
    static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    CliRun result = runCli(m_chineseHome, {QStringLiteral("history")});
    QCOMPARE(result.exitCode, 0);
    QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(acrp::format::dateTime(created, QLocale::c())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" Dec 2026 ")), qPrintable(text));
    QVERIFY2(!iso.match(text).hasMatch(), qPrintable(text));

    result = runCli(m_chineseHome, {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("history")});
    QCOMPARE(result.exitCode, 0);
    text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(acrp::format::dateTime(created, QLocale(QStringLiteral("zh_CN")))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("  2026/12/")), qPrintable(text));
    QVERIFY2(!iso.match(text).hasMatch(), qPrintable(text));

    result = runCli(
        m_chineseHome,
        {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray orders = result.json().value(QLatin1String("orders")).toArray();
    QCOMPARE(orders.size(), 3);
    const QString createdAt = orders.last().toObject().value(QLatin1String("createdAt")).toString();
    QVERIFY2(iso.match(createdAt).hasMatch(), qPrintable(createdAt));
    QCOMPARE(QDateTime::fromString(createdAt, Qt::ISODateWithMs), created);
}

void TestCliHistory::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString states = QStringLiteral("Use one or more of: Draft, Sending, Succeeded, Failed, Unknown.");
    QTest::newRow("unknown state") << QStringList {"--state", "Done"}
                                   << QStringLiteral("Unknown state “Done” for --state. ") + states;
    QTest::newRow("one bad among good") << QStringList {"--state", "Failed,Pending"}
                                        << QStringLiteral("Unknown state “Pending” for --state. ") + states;
    QTest::newRow("empty state") << QStringList {"--state", ""}
                                 << QStringLiteral("Unknown state “” for --state. ") + states;
    QTest::newRow("state without value") << QStringList {"--state"} << QStringLiteral("Missing value after '--state'.");
    QTest::newRow("unknown site") << QStringList {"--site", "eu"}
                                  << QStringLiteral("Unknown site “eu” for --site. Use cn or intl.");
    QTest::newRow("bad limit") << QStringList {"--limit", "0"}
                               << QStringLiteral("--limit must be a positive whole number.");
    QTest::newRow("argument") << QStringList {"extra"}
                              << QStringLiteral("history takes no arguments besides its options.");
    QTest::newRow("unknown option") << QStringList {"--colour"}
                                    << QStringLiteral("acr-purchase history: unknown option “--colour”.\n"
                                                      "See “acr-purchase history --help”.");
    QTest::newRow("misspelt option") << QStringList {"--serach", "x"}
                                     << QStringLiteral("acr-purchase history: unknown option “--serach”. Did you mean "
                                                       "“--search”?\nSee “acr-purchase history --help”.");
    QTest::newRow("misspelt option with a value") << QStringList {"--limt=3"}
                                                  << QStringLiteral("acr-purchase history: unknown option “--limt”. "
                                                                    "Did you mean “--limit”?\nSee “acr-purchase "
                                                                    "history --help”.");
}

void TestCliHistory::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    CliRun result = run(QStringList {QStringLiteral("history")} + args);
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(QString::fromUtf8(result.err), message + u'\n');
    QVERIFY(result.out.isEmpty());
    // With --json: one JSON object on stdout, without the line that points to --help.
    result = run(QStringList {QStringLiteral("history"), QStringLiteral("--json")} + args);
    QCOMPARE(result.exitCode, 5);
    const QJsonObject error = result.error();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("local"));
    QCOMPARE(error.value(QLatin1String("message")).toString(), message.section(u'\n', 0, 0));
}

void TestCliHistory::noSecretInOutput()
{
    QVERIFY(m_outputs.size() > 30);
    for (const QByteArray& output : std::as_const(m_outputs))
        QVERIFY2(!output.contains(kSecret.toUtf8()), output.constData());
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
