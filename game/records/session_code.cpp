#include "records/session_code.h"

#include <cstring>
#include <random>

namespace secondlook {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";  // 32 characters
constexpr std::size_t kRandomLength = 4;
// The fifth character's value: bits 0-1 the track, bit 2 timers, bit 3 the
// check, bit 4 always set, so only codes made here are read as setups.
const char* const kTrackByNumber[] = {"", "schools", "armed-forces", "home"};
constexpr unsigned kTimersBit = 1u << 2, kCheckBit = 1u << 3, kMarkerBit = 1u << 4;

unsigned track_number(const std::string& track) {
    for (unsigned i = 0; i < 4; ++i)
        if (track == kTrackByNumber[i]) return i;
    return 0;
}

}  // namespace

std::string new_session_code(const SessionSetup& setup) {
    static std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
    std::string code;
    for (std::size_t i = 0; i < kRandomLength; ++i) code += kAlphabet[pick(random)];
    const unsigned switches = track_number(setup.track) | (setup.timers ? kTimersBit : 0) |
                              (setup.prepost ? kCheckBit : 0) | kMarkerBit;
    return code + kAlphabet[switches];
}

std::optional<SessionSetup> setup_from_code(const std::string& code) {
    if (code.size() != kRandomLength + 1) return std::nullopt;
    const char* found = std::strchr(kAlphabet, code.back());
    if (!found || code.back() == '\0') return std::nullopt;
    const auto switches = static_cast<unsigned>(found - kAlphabet);
    if (!(switches & kMarkerBit)) return std::nullopt;
    SessionSetup setup;
    setup.code = code;
    setup.track = kTrackByNumber[switches & 3u];
    setup.timers = (switches & kTimersBit) != 0;
    setup.prepost = (switches & kCheckBit) != 0;
    return setup;
}

}  // namespace secondlook
