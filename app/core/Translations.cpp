#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace acrp {

namespace {

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
    const bool loaded
        = program->load(locale, QStringLiteral("acr-purchase"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = loaded
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // A language without a translation reads English, and English has a file too: the numerus
    // forms of "%n attempt(s)" ("1 attempt", "2 attempts").
    const bool english = loaded || program->load(QStringLiteral("acr-purchase_en"), QStringLiteral(":/i18n"));
    replace(programTranslator(), english ? std::move(program) : nullptr);
    replace(qtTranslator(), qtLoaded ? std::move(qt) : nullptr);
    return loaded;
}

} // namespace acrp
