#include "EntryMenu.h"

#include "LoanDialog.h"
#include "MainWindow.h"
#include "RepaymentDialog.h"
#include "day/TransactionDayDialog.h"
#include "registers/BorrowerDialog.h"
#include "registers/CommuneDialog.h"
#include "registers/GroupRegisterDialog.h"
#include "views/BorrowersView.h"

#include <QAction>
#include <QEvent>

EntryMenu::EntryMenu(MainWindow* window)
    : QMenu(window)
    , m_window(window)
    , m_newCommune(addAction(QString()))
    , m_groups(addAction(QString()))
    , m_newBorrower(addAction(QString()))
    , m_newLoan(nullptr)
    , m_repayment(nullptr)
    , m_transactionDay(nullptr)
{
    setObjectName(QStringLiteral("entryMenu"));
    setToolTipsVisible(true);
    addSeparator();
    m_newLoan = addAction(QString());
    m_repayment = addAction(QString());
    addSeparator();
    m_transactionDay = addAction(QString());

    m_newCommune->setObjectName(QStringLiteral("newCommuneAction"));
    m_groups->setObjectName(QStringLiteral("groupsRegisterAction"));
    m_groups->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_newBorrower->setObjectName(QStringLiteral("newBorrowerAction"));
    m_newBorrower->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_newLoan->setObjectName(QStringLiteral("newLoanAction"));
    m_newLoan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_repayment->setObjectName(QStringLiteral("repaymentAction"));
    m_repayment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_transactionDay->setObjectName(QStringLiteral("transactionDayAction"));
    m_transactionDay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    connect(m_newCommune, &QAction::triggered, this,
            [this]() { show(new CommuneDialog(m_window->database(), std::nullopt, m_window)); });
    connect(m_groups, &QAction::triggered, this, &EntryMenu::openGroups);
    connect(m_newBorrower, &QAction::triggered, this, [this]() {
        // On the Borrowers page, which lists them and opens the new borrower's ledger once saved.
        m_window->navigate({Location::Page::Borrowers, {}});
        m_opened = m_window->borrowersView()->newBorrower();
    });
    connect(m_newLoan, &QAction::triggered, this,
            [this]() { show(new LoanDialog(m_window->database(), m_window->state().options, m_window)); });
    connect(m_repayment, &QAction::triggered, this, [this]() {
        show(new RepaymentDialog(m_window->database(), m_window->state().options, QString(), m_window));
    });
    connect(m_transactionDay, &QAction::triggered, this, [this]() {
        auto* dialog = new TransactionDayDialog(m_window->database(), m_window->state().options, m_window);
        // It stays open after saving (the next group's leader is waiting): the window reloads on each save.
        connect(dialog, &TransactionDayDialog::saved, m_window, &MainWindow::reloadAll);
        show(dialog, false);
    });
    retranslate();
}

QDialog* EntryMenu::openedDialog() const
{
    return m_opened;
}

void EntryMenu::openGroups()
{
    auto* dialog = new GroupRegisterDialog(m_window->database(), m_window->state().options, m_window);
    connect(dialog, &GroupRegisterDialog::changed, m_window, &MainWindow::reloadAll);
    show(dialog, false);
}

void EntryMenu::show(QDialog* dialog, bool reloadWhenAccepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (reloadWhenAccepted)
        connect(dialog, &QDialog::accepted, m_window, &MainWindow::reloadAll);
    connect(dialog, &QObject::destroyed, this, [this, dialog]() {
        if (m_opened == dialog)
            m_opened = nullptr;
    });
    m_opened = dialog;
    dialog->open();
}

void EntryMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void EntryMenu::retranslate()
{
    setTitle(tr("&Entry"));
    m_newCommune->setText(tr("New &commune…"));
    m_newCommune->setToolTip(tr("Registers a commune (xã, phường) with its GSO code"));
    m_groups->setText(tr("&Groups…"));
    m_groups->setToolTip(tr("The register of savings-and-loan groups: find, register and edit a group"));
    m_newBorrower->setText(tr("New &borrower…"));
    m_newBorrower->setToolTip(tr("Registers a household or an organisation"));
    m_newLoan->setText(tr("New &loan…"));
    m_newLoan->setToolTip(tr("Disburses a loan with its repayment schedule"));
    m_repayment->setText(tr("&Repayment…"));
    m_repayment->setToolTip(tr("Posts a repayment of principal and interest on one loan"));
    m_transactionDay->setText(tr("Commune &transaction day…"));
    m_transactionDay->setToolTip(
        tr("The grid of a commune's groups and members for the monthly transaction day, and its collection "
           "list to print"));
}
