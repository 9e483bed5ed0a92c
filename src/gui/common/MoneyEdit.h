#pragma once

#include "domain/Money.h"

#include <QLineEdit>

/// A line edit for an amount in đồng that groups the digits as they are typed, in the widget's locale
/// (Vietnamese: 85000000 shows 85.000.000), keeping the caret after the same digit. It takes digits only (and
/// a leading minus when negative amounts are allowed); anything else typed or pasted is dropped.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    /// The amount typed; zero when the field is empty.
    [[nodiscard]] Money value() const;
    /// Shows @p value grouped in the locale.
    void setValue(Money value);
    [[nodiscard]] bool isEmpty() const;
    /// Empties the field.
    void clearValue();

    [[nodiscard]] bool allowsNegative() const { return m_allowNegative; }
    void setAllowNegative(bool allow);

signals:
    /// The amount changed, by typing or by setValue().
    void valueChanged(Money value);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Regroups the text after an edit, keeping the caret after the same number of digits.
    void regroup(bool edited);
    /// The digits of @p text (with a leading minus when allowed and present).
    [[nodiscard]] QString digitsOf(const QString& text) const;
    [[nodiscard]] QString grouped(const QString& digits) const;

    bool m_allowNegative = false;
    Money m_lastValue;
    bool m_lastEmpty = true;
};
