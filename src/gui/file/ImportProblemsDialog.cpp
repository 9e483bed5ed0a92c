#include "ImportProblemsDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ImportProblemsDialog::ImportProblemsDialog(const QString& folder, const QList<ImportProblem>& problems,
                                           const QString& message, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("importProblemsDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importProblemsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importProblemsListWidget"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setStyleSheet(QStringLiteral("QListWidget { font-family: monospace; }"));
    // A refusal without itemised problems (a folder that cannot be read) still says why.
    if (problems.isEmpty()) {
        for (const QString& line : message.split(u'\n', Qt::SkipEmptyParts))
            m_list->addItem(line);
    } else {
        for (const ImportProblem& problem : problems)
            m_list->addItem(problem.toString());
    }
    m_count = m_list->count();
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyProblemsButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeProblemsButton"));
    m_close->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &ImportProblemsDialog::copyToClipboard);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    resize(820, 420);
    retranslate();
}

QStringList ImportProblemsDialog::lines() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result.append(m_list->item(row)->text());
    return result;
}

void ImportProblemsDialog::copyToClipboard() const
{
    QApplication::clipboard()->setText(lines().join(u'\n') + u'\n');
}

void ImportProblemsDialog::retranslate()
{
    setWindowTitle(tr("The import was refused"));
    m_summary->setText(
        tr("<b>Nothing was written: the database is as it was.</b><br>The folder %1 has %n problem(s). "
           "Correct "
           "them in the files (each line says FILE:LINE: column: what is wrong) and import the folder again.",
           nullptr, m_count)
            .arg(QDir::toNativeSeparators(m_folder).toHtmlEscaped()));
    m_copy->setText(tr("&Copy the list"));
    m_close->setText(tr("Close"));
}

void ImportProblemsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
