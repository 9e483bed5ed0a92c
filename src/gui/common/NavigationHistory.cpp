#include "NavigationHistory.h"

void NavigationHistory::visit(const Location& location)
{
    if (m_index >= 0 && m_entries[m_index] == location)
        return;
    m_entries.resize(m_index + 1);
    m_entries.append(location);
    m_index = m_entries.size() - 1;
}

Location NavigationHistory::back()
{
    if (canGoBack())
        --m_index;
    return current();
}

Location NavigationHistory::forward()
{
    if (canGoForward())
        ++m_index;
    return current();
}

Location NavigationHistory::current() const
{
    return m_index >= 0 ? m_entries[m_index] : Location();
}
