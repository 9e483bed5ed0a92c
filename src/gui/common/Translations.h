#pragma once

#include "domain/Catalogue.h"

#include <QLocale>

/// The program's translations: LoanDesk's own (compiled from resources/translations into :/i18n/) and Qt's
/// (qtbase_<lang>.qm, when installed). Installing another language sends every widget a LanguageChange event,
/// so the window switches at once.
namespace Translations {

/// Installs the translators of @p language, replacing those installed before. English is the source language:
/// it needs only Qt's translations.
void install(Language language);
/// The language installed last.
Language installed();
/// Vietnamese when the system language is Vietnamese, else English.
Language systemDefault(const QLocale& system = QLocale::system());
/// The name of a language in that language: Tiếng Việt, English, Français.
QString nativeName(Language language);

} // namespace Translations
