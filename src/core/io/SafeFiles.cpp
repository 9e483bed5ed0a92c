#include "SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace SafeFiles {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Status syncPath(const QString& path, int flags)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error::io(StagingFolder::tr("cannot open %1: %2").arg(path, systemError()));
    const bool synced = ::fsync(fd) == 0;
    const QString problem = synced ? QString() : systemError();
    ::close(fd);
    if (!synced)
        return Error::io(StagingFolder::tr("cannot write %1 to the disk: %2").arg(path, problem));
    return {};
}

} // namespace

QString partialName(const QString& target)
{
    return QStringLiteral("%1.partial-%2")
        .arg(target)
        .arg(QRandomGenerator::system()->generate64() & 0xffffffffffULL, 10, 16, QLatin1Char('0'));
}

Status syncFile(const QString& path)
{
    return syncPath(path, O_RDONLY);
}

Status syncFolder(const QString& path)
{
    return syncPath(path, O_RDONLY | O_DIRECTORY);
}

Status replace(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error::io(StagingFolder::tr("cannot move %1 to %2: %3").arg(from, to, systemError()));
    return syncFolder(QFileInfo(to).absolutePath());
}

Status copy(const QString& from, const QString& to)
{
    const QString partial = partialName(to);
    QFile source(from);
    QFile target(partial);
    if (!source.open(QIODevice::ReadOnly))
        return Error::io(StagingFolder::tr("cannot read %1: %2").arg(from, source.errorString()));
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::io(StagingFolder::tr("cannot write %1: %2").arg(to, target.errorString()));
    Status status;
    while (status && !source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            status = Error::io(StagingFolder::tr("cannot read %1: %2").arg(from, source.errorString()));
        else if (target.write(chunk) != chunk.size())
            status = Error::io(StagingFolder::tr("cannot write %1: %2").arg(to, target.errorString()));
    }
    if (status && !target.flush())
        status = Error::io(StagingFolder::tr("cannot write %1: %2").arg(to, target.errorString()));
    target.close();
    if (status)
        status = syncFile(partial);
    if (status)
        status = replace(partial, to);
    if (!status)
        QFile::remove(partial);
    return status;
}

StagingFolder::StagingFolder(QString target)
    : m_target(QFileInfo(target).absoluteFilePath())
{}

StagingFolder::~StagingFolder()
{
    if (!m_committed && !m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
}

Status StagingFolder::prepare()
{
    const QString parent = QFileInfo(m_target).absolutePath();
    if (!QDir().mkpath(parent))
        return Error::io(tr("cannot create the folder %1").arg(parent));
    if (QFileInfo(m_target).exists() && !QFileInfo(m_target).isDir())
        return Error::io(tr("%1 is a file, not a folder").arg(m_target));
    const QString staging = partialName(m_target);
    if (!QDir().mkdir(staging))
        return Error::io(tr("cannot create a folder beside %1").arg(m_target));
    m_staging = staging;
    return {};
}

Status StagingFolder::commit()
{
    if (m_staging.isEmpty())
        return Error::io(tr("nothing was written for %1").arg(m_target));
    const QStringList names = QDir(m_staging).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (Status s = syncFile(QDir(m_staging).filePath(name)); !s)
            return s;
    }
    if (Status s = syncFolder(m_staging); !s)
        return s;
    if (!QFileInfo::exists(m_target)) {
        // The whole folder appears at once.
        if (Status s = replace(m_staging, m_target); !s)
            return s;
        m_committed = true;
        return {};
    }
    // An existing folder keeps what else it holds; each file is replaced in one step. A name taken by a
    // folder would stop the moves half way: refused before the first one.
    for (const QString& name : names) {
        if (QFileInfo(QDir(m_target).filePath(name)).isDir())
            return Error::io(tr("%1 is a folder in %2").arg(name, m_target));
    }
    for (const QString& name : names) {
        if (Status s = replace(QDir(m_staging).filePath(name), QDir(m_target).filePath(name)); !s)
            return s;
    }
    QDir().rmdir(m_staging);
    m_committed = true;
    return {};
}

} // namespace SafeFiles
