#include "cli/Cli.h"

#include "cli/AccountCommands.h"
#include "cli/CommandContext.h"
#include "cli/CommandSupport.h"
#include "cli/ExportCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/ProfilesCommand.h"
#include "cli/ResumeCommand.h"
#include "cli/SubmitCommand.h"
#include "cli/TemplatesCommand.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "launch/LaunchRules.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace acrp::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::cli::Text)

public:
    static QString usage()
    {
        return tr("Usage: acr-purchase [--lang CODE] [COMMAND] [OPTIONS]\n"
                  "\n"
                  "Buys an Alibaba Cloud Container Registry Enterprise Edition instance.\n"
                  "Without a command, the purchase wizard opens on the built-in sandbox.\n"
                  "\n"
                  "Commands:\n"
                  "  submit ORDER.json [--endpoint sandbox|cn|intl|URL] [--signature v1|v3]\n"
                  "                    [--profile NAME] [--dry-run] [--yes] [--json]\n"
                  "                   Buy the instance an order file describes (default endpoint: sandbox).\n"
                  "  history [--json] [--state STATE] [--site cn|intl] [--search TEXT] [--limit N]\n"
                  "                   List the orders in the journal and their states.\n"
                  "  resume [--json]  Resend orders and renewals left in Sending or Unknown with their own\n"
                  "                   ClientToken.\n"
                  "  sync [--profile NAME] [--endpoint E] [--json]\n"
                  "                   Read the account’s instances and orders from the service.\n"
                  "  instances [--profile NAME] [--endpoint E] [--expiring DAYS] [--sync] [--json]\n"
                  "                   List the account’s instances, their end dates and renewal settings.\n"
                  "  renew INSTANCE_ID --period N [--profile NAME] [--endpoint E] [--yes] [--json]\n"
                  "                   Renew an instance for N months (1-9, 12, 24, 36).\n"
                  "  profiles [list|add|import|check] [--json]\n"
                  "                   List, add (secret from stdin), import (aliyun CLI, environment) or\n"
                  "                   check credential profiles, RAM role profiles included.\n"
                  "  templates list|export NAME FILE|import FILE... [--json]\n"
                  "                   List, export or import order templates (as order files).\n"
                  "  export ORDER.json|--journal-id N --format terraform|ros [--output FILE]\n"
                  "                   Write an order, or a bought instance, as a Terraform configuration or\n"
                  "                   a ROS template (no credentials; standard output without --output).\n"
                  "Run a command with --help for its options.\n"
                  "\n"
                  "Exit codes: 0 success, 2 invalid order, 3 refused by the service,\n"
                  "4 outcome unknown (safe to resume), 5 usage or local error,\n"
                  "6 instances --expiring found instances to renew.\n"
                  "\n"
                  "Options:\n"
                  "  --lang CODE      The language of the wizard or the command, and of its dates and\n"
                  "                   numbers: %1. Default: the system’s.\n"
                  "  -h, --help       Show this help and exit.\n"
                  "  -v, --version    Show the version and exit.\n")
            .arg(availableLanguages().join(QStringLiteral(", ")));
    }
    static QString missingLanguage()
    {
        return tr("acr-purchase: --lang needs a language code. Known languages: %1.").arg(languageList());
    }
};

// How many words the wizard's option at `arg` takes (itself and its value), 0 when it is none. The
// options (Qt's -platform offscreen, -style fusion, ..., and --smoke-test) keep the GUI when nothing
// follows them and mean nothing to a command; the list is shared with the Windows console twin.
int guiOptionWords(const QString& arg)
{
    return launch::guiOptionWords({QStringView(arg).utf16(), static_cast<std::size_t>(arg.size())});
}

// Takes the global --lang CODE (or --lang=CODE) out of `arguments`, wherever it stands before "--".
// Returns the code (the last one given), "" when the option is not there, nothing when it lacks its value.
std::optional<QString> takeLanguage(QStringList& arguments)
{
    QString code;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString& arg = arguments.at(i);
        if (arg == u"--")
            break;
        if (arg == u"--lang") {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            code = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arg.startsWith(QStringLiteral("--lang="))) {
            code = arg.mid(7);
            if (code.isEmpty())
                return std::nullopt;
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return code;
}

// The output's language and locale: --lang's when it names a language the program speaks, English
// (with a warning) when it names none, else the system's. Dates and numbers follow the same locale
// (QLocale's default), so `--lang zh_CN` reads Chinese throughout and a script that needs one fixed
// format reads --json (ISO 8601). The tests run in the C locale (LANG=C.UTF-8): English text and C's
// date format ("1 Mar 2026 08:00:00").
void applyLanguage(const QString& code, QTextStream& err)
{
    if (code.isEmpty()) {
        installTranslations(QLocale::system());
        return;
    }
    QString language = matchLanguage(code);
    QLocale locale(code);
    if (language.isEmpty()) {
        err << unknownLanguageWarning(code) << '\n';
        err.flush();
        language = QStringLiteral("en");
        locale = QLocale(language);
    }
    QLocale::setDefault(locale);
    // The catalog of the language matched ("zh" and "zh_SG" read zh_CN's).
    installTranslations(QLocale(language));
}

static_assert(launch::kExitLocalError == ExitUsage, "the console twin's own failures read as local errors");

} // namespace

bool standardInputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

bool wantsCommandLine(int argc, char* argv[])
{
    std::vector<std::u16string> words;
    for (int i = 0; i < argc; ++i)
        words.push_back(QString::fromLocal8Bit(argv[i]).toStdU16String());
    return launch::wantsCommandLine(words);
}

void checkWizardLanguage(int argc, char* argv[])
{
    static char english[] = "en";
    static char englishOption[] = "--lang=en";
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const bool separate = arg == u"--lang" && i + 1 < argc;
        if (!separate && !arg.startsWith(QStringLiteral("--lang=")))
            continue;
        const QString code = separate ? QString::fromLocal8Bit(argv[i + 1]) : arg.mid(7);
        if (!matchLanguage(code).isEmpty())
            continue;
        QTextStream(stderr) << unknownLanguageWarning(code) << '\n';
        if (separate)
            argv[++i] = english;
        else
            argv[i] = englishOption;
    }
}

int run(const QStringList& commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    CommandContext context {out, err, in, QProcessEnvironment::systemEnvironment(), standardInputIsTerminal(), {}};
    QStringList arguments = commandLine;
    const std::optional<QString> language = takeLanguage(arguments);
    if (!language) {
        err << Text::missingLanguage() << '\n';
        return ExitUsage;
    }
    applyLanguage(*language, err);
    qsizetype first = 1;
    while (first < arguments.size() && guiOptionWords(arguments.at(first)) > 0)
        first += guiOptionWords(arguments.at(first));

    const QString command = arguments.value(first);
    const QStringList rest = arguments.mid(first + 1);
    int code = ExitUsage;
    if (command == u"--version" || command == u"-v" || command == u"version") {
        out << QCoreApplication::applicationName() << ' ' << versionString() << '\n';
        code = ExitSuccess;
    } else if (command == u"--help" || command == u"-h" || command == u"help") {
        out << Text::usage();
        code = ExitSuccess;
    } else if (command == u"profiles") {
        code = runProfilesCommand(rest, context);
    } else if (command == u"export") {
        code = runExportCommand(rest, context);
    } else if (command == u"submit" || command == u"history" || command == u"resume" || command == u"templates"
               || command == u"sync" || command == u"instances" || command == u"renew") {
        // Corporate networks reach the service through the system proxy; loopback never does.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        if (command == u"submit")
            code = runSubmitCommand(rest, context);
        else if (command == u"sync")
            code = runSyncCommand(rest, context);
        else if (command == u"instances")
            code = runInstancesCommand(rest, context);
        else if (command == u"renew")
            code = runRenewCommand(rest, context);
        else if (command == u"history")
            code = runHistoryCommand(rest, context);
        else if (command == u"templates")
            code = runTemplatesCommand(rest, context);
        else
            code = runResumeCommand(rest, context);
    } else if (command.isEmpty()) {
        err << Text::usage();
    } else if (command.startsWith(u'-')) {
        code = unknownWordError(context, false, UnknownWord::Option, QStringLiteral("acr-purchase"), command,
                                {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"),
                                 QStringLiteral("-v"), QStringLiteral("--lang")});
    } else {
        code = unknownWordError(context, false, UnknownWord::Command, QStringLiteral("acr-purchase"), command,
                                {QStringLiteral("submit"), QStringLiteral("history"), QStringLiteral("resume"),
                                 QStringLiteral("profiles"), QStringLiteral("templates"), QStringLiteral("sync"),
                                 QStringLiteral("instances"), QStringLiteral("renew"), QStringLiteral("export"),
                                 QStringLiteral("help"), QStringLiteral("version")});
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace acrp::cli
