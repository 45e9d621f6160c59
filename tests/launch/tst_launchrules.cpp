// The platform-independent rules of app/launch/LaunchRules: which words start the wizard and which
// the command line, how a Windows command line splits into argv (the C runtime's rules, which Qt
// follows on Windows), and what the console twin acr-purchase.com hands to acr-purchase.exe: the
// same arguments, whatever their quotes, backslashes or characters, and never itself.
#include "launch/LaunchRules.h"

#include <QTest>
#include <string>
#include <vector>

using Words = std::vector<std::u16string>;
Q_DECLARE_METATYPE(Words)

namespace {

QString show(const Words& words)
{
    QStringList shown;
    for (const std::u16string& word : words)
        shown << u'[' + QString::fromStdU16String(word) + u']';
    return shown.join(u' ');
}

} // namespace

class TestLaunchRules : public QObject
{
    Q_OBJECT

private slots:
    void commandOrWizard_data();
    void commandOrWizard();
    void splitsLikeTheCRuntime_data();
    void splitsLikeTheCRuntime();
    void guiGetsTheSameArguments_data();
    void guiGetsTheSameArguments();
    void guiCommandLineKeepsTheTextAsTyped();
    void guiProgramBesideTheTwin_data();
    void guiProgramBesideTheTwin();
};

void TestLaunchRules::commandOrWizard_data()
{
    QTest::addColumn<Words>("argv");
    QTest::addColumn<bool>("command");
    QTest::newRow("nothing") << Words {u"acr-purchase"} << false;
    QTest::newRow("--lang CODE") << Words {u"acr-purchase", u"--lang", u"zh_CN"} << false;
    QTest::newRow("--lang=CODE") << Words {u"acr-purchase", u"--lang=zh_CN"} << false;
    QTest::newRow("Qt's options") << Words {u"acr-purchase", u"-platform", u"offscreen", u"-style=fusion", u"-reverse"}
                                  << false;
    QTest::newRow("--smoke-test") << Words {u"acr-purchase", u"--smoke-test"} << false;
    QTest::newRow("--lang without its value") << Words {u"acr-purchase", u"--lang"} << false;
    QTest::newRow("a command") << Words {u"acr-purchase", u"submit", u"order.json"} << true;
    QTest::newRow("--version") << Words {u"acr-purchase", u"--version"} << true;
    QTest::newRow("--lang CODE, then a command") << Words {u"acr-purchase", u"--lang", u"zh_CN", u"history"} << true;
    QTest::newRow("an unknown option") << Words {u"acr-purchase", u"--langx"} << true;
    QTest::newRow("--lang's prefix with no =") << Words {u"acr-purchase", u"--langzh"} << true;
    QTest::newRow("an option that takes no value, given one") << Words {u"acr-purchase", u"--smoke-test=1"} << true;
    QTest::newRow("an empty word") << Words {u"acr-purchase", u""} << true;
    QTest::newRow("a command after the value that looks like one")
        << Words {u"acr-purchase", u"-style", u"history", u"x"} << true;
    QTest::newRow("a word in Chinese") << Words {u"acr-purchase", u"订单.json"} << true;
}

void TestLaunchRules::commandOrWizard()
{
    QFETCH(Words, argv);
    QFETCH(bool, command);
    QCOMPARE(acrp::launch::wantsCommandLine(argv), command);
}

void TestLaunchRules::splitsLikeTheCRuntime_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<Words>("argv");
    QTest::newRow("plain") << R"(acr-purchase history --json)" << Words {u"acr-purchase", u"history", u"--json"};
    QTest::newRow("spaces and tabs") << "acr-purchase \t history\t\t--json  "
                                     << Words {u"acr-purchase", u"history", u"--json"};
    QTest::newRow("empty line") << "" << Words {u""};
    QTest::newRow("quoted program with spaces")
        << R"("C:\Program Files\ACR Purchase\bin\acr-purchase.com" submit)"
        << Words {uR"(C:\Program Files\ACR Purchase\bin\acr-purchase.com)", u"submit"};
    QTest::newRow("program name keeps its backslashes before a quote")
        << R"("C:\dir\"x.com a)" << Words {uR"(C:\dir\x.com)", u"a"};
    QTest::newRow("quoted argument") << R"(p submit "my order.json")" << Words {u"p", u"submit", u"my order.json"};
    QTest::newRow("quotes in the middle") << R"(p a"b c"d)" << Words {u"p", u"ab cd"};
    QTest::newRow("empty argument") << R"(p "" x)" << Words {u"p", u"", u"x"};
    QTest::newRow("two empty arguments") << R"(p "" "")" << Words {u"p", u"", u""};
    QTest::newRow("an empty argument last, unclosed") << R"(p ")" << Words {u"p", u""};
    QTest::newRow("backslashes not before a quote")
        << R"(p C:\dir\\file a\\\b)" << Words {u"p", uR"(C:\dir\\file)", uR"(a\\\b)"};
    QTest::newRow("escaped quote") << R"(p a\"b)" << Words {u"p", uR"(a"b)"};
    QTest::newRow("two backslashes, then a quote") << R"(p a\\"b c")" << Words {u"p", uR"(a\b c)"};
    QTest::newRow("three backslashes, then a quote") << R"(p a\\\"b)" << Words {u"p", uR"(a\"b)"};
    QTest::newRow("quoted folder ending in a backslash")
        << R"(p "C:\out dir\\" next)" << Words {u"p", uR"(C:\out dir\)", u"next"};
    QTest::newRow("the classic bug: one backslash before the closing quote")
        << R"(p "C:\out dir\" next)" << Words {u"p", uR"(C:\out dir" next)"};
    QTest::newRow("doubled quote inside quotes") << R"(p "a""b" c)" << Words {u"p", uR"(a"b)", u"c"};
    QTest::newRow("trailing backslashes") << R"(p a\\)" << Words {u"p", uR"(a\\)"};
    QTest::newRow("Chinese and an emoji")
        << QStringLiteral("p 订单.json \"名 字\" \U0001F600") << Words {u"p", u"订单.json", u"名 字", u"\U0001F600"};
}

void TestLaunchRules::splitsLikeTheCRuntime()
{
    QFETCH(QString, commandLine);
    QFETCH(Words, argv);
    const Words split = acrp::launch::splitCommandLine(commandLine.toStdU16String());
    QVERIFY2(split == argv, qPrintable(show(split) + u" instead of " + show(argv)));
}

void TestLaunchRules::guiGetsTheSameArguments_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::newRow("program only") << "acr-purchase";
    QTest::newRow("program and blanks") << "acr-purchase  \t";
    QTest::newRow("quoted program") << R"("C:\Program Files\ACR Purchase\bin\acr-purchase.com" history --json)";
    QTest::newRow("program with quotes inside") << R"(C:\"Program Files"\x.com history)";
    QTest::newRow("quoted argument") << R"(acr-purchase submit "C:\My Orders\order.json" --yes)";
    QTest::newRow("empty arguments") << R"(acr-purchase submit "" "")";
    QTest::newRow("escaped quotes") << R"(acr-purchase templates import a\"b "c\"d")";
    QTest::newRow("backslashes before quotes") << R"(acr-purchase x "C:\out dir\\" a\\\"b "e\\\\")";
    QTest::newRow("doubled quotes") << R"(acr-purchase history --search "a""b")";
    QTest::newRow("unclosed quote") << R"(acr-purchase history --search "open)";
    QTest::newRow("tabs") << "acr-purchase\thistory\t--json";
    QTest::newRow("Unicode") << QStringLiteral("acr-purchase submit \"C:\\订单\\名 字.json\" \U0001F600");
}

void TestLaunchRules::guiGetsTheSameArguments()
{
    // What acr-purchase.exe reads from the line the twin builds is what the twin itself was given,
    // with only the program replaced.
    QFETCH(QString, commandLine);
    const std::u16string gui = uR"(C:\Program Files\ACR Purchase\bin\acr-purchase.exe)";
    const std::u16string line = commandLine.toStdU16String();
    Words expected = acrp::launch::splitCommandLine(line);
    expected.front() = gui;
    const Words seen = acrp::launch::splitCommandLine(acrp::launch::guiCommandLine(gui, line));
    QVERIFY2(seen == expected, qPrintable(show(seen) + u" instead of " + show(expected)));
}

void TestLaunchRules::guiCommandLineKeepsTheTextAsTyped()
{
    QCOMPARE(QString::fromStdU16String(acrp::launch::guiCommandLine(uR"(C:\A B\acr-purchase.exe)",
                                                                    uR"(acr-purchase  submit "x y.json" a\\"b")")),
             QStringLiteral(R"("C:\A B\acr-purchase.exe"  submit "x y.json" a\\"b")"));
    QCOMPARE(QString::fromStdU16String(acrp::launch::guiCommandLine(uR"(C:\A B\acr-purchase.exe)", u"")),
             QStringLiteral(R"("C:\A B\acr-purchase.exe")"));
}

void TestLaunchRules::guiProgramBesideTheTwin_data()
{
    QTest::addColumn<QString>("twin");
    QTest::addColumn<QString>("gui");
    QTest::newRow("installed") << R"(C:\Program Files\ACR Purchase\bin\acr-purchase.com)"
                               << R"(C:\Program Files\ACR Purchase\bin\acr-purchase.exe)";
    QTest::newRow("upper case") << R"(C:\BIN\ACR-PURCHASE.COM)"
                                << R"(C:\BIN\ACR-PURCHASE.exe)";
    QTest::newRow("long path, Unicode") << QStringLiteral(R"(\\?\D:\工具\acr-purchase.com)")
                                        << QStringLiteral(R"(\\?\D:\工具\acr-purchase.exe)");
    QTest::newRow("renamed to .exe: never starts itself") << R"(C:\bin\acr-purchase.exe)"
                                                          << "";
    QTest::newRow("no extension, .com folder") << R"(C:\x.com\acr-purchase)"
                                               << "";
    QTest::newRow("com without the dot") << R"(C:\bin\acr-purchasecom)"
                                         << "";
    QTest::newRow("only the extension") << ".com"
                                        << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestLaunchRules::guiProgramBesideTheTwin()
{
    QFETCH(QString, twin);
    QFETCH(QString, gui);
    QCOMPARE(QString::fromStdU16String(acrp::launch::guiProgramPath(twin.toStdU16String())), gui);
}

QTEST_GUILESS_MAIN(TestLaunchRules)
#include "tst_launchrules.moc"
