// A stand-in for acr-purchase.exe in the windows_cross_compile test: a GUI-subsystem program (WIN32,
// as acr-purchase.exe is WIN32_EXECUTABLE) that decides as main.cpp does and attaches to its
// parent's console for a command, so the Windows half of acr-purchase.exe's console handling is
// compiled and linked without Qt.
#include "launch/LaunchRules.h"
#include "launch/ParentConsole.h"

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    std::vector<std::u16string> words;
    for (int i = 0; i < argc; ++i)
        words.emplace_back(argv[i], argv[i] + std::char_traits<char>::length(argv[i]));
    if (acrp::launch::wantsCommandLine(words) && acrp::launch::attachParentConsole())
        std::puts("attached");
    return 0;
}
