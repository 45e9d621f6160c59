#include "launch/ParentConsole.h"

#include <cstdio>
#include <io.h>
#include <windows.h>

namespace acrp::launch {

namespace {

struct StandardStream
{
    DWORD id;
    FILE* stream;
    const char* device;
    const char* mode;
};

// True when `handle` (the stream's handle before attaching, its type `type`) is a redirection to
// keep: a file, a pipe, or a character device that is no console (NUL, a serial port). A console
// handle answers GetConsoleMode only once the console is attached, so this is asked after it.
bool isRedirected(HANDLE handle, DWORD type)
{
    if (type == FILE_TYPE_DISK || type == FILE_TYPE_PIPE)
        return true;
    DWORD mode = 0;
    return type == FILE_TYPE_CHAR && GetConsoleMode(handle, &mode) == 0;
}

} // namespace

bool attachParentConsole()
{
    const StandardStream streams[] = {{STD_INPUT_HANDLE, stdin, "CONIN$", "r"},
                                      {STD_OUTPUT_HANDLE, stdout, "CONOUT$", "w"},
                                      {STD_ERROR_HANDLE, stderr, "CONOUT$", "w"}};
    // What the streams are before attaching: AttachConsole may replace the process's standard
    // handles with the console's, and a redirection (`> out.txt`, a pipe) must survive that.
    HANDLE handles[3] = {};
    DWORD types[3] = {};
    for (int i = 0; i < 3; ++i) {
        handles[i] = GetStdHandle(streams[i].id);
        const bool valid = handles[i] != nullptr && handles[i] != INVALID_HANDLE_VALUE;
        types[i] = valid ? GetFileType(handles[i]) : FILE_TYPE_UNKNOWN;
    }
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return false;
    for (int i = 0; i < 3; ++i) {
        const StandardStream& s = streams[i];
        if (isRedirected(handles[i], types[i])) {
            SetStdHandle(s.id, handles[i]);
            continue;
        }
        FILE* reopened = nullptr;
        if (freopen_s(&reopened, s.device, s.mode, s.stream) == 0)
            SetStdHandle(s.id, reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(s.stream))));
    }
    return true;
}

} // namespace acrp::launch
