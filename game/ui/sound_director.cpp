#include "ui/sound_director.h"

#include <algorithm>

#include "app/ui_text.h"

namespace secondlook {
namespace {

constexpr double kCaptionSeconds = 2.0;  // how long a one-shot's caption stays up

bool from_someone(const RunEvent& event) {
    return event.kind == RunEvent::Kind::Message && event.message->from != kPlayerSpeaker &&
           event.message->from != kSystemSpeaker;
}

}  // namespace

void SoundDirector::one_shot(SoundCue cue, AudioPlayer& audio, double now) {
    audio.play(cue);
    last_shot_ = cue;
    shot_caption_until_ = now + kCaptionSeconds;
}

void SoundDirector::loop(SoundCue cue, bool wanted, AudioPlayer& audio) {
    auto found = std::find(looping_.begin(), looping_.end(), cue);
    if (wanted && found == looping_.end()) {
        audio.play(cue);
        looping_.push_back(cue);
    } else if (!wanted && found != looping_.end()) {
        audio.stop(cue);
        looping_.erase(found);
    }
}

void SoundDirector::update(const GameState& state, AudioPlayer& audio, double now) {
    audio.set_volume(state.settings().volume);
    audio.set_muted(state.settings().muted);
    const Run* run = state.screen() == ScreenId::Play ? state.run() : nullptr;
    if (run != run_seen_) {
        run_seen_ = run;
        revealed_seen_ = state.pacer().revealed();  // a new play starts quiet
    }
    bool typing = false, ringing = false, tense = false;
    if (run) {
        const std::size_t revealed = state.pacer().revealed();
        for (std::size_t i = revealed_seen_; i < revealed; ++i)
            if (from_someone(run->events()[i])) {
                one_shot(SoundCue::MessagePing, audio, now);
                break;
            }
        revealed_seen_ = revealed;
        typing = state.pacer().typing(*run);
        const Node* node = state.showing_node();
        ringing = node && node->screen == Screen::VideoCall && state.pacer().settled() && !run->finished();
        tense = state.clock_running();
    }
    const bool breathing = state.breath_progress(now).has_value();
    if (breathing && !breathing_) one_shot(SoundCue::Calm, audio, now);
    if (!breathing && breathing_) audio.stop(SoundCue::Calm);
    breathing_ = breathing;
    loop(SoundCue::Typing, typing, audio);
    loop(SoundCue::Ringtone, ringing, audio);
    loop(SoundCue::Tension, tense, audio);
}

const std::string& cue_caption(SoundCue cue) {
    switch (cue) {
        case SoundCue::MessagePing: return ui_text("sound.ping");
        case SoundCue::Typing: return ui_text("sound.typing");
        case SoundCue::Ringtone: return ui_text("sound.ringtone");
        case SoundCue::Tension: return ui_text("sound.tension");
        case SoundCue::Calm: return ui_text("sound.calm");
    }
    return ui_text("sound.ping");
}

std::vector<std::string> SoundDirector::captions(double now) const {
    std::vector<std::string> lines;
    for (SoundCue cue : looping_) lines.emplace_back(cue_caption(cue));
    if (now < shot_caption_until_ || (last_shot_ == SoundCue::Calm && breathing_))
        lines.emplace_back(cue_caption(last_shot_));
    return lines;
}

}  // namespace secondlook
