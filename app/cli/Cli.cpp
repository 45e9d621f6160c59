#include "cli/Cli.h"

#include "cli/CommandContext.h"
#include "cli/HistoryCommand.h"
#include "cli/ProfilesCommand.h"
#include "cli/ResumeCommand.h"
#include "cli/SubmitCommand.h"
#include "cli/TemplatesCommand.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>
#include <cstdio>
#include <cstring>

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
        return tr("Usage: acr-purchase [COMMAND] [OPTIONS]\n"
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
                  "  resume [--json]  Resend orders left in Sending or Unknown with their own ClientToken.\n"
                  "  profiles [--json] List the credential profiles (never their secrets).\n"
                  "  templates list|export NAME FILE|import FILE... [--json]\n"
                  "                   List, export or import order templates (as order files).\n"
                  "Run a command with --help for its options.\n"
                  "\n"
                  "Exit codes: 0 success, 2 invalid order, 3 refused by the service,\n"
                  "4 outcome unknown (safe to resume), 5 usage or local error.\n"
                  "\n"
                  "Options:\n"
                  "  -h, --help       Show this help and exit.\n"
                  "  -v, --version    Show the version and exit.\n");
    }
};

bool isWord(const char* arg, const char* word)
{
    return std::strcmp(arg, word) == 0;
}

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
    if (argc < 2)
        return false;
    // Qt's own GUI options (-platform offscreen, -style fusion, ...) and the wizard's --lang keep the
    // GUI; any other first argument is a command-line word, and an unknown one is a usage error.
    static const char* const guiOptions[] = {"-platform", "--platform",       "-style", "--style",     "-stylesheet",
                                             "-reverse",  "-qwindowgeometry", "--lang", "--smoke-test"};
    for (const char* option : guiOptions) {
        if (isWord(argv[1], option))
            return false;
    }
    return true;
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"-v" || command == u"version") {
        out << QCoreApplication::applicationName() << ' ' << versionString() << '\n';
        return ExitSuccess;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << Text::usage();
        return ExitSuccess;
    }
    const QStringList rest = arguments.mid(2);
    if (command == u"profiles")
        return runProfilesCommand(rest);
    if (command == u"submit" || command == u"history" || command == u"resume" || command == u"templates") {
        // Corporate networks reach the service through the system proxy; loopback never does.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        QTextStream in(stdin);
        CommandContext context {out, err, in, QProcessEnvironment::systemEnvironment(), standardInputIsTerminal(), {}};
        int code = ExitUsage;
        if (command == u"submit")
            code = runSubmitCommand(rest, context);
        else if (command == u"history")
            code = runHistoryCommand(rest, context);
        else if (command == u"templates")
            code = runTemplatesCommand(rest, context);
        else
            code = runResumeCommand(rest, context);
        out.flush();
        err.flush();
        return code;
    }
    err << Text::usage();
    return ExitUsage;
}

} // namespace acrp::cli
