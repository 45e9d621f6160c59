// What every command shares (app/cli/CommandSupport, app/core/Translations), in-process: the edit
// distance and the nearest known word behind "Did you mean ...?", the one table helper (columns
// measured in terminal columns, so Chinese cells line up), and the one list of languages --lang knows.
#include "TableColumns.h"
#include "cli/CommandContext.h"
#include "cli/CommandSupport.h"
#include "cli/ProfilesCommand.h"
#include "core/Translations.h"
#include "core/store/CredentialStore.h"
#include "core/store/Profiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace acrp;

namespace {

const QStringList kCommands
    = {QStringLiteral("submit"),    QStringLiteral("history"), QStringLiteral("resume"), QStringLiteral("profiles"),
       QStringLiteral("templates"), QStringLiteral("help"),    QStringLiteral("version")};
const QStringList kOptions = {QStringLiteral("--endpoint"), QStringLiteral("--profile"), QStringLiteral("--dry-run"),
                              QStringLiteral("--yes"),      QStringLiteral("--json"),    QStringLiteral("--lang"),
                              QStringLiteral("-h"),         QStringLiteral("--help")};

} // namespace

class TestCliSupport : public QObject
{
    Q_OBJECT

private slots:
    void editDistance_data();
    void editDistance();
    void nearestWord_data();
    void nearestWord();
    void tableAscii();
    void tableChineseColumnsLineUp();
    void tableEmptyCells();
    void languages();
    void matchLanguage_data();
    void matchLanguage();
    void unknownLanguageWarning();
    void profilesTableInChinese();
};

void TestCliSupport::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("both empty") << ""
                                << "" << 0;
    QTest::newRow("from empty") << ""
                                << "abc" << 3;
    QTest::newRow("to empty") << "abc"
                              << "" << 3;
    QTest::newRow("same") << "submit"
                          << "submit" << 0;
    QTest::newRow("swap") << "sumbit"
                          << "submit" << 1;
    QTest::newRow("swap at the end") << "histroy"
                                     << "history" << 1;
    QTest::newRow("deletion") << "resum"
                              << "resume" << 1;
    QTest::newRow("insertion") << "dry-run"
                               << "dryrun" << 1;
    QTest::newRow("substitution") << "jsan"
                                  << "json" << 1;
    QTest::newRow("case counts") << "Json"
                                 << "json" << 1;
    QTest::newRow("kitten/sitting") << "kitten"
                                    << "sitting" << 3;
    // Optimal string alignment: a swapped pair is not edited again (true Damerau would say 2).
    QTest::newRow("no edit inside a swap") << "ca"
                                           << "abc" << 3;
    QTest::newRow("CJK swap") << "生产"
                              << "产生" << 1;
}

void TestCliSupport::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(cli::editDistance(a, b), distance);
    QCOMPARE(cli::editDistance(b, a), distance); // symmetric
}

void TestCliSupport::nearestWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QString>("nearest");
    QTest::newRow("swapped letters") << "sumbit" << kCommands << "submit";
    QTest::newRow("any case") << "HISTORY" << kCommands << "history";
    QTest::newRow("missing letter") << "templtes" << kCommands << "templates";
    QTest::newRow("two edits in nine letters") << "tmplatess" << kCommands << "templates";
    QTest::newRow("short word, one edit") << "hepl" << kCommands << "help";
    QTest::newRow("nothing close") << "bogus" << kCommands << "";
    QTest::newRow("too far for its length") << "sbmt" << kCommands << "";
    QTest::newRow("empty") << "" << kCommands << "";
    QTest::newRow("nothing known") << "submit" << QStringList {} << "";
    QTest::newRow("option, dashes kept") << "--dryrun" << kOptions << "--dry-run";
    QTest::newRow("one dash for two") << "-jsn" << kOptions << "--json";
    QTest::newRow("one letter is never guessed") << "-x" << kOptions << "";
    QTest::newRow("first of equally near") << "--profilx" << (QStringList {"--profily", "--profile"}) << "--profily";
}

void TestCliSupport::nearestWord()
{
    QFETCH(QString, word);
    QFETCH(QStringList, known);
    QFETCH(QString, nearest);
    QCOMPARE(cli::nearestWord(word, known), nearest);
}

void TestCliSupport::tableAscii()
{
    const QStringList lines
        = cli::tableLines({{QStringLiteral("NAME"), QStringLiteral("SITE"), QStringLiteral("X")},
                           {QStringLiteral("prod"), QStringLiteral("intl"), QStringLiteral("1")},
                           {QStringLiteral("staging-1"), QStringLiteral("cn"), QStringLiteral("22")}});
    QCOMPARE(lines,
             QStringList({QStringLiteral("NAME       SITE  X"), QStringLiteral("prod       intl  1"),
                          QStringLiteral("staging-1  cn    22")}));
    QCOMPARE(cli::tableLines({}), QStringList());
}

void TestCliSupport::tableChineseColumnsLineUp()
{
    // Wide characters take two terminal columns: 生产环境 is as wide as "abcdefgh".
    const QList<QStringList> rows = {{QStringLiteral("NAME"), QStringLiteral("REGION"), QStringLiteral("NOTE")},
                                     {QStringLiteral("生产环境"), QStringLiteral("cn-hangzhou"), QStringLiteral("一")},
                                     {QStringLiteral("abcdefgh"), QStringLiteral("华东1（杭州）"), QStringLiteral("x")},
                                     {QStringLiteral("测试-test"), QStringLiteral("-"), QStringLiteral("（内置）")}};
    const QStringList lines = cli::tableLines(rows);
    QCOMPARE(lines.size(), 4);
    const QString misaligned = test::misalignedColumns(lines, 3);
    QVERIFY2(misaligned.isEmpty(), qPrintable(misaligned + u'\n' + lines.join(u'\n')));
    QCOMPARE(test::columnStarts(lines.first()), (QList<int> {0, 11, 26}));
    QCOMPARE(lines.at(1), QStringLiteral("生产环境   cn-hangzhou    一"));
}

void TestCliSupport::tableEmptyCells()
{
    const QStringList lines = cli::tableLines(
        {{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, {QString(), QStringLiteral("b"), QString()}});
    QCOMPARE(lines, QStringList({QStringLiteral("A  B  C"), QStringLiteral("-  b  -")}));
    for (const QString& line : lines)
        QVERIFY(!line.endsWith(u' '));
}

void TestCliSupport::languages()
{
    // English and one language per embedded catalog (:/i18n/acr-purchase_zh_CN.qm).
    QCOMPARE(availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(languageName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(languageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(languageList(), QStringLiteral("en (English), zh_CN (简体中文)"));
}

void TestCliSupport::matchLanguage_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("en_GB") << "en_GB"
                           << "en";
    QTest::newRow("en-US") << "en-US"
                           << "en";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("zh-cn, any case") << "zh-cn"
                                     << "zh_CN";
    QTest::newRow("zh") << "zh"
                        << "zh_CN";
    QTest::newRow("zh_SG, simplified") << "zh_SG"
                                       << "zh_CN";
    QTest::newRow("zh_TW, traditional") << "zh_TW"
                                        << "";
    QTest::newRow("not shipped") << "de"
                                 << "";
    QTest::newRow("no such language") << "xx_YY"
                                      << "";
    QTest::newRow("C") << "C"
                       << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "  "
                           << "";
}

void TestCliSupport::matchLanguage()
{
    QFETCH(QString, requested);
    QFETCH(QString, language);
    QCOMPARE(acrp::matchLanguage(requested), language);
}

void TestCliSupport::unknownLanguageWarning()
{
    QCOMPARE(acrp::unknownLanguageWarning(QStringLiteral("xx_YY")),
             QStringLiteral("acr-purchase: unknown language “xx_YY” for --lang; going on in English. Known languages: "
                            "en (English), zh_CN (简体中文)."));
}

void TestCliSupport::profilesTableInChinese()
{
    // The profiles table in Chinese: translated headers and "（内置）" are wide, the columns still line up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Profiles profiles(dir.filePath(QStringLiteral("profiles.ini")));
    Profile prod;
    prod.name = QStringLiteral("prod");
    prod.site = Site::International;
    prod.accessKeyId = QStringLiteral("ProdKeyId01");
    prod.defaultRegion = QStringLiteral("ap-southeast-1");
    QString error;
    QVERIFY2(profiles.save(prod, QString(), &error), qPrintable(error));
    QVERIFY(installTranslations(QLocale(QStringLiteral("zh_CN"))));
    QString output, errors, input;
    QTextStream out(&output), err(&errors), in(&input);
    cli::CommandContext context {out, err, in, QProcessEnvironment(), false, QString()};
    CredentialStore store; // untouched by the list
    const int code = cli::runProfilesCommand({}, profiles, store, context);
    installTranslations(QLocale::c());
    QCOMPARE(code, 0);
    QCOMPARE(errors, QString());
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("名称")), qPrintable(output));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("sandbox （内置）")), qPrintable(output));
    const QString misaligned = test::misalignedColumns(lines, 6);
    QVERIFY2(misaligned.isEmpty(), qPrintable(misaligned + u'\n' + output));
}

QTEST_GUILESS_MAIN(TestCliSupport)
#include "tst_cli_support.moc"
