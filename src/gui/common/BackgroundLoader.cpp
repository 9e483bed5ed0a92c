#include "BackgroundLoader.h"

void BackgroundLoader::cancel()
{
    ++m_latest;
    setBusy(false);
}

void BackgroundLoader::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}
