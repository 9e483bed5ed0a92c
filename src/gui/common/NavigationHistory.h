#pragma once

#include "Location.h"

#include <QList>

/// Back and forward through the places visited, like a browser: going somewhere new drops what was forward.
class NavigationHistory
{
public:
    /// Records @p location as the current place (nothing happens when it is the current place already).
    void visit(const Location& location);
    [[nodiscard]] bool canGoBack() const { return m_index > 0; }
    [[nodiscard]] bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    /// Moves back or forward and returns the place now current.
    Location back();
    Location forward();
    [[nodiscard]] Location current() const;
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    QList<Location> m_entries;
    qsizetype m_index = -1;
};
