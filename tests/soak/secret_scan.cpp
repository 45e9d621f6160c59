// acrp-secret-scan: the last test of the suite (issue 9). Scans every file under the tests' HOME
// folders (NAME.home) and the soak's work folder (NAME.work) in the build tree, and CTest's captured
// outputs (Testing/Temporary/LastTest*.log), for the AccessKey secrets and STS tokens the tests use.
// SQLite files (the journals, with their account and renewal rows) are also read row by row through
// SQLite, with their -wal, so a value split over pages or still only in the log is found too.
// A hit names the file and which secret, never the secret itself. It fails when it finds nothing to
// scan, so it cannot pass vacuously.
//
//   acrp-secret-scan --tree BUILD/tests --logs BUILD/Testing/Temporary [--sources SOURCE/tests]
//   acrp-secret-scan --root DIR...      (any folders, e.g. to check a planted file)
//   ... --sts-from URL                   (also the temporary secrets and tokens a running sandbox
//                                         issued: its GET /__admin/sts)
// Any STS security token-shaped string is a hit as well, whoever issued it.
#include "SecretScan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scans what the tests wrote and printed for the secrets they use."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tree"), QStringLiteral("Scan the NAME.home and NAME.work folders under DIR."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("logs"), QStringLiteral("Scan the LastTest*.log files in DIR."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("root"), QStringLiteral("Scan every file under DIR (repeatable)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("sources"),
                      QStringLiteral("Also check that every secret-like literal in the test sources under DIR is "
                                     "one the scan looks for."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("sts-from"),
                      QStringLiteral("Also look for the temporary secrets and security tokens the sandbox at URL "
                                     "issued (its GET /__admin/sts)."),
                      QStringLiteral("URL")});
    parser.process(app);
    QTextStream out(stdout);
    bool ok = true;
    const auto fail = [&](const QString& text) {
        out << "secret scan: " << text << '\n';
        ok = false;
    };

    QStringList roots = parser.values(QStringLiteral("root"));
    if (parser.isSet(QStringLiteral("tree"))) {
        const QStringList folders = acrp::test::testFolders(parser.value(QStringLiteral("tree")));
        if (folders.isEmpty())
            fail(QStringLiteral("no test folders (NAME.home, NAME.work) under %1: run the tests first")
                     .arg(parser.value(QStringLiteral("tree"))));
        roots += folders;
    }
    QStringList files;
    for (const QString& root : std::as_const(roots))
        files += acrp::test::filesUnder(root);
    if (!roots.isEmpty() && files.isEmpty())
        fail(QStringLiteral("the %1 folder(s) scanned hold no file").arg(roots.size()));
    QStringList logs;
    if (parser.isSet(QStringLiteral("logs"))) {
        logs = acrp::test::capturedLogs(parser.value(QStringLiteral("logs")));
        if (logs.isEmpty())
            fail(QStringLiteral("no captured output (LastTest*.log) in %1").arg(parser.value(QStringLiteral("logs"))));
    }
    if (roots.isEmpty() && logs.isEmpty() && !parser.isSet(QStringLiteral("logs")))
        fail(QStringLiteral("nothing to scan: give --tree, --logs or --root"));

    QList<acrp::test::TestSecret> secrets = acrp::test::testSecrets();
    if (parser.isSet(QStringLiteral("sts-from"))) {
        QString error;
        const std::optional<QList<acrp::test::TestSecret>> issued
            = acrp::test::fetchIssuedStsSecrets(QUrl(parser.value(QStringLiteral("sts-from"))), &error);
        if (issued)
            secrets += *issued;
        else
            fail(QStringLiteral("cannot read the sandbox's temporary credentials: %1").arg(error));
    }
    const acrp::test::ScanResult written = acrp::test::scan(files, secrets);
    const acrp::test::ScanResult printed = acrp::test::scan(logs, secrets);
    for (const acrp::test::ScanResult& result : {written, printed}) {
        for (const QString& path : result.unreadable)
            fail(QStringLiteral("cannot read %1").arg(path));
        for (const acrp::test::SecretHit& hit : result.hits)
            fail(QStringLiteral("SECRET FOUND: %1 contains %2").arg(hit.file, hit.label));
    }
    if (parser.isSet(QStringLiteral("sources"))) {
        const QStringList uncovered
            = acrp::test::uncoveredSecretLiterals(parser.value(QStringLiteral("sources")), secrets);
        for (const QString& place : uncovered)
            fail(QStringLiteral("%1: a secret-like literal the scan does not look for; add it to testSecrets() "
                                "in tests/soak/SecretScan.cpp")
                     .arg(place));
    }
    out << "secret scan: " << secrets.size() << " secrets; " << written.files << " files written under " << roots.size()
        << " folders (" << written.bytes << " bytes; " << written.databases
        << " SQLite databases also read row by row), " << printed.files << " captured logs (" << printed.bytes
        << " bytes); " << written.hits.size() + printed.hits.size() << " hits\n";
    return ok ? 0 : 1;
}
