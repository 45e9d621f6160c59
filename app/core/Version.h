#pragma once

#include <QString>

namespace acrp {

// The application's version, as set by the project() call in the top CMakeLists.txt.
QString versionString();

// Names used for QSettings, QStandardPaths and the keychain service.
inline constexpr auto kOrganizationName = "acr-purchase";
inline constexpr auto kApplicationName = "acr-purchase";

} // namespace acrp
