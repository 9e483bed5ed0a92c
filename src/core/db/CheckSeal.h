#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// What remembers that a database file passed SQLite's quick check, so that opening it again costs what a
/// read costs instead of a read of every page (at a million loans the check takes half a minute).
///
/// A seal is the identity of the file as it was when it passed: device, inode, size, modification and status
/// change times to the nanosecond. It is kept outside the file, one small file per database in the user's
/// cache folder, and is trusted only when all of them are the same again and no write-ahead log with content
/// lies beside the file. Any write to the file changes its status change time (ctime), which no program can
/// set back, so a file changed by LoanDesk, by SQLite, by a copy or by hand is checked again at its next
/// open. A seal is not written for a file whose status changed in the last seconds before its state was read,
/// since a change in the same clock tick would leave the times as they were; it is trusted for a week at
/// most, so that damage which leaves the times alone (a failing disk) is looked for again. Linux only:
/// elsewhere every open checks.
class CheckSeal
{
public:
    /// The identity of a file and the size of its write-ahead log, read before it is opened.
    struct FileState
    {
        QString canonicalPath;
        qint64 device = 0;
        qint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        qint64 walSize = 0;
        qint64 readAtNs = 0; ///< when the state was read (wall clock, ns since the epoch)

        /// The same file in the same state (the time it was read aside).
        [[nodiscard]] bool sameAs(const FileState& other) const
        {
            return line() == other.line() && walSize == other.walSize;
        }
        /// The line stored in the seal (without the log's size, which must be 0 anyway).
        [[nodiscard]] QString line() const;
    };

    /// The state of @p path now, or nothing when it cannot be read (then nothing is sealed or trusted).
    static std::optional<FileState> stateOf(const QString& path);
    /// Whether the file, in @p state, is the one that passed its last quick check.
    static bool matches(const FileState& state);
    /// Records that the file in @p state (read before the check began) passed the quick check. Does nothing
    /// when the log had content, when the file's status changed less than kRacySeconds before the state was
    /// read, or when the seal cannot be written.
    static void record(const FileState& state);
    /// Forgets the seal of @p path (tests; a file known to be changed).
    static void forget(const QString& path);

    /// A file whose status changed this close to the reading of its state is checked again at its next open.
    static constexpr int kRacySeconds = 2;
    /// A seal older than this is not trusted: damage that leaves the times alone (a failing disk) is looked
    /// for again at least this often.
    static constexpr int kMaxAgeDays = 7;

private:
    static QString sealPath(const QString& canonicalPath);
};
