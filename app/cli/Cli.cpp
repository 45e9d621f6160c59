#include "cli/Cli.h"

#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstring>

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

bool wantsCommandLine(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    // Qt's own GUI options (-platform offscreen, -style fusion, ...) and the wizard's --lang keep the
    // GUI; any other first argument is a command-line word, and an unknown one is a usage error.
    static const char* const guiOptions[]
        = {"-platform", "--platform", "-style", "--style", "-stylesheet", "-reverse", "-qwindowgeometry", "--lang"};
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
    err << Text::usage();
    return ExitUsage;
}

} // namespace acrp::cli
