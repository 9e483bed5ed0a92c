#pragma once

#include <QColor>
#include <QFrame>

#include <memory>

namespace Ui {
class KpiTile;
}

/// One key figure of the dashboard: a title, the figure in large type, and a line or two of detail (its
/// change, its ratio). An accent colour on the left edge says what kind of figure it is.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(QWidget* parent = nullptr);
    ~KpiTile() override;

    void setTitle(const QString& title);
    void setValue(const QString& value);
    /// Rich text (colours for rises and falls).
    void setDetail(const QString& detail);
    void setAccent(const QColor& colour);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString value() const;
    [[nodiscard]] QString detail() const;

private:
    void applyStyle();

    std::unique_ptr<Ui::KpiTile> m_ui;
    QColor m_accent;
};
