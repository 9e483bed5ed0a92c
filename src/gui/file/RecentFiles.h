#pragma once

#include <QString>
#include <QStringList>

/// The databases opened last (QSettings), newest first, at most five.
namespace RecentFiles {

inline constexpr int kMaximum = 5;

/// The remembered files that still exist, newest first.
QStringList list();
/// Puts @p path first (as an absolute path), keeping at most kMaximum.
void add(const QString& path);
/// Forgets @p path.
void remove(const QString& path);

} // namespace RecentFiles
