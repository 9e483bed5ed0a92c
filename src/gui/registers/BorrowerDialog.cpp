#include "BorrowerDialog.h"

#include "FieldProblemDisplay.h"
#include "RegisterForms.h"

#include "domain/FieldLimits.h"
#include "repo/BorrowerRepository.h"
#include "repo/GroupRepository.h"
#include "report/RegisterReader.h"
#include "service/PortfolioService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BorrowerDialog::BorrowerDialog(Database& database, const DisplayOptions& options, const QString& borrowerId,
                               QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_options(options)
    , m_actor(Actor::currentUser())
    , m_kindCombo(new QComboBox(this))
    , m_idEdit(new QLineEdit(this))
    , m_idNumberEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_communeCombo(new QComboBox(this))
    , m_groupCombo(new QComboBox(this))
    , m_villageEdit(new QLineEdit(this))
    , m_generalLabel(FieldProblemDisplay::makeMessageLabel(QStringLiteral("generalErrorLabel"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_problems(new FieldProblemDisplay(m_generalLabel))
{
    setObjectName(QStringLiteral("borrowerDialog"));
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_idEdit->setObjectName(QStringLiteral("idLineEdit"));
    m_idNumberEdit->setObjectName(QStringLiteral("idNumberLineEdit"));
    m_nameEdit->setObjectName(QStringLiteral("fullNameLineEdit"));
    m_communeCombo->setObjectName(QStringLiteral("communeComboBox"));
    m_groupCombo->setObjectName(QStringLiteral("groupComboBox"));
    m_villageEdit->setObjectName(QStringLiteral("villageLineEdit"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_reloadButton = m_buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(
        tr("Reads the borrower again as it is stored now; what you typed is dropped."));
    m_reloadButton->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, &BorrowerDialog::reload);
    m_nameEdit->setMinimumWidth(320);
    m_idEdit->setMaxLength(FieldLimits::kCode);
    m_idNumberEdit->setMaxLength(FieldLimits::kCode);
    m_nameEdit->setMaxLength(FieldLimits::kName);
    m_villageEdit->setMaxLength(FieldLimits::kName);

    m_kindCombo->addItem(tr("Household"), borrowerKindCode(BorrowerKind::Household));
    m_kindCombo->addItem(tr("Organisation"), borrowerKindCode(BorrowerKind::Organization));
    RegisterForms::fillCommunes(m_communeCombo, m_database);
    if (auto groups = GroupRepository(m_database).all())
        m_groups = std::move(groups).value();

    if (!borrowerId.isEmpty()) {
        if (auto found = BorrowerRepository(m_database).find({borrowerId});
            found && found->contains(borrowerId))
            m_stored = found->value(borrowerId);
    }
    setWindowTitle(m_stored ? tr("Edit borrower %1").arg(m_stored->id) : tr("New borrower"));

    if (m_stored) {
        m_idEdit->setText(m_stored->id);
        m_idEdit->setReadOnly(true);
        m_idEdit->setToolTip(tr("A borrower's customer code never changes."));
        RegisterForms::select(m_kindCombo, borrowerKindCode(m_stored->kind));
        m_idNumberEdit->setText(m_stored->idNumber);
        m_nameEdit->setText(m_stored->fullName);
        m_villageEdit->setText(m_stored->village);
        const auto history = RegisterReader(m_database).borrowerHasHistory(m_stored->id);
        m_locked = !history || *history;
        // A borrower with history shows where they are today; the stored first membership is what is saved.
        Membership shown{m_stored->communeCode, m_stored->groupCode};
        if (m_locked) {
            if (auto now = RegisterReader(m_database).membershipAt(m_stored->id, m_actor.today()))
                shown = *now;
        }
        RegisterForms::select(m_communeCombo, shown.communeCode);
        fillGroups();
        RegisterForms::select(m_groupCombo, shown.groupCode);
    } else {
        if (auto next = RegisterReader(m_database).nextBorrowerId())
            m_idEdit->setText(*next);
        m_idEdit->setToolTip(tr("The next free customer code is proposed; you may type another."));
        m_communeCombo->setCurrentIndex(-1);
        fillGroups();
    }
    m_idNumberEdit->setPlaceholderText(tr("Citizen ID: 12 digits (old ID card: 9)"));

    connect(m_communeCombo, &QComboBox::currentIndexChanged, this, &BorrowerDialog::fillGroups);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &BorrowerDialog::updateKind);

    auto* form = new QFormLayout;
    form->addRow(tr("Customer &code:"),
                 m_problems->add(QStringLiteral("id"), m_idEdit, QStringLiteral("idErrorLabel")));
    form->addRow(tr("&Kind:"),
                 m_problems->add(QStringLiteral("kind"), m_kindCombo, QStringLiteral("kindErrorLabel")));
    form->addRow(tr("&ID number:"), m_problems->add(QStringLiteral("id_number"), m_idNumberEdit,
                                                    QStringLiteral("idNumberErrorLabel")));
    form->addRow(tr("Full &name:"), m_problems->add(QStringLiteral("full_name"), m_nameEdit,
                                                    QStringLiteral("fullNameErrorLabel")));
    form->addRow(tr("Co&mmune:"), m_problems->add(QStringLiteral("commune_code"), m_communeCombo,
                                                  QStringLiteral("communeErrorLabel")));
    form->addRow(tr("&Group:"), m_problems->add(QStringLiteral("group_code"), m_groupCombo,
                                                QStringLiteral("groupErrorLabel")));
    form->addRow(tr("&Village:"), m_problems->add(QStringLiteral("village"), m_villageEdit,
                                                  QStringLiteral("villageErrorLabel")));

    if (m_locked) {
        const QString why =
            tr("%1 has loans, savings or moves: a change of group or commune is a move from a date. "
               "Use Move borrower… instead.")
                .arg(m_stored->id);
        m_communeCombo->setEnabled(false);
        m_communeCombo->setToolTip(why);
        m_groupCombo->setEnabled(false);
        m_groupCombo->setToolTip(why);
        m_kindCombo->setEnabled(false);
        m_kindCombo->setToolTip(
            tr("%1 has loans, savings or moves: the kind of borrower cannot change.").arg(m_stored->id));
    }
    updateKind();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BorrowerDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    (m_stored ? m_nameEdit : m_idNumberEdit)->setFocus();
    setMinimumWidth(520); // room for a refusal under a field on two lines at most
}

BorrowerDialog::~BorrowerDialog()
{
    delete m_problems;
}

void BorrowerDialog::fillGroups()
{
    const QString commune = m_communeCombo->currentData().toString();
    const QString current = m_groupCombo->currentData().toString();
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("(no group: direct lending)"), QString());
    QList<Group> groups;
    for (const Group& group : std::as_const(m_groups)) {
        if (group.communeCode == commune)
            groups.append(group);
    }
    RegisterForms::fillGroups(m_groupCombo, groups);
    const int index = m_groupCombo->findData(current);
    m_groupCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void BorrowerDialog::updateKind()
{
    if (m_locked)
        return;
    const bool organization =
        m_kindCombo->currentData().toString() == borrowerKindCode(BorrowerKind::Organization);
    if (organization)
        m_groupCombo->setCurrentIndex(0);
    m_groupCombo->setEnabled(!organization);
    m_groupCombo->setToolTip(organization ? tr("An organisation is never in a group.") : QString());
    m_idNumberEdit->setPlaceholderText(organization ? tr("Tax code: 10 digits, or 10 digits, - and 3 more")
                                                    : tr("Citizen ID: 12 digits (old ID card: 9)"));
}

Borrower BorrowerDialog::borrower() const
{
    Borrower borrower = m_stored.value_or(Borrower{});
    borrower.id = m_idEdit->text().trimmed();
    borrower.idNumber = m_idNumberEdit->text().trimmed();
    borrower.fullName = m_nameEdit->text().trimmed();
    borrower.village = m_villageEdit->text().trimmed();
    if (!m_locked) {
        borrower.kind =
            parseBorrowerKind(m_kindCombo->currentData().toString()).value_or(BorrowerKind::Household);
        borrower.communeCode = m_communeCombo->currentData().toString();
        borrower.groupCode = m_groupCombo->currentData().toString();
    }
    return borrower;
}

void BorrowerDialog::save()
{
    m_problems->clear();
    const Borrower wanted = borrower();
    if (wanted.communeCode.isEmpty()) {
        m_problems->showAt(QStringLiteral("commune_code"), tr("Choose the borrower's commune."));
        return;
    }
    PortfolioService service(m_database, m_actor);
    const Status status = isNew() ? service.registerBorrower(wanted) : service.editBorrower(wanted);
    if (!status) {
        m_problems->show(status, service.problems());
        m_reloadButton->setVisible(status.error().cause == Error::Cause::Stale);
        return;
    }
    m_stored = wanted;
    accept();
}

void BorrowerDialog::reload()
{
    if (!m_stored)
        return;
    auto found = BorrowerRepository(m_database).find({m_stored->id});
    if (!found || !found->contains(m_stored->id))
        return;
    m_stored = found->value(m_stored->id);
    m_problems->clear();
    m_idNumberEdit->setText(m_stored->idNumber);
    m_nameEdit->setText(m_stored->fullName);
    m_villageEdit->setText(m_stored->village);
    if (!m_locked) {
        RegisterForms::select(m_kindCombo, borrowerKindCode(m_stored->kind));
        RegisterForms::select(m_communeCombo, m_stored->communeCode);
        fillGroups();
        RegisterForms::select(m_groupCombo, m_stored->groupCode);
    }
    m_reloadButton->hide();
}
