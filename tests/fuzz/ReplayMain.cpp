// The replay runner: the same fuzz target function as the libFuzzer build, without libFuzzer, run
// once on every file of the directories (or the files) given on the command line. It is what CTest
// runs over the seed corpus and the regression inputs in every build, g++ included.
#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

// The files to replay: a directory's regular files by name (hidden ones skipped), or the file itself.
QStringList inputFiles(const QString& argument)
{
    const QFileInfo info(argument);
    if (!info.isDir())
        return {argument};
    QStringList files;
    const QDir dir(argument);
    for (const QFileInfo& entry : dir.entryInfoList(QDir::Files, QDir::Name))
        files.append(entry.filePath());
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIRECTORY|FILE...\n", argv[0]);
        return 2;
    }
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString& path : inputFiles(QString::fromLocal8Bit(argv[i]))) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s: %s\n", qUtf8Printable(path), qUtf8Printable(file.errorString()));
                return 2;
            }
            const QByteArray content = file.readAll();
            // An exact-size copy, as libFuzzer passes it: a read one byte past the end is then an
            // AddressSanitizer error in the clang build instead of a read of QByteArray's terminator.
            const auto size = static_cast<std::size_t>(content.size());
            const auto data = std::make_unique<std::uint8_t[]>(size);
            std::copy(content.cbegin(), content.cend(), data.get());
            // Printed first, so a crash names its input.
            std::fprintf(stderr, "replay %s\n", qUtf8Printable(path));
            std::fflush(stderr);
            LLVMFuzzerTestOneInput(data.get(), size);
            ++replayed;
        }
    }
    std::printf("%d inputs replayed, no failure\n", replayed);
    // No input at all means a wrong path, not a pass.
    return replayed > 0 ? 0 : 1;
}
