#include "PasswordHash.h"

#include <sodium.h>

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

Result<QString> PasswordHash::hash(const QString& password)
{
    if (!ready())
        return Error::unusable(tr("the password library (libsodium) could not start"));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int failed =
        crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    if (failed != 0)
        return Error::unusable(tr("not enough memory to protect the password"));
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& hash, const QString& password)
{
    if (!ready())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES))
        return false;
    QByteArray utf8 = password.toUtf8();
    const bool match = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                                static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return match;
}
