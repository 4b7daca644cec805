#include "pacing.h"

#include <algorithm>

namespace secondlook {

double reveal_delay(const Scenario& scenario, const RunEvent& event, const RunEvent* previous) {
    // Leave the words of a cut ("Later that evening") on screen long enough to read.
    const bool after_cut = previous && previous->node != event.node &&
                           scenario.nodes[previous->node].screen == Screen::Cut;
    if (after_cut) return 2.5;
    switch (event.kind) {
        case RunEvent::Kind::Reply:   // the player's own words appear at once,
        case RunEvent::Kind::Action:  // and so does what they did
            return 0.0;
        case RunEvent::Kind::NodeEntered:
            return scenario.nodes[event.node].screen == Screen::Cut ? 0.8 : 0.0;
        case RunEvent::Kind::Message: break;
    }
    const Message& message = *event.message;
    if (message.delay_seconds >= 0) return message.delay_seconds;
    if (message.from == kPlayerSpeaker) return 0.5;
    if (message.from == kSystemSpeaker) return 0.9;
    // Roughly a quick typist, with a floor so short replies still "type".
    return std::min(0.9 + 0.04 * static_cast<double>(message.text.size()), 4.0);
}

namespace {

double delay_of(const Run& run, std::size_t index) {
    const auto& events = run.events();
    return reveal_delay(run.scenario(), events[index], index ? &events[index - 1] : nullptr);
}

}  // namespace

void Pacer::sync(const Run& run, double now) {
    if (settled()) waiting_since_ = now;
    known_ = run.events().size();
}

void Pacer::update(const Run& run, double now) {
    while (revealed_ < known_) {
        double due = waiting_since_ + delay_of(run, revealed_);
        if (now < due) break;
        waiting_since_ = due;
        ++revealed_;
    }
}

bool Pacer::typing(const Run& run) const {
    if (settled()) return false;
    const RunEvent& next = run.events()[revealed_];
    return next.kind == RunEvent::Kind::Message && next.message->from != kPlayerSpeaker &&
           next.message->from != kSystemSpeaker;
}

double Pacer::wait_left(const Run& run, double now) const {
    if (settled()) return 0.0;
    double due = waiting_since_ + delay_of(run, revealed_);
    return std::max(0.0, due - now);
}

}  // namespace secondlook
