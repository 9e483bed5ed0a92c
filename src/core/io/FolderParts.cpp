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
/// file, only when there are such rows, finds the first row of each of those keys. Rows are told apart by
/// their rank in the file (several records can share a line number).
class RepeatFinder
{
public:
    /// A row of part @p part repeating @p key, first given on line @p firstLine.
    struct Repeat
    {
        QString key;
        int firstLine = 0;
        int part = 0;
    };

    /// Notes the key @p key of the row of rank @p rank in part @p part.
    void noteText(const QString& key, qint64 rank, int part)
    {
        if (key.isEmpty())
            return;
        if (!m_seenHashes.contains(keyHash(key))) {
            m_seenHashes.insert(keyHash(key));
            return;
        }
        m_candidates.append({key, rank, part});
    }
    void noteNumber(qint64 number, qint64 rank, int part)
    {
        if (number <= 0)
            return;
        quint64& bits = m_numberBlocks[number >> 6];
        const quint64 bit = quint64(1) << (number & 63);
        if (!(bits & bit)) {
            bits |= bit;
            return;
        }
        m_candidates.append({QString::number(number), rank, part});
    }
    [[nodiscard]] bool hasCandidates() const { return !m_candidates.isEmpty(); }
    /// The keys of the candidates.
    [[nodiscard]] QStringList candidateKeys() const
    {
        QSet<QString> keys;
        for (const Candidate& c : m_candidates)
            keys.insert(c.key);
        return QStringList(keys.cbegin(), keys.cend());
    }
    /// Forgets the candidates of @p keys (keys stored before the import: each row is refused as such).
    void drop(const QSet<QString>& keys)
    {
        m_candidates.removeIf([&keys](const Candidate& c) { return keys.contains(c.key); });
    }
    /// Second reading: told the key, rank, line and part of every row in file order.
    void noteFirst(const QString& key, qint64 rank, int line, int part)
    {
        if (m_wanted.isEmpty()) {
            const QStringList keys = candidateKeys();
            m_wanted = QSet<QString>(keys.cbegin(), keys.cend());
        }
        if (m_wanted.contains(key) && !m_first.contains(key))
            m_first.insert(key, {rank, line, part});
    }
    /// The rows that repeat the key of a row in another part.
    [[nodiscard]] QList<Repeat> repeatsAcrossParts() const
    {
        QList<Repeat> repeats;
        for (const Candidate& c : m_candidates) {
            const auto first = m_first.constFind(c.key);
            if (first == m_first.cend() || first->rank == c.rank || first->part == c.part)
                continue; // another key with the same hash, or the rules of the part see both rows
            repeats.append({c.key, first->line, c.part});
        }
        return repeats;
    }

private:
    struct Candidate
    {
        QString key;
        qint64 rank = 0;
        int part = 0;
    };
    struct First
    {
        qint64 rank = 0;
        int line = 0;
        int part = 0;
    };
    QSet<quint64> m_seenHashes;
    QHash<qint64, quint64> m_numberBlocks; ///< by number / 64: a bit per number seen
    QList<Candidate> m_candidates;
    QSet<QString> m_wanted;
    QHash<QString, First> m_first; ///< the first row of each wanted key
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

    void numberFrom(qint64 maxRepayment, qint64 maxSavings) override
    {
        m_repaymentsStored = maxRepayment;
        m_savingsStored = maxSavings;
    }

    Result<int> prepare() override
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

        // Borrowers: a run of neighbours per part (by the bytes read), a repeated id with its first row.
        const qint64 borrowerBytes =
            std::max<qint64>(1, QFileInfo(QDir(m_directory).filePath(kBorrowers)).size());
        RepeatFinder idNumbers;
        scanData<Borrower>(unreadable, [&](const Borrower& b, qint64 rank, qint64 position) {
            const quint64 hash = keyHash(b.id);
            int part = m_borrowerPart.value(hash, 0);
            if (part == 0) {
                part = 1 + static_cast<int>(
                               std::min<qint64>(position * m_dataParts / borrowerBytes, m_dataParts - 1));
                m_borrowerPart.insert(hash, part);
            }
            idNumbers.noteText(b.idNumber, rank, part);
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
                qint64 rank = 0;
                scanFile<Borrower>(m_directory, ignored, ignoredFiles,
                                   [&](BatchRow<Borrower>&& row, QList<RecordProblem>&&, qint64) {
                                       idNumbers.noteFirst(row.value.idNumber, rank++, row.line,
                                                           borrowerPart(row.value.id));
                                   });
                for (const RepeatFinder::Repeat& r : idNumbers.repeatsAcrossParts())
                    m_repeatedIdNumbers[r.part].insert(r.key, r.firstLine);
            }
        }
        if (!step(3))
            return cancel();
        scanData<Move>(unreadable,
                       [this](const Move& m, qint64, qint64) { return borrowerPart(m.borrowerId); });
        if (!step(4))
            return cancel();
        scanData<Loan>(unreadable, [this](const Loan& l, qint64, qint64) {
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
        scanData<Installment>(unreadable,
                              [this](const Installment& i, qint64, qint64) { return loanPart(i.loanNo); });
        if (!step(6))
            return cancel();
        auto repayments = scanEntries<Repayment>(unreadable, m_repaymentsGiven, m_repeatedRepaymentNos,
                                                 [this](const Repayment& r) { return loanPart(r.loanNo); });
        if (!repayments)
            return repayments.error();
        if (!step(7))
            return cancel();
        auto savings =
            scanEntries<SavingsEntry>(unreadable, m_savingsGiven, m_repeatedSavingsNos,
                                      [this](const SavingsEntry& e) { return borrowerPart(e.borrowerId); });
        if (!savings)
            return savings.error();
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

        // Entries without a number get theirs in file order, above every number stored or given
        // (numberEntries).
        const qint64 repaymentBase = std::max(m_repaymentsStored, m_repaymentsGiven);
        const qint64 savingsBase = std::max(m_savingsStored, m_savingsGiven);
        for (BatchRow<Repayment>& row : batch.repayments) {
            if (row.value.entryNo < 0)
                row.value.entryNo = repaymentBase - row.value.entryNo;
        }
        for (BatchRow<SavingsEntry>& row : batch.savings) {
            if (row.value.entryNo < 0)
                row.value.entryNo = savingsBase - row.value.entryNo;
        }
        // Keys that rows of this part repeat from another part's row: the key checks name them as one batch
        // would.
        batch.repeatedIdNumbers = m_repeatedIdNumbers.take(index);
        batch.repeatedRepaymentNos = m_repeatedRepaymentNos.take(index);
        batch.repeatedSavingsNos = m_repeatedSavingsNos.take(index);
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

    /// Reads the data file of T, writing each row to the file of the part @p partOf names for it (told the
    /// row, its rank in the file and how many bytes of the file are read).
    template <typename T, typename PartOf>
    void scanData(QSet<QString>& unreadable, PartOf partOf)
    {
        qint64 rank = 0;
        scanFile<T>(m_directory, m_head.readProblems, unreadable,
                    [&](BatchRow<T>&& row, QList<RecordProblem>&& problems, qint64 position) {
                        const int part = partOf(row.value, rank++, position);
                        m_partProblems[part] += problems;
                        QDataStream& out = *m_streams[part - 1];
                        out << Format<T>::kPartRecord << static_cast<qint32>(row.line) << row.usable;
                        Format<T>::write(out, row.value);
                    });
    }

    /// scanData() for entries: an entry without a number is written with the negative of its rank among
    /// them; @p maxGiven gets the highest number given, @p repeated the numbers that rows repeat from a row
    /// of another part (by part: number → the first row's line).
    template <typename T, typename PartOf>
    Status scanEntries(QSet<QString>& unreadable, qint64& maxGiven, QHash<int, QHash<qint64, int>>& repeated,
                       PartOf partOf)
    {
        qint64 unnumbered = 0;
        RepeatFinder numbers;
        scanData<T>(unreadable, [&](T& entry, qint64 rank, qint64) {
            const int part = partOf(entry);
            if (entry.entryNo > 0) {
                maxGiven = std::max(maxGiven, entry.entryNo);
                numbers.noteNumber(entry.entryNo, rank, part);
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
            qint64 rank = 0;
            scanFile<T>(m_directory, ignored, ignoredFiles,
                        [&](BatchRow<T>&& row, QList<RecordProblem>&&, qint64) {
                            const qint64 rowRank = rank++;
                            if (row.value.entryNo > 0)
                                numbers.noteFirst(QString::number(row.value.entryNo), rowRank, row.line,
                                                  partOf(row.value));
                        });
            for (const RepeatFinder::Repeat& r : numbers.repeatsAcrossParts())
                repeated[r.part].insert(r.key.toLongLong(), r.firstLine);
        }
        return {};
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
    qint64 m_repaymentsGiven = 0;       ///< the highest entry number repayments.csv gives
    qint64 m_savingsGiven = 0;
    qint64 m_repaymentsStored = 0; ///< the highest entry number stored (numberFrom())
    qint64 m_savingsStored = 0;
    /// By part: the keys its rows repeat from a row of another part → the line of that row.
    QHash<int, QHash<QString, int>> m_repeatedIdNumbers;
    QHash<int, QHash<qint64, int>> m_repeatedRepaymentNos;
    QHash<int, QHash<qint64, int>> m_repeatedSavingsNos;
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
