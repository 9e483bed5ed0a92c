#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

/// Argon2id password hashes through libsodium's crypto_pwhash_str (interactive limits: 2 passes over 64 MiB).
/// The text it returns carries the algorithm, its limits and a random salt; the password itself is never
/// kept.
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)

public:
    /// The hash of @p password as crypto_pwhash_str writes it (`$argon2id$v=19$m=65536,t=2,p=1$…`).
    static Result<QString> hash(const QString& password);
    /// Whether @p password matches @p hash (false for a malformed hash).
    static bool verify(const QString& hash, const QString& password);
};
