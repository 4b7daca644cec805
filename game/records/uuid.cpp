#include "records/uuid.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>

namespace secondlook {
namespace {

std::string formatted(std::uint64_t high, std::uint64_t low) {
    high = (high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;  // version 4
    low = (low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;    // RFC 4122 variant
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                  static_cast<unsigned>((high >> 16) & 0xffff), static_cast<unsigned>(high & 0xffff),
                  static_cast<unsigned>(low >> 48), static_cast<unsigned long long>(low & 0xffffffffffffULL));
    return text;
}

}  // namespace

std::string new_uuid() {
    static std::mt19937_64 random{std::random_device{}() ^ static_cast<std::uint64_t>(
                                      std::chrono::high_resolution_clock::now().time_since_epoch().count())};
    const std::uint64_t high = random();
    return formatted(high, random());
}

std::string name_uuid(const std::string& name) {
    // Two FNV-1a style hashes with different seeds and primes: 128 bits that
    // spread well. Not for secrets, only for stable identities.
    std::uint64_t high = 1469598103934665603ULL, low = 1099511628211ULL;
    for (unsigned char c : name) {
        high = (high ^ c) * 1099511628211ULL;
        low = (low ^ c) * 14029467366897019727ULL + 1;
    }
    return formatted(high, low);
}

}  // namespace secondlook
