#pragma once

#include "io/Importer.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

/// Why an import was refused: every problem as `FILE:LINE: column: message` in a list that can be selected
/// but not edited, a Copy button that puts them all on the clipboard, and the assurance that nothing was
/// written.
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportProblemsDialog(const QString& folder, const QList<ImportProblem>& problems, const QString& message,
                         QWidget* parent = nullptr);

    /// The lines shown, one per problem.
    [[nodiscard]] QStringList lines() const;
    /// Puts every line on the clipboard, one per line.
    void copyToClipboard() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_folder;
    int m_count = 0;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_close = nullptr;
};
