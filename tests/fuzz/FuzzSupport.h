#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

/// The entry point every fuzz target defines: libFuzzer calls it with each input it makes, the replay driver
/// (ReplayMain.cpp, for builds without libFuzzer) with each file of a corpus. It returns 0; a broken
/// property stops the program through FUZZ_CHECK.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace FuzzSupport {

/// Makes the QCoreApplication the Qt SQL driver and the translations need, once per process.
void ensureApplication();

/// The input as bytes.
inline QByteArrayView bytes(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)};
}

/// Prints @p what with the failing condition and aborts, so that libFuzzer keeps the input as a crash.
[[noreturn]] void fail(const char* condition, const char* file, int line, const QString& what = {});

} // namespace FuzzSupport

/// A property of the code under test: when it does not hold, the input is a crash.
#define FUZZ_CHECK(condition, ...)                                                                           \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            FuzzSupport::fail(#condition, __FILE__, __LINE__ __VA_OPT__(, ) __VA_ARGS__);                    \
    } while (false)
