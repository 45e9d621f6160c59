// The secret scan itself: it finds a planted secret and names the file and the secret's label
// without printing the secret, skips the folders where secrets belong, refuses to pass when there
// is nothing to scan, and its source check notices a test secret it does not know.
#include "SecretScan.h"
#include "TestSupport.h"
#include "core/store/AccountStore.h"
#include "core/store/Journal.h"
#include "core/store/SandboxCredentials.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acrp::test;

namespace {

const QByteArray kPlanted = acrp::sandboxdemo::kAccessKeySecretCN;

void write(const QString& path, const QByteArray& content)
{
    QVERIFY2(writeFile(path, content), qPrintable(path));
}

struct ScanRun
{
    int exitCode = -1;
    QByteArray out;
};

ScanRun runScan(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(ACRP_SECRET_SCAN_EXE), args);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput() + process.readAllStandardError()};
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

private slots:
    void plantedSecretIsFoundAndNamed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.home/data/journal.sqlite")),
              QByteArray("binary\0prefix", 13) + kPlanted + "\xff");
        write(dir.filePath(QStringLiteral("a.home/config/clean.conf")), "AccessKeyId=SandboxDemoKeyCN\n");
        const ScanResult result = scan(filesUnder(dir.path()), testSecrets());
        QCOMPARE(result.files, 2);
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().file, dir.filePath(QStringLiteral("a.home/data/journal.sqlite")));
        QCOMPARE(result.hits.first().label, QStringLiteral("the China demo secret (SandboxCredentials.h)"));
    }

    // Temporary credentials (issue 18): a token-shaped string is found whoever issued it, and
    // the secrets a sandbox issued are read from its admin answer.
    void securityTokenShapeIsFound()
    {
        QTemporaryDir dir;
        const QByteArray token = "CAIS" + QByteArray(300, 'x').toBase64().left(400);
        write(dir.filePath(QStringLiteral("a.home/data/leak.log")), "token=" + token + "\n");
        write(dir.filePath(QStringLiteral("a.home/data/short.log")), "CAIS" + QByteArray(99, 'A') + "\n");
        write(dir.filePath(QStringLiteral("a.home/data/clean.log")), "STS.AccessKeyIdIsNotSecret\n");
        const ScanResult result = scan(filesUnder(dir.path()), {});
        QCOMPARE(result.files, 3);
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().file, dir.filePath(QStringLiteral("a.home/data/leak.log")));
        QCOMPARE(result.hits.first().label, securityTokenLabel());
        QVERIFY(!hasSecurityToken("CAIS+dialog/token=="));
        QVERIFY(hasSecurityToken(token));
    }

    void issuedStsSecretsAreRead()
    {
        const QByteArray answer
            = R"({"credentials":[{"accessKeyId":"STS.A1","accessKeySecret":"tmp-secret-A1",)"
              R"("securityToken":"tmp-token-A1","expiration":"2031-01-01T00:00:00Z","expired":false},)"
              R"({"accessKeyId":"STS.B2","accessKeySecret":"tmp-secret-B2","securityToken":"tmp-token-B2"}]})";
        QString error;
        const std::optional<QList<TestSecret>> issued = issuedStsSecrets(answer, &error);
        QVERIFY2(issued, qPrintable(error));
        QCOMPARE(issued->size(), 4);
        QCOMPARE(issued->at(0).label, QStringLiteral("the temporary secret of STS.A1"));
        QCOMPARE(issued->at(0).value, QByteArray("tmp-secret-A1"));
        QCOMPARE(issued->at(3).label, QStringLiteral("the security token of STS.B2"));
        QCOMPARE(issued->at(3).value, QByteArray("tmp-token-B2"));
        QVERIFY(issuedStsSecrets(R"({"credentials":[]})", &error)->isEmpty());
        for (const QByteArray& broken :
             {QByteArray("not json"), QByteArray(R"({"orders":[]})"),
              QByteArray(R"({"credentials":[{"accessKeyId":"STS.C","accessKeySecret":"s"}]})")}) {
            error.clear();
            QVERIFY2(!issuedStsSecrets(broken, &error), broken.constData());
            QVERIFY(!error.isEmpty());
        }
    }

    void stsFromAnUnreachableSandboxFails()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.home/data/clean.conf")), "x\n");
        const ScanRun run = runScan({QStringLiteral("--root"), dir.filePath(QStringLiteral("a.home")),
                                     QStringLiteral("--sts-from"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("cannot read the sandbox's temporary credentials"), run.out.constData());
    }

    void everySecretIsFound()
    {
        QTemporaryDir dir;
        const QList<TestSecret>& secrets = testSecrets();
        QVERIFY(secrets.size() > 20);
        for (qsizetype i = 0; i < secrets.size(); ++i)
            write(dir.filePath(QStringLiteral("f%1").arg(i)), "x " + secrets.at(i).value + " y");
        const ScanResult result = scan(filesUnder(dir.path()), secrets);
        QCOMPARE(result.files, int(secrets.size()));
        QVERIFY(result.hits.size() >= secrets.size());
    }

    void keyringAndPlantedImportFilesAreSkipped()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("t.home/data/keyrings/login.keyring")), kPlanted);
        write(dir.filePath(QStringLiteral("t.home/.aliyun/config.json")), kPlanted);
        write(dir.filePath(QStringLiteral("t.home/data/acr-purchase/journal.sqlite")), "rows");
        QCOMPARE(filesUnder(dir.path()),
                 QStringList {dir.filePath(QStringLiteral("t.home/data/acr-purchase/journal.sqlite"))});
    }

    void testFoldersAreHomeAndWorkFolders()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("core/tst_a.home/config/x")), "x");
        write(dir.filePath(QStringLiteral("core/tst_a.home/inner.home/y")), "y");
        write(dir.filePath(QStringLiteral("soak/soak.work/outputs/1.out")), "z");
        write(dir.filePath(QStringLiteral("soak/other/file")), "w");
        QCOMPARE(testFolders(dir.path()),
                 (QStringList {dir.filePath(QStringLiteral("core/tst_a.home")),
                               dir.filePath(QStringLiteral("soak/soak.work"))}));
    }

    void executableNamesFileAndSecretNeverTheValue()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("x.home/out.log")), "leaked: " + kPlanted + "\n");
        const ScanRun run = runScan({QStringLiteral("--root"), dir.filePath(QStringLiteral("x.home"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QByteArray("SECRET FOUND: " + dir.filePath(QStringLiteral("x.home/out.log")).toUtf8()
                                             + " contains the China demo secret")),
                 run.out.constData());
        QVERIFY(!run.out.contains(kPlanted));

        // The same through --tree and through --logs.
        QCOMPARE(runScan({QStringLiteral("--tree"), dir.path()}).exitCode, 1);
        write(dir.filePath(QStringLiteral("logs/LastTest.log")), "output " + kPlanted);
        const ScanRun logs = runScan({QStringLiteral("--logs"), dir.filePath(QStringLiteral("logs"))});
        QCOMPARE(logs.exitCode, 1);
        QVERIFY2(logs.out.contains("LastTest.log contains the China demo secret"), logs.out.constData());
    }

    void executablePassesOnCleanFiles()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("x.home/data/journal.sqlite")), "SandboxDemoKeyCN cri-0123456789abcdef");
        write(dir.filePath(QStringLiteral("logs/LastTest.log")), "PASS");
        const ScanRun run = runScan(
            {QStringLiteral("--tree"), dir.path(), QStringLiteral("--logs"), dir.filePath(QStringLiteral("logs"))});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY2(run.out.contains(" 1 files written under 1 folders (37 bytes; 0 SQLite databases also read row by "
                                  "row), 1 captured logs (4 bytes); 0 hits"),
                 run.out.constData());
        QVERIFY2(run.out.contains("0 hits"), run.out.constData());
    }

    // A secret in the journal's new rows (issue 17): an account table row that a sync wrote, or a
    // renewal's row. The journal stays open, so the rows are only in its write-ahead log: the scan
    // finds them in journal.sqlite, read through SQLite with its -wal, not only in the log's bytes.
    void secretInAccountOrRenewalRowIsFound_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("account instance") << QStringLiteral("account_instances");
        QTest::newRow("account order") << QStringLiteral("account_orders");
        QTest::newRow("sync error") << QStringLiteral("account_sync");
        QTest::newRow("renewal") << QStringLiteral("orders");
    }

    void secretInAccountOrRenewalRowIsFound()
    {
        QFETCH(QString, table);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.home/data/acr-purchase/journal.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        acrp::Journal journal(path);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QCOMPARE(journal.journalMode(), QStringLiteral("wal"));
        const QString leaked = QStringLiteral("leaked ") + QString::fromLatin1(kPlanted);
        const acrp::AccountKey account {QStringLiteral("work"), QStringLiteral("cn")};
        acrp::AccountStore store(&journal);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (table == u"account_instances") {
            acrp::AccountInstance instance;
            instance.instanceId = QStringLiteral("cri-leak0001");
            instance.status = QStringLiteral("Normal");
            instance.endTime = now.addDays(30);
            instance.readAt = now;
            QVERIFY2(store.replaceInstances(account, {instance}, &error), qPrintable(error));
            instance.name = leaked;
            instance.crReadAt = now;
            QVERIFY2(store.recordInstanceDetails(account, instance, &error), qPrintable(error));
        } else if (table == u"account_orders") {
            acrp::AccountOrder order;
            order.orderId = QStringLiteral("2100000001");
            order.orderType = QStringLiteral("Renew");
            order.instanceIds = {QStringLiteral("cri-leak0001")};
            order.currency = leaked;
            order.readAt = now;
            QVERIFY2(store.upsertOrders(account, {order}, &error), qPrintable(error));
        } else if (table == u"account_sync") {
            QVERIFY2(store.recordSync(account, now, leaked, &error), qPrintable(error));
        } else {
            acrp::RenewalSpec renewal;
            renewal.instanceId = QStringLiteral("cri-leak0001");
            renewal.periodMonths = 3;
            renewal.instanceName = leaked;
            acrp::JournalEntry entry;
            entry.endpoint = QStringLiteral("cn");
            entry.kind = acrp::OrderKind::Renew;
            entry.renewal = renewal;
            entry.clientToken = QStringLiteral("tok-leak");
            entry.state = acrp::OrderState::Sending;
            QVERIFY2(journal.insert(entry, &error) > 0, qPrintable(error));
        }
        // Only in the log so far: the database file's own bytes do not hold it.
        QVERIFY(!readFile(path)->contains(kPlanted));
        QVERIFY(readFile(path + QStringLiteral("-wal"))->contains(kPlanted));

        const ScanResult result = scan({path}, testSecrets());
        QCOMPARE(result.unreadable, QStringList());
        QCOMPARE(result.databases, 1);
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().file, path);
        QCOMPARE(result.hits.first().label, QStringLiteral("the China demo secret (SandboxCredentials.h)"));
        // The scan read a copy: nothing was checkpointed into the journal's file.
        QVERIFY(!readFile(path)->contains(kPlanted));
        QVERIFY(readFile(path + QStringLiteral("-wal"))->contains(kPlanted));
        // Through the executable too, as the last test runs it.
        const ScanRun run = runScan({QStringLiteral("--tree"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QByteArray("SECRET FOUND: " + path.toUtf8() + " contains the China demo secret")),
                 run.out.constData());
        QVERIFY(!run.out.contains(kPlanted));
    }

    // A value longer than a page is split over overflow pages, each starting with the next one's
    // number: a secret across such a boundary is not in the file's bytes, but SQLite reads it whole.
    void secretSplitOverPagesIsFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("split"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size = 4096")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
            // A record of 10004 bytes (4 of header): 1820 on the table's page (489 + 9515 % 4092),
            // then overflow pages of 4092. The secret straddles the first boundary.
            QByteArray value(10000, 'x');
            value.replace(1816 - kPlanted.size() / 2, kPlanted.size(), kPlanted);
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
            query.addBindValue(QString::fromLatin1(value));
            QVERIFY(query.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("split"));
        QVERIFY2(!readFile(path)->contains(kPlanted), "the secret is still whole in the file's bytes");
        QString error;
        const std::optional<QByteArray> values = sqliteValues(path, &error);
        QVERIFY2(values, qPrintable(error));
        QVERIFY(values->contains(kPlanted));
        const ScanResult result = scan({path}, testSecrets());
        QCOMPARE(result.hits.size(), 1);
        QCOMPARE(result.hits.first().file, path);
    }

    // A file with the SQLite header that SQLite cannot read is reported, not passed over; its bytes
    // are still searched.
    void brokenDatabaseIsUnreadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.home/journal.sqlite"));
        write(path, QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\xee') + kPlanted);
        const ScanResult result = scan({path}, testSecrets());
        QCOMPARE(result.databases, 0);
        QCOMPARE(result.unreadable.size(), 1);
        QVERIFY2(result.unreadable.first().startsWith(path + QStringLiteral(" (SQLite cannot read it: ")),
                 qPrintable(result.unreadable.first()));
        QCOMPARE(result.hits.size(), 1);
        const ScanRun run = runScan({QStringLiteral("--root"), dir.filePath(QStringLiteral("x.home"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QByteArray("cannot read " + path.toUtf8() + " (SQLite cannot read it: ")),
                 run.out.constData());
    }

    void nothingToScanFails_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no arguments") << QStringList() << "nothing to scan";
        QTest::newRow("no test folders") << QStringList {QStringLiteral("--tree"), QStringLiteral("EMPTY")}
                                         << "no test folders (NAME.home, NAME.work) under";
        QTest::newRow("empty folder") << QStringList {QStringLiteral("--root"), QStringLiteral("EMPTY")}
                                      << "the 1 folder(s) scanned hold no file";
        QTest::newRow("no logs") << QStringList {QStringLiteral("--logs"), QStringLiteral("EMPTY")}
                                 << "no captured output (LastTest*.log) in";
    }

    void nothingToScanFails()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const ScanRun run = runScan(args.replaceInStrings(QStringLiteral("EMPTY"), dir.path()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.out).contains(message), run.out.constData());
    }

    void sourceCheckNoticesAnUnknownSecret()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("known.cpp")),
              "auto a = \"sandbox-demo-secret-cn\"; auto b = 'not-the-secret'; auto c = \"secret-tool\";\n"
              "auto d = \"secretEdit\"; auto e = \"access_key_secret\"; auto f = \"--secrets\";\n");
        QCOMPARE(uncoveredSecretLiterals(dir.path(), testSecrets()), QStringList());
        // Put together here, so that this file's own literals are not new secrets to the source check.
        write(dir.filePath(QStringLiteral("sub/new.js")),
              "x\nconst s = 'brand-new-" + QByteArray("secret") + "-77';\nconst t = \"CAIS+" + "new==\";\n");
        QCOMPARE(uncoveredSecretLiterals(dir.path(), testSecrets()),
                 (QStringList {QStringLiteral("sub/new.js:2"), QStringLiteral("sub/new.js:3")}));
        const ScanRun run = runScan(
            {QStringLiteral("--root"), dir.filePath(QStringLiteral("sub")), QStringLiteral("--sources"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("sub/new.js:2: a secret-like literal the scan does not look for"),
                 run.out.constData());
        QVERIFY(!run.out.contains("77'"));
    }

    void testSourcesUseOnlyKnownSecrets()
    {
        QCOMPARE(uncoveredSecretLiterals(QStringLiteral(ACRP_TESTS_SOURCE_DIR), testSecrets()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
