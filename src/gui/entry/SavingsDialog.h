#pragma once

#include "common/DisplayOptions.h"
#include "service/Actor.h"

#include <QDialog>
#include <QList>

class Database;
class FieldErrors;
class MoneyEdit;
class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;

/// Posting a group member's savings deposit or withdrawal (tiền gửi tổ viên): the kind, the date and the
/// amount, with the member's balance at the end of that date (SavingsLedger over the stored entries) and what
/// it would be after the entry. Save goes through PortfolioService::postSavings; a withdrawal that would take
/// the balance below 0 is refused next to the amount, a date in a closed month next to the date.
class SavingsDialog : public QDialog
{
    Q_OBJECT

public:
    SavingsDialog(Database& database, const DisplayOptions& options, const QString& borrowerId,
                  QWidget* parent = nullptr, Actor actor = Actor::currentUser());
    ~SavingsDialog() override;

    /// The balance at the end of the date shown, before the entry.
    [[nodiscard]] Money balance() const { return m_balance; }
    [[nodiscard]] FieldErrors* errors() const { return m_errors; }
    /// The entry number of the entry saved (0 until saved).
    [[nodiscard]] qint64 savedEntryNo() const { return m_savedEntryNo; }
    /// Saves through the write service; false (with the messages shown) when refused.
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void readBalance();
    void showBalance();
    [[nodiscard]] Money signedAmount() const;
    [[nodiscard]] QString money(Money amount) const;

    Database& m_database;
    DisplayOptions m_options;
    Actor m_actor;
    QString m_borrowerId;
    QString m_borrowerName;
    QList<SavingsEntry> m_entries;
    Money m_balance;
    qint64 m_savedEntryNo = 0;

    QList<std::pair<QLabel*, const char*>> m_captions;
    QLabel* m_borrowerLabel = nullptr;
    QRadioButton* m_depositRadio = nullptr;
    QRadioButton* m_withdrawalRadio = nullptr;
    QDateEdit* m_onEdit = nullptr;
    MoneyEdit* m_amountEdit = nullptr;
    QLabel* m_balanceLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    FieldErrors* m_errors = nullptr;
};
