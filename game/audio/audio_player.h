// Plays the game's sound effects through SDL_mixer. Sound is optional: when
// there is no audio device, or a sound file is missing, open() says why and
// the player stays closed, every other call does nothing, and the game runs
// silently (the on-screen captions still carry the information).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "audio/sound_cue.h"

struct Mix_Chunk;

namespace secondlook {

class AudioPlayer {
public:
    AudioPlayer() = default;
    ~AudioPlayer();
    AudioPlayer(const AudioPlayer&) = delete;
    AudioPlayer& operator=(const AudioPlayer&) = delete;

    // Opens the audio device and loads every cue from sounds_dir. On failure
    // returns false with the reason in *why (if given) and leaves nothing open.
    bool open(const std::string& sounds_dir, std::string* why);

    // A one-shot cue restarts; a looping cue starts unless it is already playing.
    void play(SoundCue cue);
    void stop(SoundCue cue);
    void stop_all();

    // 0..100, clamped. Volume and mute are remembered while closed and
    // applied on a later successful open().
    void set_volume(int percent);
    int volume() const { return volume_; }
    void set_muted(bool muted);
    bool muted() const { return muted_; }

    // Read aloud: plays mono 16-bit speech on a channel of its own, replacing
    // any speech still playing. It follows the volume but not mute, which
    // silences the sound effects only (read aloud has its own switch).
    void play_speech(const std::vector<std::int16_t>& mono, int sample_rate);
    void stop_speech();
    bool speaking() const;

    bool is_open() const { return open_; }
    bool loaded(SoundCue cue) const;
    bool playing(SoundCue cue) const;

private:
    void close();
    void apply_volume();

    bool device_ = false;  // SDL audio and the mixer are open and must be closed
    bool open_ = false;    // device_ and every chunk loaded
    std::vector<Mix_Chunk*> chunks_;  // indexed by cue, as are the mixer channels
    Mix_Chunk* speech_ = nullptr;      // over speech_samples_, on the channel after the cues
    std::vector<std::uint8_t> speech_samples_;
    int volume_ = 100;
    bool muted_ = false;
};

}  // namespace secondlook
