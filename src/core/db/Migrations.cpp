#include "Migrations.h"

#include "calc/FigureUpdater.h"
#include "repo/FigureRepository.h"

#include "Database.h"
#include "TransactionGuard.h"
#include "csv/CsvTable.h"
#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Rate.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace {

using Step = std::function<Status(Database&)>;

/// Runs statements separated by `;` at the end of a line. `%WITHOUT_ROWID%` becomes SQLite's clustered-table
/// clause and disappears on other databases.
Status runScript(Database& database, QString script)
{
    script.replace(QStringLiteral("%WITHOUT_ROWID%"),
                   database.isSqlite() ? QStringLiteral("WITHOUT ROWID") : QString());
    QSqlQuery query(database.connection());
    const QStringList statements = script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        const QString trimmed = statement.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!query.exec(trimmed))
            return database.errorFor(
                Database::tr("creating the schema (%1)").arg(trimmed.section(u'(', 0, 0)), query.lastError());
    }
    return {};
}

// Version 1: the portfolio and the figures kept up to date with it.
const char* const kSchemaV1 = R"sql(
CREATE TABLE organization (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL
);
CREATE TABLE program (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    legal_basis TEXT NOT NULL DEFAULT ''
);
CREATE TABLE program_terms (
    program_id INTEGER NOT NULL REFERENCES program(id),
    effective_from TEXT NOT NULL,
    rate_e4 INTEGER NOT NULL CHECK (rate_e4 >= 0),
    max_amount INTEGER NOT NULL CHECK (max_amount > 0),
    max_term_months INTEGER NOT NULL CHECK (max_term_months > 0),
    PRIMARY KEY (program_id, effective_from)
);
CREATE TABLE commune (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE savings_group (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    commune_id INTEGER NOT NULL REFERENCES commune(id),
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    village TEXT NOT NULL DEFAULT '',
    leader_name TEXT NOT NULL,
    founded_on TEXT NOT NULL
);
CREATE INDEX savings_group_commune ON savings_group(commune_id);
CREATE TABLE borrower (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('household', 'organization')),
    id_number TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    commune_id INTEGER NOT NULL REFERENCES commune(id),
    group_id INTEGER REFERENCES savings_group(id),
    village TEXT NOT NULL DEFAULT ''
);
CREATE INDEX borrower_commune ON borrower(commune_id);
CREATE INDEX borrower_group ON borrower(group_id);
CREATE TABLE loan (
    id INTEGER PRIMARY KEY,
    loan_no TEXT NOT NULL UNIQUE,
    borrower_id INTEGER NOT NULL REFERENCES borrower(id),
    program_id INTEGER NOT NULL REFERENCES program(id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    disbursed_on TEXT NOT NULL,
    maturity_on TEXT NOT NULL CHECK (maturity_on > disbursed_on),
    rate_e4 INTEGER,
    frozen_on TEXT,
    purpose TEXT NOT NULL DEFAULT '',
    horizon_ym INTEGER NOT NULL DEFAULT 0,
    carries_forward INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX loan_borrower ON loan(borrower_id);
CREATE INDEX loan_program ON loan(program_id);
CREATE INDEX loan_carried ON loan(horizon_ym) WHERE carries_forward = 1;
CREATE TABLE installment (
    loan_id INTEGER NOT NULL REFERENCES loan(id),
    due_on TEXT NOT NULL,
    principal INTEGER NOT NULL CHECK (principal > 0),
    PRIMARY KEY (loan_id, due_on)
) %WITHOUT_ROWID%;
CREATE TABLE repayment (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loan(id),
    paid_on TEXT NOT NULL,
    principal INTEGER NOT NULL CHECK (principal >= 0),
    interest INTEGER NOT NULL CHECK (interest >= 0),
    reversed_on TEXT,
    reversal_reason TEXT
);
CREATE INDEX repayment_loan ON repayment(loan_id, paid_on);
CREATE TABLE savings_entry (
    id INTEGER PRIMARY KEY,
    borrower_id INTEGER NOT NULL REFERENCES borrower(id),
    on_date TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount <> 0),
    reversed_on TEXT,
    reversal_reason TEXT
);
CREATE INDEX savings_entry_borrower ON savings_entry(borrower_id, on_date);
CREATE TABLE loan_month (
    ym INTEGER NOT NULL,
    loan_id INTEGER NOT NULL REFERENCES loan(id),
    outstanding_start INTEGER NOT NULL,
    disbursed INTEGER NOT NULL,
    collected_principal INTEGER NOT NULL,
    collected_interest INTEGER NOT NULL,
    outstanding_end INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    frozen INTEGER NOT NULL,
    overdue_1_30 INTEGER NOT NULL,
    overdue_31_90 INTEGER NOT NULL,
    overdue_91_180 INTEGER NOT NULL,
    overdue_181_360 INTEGER NOT NULL,
    overdue_over_360 INTEGER NOT NULL,
    PRIMARY KEY (ym, loan_id)
) %WITHOUT_ROWID%;
CREATE INDEX loan_month_loan ON loan_month(loan_id, ym);
CREATE TABLE group_savings_month (
    group_id INTEGER NOT NULL REFERENCES savings_group(id),
    ym INTEGER NOT NULL,
    balance_end INTEGER NOT NULL,
    PRIMARY KEY (group_id, ym)
) %WITHOUT_ROWID%;
CREATE TABLE activity_month (
    ym INTEGER PRIMARY KEY
);
)sql";

// Version 3: the month totals behind the dashboard's trend — the loan_month rows summed by month, commune and
// organisation (0: borrowers in no group), kept in line by FigureRepository with every write.
const char* const kSchemaV3 = R"sql(
CREATE TABLE month_total (
    ym INTEGER NOT NULL,
    commune_id INTEGER NOT NULL REFERENCES commune(id),
    organization_id INTEGER NOT NULL,
    loans INTEGER NOT NULL,
    outstanding_start INTEGER NOT NULL,
    disbursed INTEGER NOT NULL,
    collected_principal INTEGER NOT NULL,
    collected_interest INTEGER NOT NULL,
    outstanding_end INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    frozen INTEGER NOT NULL,
    overdue_1_30 INTEGER NOT NULL,
    overdue_31_90 INTEGER NOT NULL,
    overdue_91_180 INTEGER NOT NULL,
    overdue_181_360 INTEGER NOT NULL,
    overdue_over_360 INTEGER NOT NULL,
    PRIMARY KEY (ym, commune_id, organization_id)
) %WITHOUT_ROWID%;
INSERT INTO month_total (ym, commune_id, organization_id, loans, outstanding_start, disbursed,
    collected_principal, collected_interest, outstanding_end, overdue, frozen, overdue_1_30, overdue_31_90,
    overdue_91_180, overdue_181_360, overdue_over_360)
SELECT m.ym, b.commune_id, COALESCE(g.organization_id, 0), SUM(CASE WHEN m.outstanding_end > 0 THEN 1 ELSE 0 END),
    SUM(m.outstanding_start), SUM(m.disbursed), SUM(m.collected_principal), SUM(m.collected_interest),
    SUM(m.outstanding_end), SUM(m.overdue), SUM(m.frozen), SUM(m.overdue_1_30), SUM(m.overdue_31_90),
    SUM(m.overdue_91_180), SUM(m.overdue_181_360), SUM(m.overdue_over_360)
FROM loan_month m JOIN loan l ON l.id = m.loan_id JOIN borrower b ON b.id = l.borrower_id
    LEFT JOIN savings_group g ON g.id = b.group_id
GROUP BY m.ym, b.commune_id, COALESCE(g.organization_id, 0);
)sql";

// Version 4: the write path of domain.md §8. Repayments and savings entries get their entry numbers (the old
// row ids, so the numbering follows the order of posting) and name the entry they reverse; a row that version
// 1 marked reversed becomes its entry plus a reversal of the same day, which counts at the end of no day, as
// the mark did. Membership changes from a date (borrower_move; borrower keeps the first membership), months
// are closed (closed_month), every write is recorded in an append-only audit trail, and the months with data
// are kept by day (activity_day: how many disbursements and other dated records fall on each day).
const char* const kSchemaV4 = R"sql(
CREATE TABLE repayment_v4 (
    id INTEGER PRIMARY KEY,
    entry_no INTEGER NOT NULL UNIQUE CHECK (entry_no > 0),
    loan_id INTEGER NOT NULL REFERENCES loan(id),
    paid_on TEXT NOT NULL,
    principal INTEGER NOT NULL CHECK (principal >= 0),
    interest INTEGER NOT NULL CHECK (interest >= 0),
    reverses INTEGER UNIQUE REFERENCES repayment_v4(entry_no),
    reason TEXT NOT NULL DEFAULT '',
    CHECK (reverses IS NULL OR (reverses <> entry_no AND reason <> ''))
);
INSERT INTO repayment_v4 (id, entry_no, loan_id, paid_on, principal, interest)
SELECT id, id, loan_id, paid_on, principal, interest FROM repayment ORDER BY id;
INSERT INTO repayment_v4 (entry_no, loan_id, paid_on, principal, interest, reverses, reason)
SELECT (SELECT COALESCE(MAX(id), 0) FROM repayment) + ROW_NUMBER() OVER (ORDER BY id), loan_id, paid_on,
    principal, interest, id, COALESCE(NULLIF(TRIM(reversal_reason), ''), 'reversed before entry numbers')
FROM repayment WHERE reversed_on IS NOT NULL;
DROP TABLE repayment;
ALTER TABLE repayment_v4 RENAME TO repayment;
CREATE INDEX repayment_loan ON repayment(loan_id, paid_on);
CREATE TABLE savings_entry_v4 (
    id INTEGER PRIMARY KEY,
    entry_no INTEGER NOT NULL UNIQUE CHECK (entry_no > 0),
    borrower_id INTEGER NOT NULL REFERENCES borrower(id),
    on_date TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount <> 0),
    reverses INTEGER UNIQUE REFERENCES savings_entry_v4(entry_no),
    reason TEXT NOT NULL DEFAULT '',
    CHECK (reverses IS NULL OR (reverses <> entry_no AND reason <> ''))
);
INSERT INTO savings_entry_v4 (id, entry_no, borrower_id, on_date, amount)
SELECT id, id, borrower_id, on_date, amount FROM savings_entry ORDER BY id;
INSERT INTO savings_entry_v4 (entry_no, borrower_id, on_date, amount, reverses, reason)
SELECT (SELECT COALESCE(MAX(id), 0) FROM savings_entry) + ROW_NUMBER() OVER (ORDER BY id), borrower_id, on_date,
    amount, id, COALESCE(NULLIF(TRIM(reversal_reason), ''), 'reversed before entry numbers')
FROM savings_entry WHERE reversed_on IS NOT NULL;
DROP TABLE savings_entry;
ALTER TABLE savings_entry_v4 RENAME TO savings_entry;
CREATE INDEX savings_entry_borrower ON savings_entry(borrower_id, on_date);
CREATE TABLE borrower_move (
    borrower_id INTEGER NOT NULL REFERENCES borrower(id),
    on_date TEXT NOT NULL,
    commune_id INTEGER NOT NULL REFERENCES commune(id),
    group_id INTEGER REFERENCES savings_group(id),
    PRIMARY KEY (borrower_id, on_date)
) %WITHOUT_ROWID%;
CREATE INDEX borrower_move_group ON borrower_move(group_id);
CREATE TABLE closed_month (
    ym INTEGER PRIMARY KEY,
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    at_local TEXT NOT NULL,
    user_name TEXT NOT NULL,
    operation TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_key TEXT NOT NULL,
    borrower_code TEXT NOT NULL DEFAULT '',
    old_values TEXT NOT NULL DEFAULT '',
    new_values TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_record ON audit_log(record_kind, record_key);
CREATE INDEX audit_log_borrower ON audit_log(borrower_code);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: its rows are never changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: its rows are never deleted'); END;
CREATE TABLE activity_day (
    day TEXT PRIMARY KEY,
    disbursements INTEGER NOT NULL CHECK (disbursements >= 0),
    other_records INTEGER NOT NULL CHECK (other_records >= 0)
) %WITHOUT_ROWID%;
INSERT INTO activity_day (day, disbursements, other_records)
SELECT day, SUM(d), SUM(o) FROM (
    SELECT disbursed_on AS day, 1 AS d, 0 AS o FROM loan
    UNION ALL SELECT paid_on, 0, 1 FROM repayment
    UNION ALL SELECT on_date, 0, 1 FROM savings_entry
) GROUP BY day;
DROP TABLE activity_month;
)sql";

// Version 5: what belongs to the office (its name, place and signatories on the printed reports, and the mark
// of the demonstration portfolio) is kept in the database rather than in each computer's settings.
const char* const kSchemaV5 = R"sql(
CREATE TABLE office_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) %WITHOUT_ROWID%;
)sql";

// Version 6: each record a person edits carries a version, raised by every edit, so that an edit based on a
// version that another window or computer has changed since is refused instead of overwriting it.
const char* const kSchemaRecordVersions = R"sql(
ALTER TABLE commune ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE savings_group ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE borrower ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE loan ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
)sql";

// Version 7: users and roles (docs/security.md): who may sign in, with which role, and the Argon2id hash of
// the password (never the password). While the table is empty the database is used without signing in.
const char* const kSchemaUsers = R"sql(
CREATE TABLE app_user (
    name TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 64),
    role TEXT NOT NULL CHECK (role IN ('director', 'staff', 'admin')),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) %WITHOUT_ROWID%;
)sql";

/// Turns the fields of a reference record into the values bound to the insert; false if they make no sense.
using Transform = std::function<bool(QList<QString>& fields)>;

Status loadReferenceCsv(Database& database, const QString& resource, const QStringList& columns,
                        const QString& statement, const Transform& transform = {})
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unusable(
            Database::tr("the reference data %1 is missing from the program").arg(resource));
    const CsvTable table = CsvTable::read(file.readAll(), columns);
    if (!table.problems.isEmpty())
        return Error::unusable(
            Database::tr("the reference data %1 is damaged: %2").arg(resource, table.problems.front()));
    QSqlQuery query(database.connection());
    if (!query.prepare(statement))
        return database.errorFor(Database::tr("loading %1").arg(resource), query.lastError());
    for (CsvRecord record : table.records) {
        if (transform && !transform(record.fields))
            return Error::unusable(
                Database::tr("the reference data %1 is damaged at line %2").arg(resource).arg(record.line));
        for (qsizetype i = 0; i < record.fields.size(); ++i)
            query.bindValue(static_cast<int>(i), record.fields[i]);
        if (!query.exec())
            return database.errorFor(Database::tr("loading %1 line %2").arg(resource).arg(record.line),
                                     query.lastError());
    }
    return {};
}

// Version 8: kept figures that grow with what changes, not with loans × months (docs/architecture.md). The
// month rows of every loan and the month totals by commune and organisation give way to month totals by
// program, commune and organisation and by commune and group, each with carried cells for what no longer
// changes (KeptTotals). They are computed from the facts after the last step (version 9), with each loan's
// horizon_ym and carries_forward, by which the lists of a month leave out loans repaid and done with.
const char* const kSchemaV8 = R"sql(
DROP TABLE loan_month;
DROP TABLE month_total;
DROP INDEX loan_carried;
CREATE TABLE program_total (
    carried INTEGER NOT NULL,
    ym INTEGER NOT NULL,
    program_id INTEGER NOT NULL REFERENCES program(id),
    commune_id INTEGER NOT NULL REFERENCES commune(id),
    organization_id INTEGER NOT NULL,
    borrowers INTEGER NOT NULL,
    loans INTEGER NOT NULL,
    outstanding_start INTEGER NOT NULL,
    disbursed INTEGER NOT NULL,
    collected_principal INTEGER NOT NULL,
    collected_interest INTEGER NOT NULL,
    outstanding_end INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    frozen INTEGER NOT NULL,
    overdue_1_30 INTEGER NOT NULL,
    overdue_31_90 INTEGER NOT NULL,
    overdue_91_180 INTEGER NOT NULL,
    overdue_181_360 INTEGER NOT NULL,
    overdue_over_360 INTEGER NOT NULL,
    PRIMARY KEY (carried, ym, program_id, commune_id, organization_id)
) %WITHOUT_ROWID%;
CREATE TABLE group_total (
    carried INTEGER NOT NULL,
    ym INTEGER NOT NULL,
    commune_id INTEGER NOT NULL REFERENCES commune(id),
    group_id INTEGER NOT NULL,
    borrowers INTEGER NOT NULL,
    loans INTEGER NOT NULL,
    outstanding_start INTEGER NOT NULL,
    disbursed INTEGER NOT NULL,
    collected_principal INTEGER NOT NULL,
    collected_interest INTEGER NOT NULL,
    outstanding_end INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    frozen INTEGER NOT NULL,
    overdue_1_30 INTEGER NOT NULL,
    overdue_31_90 INTEGER NOT NULL,
    overdue_91_180 INTEGER NOT NULL,
    overdue_181_360 INTEGER NOT NULL,
    overdue_over_360 INTEGER NOT NULL,
    PRIMARY KEY (carried, ym, commune_id, group_id)
) %WITHOUT_ROWID%;
)sql";

// Version 9: the version of the code that computed the kept figures. When it is not the program's own (a file
// brought up from version 7, a program whose figures are computed differently), migrate() computes them again
// from the facts, so that kept figures never outlive the code that made them.
const char* const kSchemaKeptState = R"sql(
CREATE TABLE kept_state (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) %WITHOUT_ROWID%;
INSERT INTO kept_state (key, value) VALUES ('figures_version', 0);
)sql";

// Version 10: month totals by commune and organisation, what the group totals of each add up to, so that the
// 24-month trend of the dashboard reads a few thousand cells a month instead of one per group. Filled by the
// computation of the kept figures that migrate() runs after the steps (figures version 2).
const char* const kSchemaCommuneTotals = R"sql(
CREATE TABLE commune_total (
    carried INTEGER NOT NULL,
    ym INTEGER NOT NULL,
    commune_id INTEGER NOT NULL REFERENCES commune(id),
    organization_id INTEGER NOT NULL,
    borrowers INTEGER NOT NULL,
    loans INTEGER NOT NULL,
    outstanding_start INTEGER NOT NULL,
    disbursed INTEGER NOT NULL,
    collected_principal INTEGER NOT NULL,
    collected_interest INTEGER NOT NULL,
    outstanding_end INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    frozen INTEGER NOT NULL,
    overdue_1_30 INTEGER NOT NULL,
    overdue_31_90 INTEGER NOT NULL,
    overdue_91_180 INTEGER NOT NULL,
    overdue_181_360 INTEGER NOT NULL,
    overdue_over_360 INTEGER NOT NULL,
    PRIMARY KEY (carried, ym, commune_id, organization_id)
) %WITHOUT_ROWID%;
)sql";

// Version 11: lean entries. An entry's number is its row id (every entry is written with the number the write
// service gives it), so the separate unique index on entry_no goes; and a reversal is unique among the rows
// that reverse something, so the index of `reverses` holds those rows only, not a NULL for every ordinary
// entry. Together they were a third of a large file (3.8 GB to 2.6 GB at 1,000,000 loans); the figures and
// numbers are unchanged.
const char* const kSchemaLeanEntries = R"sql(
CREATE TABLE repayment_v11 (
    entry_no INTEGER PRIMARY KEY CHECK (entry_no > 0),
    loan_id INTEGER NOT NULL REFERENCES loan(id),
    paid_on TEXT NOT NULL,
    principal INTEGER NOT NULL CHECK (principal >= 0),
    interest INTEGER NOT NULL CHECK (interest >= 0),
    reverses INTEGER REFERENCES repayment_v11(entry_no),
    reason TEXT NOT NULL DEFAULT '',
    CHECK (reverses IS NULL OR (reverses <> entry_no AND reason <> ''))
);
INSERT INTO repayment_v11 (entry_no, loan_id, paid_on, principal, interest, reverses, reason)
SELECT entry_no, loan_id, paid_on, principal, interest, reverses, reason FROM repayment ORDER BY entry_no;
DROP TABLE repayment;
ALTER TABLE repayment_v11 RENAME TO repayment;
CREATE INDEX repayment_loan ON repayment(loan_id, paid_on);
CREATE UNIQUE INDEX repayment_reverses ON repayment(reverses) WHERE reverses IS NOT NULL;
CREATE TABLE savings_entry_v11 (
    entry_no INTEGER PRIMARY KEY CHECK (entry_no > 0),
    borrower_id INTEGER NOT NULL REFERENCES borrower(id),
    on_date TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount <> 0),
    reverses INTEGER REFERENCES savings_entry_v11(entry_no),
    reason TEXT NOT NULL DEFAULT '',
    CHECK (reverses IS NULL OR (reverses <> entry_no AND reason <> ''))
);
INSERT INTO savings_entry_v11 (entry_no, borrower_id, on_date, amount, reverses, reason)
SELECT entry_no, borrower_id, on_date, amount, reverses, reason FROM savings_entry ORDER BY entry_no;
DROP TABLE savings_entry;
ALTER TABLE savings_entry_v11 RENAME TO savings_entry;
CREATE INDEX savings_entry_borrower ON savings_entry(borrower_id, on_date);
CREATE UNIQUE INDEX savings_entry_reverses ON savings_entry(reverses) WHERE reverses IS NOT NULL;
)sql";

// Version 2: the reference data that ships with the program (data/).
Status loadReferenceData(Database& database)
{
    if (Status s =
            loadReferenceCsv(database, QStringLiteral(":/loandesk/data/organizations.csv"),
                             {QStringLiteral("code"), QStringLiteral("name_vi"), QStringLiteral("name_en"),
                              QStringLiteral("name_fr")},
                             QStringLiteral("INSERT INTO organization (code, name_vi, name_en, name_fr) "
                                            "VALUES (?, ?, ?, ?)"));
        !s)
        return s;
    if (Status s = loadReferenceCsv(
            database, QStringLiteral(":/loandesk/data/programs.csv"),
            {QStringLiteral("code"), QStringLiteral("name_vi"), QStringLiteral("name_en"),
             QStringLiteral("name_fr"), QStringLiteral("legal_basis")},
            QStringLiteral(
                "INSERT INTO program (code, name_vi, name_en, name_fr, legal_basis) VALUES (?, ?, ?, ?, ?)"));
        !s)
        return s;
    // The rate is stored in ten-thousandths of a percent: 0.6875 %/month is 6875.
    return loadReferenceCsv(
        database, QStringLiteral(":/loandesk/data/program_terms.csv"),
        {QStringLiteral("program_code"), QStringLiteral("effective_from"), QStringLiteral("rate_pct_month"),
         QStringLiteral("max_amount"), QStringLiteral("max_term_months")},
        QStringLiteral(
            "INSERT INTO program_terms (program_id, effective_from, rate_e4, max_amount, max_term_months) "
            "VALUES ((SELECT id FROM program WHERE code = ?), ?, ?, ?, ?)"),
        [](QList<QString>& fields) {
            const auto from = Dates::parseIso(fields[1]);
            const auto rate = MonthlyRate::parse(fields[2]);
            const auto cap = Money::parse(fields[3]);
            if (!from || !rate || !cap)
                return false;
            fields[2] = QString::number(rate->tenThousandths());
            return true;
        });
}

const QList<Step>& steps()
{
    static const QList<Step> all = {
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaV1)); },
        [](Database& db) { return loadReferenceData(db); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaV3)); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaV4)); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaV5)); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaRecordVersions)); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaUsers)); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaV8)); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaKeptState)); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaCommuneTotals)); },
        [](Database& db) { return runScript(db, QString::fromUtf8(kSchemaLeanEntries)); },
    };
    return all;
}

} // namespace

namespace Migrations {

int latestVersion()
{
    return static_cast<int>(steps().size());
}

Status migrate(Database& database, int target)
{
    if (target < 0)
        target = latestVersion();
    const int from = database.schemaVersion();
    if (from < 0)
        return Error::unusable(Database::tr("cannot read the schema version of %1").arg(database.path()));
    // A step that rebuilds a table sorts every row of it for its indexes, and the kept figures are computed
    // again in one transaction: their temporary data go to disk, not memory, whatever the size of the file.
    if (Status s = database.setTemporaryDataOnDisk(true); !s)
        return s;
    const auto restore = qScopeGuard(
        [&database] { [[maybe_unused]] const Status s = database.setTemporaryDataOnDisk(false); });
    for (int version = from + 1; version <= target; ++version) {
        TransactionGuard transaction(database);
        if (!transaction.isActive())
            return transaction.status();
        if (Status s = steps()[version - 1](database); !s)
            return s;
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return database.errorFor(Database::tr("recording schema version %1").arg(version),
                                     query.lastError());
        if (Status s = transaction.commit(); !s)
            return s;
    }
    // Kept figures computed by another version of the code (or never) are computed again, in one transaction.
    if (target == latestVersion()) {
        FigureRepository figures(database);
        auto version = figures.keptFiguresVersion();
        if (!version)
            return version.error();
        if (*version != FigureUpdater::kFiguresVersion) {
            TransactionGuard transaction(database);
            if (!transaction.isActive())
                return transaction.status();
            if (Status s = FigureUpdater::rebuildTotals(database); !s)
                return s;
            if (Status s = figures.setKeptFiguresVersion(FigureUpdater::kFiguresVersion); !s)
                return s;
            if (Status s = transaction.commit(); !s)
                return s;
        }
    }
    // Steps 8 and 11 leave space free inside the file (the month rows of every loan; the entries' old tables
    // and indexes): give it back. A file that cannot be compacted (a full disk) stays as it is, whole and
    // usable.
    const auto crosses = [from, target](int step) { return from < step && target >= step; };
    if ((crosses(8) || crosses(11)) && from > 0 && database.isSqlite()) {
        // VACUUM builds the compacted copy as a temporary database: on disk (set above), not in memory.
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("VACUUM"));
    }
    return {};
}

} // namespace Migrations
