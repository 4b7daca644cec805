// The sound effects the game can play, with their files. No SDL here, so the
// list can be checked without an audio device. Their on-screen captions are
// the interface's words (translated), so the window gives them: cue_caption().
#pragma once

#include <vector>

namespace secondlook {

enum class SoundCue { MessagePing, Typing, Ringtone, Tension, Calm };

// File name inside assets/sounds/, e.g. "ping.wav".
const char* cue_file_name(SoundCue cue);

// Looping cues play until stopped; the others play once.
bool cue_loops(SoundCue cue);

std::vector<SoundCue> all_cues();

}  // namespace secondlook
