// A library planted in the folder a program is started from (tests/launch/planted-library.cmake).
// Copied under the name of each library the program needs, it leaves a file there if it ever runs.
#include <cstdio>

namespace {

__attribute__((constructor)) void markThatThePlantedLibraryRan()
{
    if (std::FILE* file = std::fopen("planted-library-ran", "w"))
        std::fclose(file);
}

} // namespace
