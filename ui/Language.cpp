#include "ui/Language.h"

#include "core/Translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QSettings>

namespace acrp::ui {

namespace {
constexpr auto kLanguageKey = "ui/language";
}

QString Language::saved()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void Language::apply(const QString& code, bool remember)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // Without a translation nothing changes the translators, so nobody would hear of the new
    // language; catalog names (regions, editions) follow QLocale and must be refreshed all the same.
    if (!installTranslations(locale)) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    if (!remember)
        return;
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), code);
}

} // namespace acrp::ui
