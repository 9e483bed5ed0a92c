#include "TransactionDayDialog.h"

#include "AmountDelegate.h"
#include "TransactionDayModel.h"
#include "TransactionDayView.h"

#include "common/PageExport.h"
#include "db/Database.h"
#include "print/CollectionListDocument.h"
#include "print/ReportSettings.h"
#include "repo/CommuneRepository.h"
#include "report/ReportBuilder.h"
#include "service/PortfolioService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

std::optional<QMessageBox::StandardButton>& nextAnswer()
{
    static std::optional<QMessageBox::StandardButton> answer;
    return answer;
}

} // namespace

TransactionDayDialog::TransactionDayDialog(Database& database, DisplayOptions options, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_options(options)
{
    // Cash is counted to the đồng at the transaction point: the grid, its totals and the collection list are
    // in đồng whatever unit the window shows.
    m_options.unit = MoneyUnit::Dong;
    setObjectName(QStringLiteral("TransactionDayDialog"));
    setWindowTitle(tr("Commune transaction day"));
    setSizeGripEnabled(true);
    resize(1360, 820);

    // The commune and the day.
    m_communeCombo = new QComboBox(this);
    m_communeCombo->setObjectName(QStringLiteral("communeComboBox"));
    m_communeCombo->setMinimumContentsLength(24);
    if (auto communes = CommuneRepository(m_database).all()) {
        for (const Commune& commune : std::as_const(*communes))
            m_communeCombo->addItem(commune.name, commune.code);
    }
    auto* communeLabel = new QLabel(tr("&Commune:"), this);
    communeLabel->setBuddy(m_communeCombo);
    m_dayEdit = new QDateEdit(this);
    m_dayEdit->setObjectName(QStringLiteral("dayDateEdit"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dayEdit->setLocale(m_options.locale());
    m_dayEdit->setDate(defaultDay(m_database));
    auto* dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_dayEdit);
    m_fillButton = new QPushButton(tr("&Fill row as proposed"), this);
    m_fillButton->setObjectName(QStringLiteral("fillButton"));
    m_fillButton->setToolTip(tr("Collected principal and interest as proposed (Ctrl+D)"));
    m_fillButton->setFocusPolicy(Qt::NoFocus);
    auto* top = new QHBoxLayout;
    top->addWidget(communeLabel);
    top->addWidget(m_communeCombo);
    top->addSpacing(12);
    top->addWidget(dayLabel);
    top->addWidget(m_dayEdit);
    top->addStretch(1);
    top->addWidget(m_fillButton);

    // The grid.
    m_model = new TransactionDayModel(m_options, this);
    m_view = new TransactionDayView(this);
    m_view->setObjectName(QStringLiteral("gridView"));
    m_view->setDayModel(m_model);
    m_view->setItemDelegate(
        new AmountDelegate(m_options.locale(), TransactionDayModel::SavingsDepositColumn, m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignCenter);
    header->setMinimumHeight(44);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    m_view->setColumnWidth(TransactionDayModel::MemberColumn, 270);
    m_view->setColumnWidth(TransactionDayModel::LoanColumn, 90);
    for (int c = TransactionDayModel::OutstandingColumn; c < TransactionDayModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, 114);

    // The commune's totals, the problems of a refused save, the status.
    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setTextFormat(Qt::RichText);
    m_totalsLabel->setWordWrap(true);
    m_problemsList = new QListWidget(this);
    m_problemsList->setObjectName(QStringLiteral("problemsListWidget"));
    m_problemsList->setMaximumHeight(110);
    m_problemsList->setStyleSheet(QStringLiteral("QListWidget { color: #a00000; }"));
    m_problemsList->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    m_printButton = new QPushButton(tr("&Print collection list…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton = new QPushButton(tr("Save collection list as P&DF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Post every typed row (Ctrl+S)"));
    auto* closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* button : {m_printButton, m_pdfButton, m_saveButton, closeButton})
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(m_problemsList);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);

    setTabOrder(m_communeCombo, m_dayEdit);
    setTabOrder(m_dayEdit, m_view);

    connect(m_communeCombo, &QComboBox::currentIndexChanged, this,
            &TransactionDayDialog::reloadFromSelectors);
    connect(m_dayEdit, &QDateEdit::editingFinished, this, &TransactionDayDialog::reloadFromSelectors);
    connect(m_model, &TransactionDayModel::typingChanged, this, &TransactionDayDialog::updateTotals);
    connect(m_view, &TransactionDayView::fillRequested, this, &TransactionDayDialog::fillCurrentRow);
    connect(m_fillButton, &QPushButton::clicked, this, &TransactionDayDialog::fillCurrentRow);
    connect(m_saveButton, &QPushButton::clicked, this, &TransactionDayDialog::save);
    connect(closeButton, &QPushButton::clicked, this, &TransactionDayDialog::reject);
    connect(m_printButton, &QPushButton::clicked, this, &TransactionDayDialog::printCollectionList);
    connect(m_pdfButton, &QPushButton::clicked, this, &TransactionDayDialog::saveCollectionListAs);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &TransactionDayDialog::save);

    if (m_communeCombo->count() > 0)
        load(m_communeCombo->currentData().toString(), m_dayEdit->date());
    else
        m_statusLabel->setText(tr("The database has no commune yet."));
}

TransactionDayDialog::~TransactionDayDialog() = default;

QDate TransactionDayDialog::defaultDay(Database& database)
{
    QDate day = QDate::currentDate();
    ReportBuilder builder(database);
    if (auto latest = builder.latestMonthWithData(); latest && latest->has_value()) {
        const QDate last = (*latest)->lastDay();
        if (last < day)
            day = last;
    }
    if (auto closed = builder.latestClosedMonth(); closed && closed->isValid() && day <= closed->lastDay())
        day =
            closed->next().lastDay() < QDate::currentDate() ? closed->next().lastDay() : QDate::currentDate();
    return day;
}

void TransactionDayDialog::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer() = answer;
}

QMessageBox::StandardButton TransactionDayDialog::ask(QWidget* parent, const QString& title,
                                                      const QString& text,
                                                      QMessageBox::StandardButtons buttons,
                                                      QMessageBox::StandardButton fallback)
{
    if (auto answer = nextAnswer()) {
        nextAnswer().reset();
        return *answer;
    }
    return QMessageBox::question(parent, title, text, buttons, fallback);
}

QString TransactionDayDialog::communeCode() const
{
    return m_loadedCommune;
}

QDate TransactionDayDialog::day() const
{
    return m_loadedDay;
}

bool TransactionDayDialog::hasUnsavedTyping() const
{
    return m_model->hasTyping();
}

bool TransactionDayDialog::confirmLosingTyping()
{
    if (!m_model->hasTyping())
        return true;
    const QMessageBox::StandardButton answer =
        ask(this, tr("Unsaved amounts"),
            tr("The amounts typed for %1 on %2 are not saved. Save them first?")
                .arg(m_model->sheet().communeName, m_options.date(m_loadedDay)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void TransactionDayDialog::reloadFromSelectors()
{
    if (m_changingSelectors)
        return;
    const QString commune = m_communeCombo->currentData().toString();
    const QDate day = m_dayEdit->date();
    if (commune == m_loadedCommune && day == m_loadedDay)
        return;
    if (!load(commune, day)) {
        // Back to what the grid shows.
        m_changingSelectors = true;
        m_communeCombo->setCurrentIndex(m_communeCombo->findData(m_loadedCommune));
        if (m_loadedDay.isValid())
            m_dayEdit->setDate(m_loadedDay);
        m_changingSelectors = false;
    }
}

bool TransactionDayDialog::load(const QString& communeCode, const QDate& day)
{
    const bool same = communeCode == m_loadedCommune && day == m_loadedDay;
    if (!same && !confirmLosingTyping())
        return false;
    auto sheet = CollectionSheetBuilder(m_database).build(communeCode, day);
    if (!sheet) {
        m_statusLabel->setText(sheet.error().message);
        return false;
    }
    m_loadedCommune = communeCode;
    m_loadedDay = day;
    m_changingSelectors = true;
    m_communeCombo->setCurrentIndex(m_communeCombo->findData(communeCode));
    m_dayEdit->setDate(day);
    m_changingSelectors = false;
    m_model->setSheet(std::move(sheet).value());
    showProblems({});
    const CollectionSheet& loaded = m_model->sheet();
    m_statusLabel->setText(tr("%1 on %2: %n member(s) to collect from", nullptr, loaded.totals.members)
                               .arg(loaded.communeName, m_options.date(day)));
    m_view->focusFirstCell();
    return true;
}

void TransactionDayDialog::updateTotals()
{
    const CollectionSheet& sheet = m_model->sheet();
    const TransactionDayModel::Collected sum = m_model->collected();
    const auto part = [this](const QString& label, Money collected, Money due) {
        const Money difference = collected - due;
        QString style;
        if (difference < Money())
            style = TransactionDayModel::lessColour().name();
        else if (difference > Money())
            style = TransactionDayModel::moreColour().name();
        const QString text = tr("%1 <b>%2</b> of %3 (%4)")
                                 .arg(label, m_options.money(collected), m_options.money(due),
                                      m_options.signedMoney(difference));
        return style.isEmpty()
                   ? text
                   : QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(style, text);
    };
    m_totalsLabel->setText(tr("Commune total — %1 &nbsp;·&nbsp; %2 &nbsp;·&nbsp; savings deposited <b>%3</b>")
                               .arg(part(tr("principal collected"), sum.principal, sheet.totals.principalDue),
                                    part(tr("interest collected"), sum.interest, sheet.totals.interest),
                                    m_options.money(sum.savings)));
}

void TransactionDayDialog::fillCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_view->commitEditing();
    m_model->fillAsProposed(current.row());
}

void TransactionDayDialog::showProblems(const QStringList& lines)
{
    m_problemsList->clear();
    m_problemsList->addItems(lines);
    m_problemsList->setVisible(!lines.isEmpty());
}

bool TransactionDayDialog::save()
{
    // An amount still being typed counts.
    m_view->commitEditing();
    m_model->clearProblems();
    showProblems({});
    const TransactionDayModel::Posting posting = m_model->posting(m_loadedDay);
    if (posting.batch.isEmpty()) {
        m_statusLabel->setText(tr("Nothing to save: no amount is typed."));
        return false;
    }
    PortfolioService service(m_database);
    auto posted = service.post(posting.batch);
    if (!posted) {
        if (posted.error().kind != Error::Kind::Refused || service.problems().isEmpty()) {
            showProblems({posted.error().message});
            m_statusLabel->setText(tr("Nothing was saved."));
            return false;
        }
        QHash<int, QStringList> byRow;
        QStringList lines;
        int firstRow = -1;
        for (const RecordProblem& problem : service.problems()) {
            const int row = posting.rowOfLine(problem.line);
            const QString message = problem.field.isEmpty()
                                        ? problem.message
                                        : problem.field + QStringLiteral(": ") + problem.message;
            byRow[row].append(message);
            const QString loanNo = m_model->index(row, TransactionDayModel::LoanColumn).data().toString();
            QString who = m_model->memberName(row);
            if (who.isEmpty() && row >= 0) {
                // A member's second loan: the name is on the row above.
                for (int r = row; r >= 0 && who.isEmpty(); --r)
                    who = m_model->memberName(r);
            }
            lines.append(row < 0 ? message : tr("%1 %2: %3").arg(who, loanNo, message).simplified());
            if (row >= 0 && (firstRow < 0 || row < firstRow))
                firstRow = row;
        }
        byRow.remove(-1);
        m_model->setProblems(byRow);
        showProblems(lines);
        m_statusLabel->setText(tr("Nothing was saved: correct the rows in red and save again."));
        if (firstRow >= 0) {
            const int column = m_model->isEditable(firstRow, TransactionDayModel::CollectedPrincipalColumn)
                                   ? TransactionDayModel::CollectedPrincipalColumn
                                   : TransactionDayModel::SavingsDepositColumn;
            m_view->setCurrentIndex(m_model->index(firstRow, column));
            m_view->scrollTo(m_view->currentIndex());
            m_view->setFocus();
        }
        return false;
    }
    const QString status = tr("Saved %n repayment(s)", nullptr, static_cast<int>(posted->repayments)) +
                           tr(" and %n savings entry(ies)", nullptr, static_cast<int>(posted->savings)) +
                           tr(" dated %1.").arg(m_options.date(m_loadedDay));
    // The proposals change with what was posted: the grid is built again.
    const QString commune = m_loadedCommune;
    const QDate day = m_loadedDay;
    m_model->setSheet({});
    m_loadedCommune.clear();
    load(commune, day);
    m_statusLabel->setText(status);
    emit saved();
    return true;
}

bool TransactionDayDialog::saveCollectionListPdf(const QString& path)
{
    CollectionListDocument document(m_model->sheet(), m_options, ReportSettings::load(m_database));
    const Status written = document.writePdf(path);
    if (!written) {
        m_statusLabel->setText(written.error().message);
        return false;
    }
    m_statusLabel->setText(tr("Collection list saved to %1").arg(path));
    return true;
}

void TransactionDayDialog::saveCollectionListAs()
{
    CollectionListDocument document(m_model->sheet(), m_options, ReportSettings::load(m_database));
    const QString path = PageExport::askFileName(this, tr("Save collection list as PDF"),
                                                 document.suggestedFileName() + QStringLiteral(".pdf"),
                                                 tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty())
        saveCollectionListPdf(path);
}

void TransactionDayDialog::printCollectionList()
{
    const CollectionListDocument document(m_model->sheet(), m_options, ReportSettings::load(m_database));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout());
    printer.setDocName(document.title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(document.title());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* target) { document.paint(*target); });
    preview.exec();
}

void TransactionDayDialog::reject()
{
    if (!confirmLosingTyping())
        return;
    QDialog::reject();
}
