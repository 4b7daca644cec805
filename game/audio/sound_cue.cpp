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

// Plain ASCII, so the captions render with any font the interface loads.
const char* cue_caption(SoundCue cue) {
    switch (cue) {
        case SoundCue::MessagePing: return "[Message ping]";
        case SoundCue::Typing: return "[Typing...]";
        case SoundCue::Ringtone: return "[Video call ringing]";
        case SoundCue::Tension: return "[Tense music]";
        case SoundCue::Calm: return "[Calm tone]";
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
