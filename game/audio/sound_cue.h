// The sound effects the game can play, with their files and on-screen
// captions. No SDL here, so the list can be checked without an audio device.
#pragma once

#include <vector>

namespace secondlook {

enum class SoundCue { MessagePing, Typing, Ringtone, Tension, Calm };

// File name inside assets/sounds/, e.g. "ping.wav".
const char* cue_file_name(SoundCue cue);

// Shown on screen while the sound plays, for players who cannot hear it.
const char* cue_caption(SoundCue cue);

// Looping cues play until stopped; the others play once.
bool cue_loops(SoundCue cue);

std::vector<SoundCue> all_cues();

}  // namespace secondlook
