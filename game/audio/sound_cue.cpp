#include "audio/sound_cue.h"

namespace secondlook {

const char* cue_file_name(SoundCue cue) {
    switch (cue) {
        case SoundCue::MessagePing: return "ping.wav";
        case SoundCue::Typing: return "typing.wav";
        case SoundCue::Ringtone: return "ringtone.wav";
        case SoundCue::Tension: return "tension.wav";
        case SoundCue::Calm: return "calm.wav";
    }
    return "";
}

bool cue_loops(SoundCue cue) {
    return cue == SoundCue::Typing || cue == SoundCue::Ringtone || cue == SoundCue::Tension;
}

std::vector<SoundCue> all_cues() {
    return {SoundCue::MessagePing, SoundCue::Typing, SoundCue::Ringtone, SoundCue::Tension, SoundCue::Calm};
}

}  // namespace secondlook
