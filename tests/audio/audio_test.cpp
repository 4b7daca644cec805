#include <doctest/doctest.h>
#include <SDL_mixer.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "audio/audio_player.h"
#include "audio/sound_cue.h"

using namespace secondlook;

namespace {

const std::string kSoundsDir = std::string(SECONDLOOK_SOURCE_DIR) + "/assets/sounds";

// SDL's dummy driver always exists and really consumes audio, so these tests
// run the same on a build server with no sound card. ctest sets it; this
// covers running the binary by hand.
void use_dummy_driver() { setenv("SDL_AUDIODRIVER", "dummy", 0); }

std::vector<unsigned char> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

uint32_t le32(const std::vector<unsigned char>& b, size_t at) {
    return b[at] | b[at + 1] << 8 | b[at + 2] << 16 | uint32_t(b[at + 3]) << 24;
}
uint16_t le16(const std::vector<unsigned char>& b, size_t at) { return uint16_t(b[at] | b[at + 1] << 8); }

struct Wav {
    bool riff_wave = false;
    uint16_t format = 0, channels = 0, bits = 0;
    uint32_t rate = 0;
    std::vector<int16_t> samples;
};

// Walks the RIFF chunks rather than assuming a 44-byte header, since sox may
// write extra chunks before "data".
Wav read_wav(const std::string& path) {
    Wav wav;
    const std::vector<unsigned char> b = read_bytes(path);
    if (b.size() < 12 || std::string(b.begin(), b.begin() + 4) != "RIFF" ||
        std::string(b.begin() + 8, b.begin() + 12) != "WAVE")
        return wav;
    wav.riff_wave = true;
    for (size_t at = 12; at + 8 <= b.size();) {
        const std::string id(b.begin() + at, b.begin() + at + 4);
        const uint32_t size = le32(b, at + 4);
        const size_t body = at + 8;
        if (body + size > b.size()) break;
        if (id == "fmt " && size >= 16) {
            wav.format = le16(b, body);
            wav.channels = le16(b, body + 2);
            wav.rate = le32(b, body + 4);
            wav.bits = le16(b, body + 14);
        } else if (id == "data") {
            for (size_t i = body; i + 1 < body + size; i += 2) wav.samples.push_back(int16_t(le16(b, i)));
        }
        at = body + size + (size & 1);
    }
    return wav;
}

bool wait_until_stopped(const AudioPlayer& player, SoundCue cue, std::chrono::milliseconds limit) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (player.playing(cue)) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

}  // namespace

TEST_CASE("all_cues lists every cue once, in enum order") {
    const std::vector<SoundCue> cues = all_cues();
    REQUIRE(cues.size() == 5);
    for (size_t i = 0; i < cues.size(); ++i) CHECK(static_cast<size_t>(cues[i]) == i);
}

// Captions are the interface's words: tests/unit/read_aloud_test.cpp checks them.
TEST_CASE("every cue has a file name, and only the background cues loop") {
    for (SoundCue cue : all_cues()) {
        CAPTURE(cue_file_name(cue));
        CHECK(std::string(cue_file_name(cue)).size() > 4);
    }
    CHECK(std::string(cue_file_name(SoundCue::MessagePing)) == "ping.wav");
    CHECK_FALSE(cue_loops(SoundCue::MessagePing));
    CHECK(cue_loops(SoundCue::Typing));
    CHECK(cue_loops(SoundCue::Ringtone));
    CHECK(cue_loops(SoundCue::Tension));
    CHECK_FALSE(cue_loops(SoundCue::Calm));
}

TEST_CASE("every cue's file is a 16-bit mono 22050 Hz WAV that is neither silent nor clipped") {
    const double limit = 32768.0 * std::pow(10.0, -1.0 / 20.0);  // -1 dBFS
    for (SoundCue cue : all_cues()) {
        const std::string path = kSoundsDir + "/" + cue_file_name(cue);
        CAPTURE(path);
        const Wav wav = read_wav(path);
        REQUIRE(wav.riff_wave);
        CHECK(wav.format == 1);  // PCM
        CHECK(wav.channels == 1);
        CHECK(wav.rate == 22050);
        CHECK(wav.bits == 16);
        REQUIRE(wav.samples.size() > 22050 / 10);
        int peak = 0;
        for (int16_t s : wav.samples) peak = std::max(peak, std::abs(int(s)));
        CHECK(peak > 1000);
        CHECK(peak < limit);
    }
}

TEST_CASE("with the dummy driver the player opens and loads every cue") {
    use_dummy_driver();
    AudioPlayer player;
    std::string why;
    REQUIRE_MESSAGE(player.open(kSoundsDir, &why), why);
    CHECK(player.is_open());
    for (SoundCue cue : all_cues()) {
        CAPTURE(cue_file_name(cue));
        CHECK(player.loaded(cue));
        CHECK_FALSE(player.playing(cue));
    }
}

TEST_CASE("a looping cue plays until stopped, and playing it again does not restart it") {
    use_dummy_driver();
    AudioPlayer player;
    std::string why;
    REQUIRE_MESSAGE(player.open(kSoundsDir, &why), why);

    player.play(SoundCue::Ringtone);
    CHECK(player.playing(SoundCue::Ringtone));
    CHECK_FALSE(player.playing(SoundCue::Tension));
    player.play(SoundCue::Tension);
    player.play(SoundCue::Typing);
    // typing.wav is 1.2 s: still playing after that only if it loops.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    CHECK(player.playing(SoundCue::Typing));
    player.play(SoundCue::Ringtone);
    CHECK(player.playing(SoundCue::Ringtone));
    CHECK(player.playing(SoundCue::Tension));

    player.stop(SoundCue::Ringtone);
    CHECK_FALSE(player.playing(SoundCue::Ringtone));
    CHECK(player.playing(SoundCue::Tension));  // its own channel, untouched

    player.stop_all();
    CHECK_FALSE(player.playing(SoundCue::Tension));
}

TEST_CASE("a one-shot cue stops by itself") {
    use_dummy_driver();
    AudioPlayer player;
    std::string why;
    REQUIRE_MESSAGE(player.open(kSoundsDir, &why), why);
    player.play(SoundCue::MessagePing);
    CHECK(player.playing(SoundCue::MessagePing));
    CHECK(wait_until_stopped(player, SoundCue::MessagePing, std::chrono::milliseconds(3000)));
}

TEST_CASE("volume is clamped to 0..100 and mute silences without stopping") {
    use_dummy_driver();
    AudioPlayer player;
    std::string why;
    REQUIRE_MESSAGE(player.open(kSoundsDir, &why), why);
    const int channel = static_cast<int>(SoundCue::Tension);

    player.set_volume(150);
    CHECK(player.volume() == 100);
    CHECK(Mix_Volume(channel, -1) == MIX_MAX_VOLUME);
    player.set_volume(-20);
    CHECK(player.volume() == 0);
    CHECK(Mix_Volume(channel, -1) == 0);
    player.set_volume(50);
    CHECK(Mix_Volume(channel, -1) == MIX_MAX_VOLUME / 2);

    player.play(SoundCue::Tension);
    player.set_muted(true);
    CHECK(player.muted());
    CHECK(Mix_Volume(channel, -1) == 0);
    CHECK(player.playing(SoundCue::Tension));
    player.set_muted(false);
    CHECK(Mix_Volume(channel, -1) == MIX_MAX_VOLUME / 2);
    CHECK(player.playing(SoundCue::Tension));
}

TEST_CASE("a missing sounds folder fails open, names the file, and leaves a silent player") {
    use_dummy_driver();
    AudioPlayer player;
    const std::string missing = kSoundsDir + "/no-such-folder";
    std::string why;
    CHECK_FALSE(player.open(missing, &why));
    CHECK(why.find(missing + "/ping.wav") != std::string::npos);
    CHECK_FALSE(player.is_open());
    for (SoundCue cue : all_cues()) {
        CHECK_FALSE(player.loaded(cue));
        player.play(cue);
        CHECK_FALSE(player.playing(cue));
        player.stop(cue);
    }
    player.set_volume(30);
    CHECK(player.volume() == 30);
    player.set_muted(true);
    player.stop_all();

    // The failed open closed the mixer again, so a later open works.
    CHECK(Mix_QuerySpec(nullptr, nullptr, nullptr) == 0);
    REQUIRE_MESSAGE(player.open(kSoundsDir, &why), why);
    CHECK(Mix_Volume(0, -1) == 0);  // the remembered mute is applied
}

// Last in the file, and it restores the variable, because it changes the
// environment the other tests rely on.
TEST_CASE("an audio driver that does not exist fails open without crashing") {
    const char* before = std::getenv("SDL_AUDIODRIVER");
    const std::string saved = before ? before : "";
    setenv("SDL_AUDIODRIVER", "no-such-audio-driver", 1);
    {
        AudioPlayer player;
        std::string why;
        CHECK_FALSE(player.open(kSoundsDir, &why));
        CHECK_FALSE(why.empty());
        CHECK_FALSE(player.is_open());
        player.play(SoundCue::Ringtone);
        CHECK_FALSE(player.playing(SoundCue::Ringtone));
        CHECK(player.open(kSoundsDir, nullptr) == false);  // no reason pointer is fine too
    }
    if (before) setenv("SDL_AUDIODRIVER", saved.c_str(), 1);
    else unsetenv("SDL_AUDIODRIVER");
}
