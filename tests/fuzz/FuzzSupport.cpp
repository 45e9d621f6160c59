#include "FuzzSupport.h"

#include <QtGlobal>
#include <cstdio>
#include <cstdlib>

namespace acrp::fuzz {

namespace {

void handleMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fatal: %s\n", qUtf8Printable(message));
        std::fflush(stderr);
        std::abort();
    }
    if (message.startsWith(QLatin1String("QString::arg")))
        fail("no QString::arg warning", message);
    if (type == QtCriticalMsg)
        std::fprintf(stderr, "critical: %s\n", qUtf8Printable(message));
}

} // namespace

void fail(const char* property, const QString& detail)
{
    std::fprintf(stderr, "\n=== fuzz property violated: %s\n", property);
    if (!detail.isEmpty())
        std::fprintf(stderr, "=== %s\n", qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

void installMessageHandler()
{
    qInstallMessageHandler(handleMessage);
}

} // namespace acrp::fuzz
