// Reads text aloud with espeak-ng (read aloud, as Ren'Py's self-voicing).
// espeak-ng synthesises on a thread of its own into memory, never to a
// device of its own, and the speech plays through the AudioPlayer's mixer:
// so it works wherever the sound effects do (SDL's dummy driver too), never
// blocks the window, and with no audio device it stays silent and says why.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace secondlook {

class AudioPlayer;

class Speech {
public:
    explicit Speech(AudioPlayer& audio) : audio_(audio) {}
    ~Speech();
    Speech(const Speech&) = delete;
    Speech& operator=(const Speech&) = delete;

    // Loads and starts espeak-ng (British English). False with the reason in
    // *why when there is no audio device, libespeak-ng.so.1 cannot be loaded,
    // or espeak-ng cannot start (no voice data). (In the browser page,
    // speech_web.cpp: the browser's speech synthesis, and only its members
    // below are used.)
    bool start(std::string* why);
    bool available() const;

    // Speaks `text`: after what is being said, or with `interrupt` at once,
    // dropping anything still queued.
    void say(const std::string& text, bool interrupt);
    void stop();
    // Once a frame: starts the next synthesised utterance when the last one ended.
    void update();
    // Something is queued, being synthesised or playing.
    bool busy() const;

private:
    void work();

    AudioPlayer& audio_;
    std::thread worker_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::string> to_speak_;              // waiting for synthesis
    std::deque<std::vector<std::int16_t>> ready_;   // synthesised, waiting to play
    bool synthesising_ = false;
    bool quitting_ = false;
    unsigned generation_ = 0;  // goes up on interrupt, so stale speech is dropped
    int sample_rate_ = 22050;
};

}  // namespace secondlook
