// Decides which sounds fit what is on screen (a ping for each message, the
// ringtone while a call rings, the tension bed under a running countdown,
// the calm tone for a breath) and which captions to show for them. Every
// cue has a caption, so nothing is lost with the sound off.
#pragma once

#include <string>
#include <vector>

#include "audio/audio_player.h"
#include "ui/game_state.h"

namespace secondlook {

// Shown on screen while the sound plays, for players who cannot hear it:
// "[Message ping]", or its translation.
const std::string& cue_caption(SoundCue cue);

class SoundDirector {
public:
    // Starts and stops cues for this frame, and applies volume and mute.
    void update(const GameState& state, AudioPlayer& audio, double now);
    // Captions to show now, e.g. "[Message ping]".
    std::vector<std::string> captions(double now) const;

private:
    void one_shot(SoundCue cue, AudioPlayer& audio, double now);
    void loop(SoundCue cue, bool wanted, AudioPlayer& audio);

    const Run* run_seen_ = nullptr;
    std::size_t revealed_seen_ = 0;
    bool breathing_ = false;
    std::vector<SoundCue> looping_;
    SoundCue last_shot_ = SoundCue::MessagePing;
    double shot_caption_until_ = -1;
};

}  // namespace secondlook
