#include "CheckSeal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

const QString kFormat = QStringLiteral("loandesk-check-seal 1");

} // namespace

QString CheckSeal::FileState::line() const
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(kFormat)
        .arg(device)
        .arg(inode)
        .arg(size)
        .arg(modifiedNs)
        .arg(changedNs)
        .arg(canonicalPath);
}

std::optional<CheckSeal::FileState> CheckSeal::stateOf(const QString& path)
{
#ifdef Q_OS_UNIX
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return std::nullopt;
    struct stat info
    {};
    if (::stat(QFile::encodeName(canonical).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    FileState state;
    state.canonicalPath = canonical;
    state.device = static_cast<qint64>(info.st_dev);
    state.inode = static_cast<qint64>(info.st_ino);
    state.size = static_cast<qint64>(info.st_size);
    state.modifiedNs = static_cast<qint64>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    state.changedNs = static_cast<qint64>(info.st_ctim.tv_sec) * 1'000'000'000 + info.st_ctim.tv_nsec;
    struct stat wal
    {};
    if (::stat(QFile::encodeName(canonical + QStringLiteral("-wal")).constData(), &wal) == 0)
        state.walSize = static_cast<qint64>(wal.st_size);
    return state;
#else
    Q_UNUSED(path);
    return std::nullopt; // without a status change time nothing is trusted: every open checks
#endif
}

QString CheckSeal::sealPath(const QString& canonicalPath)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (folder.isEmpty())
        return QString();
    const QByteArray digest =
        QCryptographicHash::hash(canonicalPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return folder + QStringLiteral("/loandesk/checked/") + QString::fromLatin1(digest);
}

bool CheckSeal::matches(const FileState& state)
{
    if (state.walSize != 0)
        return false;
    const QString seal = sealPath(state.canonicalPath);
    if (seal.isEmpty())
        return false;
    QFile file(seal);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stored = file.read(4096);
    return QString::fromUtf8(stored).trimmed() == state.line();
}

void CheckSeal::record(const FileState& state, const QDateTime& now)
{
    if (state.walSize != 0)
        return;
    if (now.toMSecsSinceEpoch() - state.changedNs / 1'000'000 < qint64(kRacySeconds) * 1000)
        return;
    const QString seal = sealPath(state.canonicalPath);
    if (seal.isEmpty())
        return;
    const QString folder = QFileInfo(seal).absolutePath();
    if (!QDir().mkpath(folder))
        return;
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(seal);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(state.line().toUtf8() + '\n');
    file.commit(); // a seal that cannot be written only means the next open checks again
}

void CheckSeal::forget(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty())
        QFile::remove(sealPath(canonical));
}
