#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString kKey = QStringLiteral("file/recent");

QStringList stored()
{
    return QSettings().value(kKey).toStringList();
}

void store(const QStringList& files)
{
    QSettings().setValue(kKey, files);
}

} // namespace

namespace RecentFiles {

QStringList list()
{
    QStringList files;
    for (const QString& path : stored()) {
        if (QFileInfo(path).isFile() && !files.contains(path))
            files.append(path);
        if (files.size() == kMaximum)
            break;
    }
    return files;
}

void add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    store(files);
}

void remove(const QString& path)
{
    QStringList files = stored();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

} // namespace RecentFiles
