#include "core/Version.h"

namespace acrp {

QString versionString()
{
    return QStringLiteral(ACRP_VERSION_STRING);
}

} // namespace acrp
