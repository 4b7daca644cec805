// Read aloud's engine on SDL's dummy audio driver: espeak-ng starts,
// synthesises and plays through the mixer without a sound card, and with no
// audio device at all it refuses to start with a reason instead of crashing.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

#include "audio/audio_player.h"
#include "audio/speech.h"

using namespace secondlook;

namespace {

const std::string kSoundsDir = std::string(SECONDLOOK_SOURCE_DIR) + "/assets/sounds";

// Calls update() as the window does each frame until the speech is done.
bool spoken_within(Speech& speech, AudioPlayer& audio, double seconds, bool* heard) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < until) {
        speech.update();
        if (audio.speaking()) *heard = true;
        if (!speech.busy()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

}  // namespace

TEST_CASE("without an audio device, read aloud does not start and says why") {
    AudioPlayer closed;
    Speech speech(closed);
    std::string why;
    CHECK_FALSE(speech.start(&why));
    CHECK(why == "no sound device, so nothing can be spoken");
    CHECK_FALSE(speech.available());
    speech.say("Hello", true);  // ignored, not a crash
    CHECK_FALSE(speech.busy());
}

TEST_CASE("espeak-ng speaks through the mixer on the dummy driver, and an interrupt replaces it") {
    setenv("SDL_AUDIODRIVER", "dummy", 0);
    AudioPlayer audio;
    std::string why;
    REQUIRE_MESSAGE(audio.open(kSoundsDir, &why), why);
    Speech speech(audio);
    REQUIRE_MESSAGE(speech.start(&why), why);
    CHECK(speech.available());

    speech.say("Skye Harper: hey, can I message you again tomorrow?", false);
    CHECK(speech.busy());
    bool heard = false;
    CHECK(spoken_within(speech, audio, 20.0, &heard));
    CHECK(heard);

    speech.say("A long sentence that will be cut off before it is finished, because the player moved on.", false);
    heard = false;
    const auto started = std::chrono::steady_clock::now();
    while (!audio.speaking() && std::chrono::steady_clock::now() - started < std::chrono::seconds(10)) speech.update();
    speech.say("Option 1.", true);
    CHECK(spoken_within(speech, audio, 20.0, &heard));
    CHECK(heard);
}
