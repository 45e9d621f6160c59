#pragma once

#include <QLocale>

class QCoreApplication;

namespace acrp {

// Installs the program's translation and Qt's own (qtbase) for `locale` on the application,
// replacing any installed before. English needs none. Returns false when the program has no
// translation for that language (the UI stays in English).
bool installTranslations(const QLocale& locale);

} // namespace acrp
