#pragma once

#include "file/DatabaseProblem.h"

#include <QDialog>

class QLabel;
class QPushButton;

/// Says why a file could not be opened as a LoanDesk database and what to do, and offers a way on: open
/// another database, create a new one, or quit (at start-up) / keep the database already open (in the
/// window). Open it with open() (the answer comes with chosen()) or exec() (then read choice()).
class DatabaseErrorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        OpenAnother,
        NewDatabase,
        Quit, ///< at start-up: quit; in the window: keep the database that is open
    };
    enum class Context
    {
        Startup, ///< no database is open yet: the third button quits
        Window,  ///< a window is open: the third button keeps its database
    };

    DatabaseErrorDialog(const DatabaseProblem& problem, Context context, QWidget* parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] const DatabaseProblem& problem() const { return m_problem; }

signals:
    void chosen(DatabaseErrorDialog::Choice choice);

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose(Choice choice);
    void retranslate();

    DatabaseProblem m_problem;
    Context m_context;
    Choice m_choice = Choice::Quit;
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_openAnother = nullptr;
    QPushButton* m_newDatabase = nullptr;
    QPushButton* m_quit = nullptr;
};
