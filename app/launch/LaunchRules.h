#pragma once

// How acr-purchase decides between the wizard and the command line, and how the Windows console twin
// (acr-purchase.com) hands its command line to the GUI program (acr-purchase.exe). Plain C++ without
// Qt or Win32, so the twin needs no Qt and every rule is unit-tested on every platform
// (tests/launch/tst_launchrules.cpp). Text is UTF-16, as Windows gives it (GetCommandLineW).
#include <string>
#include <string_view>
#include <vector>

namespace acrp::launch {

// The exit code of a local error (cli::ExitUsage, "usage or local error"); also the twin's when it
// cannot start acr-purchase.exe.
inline constexpr int kExitLocalError = 5;

// How many words the wizard's own option at `arg` takes (itself and its value), 0 when it is none:
// Qt's -platform NAME, -style NAME, ..., --lang CODE (or --lang=CODE) and --smoke-test.
int guiOptionWords(std::u16string_view arg);

// True when `argv` (argv[0] is the program) asks for the command line: any word but the wizard's
// own options. Nothing, or only those options, starts the wizard.
bool wantsCommandLine(const std::vector<std::u16string>& argv);

// Splits a Windows command line into argv as the Microsoft C runtime (and so Qt) does: the program
// name ends at the first space or tab outside quotes and keeps its backslashes; in the arguments,
// 2n backslashes before a quote give n and the quote opens or closes a quoted part, 2n+1 give n and
// a literal quote, other backslashes are literal, and "" inside a quoted part is a literal quote.
std::vector<std::u16string> splitCommandLine(std::u16string_view commandLine);

// The command line of the GUI program for the twin's own `commandLine`: the GUI's path in quotes,
// then everything after the twin's program name exactly as it was typed, so that acr-purchase.exe
// reads the same arguments, quotes and backslashes included, without any re-quoting.
std::u16string guiCommandLine(std::u16string_view guiPath, std::u16string_view commandLine);

// The GUI program beside the twin: `consolePath` with its ".com" (any case) replaced by ".exe".
// Empty when the twin's name does not end in ".com", so it never starts itself.
std::u16string guiProgramPath(std::u16string_view consolePath);

} // namespace acrp::launch
