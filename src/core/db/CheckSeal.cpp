#include "CheckSeal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
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
#ifdef Q_OS_LINUX
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return std::nullopt;
    struct stat info
    {};
    if (::stat(QFile::encodeName(canonical).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    FileState state;
    state.readAtNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
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
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(u'\n');
    if (lines.size() < 2 || lines[0] != state.line() || !lines[1].startsWith(QStringLiteral("sealed ")))
        return false;
    bool ok = false;
    const qint64 sealedMs = lines[1].mid(7).toLongLong(&ok);
    const qint64 ageMs = QDateTime::currentMSecsSinceEpoch() - sealedMs;
    return ok && ageMs >= 0 && ageMs < qint64(kMaxAgeDays) * 24 * 3600 * 1000;
}

void CheckSeal::record(const FileState& state)
{
    if (state.walSize != 0)
        return;
    if (state.readAtNs - state.changedNs < qint64(kRacySeconds) * 1'000'000'000)
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
    file.write(state.line().toUtf8() + "\nsealed " + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) +
               '\n');
    file.commit(); // a seal that cannot be written only means the next open checks again
}

void CheckSeal::forget(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty())
        QFile::remove(sealPath(canonical));
}
