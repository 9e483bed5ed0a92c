#pragma once

#include "ReportSettings.h"

#include <QDialog>

class QLineEdit;

/// Edits the report settings: the office line, the place of the date line and the three signatories' names.
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportSettingsDialog(const ReportSettings& settings, QWidget* parent = nullptr);

    [[nodiscard]] ReportSettings settings() const;

private:
    ReportSettings m_original;
    QLineEdit* m_officeEdit;
    QLineEdit* m_placeEdit;
    QLineEdit* m_preparerEdit;
    QLineEdit* m_controllerEdit;
    QLineEdit* m_directorEdit;
};
