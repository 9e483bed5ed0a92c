#include "FolderParts.h"

#include "DataFileReader.h"
#include "repo/BorrowerRepository.h"
#include "repo/RepaymentRepository.h"
#include "repo/SavingsRepository.h"
#include "service/BatchValidator.h"

#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

using namespace DataFileReading;

/// A key's hash for routing rows to parts: equal keys always go together; two keys with the same hash only go
/// together too.
quint64 keyHash(const QString& key)
{
    return qHash(key, size_t(0x9e3779b97f4a7c15ULL));
}

/// Finds the rows of a file that repeat a key given by an earlier row (a borrower's ID number, an entry
/// number) when the two rows fall in different parts, where the rules of one part cannot see the other. The
/// first reading notes each key compactly and every row whose key may have been seen; a second reading of the
/// file, only when there are such rows, finds the first row of each of those keys.
class RepeatFinder
{
public:
    struct Repeat
    {
        int line = 0;
        int firstLine = 0;
        int part = 0;
        int firstPart = 0;
    };

    /// Notes the key @p key of the row on @p line of part @p part; true when it may repeat an earlier one.
    bool noteText(const QString& key, int line, int part)
    {
        if (key.isEmpty())
            return false;
        if (!m_seenHashes.contains(keyHash(key))) {
            m_seenHashes.insert(keyHash(key));
            return false;
        }
        m_textCandidates.append({key, line, part});
        return true;
    }
    bool noteNumber(qint64 number, int line, int part)
    {
        if (number <= 0)
            return false;
        quint64& bits = m_numberBlocks[number >> 6];
        const quint64 bit = quint64(1) << (number & 63);
        if (!(bits & bit)) {
            bits |= bit;
            return false;
        }
        m_numberCandidates.append({QString::number(number), line, part});
        return true;
    }
    [[nodiscard]] bool hasCandidates() const
    {
        return !m_textCandidates.isEmpty() || !m_numberCandidates.isEmpty();
    }
    /// The keys of the candidates.
    [[nodiscard]] QStringList candidateKeys() const
    {
        QSet<QString> keys;
        for (const Candidate& c : m_textCandidates)
            keys.insert(c.key);
        for (const Candidate& c : m_numberCandidates)
            keys.insert(c.key);
        return QStringList(keys.cbegin(), keys.cend());
    }
    /// Forgets the candidates of @p keys (keys stored before the import: each row is refused as such).
    void drop(const QSet<QString>& keys)
    {
        const auto stored = [&keys](const Candidate& c) { return keys.contains(c.key); };
        m_textCandidates.removeIf(stored);
        m_numberCandidates.removeIf(stored);
    }
    /// Second reading: told the key, line and part of every row in file order.
    void noteFirst(const QString& key, int line, int part)
    {
        if (m_wanted.isEmpty()) {
            const QStringList keys = candidateKeys();
            m_wanted = QSet<QString>(keys.cbegin(), keys.cend());
        }
        if (m_wanted.contains(key) && !m_first.contains(key))
            m_first.insert(key, {line, part});
    }
    /// The rows that repeat the key of a row in another part.
    [[nodiscard]] QList<Repeat> repeatsAcrossParts() const
    {
        QList<Repeat> repeats;
        for (const QList<Candidate>* list : {&m_textCandidates, &m_numberCandidates}) {
            for (const Candidate& c : *list) {
                const auto first = m_first.constFind(c.key);
                if (first == m_first.cend() || first->first == c.line || first->second == c.part)
                    continue; // another key with the same hash, or the rules of the part see both rows
                repeats.append({c.line, first->first, c.part, first->second});
            }
        }
        return repeats;
    }

private:
    struct Candidate
    {
        QString key;
        int line = 0;
        int part = 0;
    };
    QSet<quint64> m_seenHashes;
    QHash<qint64, quint64> m_numberBlocks; ///< by number / 64: a bit per number seen
    QList<Candidate> m_textCandidates;
    QList<Candidate> m_numberCandidates;
    QSet<QString> m_wanted;
    QHash<QString, std::pair<int, int>> m_first; ///< line and part of the first row of each wanted key
};

/// A folder read in parts (BatchParts): part 0 holds the communes and groups; the borrowers are dealt into
/// the other parts in file order, a run of neighbours each, and every row that hangs on a borrower or on one
/// of their loans goes to the borrower's part. Each part's rows are kept in a temporary file of their own
/// until it is its turn, so that one part at a time is in memory.
class FolderParts final : public BatchParts
{
public:
    FolderParts(Database& database, QString directory, qint64 partBytes, std::function<bool(int)> proceed)
        : m_database(database)
        , m_directory(std::move(directory))
        , m_partBytes(partBytes)
        , m_proceed(std::move(proceed))
    {}

    [[nodiscard]] bool cancelled() const { return m_cancelled; }

    Result<int> prepare(qint64 maxRepayment, qint64 maxSavings) override
    {
        if (!m_spillDir.isValid())
            return Error::io(
                Importer::tr("cannot make a temporary folder: %1").arg(m_spillDir.errorString()));
        qint64 dataBytes = 0;
        for (const QString& name : {kBorrowers, kMoves, kLoans, kSchedule, kRepayments, kSavings})
            dataBytes += QFileInfo(QDir(m_directory).filePath(name)).size();
        m_dataParts =
            static_cast<int>(std::clamp<qint64>((dataBytes + m_partBytes - 1) / m_partBytes, 1, kMaxParts));
        m_partProblems.resize(m_dataParts + 1);
        for (int i = 0; i < m_dataParts; ++i) {
            auto file = std::make_unique<QFile>(QDir(m_spillDir.path()).filePath(QString::number(i + 1)));
            if (!file->open(QIODevice::WriteOnly))
                return Error::io(Importer::tr("cannot write the temporary file %1: %2")
                                     .arg(file->fileName(), file->errorString()));
            m_streams.push_back(std::make_unique<QDataStream>(file.get()));
            m_files.push_back(std::move(file));
        }

        PostingBatch& head = m_head;
        head.fromFiles = true;
        head.readProblems = misnamedFiles(m_directory);
        QSet<QString> unreadable;
        readFile(m_directory, head.communes, head.readProblems, unreadable);
        if (!step(1))
            return cancel();
        readFile(m_directory, head.groups, head.readProblems, unreadable);
        if (!step(2))
            return cancel();

        // Borrowers: a run of neighbours per part, a repeated id with its first row.
        const qint64 expected = std::max<qint64>(1, lineCount(kBorrowers) - 1);
        const qint64 perPart = std::max<qint64>(1, (expected + m_dataParts - 1) / m_dataParts);
        qint64 ordinal = 0;
        RepeatFinder idNumbers;
        scanData<Borrower>(unreadable, [&](const Borrower& b, int line) {
            const quint64 hash = keyHash(b.id);
            int part = m_borrowerPart.value(hash, 0);
            if (part == 0) {
                part = 1 + static_cast<int>(std::min<qint64>(ordinal++ / perPart, m_dataParts - 1));
                m_borrowerPart.insert(hash, part);
            }
            idNumbers.noteText(b.idNumber, line, part);
            return part;
        });
        if (idNumbers.hasCandidates()) {
            auto stored = BorrowerRepository(m_database).idsByIdNumber(idNumbers.candidateKeys());
            if (!stored)
                return stored.error();
            QSet<QString> storedKeys;
            for (auto it = stored->cbegin(); it != stored->cend(); ++it)
                storedKeys.insert(it.key());
            idNumbers.drop(storedKeys);
            if (idNumbers.hasCandidates()) {
                QList<RecordProblem> ignored;
                QSet<QString> ignoredFiles;
                scanFile<Borrower>(m_directory, ignored, ignoredFiles,
                                   [&](BatchRow<Borrower>&& row, QList<RecordProblem>&&) {
                                       idNumbers.noteFirst(row.value.idNumber, row.line,
                                                           borrowerPart(row.value.id));
                                   });
                for (const RepeatFinder::Repeat& r : idNumbers.repeatsAcrossParts())
                    m_repeats[kBorrowers].insert(r.line, r.firstLine);
            }
        }
        if (!step(3))
            return cancel();
        scanData<Move>(unreadable, [this](const Move& m, int) { return borrowerPart(m.borrowerId); });
        if (!step(4))
            return cancel();
        scanData<Loan>(unreadable, [this](const Loan& l, int) {
            // A repeated loan number goes with its first row, so that the rules of one part see both.
            const quint64 hash = keyHash(l.loanNo);
            int part = m_loanPart.value(hash, 0);
            if (part == 0) {
                part = borrowerPart(l.borrowerId);
                m_loanPart.insert(hash, part);
            }
            return part;
        });
        if (!step(5))
            return cancel();
        scanData<Installment>(unreadable, [this](const Installment& i, int) { return loanPart(i.loanNo); });
        if (!step(6))
            return cancel();
        auto repayments = scanEntries<Repayment>(unreadable, maxRepayment,
                                                 [this](const Repayment& r) { return loanPart(r.loanNo); });
        if (!repayments)
            return repayments.error();
        m_repaymentBase = *repayments;
        if (!step(7))
            return cancel();
        auto savings = scanEntries<SavingsEntry>(
            unreadable, maxSavings, [this](const SavingsEntry& e) { return borrowerPart(e.borrowerId); });
        if (!savings)
            return savings.error();
        m_savingsBase = *savings;
        for (const auto& stream : m_streams) {
            if (stream->status() != QDataStream::Ok)
                return Error::io(Importer::tr("cannot write a temporary file of the import"));
        }
        for (const auto& file : m_files) {
            if (!file->flush())
                return Error::io(Importer::tr("cannot write the temporary file %1: %2")
                                     .arg(file->fileName(), file->errorString()));
            file->close();
        }
        m_streams.clear();
        m_files.clear();
        m_partial = partialKinds(unreadable);
        head.partial = m_partial;
        if (!step(8))
            return cancel();
        return m_dataParts + 1;
    }

    Result<PostingBatch> part(int index) override
    {
        if (index == 0)
            return std::move(m_head);
        PostingBatch batch;
        batch.fromFiles = true;
        batch.partial = m_partial;
        batch.readProblems = std::move(m_partProblems[index]);
        QFile file(QDir(m_spillDir.path()).filePath(QString::number(index)));
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(Importer::tr("cannot read the temporary file %1: %2")
                                 .arg(file.fileName(), file.errorString()));
        QDataStream in(&file);
        while (!in.atEnd() && in.status() == QDataStream::Ok) {
            quint8 kind = 0;
            in >> kind;
            if (kind == Format<Borrower>::kPartRecord)
                readRow(in, batch.borrowers);
            else if (kind == Format<Move>::kPartRecord)
                readRow(in, batch.moves);
            else if (kind == Format<Loan>::kPartRecord)
                readRow(in, batch.loans);
            else if (kind == Format<Installment>::kPartRecord)
                readRow(in, batch.installments);
            else if (kind == Format<Repayment>::kPartRecord)
                readRow(in, batch.repayments);
            else if (kind == Format<SavingsEntry>::kPartRecord)
                readRow(in, batch.savings);
            else
                return Error::io(Importer::tr("the temporary file %1 is damaged").arg(file.fileName()));
        }
        if (in.status() != QDataStream::Ok)
            return Error::io(Importer::tr("the temporary file %1 is damaged").arg(file.fileName()));
        file.close();
        file.remove();

        // Entries without a number get theirs in file order, above every number given (numberEntries).
        for (BatchRow<Repayment>& row : batch.repayments) {
            if (row.value.entryNo < 0)
                row.value.entryNo = m_repaymentBase - row.value.entryNo;
        }
        for (BatchRow<SavingsEntry>& row : batch.savings) {
            if (row.value.entryNo < 0)
                row.value.entryNo = m_savingsBase - row.value.entryNo;
        }
        // A key repeated from a row of another part: refused here, as the rules of one batch would refuse it,
        // and left out of the key checks of this part, which would only call it stored.
        for (BatchRow<Borrower>& row : batch.borrowers) {
            if (const auto first = m_repeats[kBorrowers].constFind(row.line);
                first != m_repeats[kBorrowers].cend()) {
                batch.readProblems.append({kBorrowers, row.line, QStringLiteral("id_number"),
                                           BatchValidator::tr("%1 appears again (first on line %2)")
                                               .arg(FieldLimits::shortened(row.value.idNumber))
                                               .arg(*first)});
                row.value.idNumber.clear();
                row.usable = false;
            }
        }
        refuseRepeatedEntries(batch.repayments, kRepayments, batch.readProblems);
        refuseRepeatedEntries(batch.savings, kSavings, batch.readProblems);
        return batch;
    }

private:
    /// At most this many parts (each has a file open while the folder is read).
    static constexpr qint64 kMaxParts = 512;

    bool step(int filesRead) { return !m_proceed || m_proceed(filesRead); }
    Error cancel()
    {
        m_cancelled = true;
        return Error::refused(Importer::tr("cancelled: nothing was written"));
    }

    int borrowerPart(const QString& id) const
    {
        const quint64 hash = keyHash(id);
        return m_borrowerPart.value(hash, 1 + static_cast<int>(hash % quint64(m_dataParts)));
    }
    int loanPart(const QString& loanNo) const
    {
        const quint64 hash = keyHash(loanNo);
        return m_loanPart.value(hash, 1 + static_cast<int>(hash % quint64(m_dataParts)));
    }

    /// The number of lines of a data file (an estimate of its records: a quoted field may hold a line end).
    qint64 lineCount(const QString& name) const
    {
        QFile input(QDir(m_directory).filePath(name));
        if (!input.open(QIODevice::ReadOnly) || input.size() == 0)
            return 0;
        const uchar* mapped = input.map(0, input.size());
        if (!mapped)
            return input.size() / 64;
        return QByteArrayView(reinterpret_cast<const char*>(mapped), input.size()).count('\n');
    }

    /// Reads the data file of T, writing each row to the file of the part @p partOf names for it.
    template <typename T, typename PartOf>
    void scanData(QSet<QString>& unreadable, PartOf partOf)
    {
        scanFile<T>(m_directory, m_head.readProblems, unreadable,
                    [&](BatchRow<T>&& row, QList<RecordProblem>&& problems) {
                        const int part = partOf(row.value, row.line);
                        m_partProblems[part] += problems;
                        QDataStream& out = *m_streams[part - 1];
                        out << Format<T>::kPartRecord << static_cast<qint32>(row.line) << row.usable;
                        Format<T>::write(out, row.value);
                    });
    }

    /// scanData() for entries: an entry without a number is written with the negative of its rank among
    /// them; returns the number they count from (the highest stored or given), after finding the numbers
    /// given twice in different parts.
    template <typename T, typename PartOf>
    Result<qint64> scanEntries(QSet<QString>& unreadable, qint64 maxStored, PartOf partOf)
    {
        qint64 base = maxStored;
        qint64 unnumbered = 0;
        RepeatFinder numbers;
        scanData<T>(unreadable, [&](T& entry, int line) {
            const int part = partOf(entry);
            if (entry.entryNo > 0) {
                base = std::max(base, entry.entryNo);
                numbers.noteNumber(entry.entryNo, line, part);
            } else {
                entry.entryNo = -(++unnumbered);
            }
            return part;
        });
        if (numbers.hasCandidates()) {
            QList<qint64> keys;
            for (const QString& key : numbers.candidateKeys())
                keys.append(key.toLongLong());
            std::sort(keys.begin(), keys.end());
            Result<QHash<qint64, T>> stored = storedEntries<T>(keys);
            if (!stored)
                return stored.error();
            QSet<QString> storedKeys;
            for (auto it = stored->cbegin(); it != stored->cend(); ++it)
                storedKeys.insert(QString::number(it.key()));
            numbers.drop(storedKeys);
        }
        if (numbers.hasCandidates()) {
            QList<RecordProblem> ignored;
            QSet<QString> ignoredFiles;
            scanFile<T>(m_directory, ignored, ignoredFiles, [&](BatchRow<T>&& row, QList<RecordProblem>&&) {
                if (row.value.entryNo > 0)
                    numbers.noteFirst(QString::number(row.value.entryNo), row.line, partOf(row.value));
            });
            for (const RepeatFinder::Repeat& r : numbers.repeatsAcrossParts())
                m_repeats[Format<T>::file()].insert(r.line, r.firstLine);
        }
        return base;
    }

    template <typename T>
    Result<QHash<qint64, T>> storedEntries(const QList<qint64>& numbers)
    {
        if constexpr (std::is_same_v<T, Repayment>)
            return RepaymentRepository(m_database).byEntryNo(numbers);
        else
            return SavingsRepository(m_database).byEntryNo(numbers);
    }

    template <typename T>
    void refuseRepeatedEntries(QList<BatchRow<T>>& rows, const QString& file, QList<RecordProblem>& problems)
    {
        const QHash<int, int>& repeats = m_repeats[file];
        if (repeats.isEmpty())
            return;
        for (BatchRow<T>& row : rows) {
            if (const auto first = repeats.constFind(row.line); first != repeats.cend()) {
                problems.append({file, row.line, QStringLiteral("entry_no"),
                                 BatchValidator::tr("no. %1 appears again (first on line %2)")
                                     .arg(row.value.entryNo)
                                     .arg(*first)});
                row.value.entryNo = 0; // numbered by the rules of the part, and never written
                row.usable = false;
            }
        }
    }

    template <typename T>
    static void readRow(QDataStream& in, QList<BatchRow<T>>& rows)
    {
        BatchRow<T> row;
        qint32 line = 0;
        in >> line >> row.usable;
        row.line = line;
        Format<T>::read(in, row.value);
        rows.append(std::move(row));
    }

    Database& m_database;
    QString m_directory;
    qint64 m_partBytes;
    std::function<bool(int)> m_proceed;
    bool m_cancelled = false;
    QTemporaryDir m_spillDir;
    int m_dataParts = 1;
    std::vector<std::unique_ptr<QFile>> m_files;
    std::vector<std::unique_ptr<QDataStream>> m_streams;
    PostingBatch m_head;
    QList<QList<RecordProblem>> m_partProblems; ///< the reading problems of each part's rows
    QSet<ValidationContext::Kind> m_partial;
    QHash<quint64, int> m_borrowerPart; ///< by the hash of a borrower id in the file: its part
    QHash<quint64, int> m_loanPart;     ///< by the hash of a loan number in the file: its part
    qint64 m_repaymentBase = 0;
    qint64 m_savingsBase = 0;
    QHash<QString, QHash<int, int>> m_repeats; ///< by file: the line of a row repeating a key → the first's
};

} // namespace

Result<PostingCounts> postFolderInParts(PortfolioService& service, Database& database,
                                        const QString& directory, qint64 partBytes,
                                        const PortfolioService::ImportSource& source,
                                        const std::function<bool(int)>& proceed, bool& cancelled)
{
    FolderParts parts(database, directory, partBytes, proceed);
    auto counts = service.postInParts(parts, source);
    cancelled = parts.cancelled();
    return counts;
}
