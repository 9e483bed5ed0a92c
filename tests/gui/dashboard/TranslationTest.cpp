// Every source string marked for translation (tr(), QT_TR_NOOP, Designer texts) has a finished Vietnamese and
// French translation: lupdate reads the sources again (into a temporary file, never the committed .ts) and
// each of its messages must be translated, with the same placeholders, in resources/translations. (A text
// shown without tr() is not seen here: the language tests of the dashboard look at the widgets for that.)
#include "common/Translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; ///< one, or the plural forms
    QString type;             ///< "unfinished", "vanished", "obsolete" or empty
};

QString keyOf(const Message& m)
{
    return m.context + QChar(0x1F) + m.source + QChar(0x1F) + m.comment;
}

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message" && current.numerus) {
            messages.append(current); // a plural message ends with its forms
            current = Message();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus) {
                current.translations.append(xml.readElementText());
                messages.append(current);
            }
        } else if (name == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ADD_FAILURE() << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

/// The source strings of the program as lupdate finds them today.
QList<Message> currentSources(QTemporaryDir& dir)
{
    const QString ts = dir.filePath(QStringLiteral("sources.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(LOANDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(LOANDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-ts"), ts});
    EXPECT_TRUE(lupdate.waitForFinished(120000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    return readTs(ts);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

void expectComplete(const QString& language)
{
    QTemporaryDir dir;
    const QList<Message> sources = currentSources(dir);
    ASSERT_GT(sources.size(), 100);
    QHash<QString, Message> translated;
    for (const Message& m : readTs(QStringLiteral(LOANDESK_SOURCE_DIR "/resources/translations/loandesk_") +
                                   language + QStringLiteral(".ts")))
        translated.insert(keyOf(m), m);
    QStringList missing;
    QStringList broken;
    for (const Message& source : sources) {
        const auto it = translated.constFind(keyOf(source));
        const QString where = source.context + QStringLiteral(": ") + source.source;
        if (it == translated.cend() || !it->type.isEmpty() || it->translations.isEmpty()) {
            missing.append(where);
            continue;
        }
        for (const QString& text : it->translations) {
            if (text.trimmed().isEmpty())
                missing.append(where);
            else if (placeholders(text) != placeholders(source.source) &&
                     !(source.numerus && placeholders(text) == (placeholders(source.source) -
                                                                QSet<QString>{QStringLiteral("%n")})))
                broken.append(where + QStringLiteral(" → ") + text);
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << "source strings without a finished " << language.toStdString()
                                   << " translation (run lupdate and translate them, see "
                                      "resources/translations/README.md):\n"
                                   << missing.join(u'\n').toStdString();
    EXPECT_TRUE(broken.isEmpty()) << "translations whose placeholders differ from the source:\n"
                                  << broken.join(u'\n').toStdString();
}

} // namespace

TEST(Translations, EverySourceStringHasAVietnameseTranslation)
{
    expectComplete(QStringLiteral("vi"));
}

TEST(Translations, EverySourceStringHasAFrenchTranslation)
{
    expectComplete(QStringLiteral("fr"));
}

TEST(Translations, CompiledTranslationsAreEmbedded)
{
    for (const auto& [language, dashboard] :
         {std::pair{"vi", "Tổng quan"}, std::pair{"fr", "Tableau de bord"}}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/loandesk_") + QString::fromLatin1(language)))
            << language;
        EXPECT_EQ(translator.translate("MainWindow", "Dashboard"), QString::fromUtf8(dashboard));
    }
    QTranslator english;
    EXPECT_TRUE(english.load(QStringLiteral(":/i18n/loandesk_en")));
}

TEST(Translations, QtsOwnDialogsSpeakVietnamese)
{
    // Debian ships no qtbase_vi.qm: LoanDesk carries Vietnamese texts for Qt's buttons and dialogs.
    QTranslator qt;
    ASSERT_TRUE(qt.load(QStringLiteral(":/i18n/qtbase_vi")));
    EXPECT_EQ(qt.translate("QPlatformTheme", "OK"), QStringLiteral("Đồng ý"));
    EXPECT_EQ(qt.translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
    EXPECT_EQ(qt.translate("QPrintPreviewDialog", "Print Preview"), QStringLiteral("Xem trước khi in"));
    Translations::install(Language::Vietnamese);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
    Translations::install(Language::English);
}
