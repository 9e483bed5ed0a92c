#pragma once

#include "common/DisplayOptions.h"

#include <QDialog>

class Database;
class GroupRegisterView;

/// The groups register in a window of its own (Entry → Groups…): GroupRegisterView with a Close button.
class GroupRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    GroupRegisterDialog(Database& database, const DisplayOptions& options, QWidget* parent = nullptr);

    [[nodiscard]] GroupRegisterView* view() const { return m_view; }

signals:
    /// A group was registered or changed.
    void changed();

private:
    GroupRegisterView* m_view;
};
