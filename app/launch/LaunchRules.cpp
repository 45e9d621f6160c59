#include "launch/LaunchRules.h"

#include <array>

namespace acrp::launch {

namespace {

struct GuiOption
{
    std::u16string_view name;
    bool takesValue;
};
constexpr std::array kGuiOptions {
    GuiOption {u"-platform", true},        GuiOption {u"--platform", true},
    GuiOption {u"-style", true},           GuiOption {u"--style", true},
    GuiOption {u"-stylesheet", true},      GuiOption {u"-reverse", false},
    GuiOption {u"-qwindowgeometry", true}, GuiOption {u"--lang", true},
    GuiOption {u"--smoke-test", false},    GuiOption {u"--smoke-test-ready", false},
};

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t';
}

// Where the program name of `commandLine` ends: at the first space or tab outside quotes (the C
// runtime's rule; a quote only opens or closes a quoted part there, backslashes are literal).
std::size_t programNameEnd(std::u16string_view commandLine, std::u16string* name)
{
    bool quoted = false;
    std::size_t at = 0;
    for (; at < commandLine.size(); ++at) {
        const char16_t c = commandLine[at];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && isBlank(c))
            break;
        else if (name)
            name->push_back(c);
    }
    return at;
}

} // namespace

int guiOptionWords(std::u16string_view arg)
{
    for (const GuiOption& option : kGuiOptions) {
        if (arg == option.name)
            return option.takesValue ? 2 : 1;
        if (option.takesValue && arg.size() > option.name.size() && arg.starts_with(option.name)
            && arg[option.name.size()] == u'=')
            return 1;
    }
    return 0;
}

bool wantsCommandLine(const std::vector<std::u16string>& argv)
{
    // Only the wizard's options (and their values): the GUI. Any other word makes it the command
    // line, where an unknown one is a usage error that names itself, never a silent GUI start.
    for (std::size_t i = 1; i < argv.size();) {
        const int words = guiOptionWords(argv[i]);
        if (words == 0)
            return true;
        i += static_cast<std::size_t>(words);
    }
    return false;
}

std::vector<std::u16string> splitCommandLine(std::u16string_view commandLine)
{
    std::vector<std::u16string> argv(1);
    std::size_t at = programNameEnd(commandLine, &argv.front());
    while (true) {
        while (at < commandLine.size() && isBlank(commandLine[at]))
            ++at;
        if (at == commandLine.size())
            return argv;
        std::u16string& word = argv.emplace_back();
        bool quoted = false;
        while (true) {
            std::size_t backslashes = 0;
            for (; at < commandLine.size() && commandLine[at] == u'\\'; ++at)
                ++backslashes;
            bool literal = true;
            if (at < commandLine.size() && commandLine[at] == u'"') {
                if (backslashes % 2 == 0) {
                    if (quoted && at + 1 < commandLine.size() && commandLine[at + 1] == u'"')
                        ++at; // "" inside quotes: one literal quote, still quoted
                    else {
                        literal = false;
                        quoted = !quoted;
                    }
                }
                backslashes /= 2;
            }
            word.append(backslashes, u'\\');
            if (at == commandLine.size() || (!quoted && isBlank(commandLine[at])))
                break;
            if (literal)
                word.push_back(commandLine[at]);
            ++at;
        }
    }
}

std::u16string guiCommandLine(std::u16string_view guiPath, std::u16string_view commandLine)
{
    // A Windows path holds no quote, so quoting it needs no escapes; what follows the twin's own
    // name is passed on byte for byte and starts with a blank (or is empty).
    std::u16string line;
    line.reserve(guiPath.size() + commandLine.size() + 2);
    line.append(u"\"").append(guiPath).append(u"\"");
    line.append(commandLine.substr(programNameEnd(commandLine, nullptr)));
    return line;
}

std::u16string guiProgramPath(std::u16string_view consolePath)
{
    constexpr std::u16string_view suffix = u".com";
    if (consolePath.size() <= suffix.size())
        return {};
    const std::u16string_view tail = consolePath.substr(consolePath.size() - suffix.size());
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        const char16_t c = tail[i];
        const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
        if (lower != suffix[i])
            return {};
    }
    std::u16string path(consolePath.substr(0, consolePath.size() - suffix.size()));
    return path.append(u".exe");
}

} // namespace acrp::launch
