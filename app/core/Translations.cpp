#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace acrp {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(acrp::Translations)
};

constexpr auto kSourceLanguage = "en";
constexpr auto kCatalogPrefix = "acr-purchase_";

std::unique_ptr<QTranslator>& programTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator>& slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

bool installTranslations(const QLocale& locale)
{
    auto program = std::make_unique<QTranslator>();
    const bool loaded = program->load(locale, QLatin1String(kCatalogPrefix).chopped(1), QStringLiteral("_"),
                                      QStringLiteral(":/i18n"));
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = loaded
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // A language without a translation reads English, and English has a file too: the numerus
    // forms of "%n attempt(s)" ("1 attempt", "2 attempts").
    const bool english = loaded
        || program->load(QLatin1String(kCatalogPrefix) + QLatin1String(kSourceLanguage), QStringLiteral(":/i18n"));
    replace(programTranslator(), english ? std::move(program) : nullptr);
    replace(qtTranslator(), qtLoaded ? std::move(qt) : nullptr);
    return loaded;
}

QStringList availableLanguages()
{
    QStringList translated;
    const QString prefix = QLatin1String(kCatalogPrefix);
    // Matched by hand, not by a name filter: QDir turns a filter into a regular expression, and
    // the menu that lists the languages is built before the first paint.
    const QStringList catalogs = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name);
    // English, the source language, has a catalog of its own too: its plural forms.
    for (const QString& catalog : catalogs) {
        if (!catalog.startsWith(prefix) || !catalog.endsWith(QLatin1String(".qm")))
            continue;
        const QString code = catalog.mid(prefix.size()).chopped(3);
        if (code != QLatin1String(kSourceLanguage))
            translated.append(code);
    }
    translated.sort();
    return QStringList {QLatin1String(kSourceLanguage)} + translated;
}

QString languageName(const QString& code)
{
    // Qt names the source language after a country ("American English"); the program speaks plain English.
    if (code == QLatin1String(kSourceLanguage))
        return QStringLiteral("English");
    return QLocale(code).nativeLanguageName();
}

QString matchLanguage(const QString& requested)
{
    const QLocale wanted(requested);
    if (requested.trimmed().isEmpty() || wanted.language() == QLocale::C)
        return {};
    for (const QString& code : availableLanguages()) {
        const QLocale available(code);
        if (available.language() == wanted.language()
            && (code == QLatin1String(kSourceLanguage) || available.script() == wanted.script()))
            return code;
    }
    return {};
}

QString languageList()
{
    QStringList items;
    for (const QString& code : availableLanguages())
        items.append(QStringLiteral("%1 (%2)").arg(code, languageName(code)));
    return items.join(QStringLiteral(", "));
}

QString unknownLanguageWarning(const QString& requested)
{
    return Text::tr("acr-purchase: unknown language “%1” for --lang; going on in English. Known languages: %2.")
        .arg(requested, languageList());
}

} // namespace acrp
