#pragma once

#include "common/ViewState.h"
#include "domain/AuditEntry.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class HistoryView;
}
class AuditTrailModel;
class BackgroundLoader;
class TableFilterProxyModel;
class QTableView;
class QTimer;

/// The History page: the audit trail, newest first — when (local time), who, what was done to which record,
/// its borrower, the values before and after, and the reason — narrowed by a date range, a user, a record
/// text, and (from a borrower's ledger) to one borrower. The filters are applied by the audit repository; the
/// rows are read off the UI thread. A double-click on a row with a borrower opens their ledger.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    /// Rows shown at most: the newest ones (the count line says when older ones are left out).
    static constexpr int kLimit = 5000;

    explicit HistoryView(const QString& databasePath, QWidget* parent = nullptr);
    ~HistoryView() override;

    void setState(const ViewState& state);
    /// Narrows the page to the records of @p borrowerId (empty: every record).
    void setBorrower(const QString& borrowerId);
    [[nodiscard]] const QString& borrowerId() const { return m_borrowerId; }
    /// The filters, as the controls set them: an invalid date leaves that end open, an empty user or record
    /// text lets every one through.
    void setDateRange(const QDate& from, const QDate& to);
    void setUser(const QString& user);
    void setRecordText(const QString& text);
    /// Reads the trail again (after a change was recorded).
    void reload();

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QTableView* tableView() const;
    [[nodiscard]] AuditTrailModel* model() const { return m_model; }

signals:
    void busyChanged(bool busy);
    void borrowerActivated(const QString& borrowerId);
    void restrictionCleared();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Request
    {
        QDate from;
        QDate to;
        QString user;
        QString record;
        QString borrowerId;
        bool operator==(const Request&) const = default;
    };
    struct Loaded
    {
        QList<AuditEntry> entries;
        bool truncated = false;
        QStringList users;
        QHash<QString, QString> borrowerNames;
    };

    [[nodiscard]] Request request() const;
    void loadIfNeeded();
    void fillUsers(const QStringList& users);
    void render();

    std::unique_ptr<Ui::HistoryView> m_ui;
    BackgroundLoader* m_loader = nullptr;
    AuditTrailModel* m_model = nullptr;
    TableFilterProxyModel* m_proxy = nullptr;
    QTimer* m_recordTimer = nullptr;
    ViewState m_state;
    QString m_borrowerId;
    QString m_user;
    QString m_record;
    QStringList m_users;
    std::optional<Request> m_loaded;
    std::optional<Request> m_loading;
    bool m_truncated = false;
    bool m_updatingControls = false;
    QString m_error;
};
