// The secret scan itself: it finds a planted secret and names the file and the secret's label
// without printing the secret, skips the folders where secrets belong, refuses to pass when there
// is nothing to scan, and its source check notices a test secret it does not know.
#include "SecretScan.h"
#include "TestSupport.h"
#include "core/store/SandboxCredentials.h"

#include <QDir>
#include <QProcess>
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
        QVERIFY2(run.out.contains(" 1 files written under 1 folders (37 bytes), 1 captured logs (4 bytes); 0 hits"),
                 run.out.constData());
        QVERIFY2(run.out.contains("0 hits"), run.out.constData());
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
