#include "CommuneDialog.h"

#include "FieldProblemDisplay.h"

#include "domain/FieldLimits.h"
#include "repo/CommuneRepository.h"
#include "service/PortfolioService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

CommuneDialog::CommuneDialog(Database& database, const std::optional<Commune>& existing, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_existing(existing)
    , m_actor(Actor::currentUser())
    , m_codeEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_generalLabel(FieldProblemDisplay::makeMessageLabel(QStringLiteral("generalErrorLabel"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_reloadButton(m_buttons->addButton(QString(), QDialogButtonBox::ResetRole))
    , m_problems(new FieldProblemDisplay(m_generalLabel))
{
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setText(tr("&Reload"));
    m_reloadButton->setToolTip(tr("Reads the commune again as it is stored now; what you typed is dropped."));
    m_reloadButton->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, &CommuneDialog::reload);
    setObjectName(QStringLiteral("communeDialog"));
    setWindowTitle(existing ? tr("Rename commune %1").arg(existing->code) : tr("New commune"));
    m_codeEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_codeEdit->setPlaceholderText(tr("GSO code, e.g. 13324"));
    m_codeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z_-]{0,20}")), this));
    m_nameEdit->setPlaceholderText(tr("e.g. Phường Hòa Mạc"));
    m_nameEdit->setMinimumWidth(320);
    m_nameEdit->setMaxLength(FieldLimits::kName);
    if (existing) {
        m_codeEdit->setText(existing->code);
        m_codeEdit->setReadOnly(true);
        m_codeEdit->setToolTip(tr("A commune's code never changes."));
        m_nameEdit->setText(existing->name);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"),
                 m_problems->add(QStringLiteral("code"), m_codeEdit, QStringLiteral("codeErrorLabel")));
    form->addRow(tr("&Name:"),
                 m_problems->add(QStringLiteral("name"), m_nameEdit, QStringLiteral("nameErrorLabel")));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommuneDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    (existing ? m_nameEdit : m_codeEdit)->setFocus();
    setMinimumWidth(480);
}

CommuneDialog::~CommuneDialog()
{
    delete m_problems;
}

Commune CommuneDialog::commune() const
{
    // An edit carries the version of the commune it was based on.
    return Commune{m_codeEdit->text().trimmed(), m_nameEdit->text().trimmed(),
                   m_existing ? m_existing->version : 0};
}

void CommuneDialog::save()
{
    m_problems->clear();
    const Commune wanted = commune();
    PortfolioService service(m_database, m_actor);
    const Status status = m_existing ? service.editCommune(wanted) : service.registerCommune(wanted);
    if (!status) {
        m_problems->show(status, service.problems());
        m_reloadButton->setVisible(status.error().cause == Error::Cause::Stale);
        return;
    }
    m_existing = wanted;
    accept();
}

void CommuneDialog::reload()
{
    if (!m_existing)
        return;
    auto found = CommuneRepository(m_database).find({m_existing->code});
    if (!found || !found->contains(m_existing->code)) {
        m_problems->show(found ? Status(Error::refused(tr("There is no commune %1.").arg(m_existing->code)))
                               : Status(found.error()),
                         {});
        return;
    }
    m_existing = found->value(m_existing->code);
    m_problems->clear();
    m_nameEdit->setText(m_existing->name);
    m_reloadButton->hide();
}
