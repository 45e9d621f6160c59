#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// The two entry points every fuzz target defines. libFuzzer calls them (fuzz_* executables); the
// replay executables (*_replay, ReplayMain.cpp) call them once per checked-in input, so what a
// fuzzer found stays covered by the normal test suite.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace acrp::fuzz {

// Stops the run the way a crash does, after printing what was violated: libFuzzer then saves the
// input as a crash artifact, and a replay test fails.
[[noreturn]] void fail(const char* property, const QString& detail = {});

// A property of the code under test that must hold for every input.
inline void check(bool condition, const char* property, const QString& detail = {})
{
    if (!condition)
        fail(property, detail);
}

// Keeps fuzzing fast and its output readable: debug, info and warning messages are dropped, except
// QString::arg's complaints (a message whose placeholders do not match its arguments, or a %N in
// received text substituted as if it were a placeholder), which fail the run. Fatal messages still
// abort.
void installMessageHandler();

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace acrp::fuzz
