#include "GroupDialog.h"

#include "CommuneDialog.h"
#include "FieldProblemDisplay.h"
#include "RegisterForms.h"

#include "domain/FieldLimits.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "repo/ReferenceRepository.h"
#include "report/RegisterReader.h"
#include "service/PortfolioService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

GroupDialog::GroupDialog(Database& database, const DisplayOptions& options,
                         const std::optional<Group>& existing, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_options(options)
    , m_existing(existing)
    , m_actor(Actor::currentUser())
    , m_codeEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_communeCombo(new QComboBox(this))
    , m_organizationCombo(new QComboBox(this))
    , m_villageEdit(new QLineEdit(this))
    , m_leaderEdit(new QLineEdit(this))
    , m_foundedEdit(RegisterForms::makeDateEdit(options, this))
    , m_generalLabel(FieldProblemDisplay::makeMessageLabel(QStringLiteral("generalErrorLabel"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_problems(new FieldProblemDisplay(m_generalLabel))
{
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(existing ? tr("Edit group %1").arg(existing->code) : tr("New group"));
    m_codeEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_communeCombo->setObjectName(QStringLiteral("communeComboBox"));
    m_organizationCombo->setObjectName(QStringLiteral("organizationComboBox"));
    m_villageEdit->setObjectName(QStringLiteral("villageLineEdit"));
    m_leaderEdit->setObjectName(QStringLiteral("leaderNameLineEdit"));
    m_foundedEdit->setObjectName(QStringLiteral("foundedOnDateEdit"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_codeEdit->setMaxLength(FieldLimits::kCode);
    m_nameEdit->setMaxLength(FieldLimits::kName);
    m_villageEdit->setMaxLength(FieldLimits::kName);
    m_leaderEdit->setMaxLength(FieldLimits::kName);
    m_reloadButton = m_buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Reads the group again as it is stored now; what you typed is dropped."));
    m_reloadButton->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, &GroupDialog::reload);
    m_codeEdit->setPlaceholderText(tr("e.g. T0012"));
    m_nameEdit->setPlaceholderText(tr("e.g. Tổ HPN thôn 3"));
    m_nameEdit->setMinimumWidth(320);

    RegisterForms::fillCommunes(m_communeCombo, m_database);
    if (auto catalogue = ReferenceRepository(m_database).catalogue()) {
        for (const Organization& organization : catalogue->organizations())
            m_organizationCombo->addItem(catalogue->organizationName(organization.code, options.language),
                                         organization.code);
    }

    if (existing) {
        m_codeEdit->setText(existing->code);
        m_codeEdit->setReadOnly(true);
        m_codeEdit->setToolTip(tr("A group's code never changes."));
        m_nameEdit->setText(existing->name);
        RegisterForms::select(m_communeCombo, existing->communeCode);
        RegisterForms::select(m_organizationCombo, existing->organizationCode);
        m_villageEdit->setText(existing->village);
        m_leaderEdit->setText(existing->leaderName);
        if (existing->foundedOn.isValid())
            m_foundedEdit->setDate(existing->foundedOn);
        const auto hadMembers = RegisterReader(m_database).groupHadMembers(existing->code);
        m_locked = !hadMembers || *hadMembers;
        if (m_locked) {
            const QString why =
                tr("This group has had members, whose figures are counted under its commune and "
                   "organisation: they cannot change. Register a new group and move the members "
                   "to it instead.");
            m_communeCombo->setEnabled(false);
            m_communeCombo->setToolTip(why);
            m_organizationCombo->setEnabled(false);
            m_organizationCombo->setToolTip(why);
        }
    } else {
        m_communeCombo->setCurrentIndex(-1);
        m_organizationCombo->setCurrentIndex(-1);
        m_foundedEdit->setDate(m_actor.today());
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"),
                 m_problems->add(QStringLiteral("code"), m_codeEdit, QStringLiteral("codeErrorLabel")));
    form->addRow(tr("&Name:"),
                 m_problems->add(QStringLiteral("name"), m_nameEdit, QStringLiteral("nameErrorLabel")));
    // A commune can be registered from here: an empty database has none, and a group needs one.
    auto* newCommuneButton = new QPushButton(tr("New comm&une…"), this);
    newCommuneButton->setObjectName(QStringLiteral("newCommuneButton"));
    newCommuneButton->setEnabled(!m_locked);
    newCommuneButton->setAutoDefault(false);
    connect(newCommuneButton, &QPushButton::clicked, this, &GroupDialog::registerCommune);
    auto* communeRow = new QWidget(this);
    auto* communeLayout = new QHBoxLayout(communeRow);
    communeLayout->setContentsMargins(0, 0, 0, 0);
    communeLayout->addWidget(m_communeCombo, 1);
    communeLayout->addWidget(newCommuneButton);
    m_communeCombo->setMinimumWidth(200);
    form->addRow(tr("Co&mmune:"), m_problems->add(QStringLiteral("commune_code"), communeRow,
                                                  QStringLiteral("communeErrorLabel")));
    form->addRow(tr("&Organisation:"),
                 m_problems->add(QStringLiteral("organization_code"), m_organizationCombo,
                                 QStringLiteral("organizationErrorLabel")));
    form->addRow(tr("&Village:"), m_problems->add(QStringLiteral("village"), m_villageEdit,
                                                  QStringLiteral("villageErrorLabel")));
    form->addRow(tr("&Leader:"), m_problems->add(QStringLiteral("leader_name"), m_leaderEdit,
                                                 QStringLiteral("leaderNameErrorLabel")));
    form->addRow(tr("&Founded on:"), m_problems->add(QStringLiteral("founded_on"), m_foundedEdit,
                                                     QStringLiteral("foundedOnErrorLabel")));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    (existing ? m_nameEdit : m_codeEdit)->setFocus();
    setMinimumWidth(520); // room for a refusal under a field on two lines at most
}

GroupDialog::~GroupDialog()
{
    delete m_problems;
}

Group GroupDialog::group() const
{
    Group group = m_existing.value_or(Group{});
    group.code = m_codeEdit->text().trimmed();
    group.name = m_nameEdit->text().trimmed();
    if (!m_locked) {
        group.communeCode = m_communeCombo->currentData().toString();
        group.organizationCode = m_organizationCombo->currentData().toString();
    }
    group.village = m_villageEdit->text().trimmed();
    group.leaderName = m_leaderEdit->text().trimmed();
    group.foundedOn = m_foundedEdit->date();
    return group;
}

void GroupDialog::save()
{
    m_problems->clear();
    const Group wanted = group();
    // What the form's lists leave unchosen; the rest is the write service's to judge.
    bool chosen = true;
    if (wanted.communeCode.isEmpty()) {
        m_problems->showAt(QStringLiteral("commune_code"), tr("Choose the group's commune."));
        chosen = false;
    }
    if (wanted.organizationCode.isEmpty()) {
        m_problems->showAt(QStringLiteral("organization_code"),
                           tr("Choose the organisation that runs the group."));
        chosen = false;
    }
    if (!chosen)
        return;
    PortfolioService service(m_database, m_actor);
    const Status status = isNew() ? service.registerGroup(wanted) : service.editGroup(wanted);
    if (!status) {
        m_problems->show(status, service.problems());
        m_reloadButton->setVisible(status.error().cause == Error::Cause::Stale);
        return;
    }
    m_existing = wanted;
    accept();
}

void GroupDialog::registerCommune()
{
    CommuneDialog dialog(m_database, std::nullopt, this);
    dialog.setActor(m_actor);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RegisterForms::fillCommunes(m_communeCombo, m_database);
    RegisterForms::select(m_communeCombo, dialog.commune().code);
    m_communeCombo->setFocus();
}

void GroupDialog::reload()
{
    if (!m_existing)
        return;
    auto found = GroupRepository(m_database).find({m_existing->code});
    if (!found || !found->contains(m_existing->code))
        return;
    m_existing = found->value(m_existing->code);
    m_problems->clear();
    m_nameEdit->setText(m_existing->name);
    RegisterForms::select(m_communeCombo, m_existing->communeCode);
    RegisterForms::select(m_organizationCombo, m_existing->organizationCode);
    m_villageEdit->setText(m_existing->village);
    m_leaderEdit->setText(m_existing->leaderName);
    if (m_existing->foundedOn.isValid())
        m_foundedEdit->setDate(m_existing->foundedOn);
    m_reloadButton->hide();
}
