#include "MoveBorrowerDialog.h"

#include "FieldProblemDisplay.h"
#include "RegisterForms.h"

#include "repo/BorrowerRepository.h"
#include "repo/CommuneRepository.h"
#include "repo/GroupRepository.h"
#include "report/RegisterReader.h"
#include "service/PortfolioService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

MoveBorrowerDialog::MoveBorrowerDialog(Database& database, const DisplayOptions& options,
                                       const QString& borrowerId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_borrowerId(borrowerId)
    , m_actor(Actor::currentUser())
    , m_currentLabel(new QLabel(this))
    , m_dateEdit(RegisterForms::makeDateEdit(options, this))
    , m_targetCombo(new QComboBox(this))
    , m_generalLabel(FieldProblemDisplay::makeMessageLabel(QStringLiteral("generalErrorLabel"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_problems(new FieldProblemDisplay(m_generalLabel))
{
    setObjectName(QStringLiteral("moveBorrowerDialog"));
    m_currentLabel->setObjectName(QStringLiteral("currentMembershipLabel"));
    m_currentLabel->setWordWrap(true);
    m_dateEdit->setObjectName(QStringLiteral("onDateEdit"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_targetCombo->setMinimumWidth(320);

    QString name = borrowerId;
    if (auto found = BorrowerRepository(m_database).find({borrowerId}); found && found->contains(borrowerId))
        name = QStringLiteral("%1 (%2)").arg(found->value(borrowerId).fullName, borrowerId);
    setWindowTitle(tr("Move borrower %1").arg(borrowerId));

    QList<Group> groups;
    if (auto all = GroupRepository(m_database).all())
        groups = std::move(all).value();
    QHash<QString, QString> communeNames;
    QList<Commune> communes;
    if (auto all = CommuneRepository(m_database).all()) {
        communes = std::move(all).value();
        for (const Commune& commune : std::as_const(communes))
            communeNames.insert(commune.code, commune.name);
    }

    Membership now;
    if (auto membership = RegisterReader(m_database).membershipAt(borrowerId, m_actor.today()))
        now = *membership;
    m_movesGroup = !now.groupCode.isEmpty();
    QString where = communeNames.value(now.communeCode, now.communeCode);
    if (m_movesGroup) {
        m_targetCombo->setObjectName(QStringLiteral("groupComboBox"));
        for (const Group& group : std::as_const(groups)) {
            if (group.code == now.groupCode) {
                where = QStringLiteral("%1, %2").arg(QStringLiteral("%1 (%2)").arg(group.name, group.code),
                                                     where);
                continue;
            }
            m_targetCombo->addItem(QStringLiteral("%1 (%2) — %3")
                                       .arg(group.name, group.code, communeNames.value(group.communeCode)),
                                   group.code);
        }
    } else {
        m_targetCombo->setObjectName(QStringLiteral("communeComboBox"));
        for (const Commune& commune : std::as_const(communes)) {
            if (commune.code != now.communeCode)
                m_targetCombo->addItem(QStringLiteral("%1 (%2)").arg(commune.name, commune.code),
                                       commune.code);
        }
    }
    m_targetCombo->setCurrentIndex(-1);
    m_currentLabel->setText(tr("%1 belongs today to %2.").arg(name, where));
    m_dateEdit->setDate(m_actor.today());

    auto* note =
        new QLabel(tr("From this date the borrower's loans and savings count under the new membership; the "
                      "figures of earlier months do not change. The date must be in an open month."),
                   this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Borrower:"), m_currentLabel);
    form->addRow(tr("Move &on:"),
                 m_problems->add(QStringLiteral("on"), m_dateEdit, QStringLiteral("onErrorLabel")));
    if (m_movesGroup)
        form->addRow(tr("To &group:"), m_problems->add(QStringLiteral("group_code"), m_targetCombo,
                                                       QStringLiteral("groupErrorLabel")));
    else
        form->addRow(tr("To &commune:"), m_problems->add(QStringLiteral("commune_code"), m_targetCombo,
                                                         QStringLiteral("communeErrorLabel")));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveBorrowerDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_generalLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_dateEdit->setFocus();
    setMinimumWidth(520); // room for a refusal under a field on two lines at most
}

MoveBorrowerDialog::~MoveBorrowerDialog()
{
    delete m_problems;
}

void MoveBorrowerDialog::setActor(const Actor& actor)
{
    m_actor = actor;
}

Move MoveBorrowerDialog::move() const
{
    Move move;
    move.borrowerId = m_borrowerId;
    move.on = m_dateEdit->date();
    if (m_movesGroup)
        move.groupCode = m_targetCombo->currentData().toString();
    else
        move.communeCode = m_targetCombo->currentData().toString();
    return move;
}

void MoveBorrowerDialog::save()
{
    m_problems->clear();
    const Move wanted = move();
    if (m_targetCombo->currentIndex() < 0) {
        m_problems->showAt(m_movesGroup ? QStringLiteral("group_code") : QStringLiteral("commune_code"),
                           m_movesGroup ? tr("Choose the group the borrower moves to.")
                                        : tr("Choose the commune the borrower moves to."));
        return;
    }
    PortfolioService service(m_database, m_actor);
    const Status status = service.moveBorrower(wanted);
    if (!status) {
        m_problems->show(status, service.problems());
        return;
    }
    accept();
}
