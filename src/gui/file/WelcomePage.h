#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// What an empty database (no commune, or no month with data) shows instead of the dashboard: the program's
/// name, the file's path and large buttons to import a folder of CSV files, open another database, create a
/// new one or open the demonstration portfolio, and a line saying that staff can start by registering a
/// group or a borrower.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setDatabasePath(const QString& path);

signals:
    void importRequested();
    void openRequested();
    void newRequested();
    void demonstrationRequested();
    /// The "register a group or a borrower" link was followed.
    void registerGroupRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_path;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_register = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_demonstration = nullptr;
};
