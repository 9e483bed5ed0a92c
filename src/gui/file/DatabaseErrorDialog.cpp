#include "DatabaseErrorDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

DatabaseErrorDialog::DatabaseErrorDialog(const DatabaseProblem& problem, Context context, QWidget* parent)
    : QDialog(parent)
    , m_problem(problem)
    , m_context(context)
{
    setObjectName(QStringLiteral("databaseErrorDialog"));
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("problemTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 11pt;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("problemExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("problemDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setStyleSheet(QStringLiteral("color: #5f6b78;"));

    m_openAnother = new QPushButton(this);
    m_openAnother->setObjectName(QStringLiteral("openAnotherButton"));
    m_newDatabase = new QPushButton(this);
    m_newDatabase->setObjectName(QStringLiteral("newDatabaseButton"));
    m_quit = new QPushButton(this);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_openAnother->setDefault(true);
    connect(m_openAnother, &QPushButton::clicked, this, [this]() { choose(Choice::OpenAnother); });
    connect(m_newDatabase, &QPushButton::clicked, this, [this]() { choose(Choice::NewDatabase); });
    connect(m_quit, &QPushButton::clicked, this, [this]() { choose(Choice::Quit); });

    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_explanation);
    text->addWidget(m_detail);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openAnother);
    buttons->addWidget(m_newDatabase);
    buttons->addWidget(m_quit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    setMinimumWidth(560);
    retranslate();
}

void DatabaseErrorDialog::choose(Choice choice)
{
    m_choice = choice;
    emit chosen(choice);
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

void DatabaseErrorDialog::retranslate()
{
    setWindowTitle(tr("LoanDesk cannot open this database"));
    m_title->setText(m_problem.title());
    m_explanation->setText(m_problem.explanation());
    m_detail->setText(tr("Details: %1").arg(m_problem.detail));
    m_detail->setVisible(!m_problem.detail.isEmpty());
    m_openAnother->setText(tr("Open another…"));
    m_newDatabase->setText(tr("New database…"));
    m_quit->setText(m_context == Context::Startup ? tr("Quit") : tr("Keep the current database"));
}

void DatabaseErrorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
