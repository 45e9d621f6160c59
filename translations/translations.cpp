// The compiled translations live in this library's resources (:/i18n); linking it is what makes
// them available. core/Translations.cpp loads them.
