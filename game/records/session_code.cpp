#include "records/session_code.h"

#include <cstring>
#include <random>

namespace secondlook {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";  // 32 characters
constexpr std::size_t kRandomLength = 4;
// The fifth character's value: bits 0-1 and bit 4 the track, bit 2 timers,
// bit 3 the check. The first four tracks (none, schools, armed-forces, home)
// have bit 4 set, as every code had before the parents track; tracks added
// later use bit 4 clear, slot by slot, and the unused slots keep meaning "not
// a setup", so a mistyped code is still often caught.
const char* const kTrackBySlot[] = {"", "schools", "armed-forces", "home", nullptr, "parents", nullptr, nullptr};
constexpr unsigned kTrackSlots = sizeof kTrackBySlot / sizeof kTrackBySlot[0];
constexpr unsigned kTimersBit = 1u << 2, kCheckBit = 1u << 3, kFirstTracksBit = 1u << 4;

unsigned track_bits(const std::string& track) {
    for (unsigned slot = 0; slot < kTrackSlots; ++slot)
        if (kTrackBySlot[slot] && track == kTrackBySlot[slot]) return (slot & 3u) | (slot < 4 ? kFirstTracksBit : 0);
    return kFirstTracksBit;  // no track
}

const char* track_of(unsigned switches) {
    return kTrackBySlot[(switches & 3u) | ((switches & kFirstTracksBit) ? 0u : 4u)];
}

}  // namespace

std::string new_session_code(const SessionSetup& setup) {
    static std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
    std::string code;
    for (std::size_t i = 0; i < kRandomLength; ++i) code += kAlphabet[pick(random)];
    const unsigned switches =
        track_bits(setup.track) | (setup.timers ? kTimersBit : 0) | (setup.prepost ? kCheckBit : 0);
    return code + kAlphabet[switches];
}

std::optional<SessionSetup> setup_from_code(const std::string& code) {
    if (code.size() != kRandomLength + 1) return std::nullopt;
    const char* found = std::strchr(kAlphabet, code.back());
    if (!found || code.back() == '\0') return std::nullopt;
    const auto switches = static_cast<unsigned>(found - kAlphabet);
    const char* track = track_of(switches);
    if (!track) return std::nullopt;
    SessionSetup setup;
    setup.code = code;
    setup.track = track;
    setup.timers = (switches & kTimersBit) != 0;
    setup.prepost = (switches & kCheckBit) != 0;
    return setup;
}

}  // namespace secondlook
