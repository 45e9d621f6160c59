#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace acrp {

// Installs the program's translation and Qt's own (qtbase) for `locale` on the application,
// replacing any installed before. Returns false when the program has no translation for that
// language: the UI is then in English, with the English plural forms installed.
bool installTranslations(const QLocale& locale);

// The one list of the languages the program speaks, by code: "en" (the source language) first, then
// one per translation embedded under :/i18n (acr-purchase_<code>.qm), sorted: "en", "zh_CN". The
// command line's and the wizard's --lang read it (and so should the Language menu).
QStringList availableLanguages();

// A language's name in itself ("English", "简体中文"), so a reader finds theirs in any language.
QString languageName(const QString& code);

// The available language a --lang value asks for, read the way QLocale reads it ("zh_CN", "zh-cn",
// "zh" and "zh_SG" are Simplified Chinese; "en_GB" is English): same language and script. Empty when
// the program does not speak it ("xx_YY", "de", "zh_TW", "").
QString matchLanguage(const QString& requested);

// What is printed on stderr for a --lang value that names no available language: the value, the
// known languages ("en (English), zh_CN (简体中文)") and that the program goes on in English.
QString unknownLanguageWarning(const QString& requested);

// The available languages for people: "en (English), zh_CN (简体中文)".
QString languageList();

} // namespace acrp
