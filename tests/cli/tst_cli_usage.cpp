// The command line's own words, run as a user would: an unknown command or option names itself and
// suggests the nearest known one (exit 5, never a silent start of the wizard), --lang is in every
// --help, and an unknown --lang warns, lists the known languages and goes on in English, for a
// command and for the wizard alike.
#include "CliTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kKnownLanguages = QStringLiteral("Known languages: en (English), zh_CN (简体中文).");

QString warning(const QString& code)
{
    return QStringLiteral("acr-purchase: unknown language “%1” for --lang; going on in English. ").arg(code)
        + kKnownLanguages + u'\n';
}

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownWords_data();
    void unknownWords();
    void unknownOptionJson();
    void help_data();
    void help();
    void language_data();
    void language();
    void languageWithoutCode_data();
    void languageWithoutCode();
    void wizardLanguage_data();
    void wizardLanguage();
    void wizardLoadsNoImagePlugin();

private:
    QTemporaryDir m_dir;
    QString m_home;
};

void TestCliUsage::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ACRP_CLI_EXE)));
    QVERIFY(m_dir.isValid());
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
}

void TestCliUsage::unknownWords_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("err");
    const QString seeHelp = QStringLiteral("See “acr-purchase --help”.\n");
    QTest::newRow("command") << QStringList {"bogus"} << "acr-purchase: unknown command “bogus”.\n" + seeHelp;
    QTest::newRow("misspelt command") << QStringList {"sumbit", "order.json"}
                                      << "acr-purchase: unknown command “sumbit”. Did you mean “submit”?\n" + seeHelp;
    QTest::newRow("command in capitals") << QStringList {
        "HISTORY"} << "acr-purchase: unknown command “HISTORY”. Did you mean “history”?\n" + seeHelp;
    QTest::newRow("option") << QStringList {"--bogus-flag"}
                            << "acr-purchase: unknown option “--bogus-flag”.\n" + seeHelp;
    QTest::newRow("misspelt option") << QStringList {
        "--versoin"} << "acr-purchase: unknown option “--versoin”. Did you mean “--version”?\n" + seeHelp;
    // The wizard's own options before an unknown word do not start the wizard.
    QTest::newRow("after --lang") << QStringList {"--lang", "en", "bogus"}
                                  << "acr-purchase: unknown command “bogus”.\n" + seeHelp;
    QTest::newRow("after -platform") << QStringList {"-platform", "offscreen", "--smoke-test", "bogus"}
                                     << "acr-purchase: unknown command “bogus”.\n" + seeHelp;
    QTest::newRow("command option") << QStringList {
        "submit", "--bogus"} << "acr-purchase submit: unknown option “--bogus”.\nSee “acr-purchase submit --help”.\n";
    QTest::newRow("misspelt command option")
        << QStringList {"submit", "order.json", "--dryrun"}
        << "acr-purchase submit: unknown option “--dryrun”. Did you mean “--dry-run”?\nSee “acr-purchase submit "
           "--help”.\n";
    QTest::newRow("single dash") << QStringList {"resume", "-jsn"}
                                 << "acr-purchase resume: unknown option “-jsn”. Did you mean “--json”?\nSee "
                                    "“acr-purchase resume --help”.\n";
    QTest::newRow("profiles option") << QStringList {
        "profiles", "--all"} << "acr-purchase profiles: unknown option “--all”.\nSee “acr-purchase profiles --help”.\n";
    QTest::newRow("templates action")
        << QStringList {"templates", "imprt", "x.json"}
        << "acr-purchase templates: unknown action “imprt”. Did you mean “import”?\nSee “acr-purchase templates "
           "--help”.\n";
    QTest::newRow("in Chinese, the words stay") << QStringList {"--lang", "zh_CN", "sumbit"} << QString();
}

void TestCliUsage::unknownWords()
{
    QFETCH(QStringList, args);
    QFETCH(QString, err);
    const CliRun result = runCli(m_home, args);
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(result.out, QByteArray());
    if (err.isEmpty()) {
        // Translated or not, the message names the word typed and the one meant.
        const QString text = QString::fromUtf8(result.err);
        QVERIFY2(text.contains(QStringLiteral("“sumbit”")) && text.contains(QStringLiteral("“submit”")),
                 qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("acr-purchase")), qPrintable(text));
    } else {
        QCOMPARE(QString::fromUtf8(result.err), err);
    }
}

void TestCliUsage::unknownOptionJson()
{
    // With --json the error is the JSON answer, one sentence, nothing on stderr.
    const CliRun result
        = runCli(m_home, {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limt"), "2"});
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.error().value(QLatin1String("kind")).toString(), QStringLiteral("local"));
    QCOMPARE(result.error().value(QLatin1String("message")).toString(),
             QStringLiteral("acr-purchase history: unknown option “--limt”. Did you mean “--limit”?"));
}

void TestCliUsage::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::newRow("--help") << QStringList {"--help"} << "Usage: acr-purchase [--lang CODE] [COMMAND] [OPTIONS]\n";
    QTest::newRow("help") << QStringList {"help"} << "Usage: acr-purchase [--lang CODE] [COMMAND] [OPTIONS]\n";
    QTest::newRow("submit") << QStringList {"submit", "--help"} << "Usage: acr-purchase submit [options] ORDER.json\n";
    QTest::newRow("history") << QStringList {"history", "-h"} << "Usage: acr-purchase history [options]\n";
    QTest::newRow("resume") << QStringList {"resume", "--help"} << "Usage: acr-purchase resume [options]\n";
    QTest::newRow("profiles") << QStringList {"profiles", "--help"}
                              << "Usage: acr-purchase profiles [options] [list|add|import|check]\n";
    QTest::newRow("profiles list") << QStringList {"profiles", "list", "--help"}
                                   << "Usage: acr-purchase profiles [options]\n";
    QTest::newRow("profiles add") << QStringList {"profiles", "add", "--help"}
                                  << "Usage: acr-purchase profiles add [options] NAME\n";
    QTest::newRow("profiles check") << QStringList {"profiles", "check", "--help"}
                                    << "Usage: acr-purchase profiles check [options] NAME\n";
    QTest::newRow("profiles import") << QStringList {"profiles", "import", "--help"}
                                     << "Usage: acr-purchase profiles import [options]\n";
    QTest::newRow("templates") << QStringList {"templates", "--help"}
                               << "Usage: acr-purchase templates [options] list|export|import\n";
    QTest::newRow("templates export") << QStringList {"templates", "export", "--help"}
                                      << "Usage: acr-purchase templates export [options] NAME FILE\n";
}

void TestCliUsage::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const CliRun result = runCli(m_home, args);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.startsWith(usage), qPrintable(text));
    // --lang is listed with the languages it knows, where it applies: everywhere.
    QVERIFY2(text.contains(QStringLiteral("--lang CODE")) || text.contains(QStringLiteral("--lang <CODE>")),
             qPrintable(text));
    QVERIFY2(text.simplified().contains(QStringLiteral("en, zh_CN")), qPrintable(text)); // Qt wraps help lines
}

void TestCliUsage::language_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    const QString english = QStringLiteral("No orders yet.\n");
    const QString chinese = QStringLiteral("暂无订单。\n");
    QTest::newRow("unknown, before the command")
        << QStringList {"--lang", "xx_YY", "history"} << english << warning(QStringLiteral("xx_YY"));
    QTest::newRow("not shipped, after the command")
        << QStringList {"history", "--lang=de"} << english << warning(QStringLiteral("de"));
    QTest::newRow("traditional Chinese") << QStringList {"history", "--lang", "zh_TW"} << english
                                         << warning(QStringLiteral("zh_TW"));
    QTest::newRow("zh_CN") << QStringList {"--lang", "zh_CN", "history"} << chinese << QString();
    QTest::newRow("zh") << QStringList {"--lang", "zh", "history"} << chinese << QString();
    QTest::newRow("zh-cn after the command") << QStringList {"history", "--lang", "zh-cn"} << chinese << QString();
    QTest::newRow("en_GB") << QStringList {"--lang", "en_GB", "history"} << english << QString();
    QTest::newRow("none: the system's (C)") << QStringList {"history"} << english << QString();
}

void TestCliUsage::language()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const CliRun result = runCli(m_home, args);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out), out);
    QCOMPARE(QString::fromUtf8(result.err), err);
}

void TestCliUsage::languageWithoutCode_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("last word") << QStringList {"history", "--lang"};
    QTest::newRow("empty after =") << QStringList {"--lang=", "history"};
}

void TestCliUsage::languageWithoutCode()
{
    QFETCH(QStringList, args);
    const CliRun result = runCli(m_home, args);
    QCOMPARE(result.exitCode, 5);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("acr-purchase: --lang needs a language code. ") + kKnownLanguages + u'\n');
}

void TestCliUsage::wizardLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("warned");
    QTest::newRow("unknown") << QStringList {"--lang", "xx_YY", "--smoke-test"} << "xx_YY";
    QTest::newRow("unknown, with =") << QStringList {"--smoke-test", "--lang=de"} << "de";
    QTest::newRow("known") << QStringList {"--lang", "zh_CN", "--smoke-test"} << "";
}

void TestCliUsage::wizardLanguage()
{
    // The wizard (offscreen, --smoke-test: shows the window and quits) warns the same way and starts.
    QFETCH(QStringList, args);
    QFETCH(QString, warned);
    const CliRun result = runCli(m_home, args, {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
    QCOMPARE(result.exitCode, 0);
    const QString err = QString::fromUtf8(result.err);
    if (warned.isEmpty())
        QVERIFY2(!err.contains(QStringLiteral("unknown language")), qPrintable(err));
    else
        QVERIFY2(err.contains(warning(warned)), qPrintable(err));
}

// The wizard's start-up loads no image plugin (Qt's debug output names every plugin library it
// loads; the platform plugin's line shows that it does).
void TestCliUsage::wizardLoadsNoImagePlugin()
{
    const CliRun result = runCli(m_home, {QStringLiteral("--smoke-test")},
                                 {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                                  {QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1")}});
    QCOMPARE(result.exitCode, 0);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QStringLiteral("libqoffscreen.so\" loaded library")), qPrintable(err.left(2000)));
    // Reading the plugins' metadata is cheap and allowed; loading one is not.
    static const QRegularExpression imagePluginLoaded(QStringLiteral("imageformats/[^\"]*\" loaded library"));
    QVERIFY2(!err.contains(imagePluginLoaded), qPrintable(err.left(4000)));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
