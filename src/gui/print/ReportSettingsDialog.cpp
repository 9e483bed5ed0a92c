#include "ReportSettingsDialog.h"

#include "domain/FieldLimits.h"
#include "report/ReportText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ReportSettingsDialog::ReportSettingsDialog(const ReportSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_original(settings)
    , m_officeEdit(new QLineEdit(settings.officeName, this))
    , m_placeEdit(new QLineEdit(settings.place, this))
    , m_preparerEdit(new QLineEdit(settings.preparerName, this))
    , m_controllerEdit(new QLineEdit(settings.controllerName, this))
    , m_directorEdit(new QLineEdit(settings.directorName, this))
{
    setWindowTitle(tr("Report settings"));
    m_officeEdit->setObjectName(QStringLiteral("officeNameLineEdit"));
    m_placeEdit->setObjectName(QStringLiteral("placeLineEdit"));
    m_preparerEdit->setObjectName(QStringLiteral("preparerNameLineEdit"));
    m_controllerEdit->setObjectName(QStringLiteral("controllerNameLineEdit"));
    m_directorEdit->setObjectName(QStringLiteral("directorNameLineEdit"));
    for (QLineEdit* edit : {m_officeEdit, m_placeEdit, m_preparerEdit, m_controllerEdit, m_directorEdit})
        edit->setMaxLength(FieldLimits::kName);
    m_officeEdit->setPlaceholderText(ReportText::defaultOfficeName(Language::Vietnamese));
    m_placeEdit->setPlaceholderText(ReportText::defaultPlace());
    m_officeEdit->setMinimumWidth(360);

    auto* form = new QFormLayout;
    form->addRow(tr("&Office (under the bank's name):"), m_officeEdit);
    form->addRow(tr("&Place (on the date line):"), m_placeEdit);
    form->addRow(tr("Prepared &by:"), m_preparerEdit);
    form->addRow(tr("&Checked by:"), m_controllerEdit);
    form->addRow(tr("&Director:"), m_directorEdit);

    auto* note =
        new QLabel(tr("These settings are kept in the database, so every computer that opens it and "
                      "loandesk-cli print the same header. An empty office or place prints the default. "
                      "Each change is recorded in the history."),
                   this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

ReportSettings ReportSettingsDialog::settings() const
{
    ReportSettings result = m_original;
    result.officeName = m_officeEdit->text().trimmed();
    result.place = m_placeEdit->text().trimmed();
    result.preparerName = m_preparerEdit->text().trimmed();
    result.controllerName = m_controllerEdit->text().trimmed();
    result.directorName = m_directorEdit->text().trimmed();
    return result;
}
