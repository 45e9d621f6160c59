#pragma once

#include <QStringList>

namespace acrp::cli {

// Exit codes of every command (documented in the README).
enum ExitCode {
    ExitSuccess = 0,
    ExitInvalidOrder = 2, // every problem listed
    ExitRejected = 3, // the service said no
    ExitOutcomeUnknown = 4, // safe to `resume`
    ExitUsage = 5, // usage or local error
    ExitExpiring = 6, // `instances --expiring`: some instances need renewing
};

// True when the arguments ask for the command line (a sub-command, --version, --help, or any word
// but the wizard's own options such as --lang CODE, -platform NAME, --smoke-test) rather than the
// wizard; decided before any QApplication exists so no display is needed.
bool wantsCommandLine(int argc, char* argv[]);

// Before the wizard starts: an unknown --lang value warns on stderr, listing the known languages,
// and is replaced by "en" in `argv`, so the wizard goes on in English as the command line does.
void checkWizardLanguage(int argc, char* argv[]);

// Runs the command line; `arguments` includes the program name. Returns the exit code.
int run(const QStringList& arguments);

} // namespace acrp::cli
