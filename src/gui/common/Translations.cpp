#include "Translations.h"

#include "DisplayOptions.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    Language language = Language::English;
};

Installed& state()
{
    static Installed installed;
    return installed;
}

} // namespace

namespace Translations {

void install(Language language)
{
    Installed& current = state();
    if (current.own)
        QCoreApplication::removeTranslator(current.own.get());
    if (current.qt)
        QCoreApplication::removeTranslator(current.qt.get());
    current.own.reset();
    current.qt.reset();
    current.language = language;

    const QString code = DisplayOptions::languageCode(language);
    // The write service's messages about what a form entered write numbers and dates in the language too.
    DisplayOptions options;
    options.language = language;
    MessageWording::setFormLocale(options.locale());
    // Qt's own texts: the system's catalogue, else the one LoanDesk carries (Vietnamese, which Debian lacks).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(QStringLiteral(":/i18n/qtbase_") + code))
        current.qt = std::move(qt);
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/loandesk_") + code))
        current.own = std::move(own);
    // Installed last, searched first: LoanDesk's texts before Qt's.
    if (current.qt)
        QCoreApplication::installTranslator(current.qt.get());
    if (current.own)
        QCoreApplication::installTranslator(current.own.get());
    if (!current.qt && !current.own) {
        // Nothing to install (English without Qt's translations): still tell the widgets to retranslate.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
}

Language installed()
{
    return state().language;
}

Language systemDefault(const QLocale& system)
{
    return system.language() == QLocale::Vietnamese ? Language::Vietnamese : Language::English;
}

QString nativeName(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("English");
    case Language::French:
        return QStringLiteral("Français");
    case Language::Vietnamese:
        break;
    }
    return QStringLiteral("Tiếng Việt");
}

} // namespace Translations
