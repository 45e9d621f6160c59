// `acr-purchase templates list|export|import` as processes: one line per imported or rejected
// file, exit 0 / 2 / 5, the --json objects, export to a file and to standard output, templates
// kept across runs, and no secret or ClientToken in any output or exported file.
#include "CliTestSupport.h"
#include "TableColumns.h"
#include "core/order/OrderFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSecret = QStringLiteral("tst-cli-templates-secret-51fa");

const QByteArray kProdOrder = R"({"format":"acr-purchase/order","version":1,"order":{"site":"cn","edition":"Standard",
    "instanceName":"prod-registry","region":"cn-shanghai","periodMonths":12}})";
const QByteArray kTestOrder = R"({"format":"acr-purchase/order","version":1,"order":{"site":"intl","edition":"Basic",
    "instanceName":"test-registry","region":"ap-southeast-1","periodMonths":1}})";
const QByteArray kNewerVersion = R"({"format":"acr-purchase/order","version":9,"order":{"site":"cn","edition":"Basic",
    "instanceName":"x-registry","region":"cn-shanghai","periodMonths":1}})";
const QByteArray kInvalidOrder = R"({"format":"acr-purchase/order","version":1,"order":{"site":"cn","edition":"Basic",
    "instanceName":"x-registry","region":"mars-north-1","periodMonths":1}})";

QMap<QString, QString> secretEnv()
{
    return {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAI-tst-cli-templates")},
            {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kSecret}};
}

acrp::OrderSpec parsed(const QByteArray& json)
{
    QString error;
    return acrp::OrderFile::parse(json, &error).value_or(acrp::OrderSpec());
}

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCliTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyList();
    void importAllGood();
    void importSomeRejected();
    void importJson();
    void listAfterRestart();
    void listColumnsLineUp_data();
    void listColumnsLineUp();
    void exportToFile();
    void exportToStandardOutput();
    void exportErrors();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void secretsAppearNowhere(); // keep last: scans every output and file above

private:
    CliRun run(const QStringList& args, const QString& home = {});
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    QString m_home; // the templates accumulate here from case to case
    QList<QByteArray> m_outputs;
};

void TestCliTemplates::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ACRP_CLI_EXE)));
    QVERIFY(m_dir.isValid());
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/files")));
}

CliRun TestCliTemplates::run(const QStringList& args, const QString& home)
{
    CliRun result = runCli(home.isEmpty() ? m_home : home, args, secretEnv());
    m_outputs.append(result.out);
    m_outputs.append(result.err);
    return result;
}

QString TestCliTemplates::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_home + QStringLiteral("/files/") + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestCliTemplates::emptyList()
{
    CliRun result = run({QStringLiteral("templates"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("No templates yet.\n"));
    result = run({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().keys(), QStringList {"templates"});
    QVERIFY(result.json().value(QLatin1String("templates")).toArray().isEmpty());
}

void TestCliTemplates::importAllGood()
{
    const QString prod = writeFile(QStringLiteral("prod.json"), kProdOrder);
    const QString test = writeFile(QStringLiteral("test.json"), kTestOrder);
    const CliRun result = run({QStringLiteral("templates"), QStringLiteral("import"), prod, test});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(lines(result.out),
             QStringList({QStringLiteral("Imported %1 as template “prod”.").arg(prod),
                          QStringLiteral("Imported %1 as template “test”.").arg(test)}));
    QVERIFY(result.err.isEmpty());
}

void TestCliTemplates::importSomeRejected()
{
    const QString good = writeFile(QStringLiteral("staging.json"), kProdOrder);
    const QString malformed = writeFile(QStringLiteral("broken.json"), QByteArray("{\"format\":"));
    const QString newer = writeFile(QStringLiteral("future.json"), kNewerVersion);
    const QString invalid = writeFile(QStringLiteral("invalid.json"), kInvalidOrder);
    const QString duplicate = writeFile(QStringLiteral("PROD.json"), kTestOrder);
    const QString missing = m_home + QStringLiteral("/files/absent.json");
    const CliRun result = run(
        {QStringLiteral("templates"), QStringLiteral("import"), good, malformed, newer, invalid, duplicate, missing});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(lines(result.out), QStringList {QStringLiteral("Imported %1 as template “staging”.").arg(good)});
    const QStringList errors = lines(result.err);
    QCOMPARE(errors.size(), 5); // one line per rejected file
    QVERIFY2(errors.at(0).startsWith(QStringLiteral("%1 is not a valid order file: ").arg(malformed)),
             qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(QStringLiteral("%1 is not a valid order file: ").arg(newer)),
             qPrintable(errors.at(1)));
    QVERIFY2(errors.at(1).contains(QStringLiteral("version")), qPrintable(errors.at(1)));
    QVERIFY2(errors.at(2).startsWith(QStringLiteral("The order in %1 is not valid: region: ").arg(invalid)),
             qPrintable(errors.at(2)));
    QCOMPARE(errors.at(3),
             QStringLiteral("%1 was not imported: A template named “prod” already exists.").arg(duplicate));
    QVERIFY2(errors.at(4).startsWith(QStringLiteral("Cannot read %1: ").arg(missing)), qPrintable(errors.at(4)));
    // Only the good file was kept.
    const CliRun list = run({QStringLiteral("templates"), QStringLiteral("list")});
    QCOMPARE(lines(list.out).size(), 4); // the header and three templates
}

void TestCliTemplates::importJson()
{
    const QString good = writeFile(QStringLiteral("json-good.json"), kTestOrder);
    const QString bad = writeFile(QStringLiteral("json-bad.json"), QByteArray("[]"));
    CliRun result = run({QStringLiteral("templates"), QStringLiteral("import"), QStringLiteral("--json"), good, bad});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.isEmpty());
    QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("imported")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("rejected")).toInt(), 1);
    const QJsonArray files = json.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("file")).toString(), good);
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("json-good"));
    QCOMPARE(first.value(QLatin1String("imported")).toBool(), true);
    QVERIFY(first.value(QLatin1String("id")).toInteger() > 0);
    QVERIFY(!first.contains(QLatin1String("error")));
    const QJsonObject second = files.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("imported")).toBool(), false);
    QVERIFY(!second.contains(QLatin1String("id")));
    QVERIFY(second.value(QLatin1String("error")).toString().startsWith(bad + QStringLiteral(" is not a valid")));

    const QString other = writeFile(QStringLiteral("json-other.json"), kTestOrder);
    result = run({QStringLiteral("templates"), QStringLiteral("import"), other, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QLatin1String("imported")).toInt(), 1);
    QCOMPARE(result.json().value(QLatin1String("rejected")).toInt(), 0);
}

void TestCliTemplates::listAfterRestart()
{
    // Every run is a new process: what earlier runs imported is in the journal's file.
    CliRun result = run({QStringLiteral("templates"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(lines(result.out),
             QStringList({QStringLiteral("NAME        SITE  EDITION   INSTANCE       REGION          PERIOD"),
                          QStringLiteral("json-good   intl  Basic     test-registry  ap-southeast-1  1 month"),
                          QStringLiteral("json-other  intl  Basic     test-registry  ap-southeast-1  1 month"),
                          QStringLiteral("prod        cn    Standard  prod-registry  cn-shanghai     12 months"),
                          QStringLiteral("staging     cn    Standard  prod-registry  cn-shanghai     12 months"),
                          QStringLiteral("test        intl  Basic     test-registry  ap-southeast-1  1 month")}));
    result = run({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray templates = result.json().value(QLatin1String("templates")).toArray();
    QCOMPARE(templates.size(), 5);
    const QJsonObject prod = templates.at(2).toObject();
    QCOMPARE(prod.value(QLatin1String("name")).toString(), QStringLiteral("prod"));
    QCOMPARE(prod.value(QLatin1String("order")).toObject(), acrp::OrderFile::orderToJson(parsed(kProdOrder)));
    QVERIFY(prod.value(QLatin1String("id")).toInteger() > 0);
    QVERIFY(prod.contains(QLatin1String("createdAt")));
    QVERIFY(prod.contains(QLatin1String("updatedAt")));
}

void TestCliTemplates::listColumnsLineUp_data()
{
    QTest::addColumn<QStringList>("language");
    QTest::newRow("system (C)") << QStringList {};
    QTest::newRow("zh_CN") << QStringList {QStringLiteral("--lang=zh_CN")};
}

void TestCliTemplates::listColumnsLineUp()
{
    // Templates are named after their files, in any script: the columns still line up on a terminal.
    QFETCH(QStringList, language);
    const QString home = m_dir.filePath(QStringLiteral("chinese"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/files")));
    if (!QFile::exists(home + QStringLiteral("/files/ci.json"))) {
        QStringList files;
        for (const QString& name : {QStringLiteral("生产环境"), QStringLiteral("ci"), QStringLiteral("测试-test")}) {
            QFile file(home + QStringLiteral("/files/") + name + QStringLiteral(".json"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(name == u"ci" ? kTestOrder : kProdOrder);
            files.append(file.fileName());
        }
        const CliRun imported = run(QStringList {QStringLiteral("templates"), QStringLiteral("import")} + files, home);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }
    const CliRun result = run(language + QStringList {QStringLiteral("templates"), QStringLiteral("list")}, home);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QStringList table = lines(result.out);
    QCOMPARE(table.size(), 4);
    QVERIFY2(result.out.contains("生产环境"), result.out.constData());
    const QString misaligned = acrp::test::misalignedColumns(table, 6);
    QVERIFY2(misaligned.isEmpty(), qPrintable(misaligned + u'\n' + QString::fromUtf8(result.out)));
}

void TestCliTemplates::exportToFile()
{
    const QString path = m_home + QStringLiteral("/exported/prod copy.json");
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    CliRun result = run({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("PROD"), path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(lines(result.out), QStringList {QStringLiteral("Exported template “prod” to %1.").arg(path)});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QCOMPARE(exported, acrp::OrderFile::serialize(parsed(kProdOrder)));

    const QString jsonPath = m_home + QStringLiteral("/exported/test.json");
    result = run({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("--json"),
                  QStringLiteral("test"), jsonPath});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("test")}, {QStringLiteral("file"), jsonPath}}));
    QVERIFY(QFile::exists(jsonPath));

    // The exported file imports again, under its own name.
    result = run({QStringLiteral("templates"), QStringLiteral("import"), path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(lines(result.out), QStringList {QStringLiteral("Imported %1 as template “prod copy”.").arg(path)});
}

void TestCliTemplates::exportToStandardOutput()
{
    const QByteArray expected = acrp::OrderFile::serialize(parsed(kTestOrder));
    CliRun result
        = run({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("test"), QStringLiteral("-")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected);
    QVERIFY(result.err.isEmpty());
    result = run({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("test"), QStringLiteral("-"),
                  QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected);
}

void TestCliTemplates::exportErrors()
{
    CliRun result = run({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("nope"),
                         m_home + QStringLiteral("/nope.json")});
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(QString::fromUtf8(result.err), QStringLiteral("There is no template named “nope”.\n"));
    QVERIFY(!QFile::exists(m_home + QStringLiteral("/nope.json")));
    const QString unwritable = m_home + QStringLiteral("/no-such-folder/prod.json");
    result = run({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("prod"), unwritable});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.startsWith(QStringLiteral("Cannot write %1: ").arg(unwritable).toUtf8()),
             result.err.constData());
    result = run({QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("--json"),
                  QStringLiteral("nope"), QStringLiteral("-")});
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(result.error().value(QLatin1String("message")).toString(),
             QStringLiteral("There is no template named “nope”."));
}

void TestCliTemplates::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList {} << "templates needs an action: list, export or import.";
    QTest::newRow("only --json") << QStringList {"--json"} << "templates needs an action: list, export or import.";
    QTest::newRow("unknown action") << QStringList {
        "show"} << "acr-purchase templates: unknown action “show”.\nSee “acr-purchase templates --help”.";
    QTest::newRow("misspelt action")
        << QStringList {"lsit"}
        << "acr-purchase templates: unknown action “lsit”. Did you mean “list”?\nSee “acr-purchase templates --help”.";
    QTest::newRow("misspelt action, --json")
        << QStringList {"exprot", "--json"}
        << "acr-purchase templates: unknown action “exprot”. Did you mean “export”?";
    QTest::newRow("list with argument") << QStringList {"list", "x"}
                                        << "templates list takes no arguments besides its options.";
    QTest::newRow("export without file") << QStringList {
        "export",
        "prod"} << "templates export needs a template name and a file (acr-purchase templates export NAME FILE).";
    QTest::newRow("export with three") << QStringList {
        "export", "prod", "a",
        "b"} << "templates export needs a template name and a file (acr-purchase templates export NAME FILE).";
    QTest::newRow("import without files")
        << QStringList {"import"}
        << "templates import needs at least one order file (acr-purchase templates import FILE...).";
    QTest::newRow("unknown option") << QStringList {
        "list",
        "--all"} << "acr-purchase templates list: unknown option “--all”.\nSee “acr-purchase templates list --help”.";
    QTest::newRow("misspelt option")
        << QStringList {"import", "--jsno", "x.json"}
        << "acr-purchase templates import: unknown option “--jsno”. Did you mean “--json”?\nSee “acr-purchase "
           "templates import --help”.";
}

void TestCliTemplates::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString emptyHome = m_dir.filePath(QStringLiteral("usage"));
    QDir().mkpath(emptyHome);
    const CliRun result = run(QStringList {QStringLiteral("templates")} + args, emptyHome);
    QCOMPARE(result.exitCode, 5);
    if (args.contains(QStringLiteral("--json"))) {
        QCOMPARE(result.error().value(QLatin1String("message")).toString(), message);
    } else {
        QCOMPARE(QString::fromUtf8(result.err), message + u'\n');
        QVERIFY(result.out.isEmpty());
    }
}

void TestCliTemplates::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::newRow("templates") << QStringList {"templates", "--help"}
                               << "Usage: acr-purchase templates [options] list|export|import\n";
    QTest::newRow("list") << QStringList {"templates", "list", "--help"}
                          << "Usage: acr-purchase templates list [options]\n";
    QTest::newRow("export") << QStringList {"templates", "export", "-h"}
                            << "Usage: acr-purchase templates export [options] NAME FILE\n";
    QTest::newRow("import") << QStringList {"templates", "import", "--help"}
                            << "Usage: acr-purchase templates import [options] FILE...\n";
    QTest::newRow("history") << QStringList {"history", "--help"} << "Usage: acr-purchase history [options]\n";
}

void TestCliTemplates::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const CliRun result = run(args);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).startsWith(usage), result.out.constData());
    QVERIFY(result.out.contains("--json"));
    QVERIFY(result.out.contains("--lang <CODE>"));
}

void TestCliTemplates::secretsAppearNowhere()
{
    QVERIFY(m_outputs.size() > 30);
    bool sawTemplate = false; // positive control: the scan sees what the commands printed
    for (const QByteArray& output : std::as_const(m_outputs)) {
        sawTemplate = sawTemplate || output.contains("prod-registry");
        QVERIFY2(!output.contains(kSecret.toUtf8()), output.constData());
        QVERIFY2(!output.contains("LTAI-tst-cli-templates"), output.constData());
        QVERIFY2(!output.contains("clientToken"), output.constData());
    }
    QVERIFY(sawTemplate);
    int files = 0;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        QVERIFY2(!content.contains(kSecret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("LTAI-tst-cli-templates"), qPrintable(file.fileName()));
        if (file.fileName().contains(QStringLiteral("/exported/")))
            QVERIFY2(!content.contains("lientToken"), qPrintable(file.fileName()));
    }
    QVERIFY(files > 10);
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_cli_templates.moc"
