#pragma once

namespace acrp::launch {

// Windows only (acr-purchase.exe is a GUI-subsystem program, which gets no console): before a
// command runs, attaches to the console of the process that started it (acr-purchase.com, or a
// shell) and points the standard streams that are not redirected to a file, a pipe or NUL at that
// console, so the command's output, prompts and Ctrl+C work there. Redirected streams are kept
// as they are. Without a parent console (started from Explorer or a shortcut) nothing changes.
// Returns true when a console was attached.
bool attachParentConsole();

} // namespace acrp::launch
