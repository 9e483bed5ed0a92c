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
/// open. A seal is not written for a file whose status changed in the last seconds before the check, since a
/// change in the same clock tick would leave the times as they were.
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

        bool operator==(const FileState&) const = default;
        /// The line stored in the seal (without the log's size, which must be 0 anyway).
        [[nodiscard]] QString line() const;
    };

    /// The state of @p path now, or nothing when it cannot be read (then nothing is sealed or trusted).
    static std::optional<FileState> stateOf(const QString& path);
    /// Whether the file, in @p state, is the one that passed its last quick check.
    static bool matches(const FileState& state);
    /// Records that the file in @p state (read before the check began) passed the quick check. Does nothing
    /// when the log had content, when the file changed less than kRacySeconds before @p now, or when the
    /// seal cannot be written.
    static void record(const FileState& state, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Forgets the seal of @p path (tests; a file known to be changed).
    static void forget(const QString& path);

    /// A file whose status changed this close to the check is checked again at its next open.
    static constexpr int kRacySeconds = 2;

private:
    static QString sealPath(const QString& canonicalPath);
};
