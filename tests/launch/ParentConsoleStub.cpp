// A stand-in for acr-purchase.exe in the windows_cross_compile test: linked as a GUI-subsystem
// program (-mwindows, like WIN32_EXECUTABLE) with launch/ParentConsole.cpp, it shows that the
// Windows half of acr-purchase.exe's console handling compiles and links without Qt.
#include "launch/LaunchRules.h"
#include "launch/ParentConsole.h"

#include <cstdio>

int main(int argc, char* argv[])
{
    std::vector<std::u16string> words;
    for (int i = 0; i < argc; ++i)
        words.emplace_back(argv[i], argv[i] + std::char_traits<char>::length(argv[i]));
    if (acrp::launch::wantsCommandLine(words) && acrp::launch::attachParentConsole())
        std::puts("attached");
    return 0;
}
