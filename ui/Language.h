#pragma once

#include <QString>
#include <QStringList>

namespace acrp::ui {

// The UI language: the system's by default, or the one chosen in the Language menu (remembered in
// the settings). Codes: "" (follow the system) or one of acrp::availableLanguages().
class Language
{
public:
    static QString saved(); // the remembered choice, "" for the system's language
    // Installs the translations for `code` ("" = system), makes it the default QLocale (catalog
    // names follow it) and, unless `remember` is false, remembers the choice. Open widgets get a
    // LanguageChange event.
    static void apply(const QString& code, bool remember = true);
};

} // namespace acrp::ui
