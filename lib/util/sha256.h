// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104), for `batch --pseudonymise`:
// a keyed hash turns a respondent id into a pseudonym that is stable for one
// key and cannot be reversed or recomputed without it. A small well-known
// algorithm, checked against the FIPS 180-4 and RFC 4231 test vectors
// (tests/test_util.cpp), rather than a new library dependency.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace medtime {

using Sha256Digest = std::array<std::uint8_t, 32>;

// The SHA-256 digest of `data`.
Sha256Digest sha256(std::string_view data);

// HMAC-SHA256 of `message` under `key` (any length).
Sha256Digest hmac_sha256(std::string_view key, std::string_view message);

// `digest` in lower-case hexadecimal, its first `bytes` bytes (all by default).
std::string to_hex(const Sha256Digest& digest, size_t bytes = 32);

} // namespace medtime
