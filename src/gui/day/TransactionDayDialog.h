#pragma once

#include "common/DisplayOptions.h"
#include "report/CollectionSheet.h"

#include <QDialog>
#include <QMessageBox>

#include <optional>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class TransactionDayModel;
class TransactionDayView;

/// The commune transaction day (ngày giao dịch tại điểm giao dịch xã): the credit officer chooses a commune
/// and a day and gets every group of the commune with each member who owes or saves — their loans with the
/// outstanding balance, the principal due to that day, the overdue part and the interest proposed
/// (CollectionSheetBuilder), and their savings balance. They type what each member hands over: collected
/// principal, collected interest, savings deposited (a withdrawal with a minus sign). Running totals per
/// group and for the commune follow the typing; a collected amount below what is due is amber, above it
/// blue.
///
/// Save posts every typed row in one PostingBatch through PortfolioService::post, all or nothing: a refused
/// row turns red with its messages in its tooltip and in the list under the grid, and nothing is written.
/// After a save the grid reloads (the proposals change) and saved() is emitted. The collection list of the
/// same commune and day prints from here (CollectionListDocument). Nothing needs the mouse: Alt+C and Alt+D
/// reach the commune and the day, focus starts in the grid, Enter moves down, Tab across, Ctrl+D fills a row
/// as proposed, Ctrl+S saves.
class TransactionDayDialog : public QDialog
{
    Q_OBJECT

public:
    TransactionDayDialog(Database& database, DisplayOptions options, QWidget* parent = nullptr);
    ~TransactionDayDialog() override;

    /// Shows @p communeCode on @p day (asking first when something typed would be lost); false when the
    /// sheet could not be built or the change was cancelled.
    bool load(const QString& communeCode, const QDate& day);
    /// Posts what is typed; false when refused (nothing written) or when nothing is typed.
    bool save();
    /// Fills the current row's collected principal and interest with what is proposed.
    void fillCurrentRow();
    /// Writes the collection list of the commune and day to @p path (PDF).
    bool saveCollectionListPdf(const QString& path);

    [[nodiscard]] QString communeCode() const;
    [[nodiscard]] QDate day() const;
    [[nodiscard]] TransactionDayModel* model() const { return m_model; }
    [[nodiscard]] TransactionDayView* view() const { return m_view; }
    [[nodiscard]] bool hasUnsavedTyping() const;

    /// The day the dialog opens on: today, or the last day of the latest month with data when that is
    /// earlier; never in a closed month.
    static QDate defaultDay(Database& database);
    /// The answer of the next question this dialog asks (tests): it is not shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);

signals:
    /// Something was posted: the lead reloads the figures (MainWindow::reloadAll()).
    void saved();

public slots:
    void reject() override;

private:
    void reloadFromSelectors();
    void updateTotals();
    void showProblems(const QStringList& lines);
    void printCollectionList();
    void saveCollectionListAs();
    /// Asks whether typed amounts may be lost (Save / Discard / Cancel); true to go on.
    bool confirmLosingTyping();
    static QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton fallback);

    Database& m_database;
    DisplayOptions m_options;
    QComboBox* m_communeCombo = nullptr;
    QDateEdit* m_dayEdit = nullptr;
    TransactionDayModel* m_model = nullptr;
    TransactionDayView* m_view = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QListWidget* m_problemsList = nullptr;
    QPushButton* m_fillButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QString m_loadedCommune;
    QDate m_loadedDay;
    bool m_changingSelectors = false;
};
