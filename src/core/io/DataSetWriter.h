#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "domain/PortfolioData.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <array>
#include <memory>

/// The eight files of a data set (csv.md) written record by record in the canonical form: every column,
/// amounts as plain integers, dates as YYYY-MM-DD, entry numbers with every entry and reversal. Each file is
/// written through a temporary file of its own and appears only at commit(), so that memory stays that of a
/// buffer whatever the size. The records are written in the order they are given.
class DataSetWriter
{
    Q_DECLARE_TR_FUNCTIONS(DataSetWriter)

public:
    /// Opens the eight files in @p directory (which must exist), each with its header.
    explicit DataSetWriter(const QString& directory);
    ~DataSetWriter();
    DataSetWriter(const DataSetWriter&) = delete;
    DataSetWriter& operator=(const DataSetWriter&) = delete;

    void write(const Commune& commune);
    void write(const Group& group);
    void write(const Borrower& borrower);
    void write(const Move& move);
    void write(const Loan& loan);
    void write(const Installment& installment);
    void write(const Repayment& repayment);
    void write(const SavingsEntry& entry);
    /// Every record of @p data, each into its file.
    void write(const PortfolioData& data);

    /// The first failure so far (a file that could not be opened, a write cut short), or success: a long
    /// writer asks it as it goes, so as not to make the rest for nothing.
    [[nodiscard]] Status status() const;

    /// Puts every file in place; the first failure (a file that could not be opened, a full disk) is
    /// returned and no file is put in place after it.
    Status commit();

private:
    class File;
    std::array<std::unique_ptr<File>, 8> m_files;
};
