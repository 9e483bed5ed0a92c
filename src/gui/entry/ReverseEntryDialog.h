#pragma once

#include "common/DisplayOptions.h"
#include "domain/Entities.h"
#include "service/Actor.h"

#include <QDialog>
#include <QList>

#include <optional>

class Database;
class FieldErrors;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

/// Reversing a posted repayment or savings entry (bút toán đảo, domain.md §8): the entry shown as it stands,
/// the date of the reversal (today, or the first day of the first open month when today is in a closed one),
/// and the reason, which is required. Save goes through PortfolioService::reverseRepayment or reverseSavings;
/// a refusal shows next to the date or the reason and writes nothing.
class ReverseEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Repayment,
        Savings,
    };

    ReverseEntryDialog(Database& database, const DisplayOptions& options, Kind kind, qint64 entryNo,
                       QWidget* parent = nullptr, Actor actor = Actor::currentUser());
    ~ReverseEntryDialog() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] qint64 entryNo() const { return m_entryNo; }
    [[nodiscard]] FieldErrors* errors() const { return m_errors; }
    /// The entry number of the reversal saved (0 until saved).
    [[nodiscard]] qint64 savedEntryNo() const { return m_savedEntryNo; }
    /// Saves through the write service; false (with the messages shown) when refused.
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void read();
    [[nodiscard]] QString money(Money amount) const;

    Database& m_database;
    DisplayOptions m_options;
    Actor m_actor;
    Kind m_kind;
    qint64 m_entryNo = 0;
    std::optional<Repayment> m_repayment;
    std::optional<SavingsEntry> m_savings;
    qint64 m_savedEntryNo = 0;

    QList<std::pair<QLabel*, const char*>> m_captions;
    QLabel* m_entryLabel = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    FieldErrors* m_errors = nullptr;
};
