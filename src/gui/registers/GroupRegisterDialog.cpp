#include "GroupRegisterDialog.h"

#include "GroupRegisterView.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

GroupRegisterDialog::GroupRegisterDialog(Database& database, const DisplayOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_view(new GroupRegisterView(database, options, this))
{
    setObjectName(QStringLiteral("groupRegisterDialog"));
    setWindowTitle(tr("Groups"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &GroupRegisterView::changed, this, &GroupRegisterDialog::changed);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1100, 600);
}
