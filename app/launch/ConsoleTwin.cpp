// acr-purchase.com, the console twin of acr-purchase.exe on Windows (see the README's Windows
// section). It is a console-subsystem program, so cmd.exe and PowerShell wait for it, show its
// output in order and get its exit code; and because PATHEXT lists .COM before .EXE, typing
// `acr-purchase` runs it rather than the GUI program. It does no work of its own: it starts
// acr-purchase.exe from the same folder with the same arguments (passed on as typed) and the same
// standard handles. The GUI program attaches to this console (launch/ParentConsole.cpp) and runs the
// command; the twin waits and exits with its exit code. Without a command it starts the wizard and
// returns at once, as acr-purchase.exe would. Plain Win32, no Qt: it is cross-compiled and checked
// by the windows_cross_compile test.
#include "launch/LaunchRules.h"

#include <cstdio>
#include <string>
#include <windows.h>

namespace {

std::wstring toWide(std::u16string_view text)
{
    return {text.begin(), text.end()};
}
std::u16string toUtf16(std::wstring_view text)
{
    return {text.begin(), text.end()};
}

// This program's own path, however long.
std::wstring ownPath()
{
    std::wstring path(MAX_PATH, L'\0');
    while (true) {
        const DWORD length = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (length == 0)
            return {};
        if (length < path.size()) {
            path.resize(length);
            return path;
        }
        path.resize(path.size() * 2);
    }
}

// Ctrl+C and Ctrl+Break reach every process on the console: the command (the GUI program, attached
// to it) stops as a console program would, and the twin waits to pass on how it ended.
BOOL WINAPI waitForTheCommand(DWORD event)
{
    return event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT;
}

} // namespace

int main()
{
    using namespace acrp::launch;
    const std::u16string gui = guiProgramPath(toUtf16(ownPath()));
    if (gui.empty()) {
        std::fputs("acr-purchase: this launcher must be named acr-purchase.com, beside acr-purchase.exe\n", stderr);
        return kExitLocalError;
    }
    const std::u16string commandLine = toUtf16(GetCommandLineW());
    const bool command = wantsCommandLine(splitCommandLine(commandLine));
    std::wstring guiPath = toWide(gui);
    std::wstring guiLine = toWide(guiCommandLine(gui, commandLine));

    STARTUPINFOW startup {};
    startup.cb = sizeof startup;
    if (command) {
        // The command reads and writes what this program was given: the console, or a redirection.
        startup.dwFlags = STARTF_USESTDHANDLES;
        startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
        startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
        startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
        SetConsoleCtrlHandler(waitForTheCommand, TRUE);
    }
    // The command writes UTF-8 (Qt's default), so the console reads UTF-8 while it runs; the code page
    // the console had comes back afterwards.
    const UINT codePage = command ? GetConsoleOutputCP() : 0;
    if (codePage != 0)
        SetConsoleOutputCP(CP_UTF8);

    PROCESS_INFORMATION process {};
    DWORD exitCode = 0;
    if (!CreateProcessW(guiPath.c_str(), guiLine.data(), nullptr, nullptr, command ? TRUE : FALSE, 0, nullptr, nullptr,
                        &startup, &process)) {
        std::fprintf(stderr, "acr-purchase: cannot start %ls (Windows error %lu)\n", guiPath.c_str(),
                     static_cast<unsigned long>(GetLastError()));
        exitCode = kExitLocalError;
    } else {
        CloseHandle(process.hThread);
        if (command) {
            WaitForSingleObject(process.hProcess, INFINITE);
            if (!GetExitCodeProcess(process.hProcess, &exitCode))
                exitCode = kExitLocalError;
        }
        CloseHandle(process.hProcess);
    }
    if (codePage != 0)
        SetConsoleOutputCP(codePage);
    return static_cast<int>(exitCode);
}
