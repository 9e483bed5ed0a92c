#include "WelcomePage.h"

#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "QWidget#welcomePage { background: #f4f6f9; }"
        "QLabel#welcomeTitleLabel { font-size: 22pt; font-weight: 600; color: #1f3a56; }"
        "QLabel#welcomeIntroLabel { font-size: 11.5pt; color: #2b3642; }"
        "QLabel#welcomePathLabel { color: #5f6b78; }"
        "QLabel#welcomeRegisterLabel { font-size: 11pt; color: #2b3642; }"
        "QPushButton { font-size: 11.5pt; padding: 14px 22px; min-width: 300px; text-align: left; "
        "background: white; border: 1px solid #c9d3de; border-radius: 6px; }"
        "QPushButton:hover { background: #e8f0f8; border-color: #2f6fa7; }"
        "QPushButton#welcomeImportButton { background: #2f6fa7; color: white; border-color: #2f6fa7; }"
        "QPushButton#welcomeImportButton:hover { background: #285f8f; }"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("welcomeTitleLabel"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("welcomeIntroLabel"));
    m_intro->setWordWrap(true);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("welcomePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setWordWrap(true);
    m_register = new QLabel(this);
    m_register->setObjectName(QStringLiteral("welcomeRegisterLabel"));
    m_register->setWordWrap(true);
    m_register->setTextFormat(Qt::RichText);
    m_register->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_register, &QLabel::linkActivated, this, &WelcomePage::registerGroupRequested);

    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("welcomeImportButton"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("welcomeOpenButton"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("welcomeNewButton"));
    m_demonstration = new QPushButton(this);
    m_demonstration->setObjectName(QStringLiteral("welcomeDemonstrationButton"));
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_demonstration, &QPushButton::clicked, this, &WelcomePage::demonstrationRequested);

    auto* buttons = new QGridLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_import, 0, 0);
    buttons->addWidget(m_open, 0, 1);
    buttons->addWidget(m_new, 1, 0);
    buttons->addWidget(m_demonstration, 1, 1);

    auto* column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_title);
    column->addWidget(m_pathLabel);
    column->addSpacing(8);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_register);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addLayout(column, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    retranslate();
}

void WelcomePage::setDatabasePath(const QString& path)
{
    m_path = path;
    retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to LoanDesk"));
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_path)));
    m_intro->setText(tr(
        "This database holds no portfolio yet. Bring in the office's portfolio from a folder of CSV files, "
        "open another database, or look around in the demonstration portfolio first."));
    m_import->setText(tr("Import a CSV folder…"));
    m_open->setText(tr("Open another database…"));
    m_new->setText(tr("New database…"));
    m_demonstration->setText(tr("Open the demonstration portfolio"));
    m_register->setText(tr("Or start entering the portfolio by hand: <a href=\"register\">register a savings "
                           "group or a borrower</a>, then their loans."));
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
