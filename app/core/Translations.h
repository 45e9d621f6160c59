#pragma once

#include <QLocale>

class QCoreApplication;

namespace acrp {

// Installs the program's translation and Qt's own (qtbase) for `locale` on the application,
// replacing any installed before. Returns false when the program has no translation for that
// language: the UI is then in English, with the English plural forms installed.
bool installTranslations(const QLocale& locale);

} // namespace acrp
