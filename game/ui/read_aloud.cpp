#include "ui/read_aloud.h"

#include <algorithm>

#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "audio/speech.h"

namespace secondlook {

std::string message_utterance(const Scenario& scenario, const RunEvent& event) {
    if (event.kind == RunEvent::Kind::Reply && event.choice) {
        const std::string& text = event.choice->say.empty() ? event.choice->text : event.choice->say;
        // A continuation's choice is what the character does, not the player's words.
        return scenario.nodes[event.node].continuation ? text : side_text(scenario, "read.you", {{"text", text}});
    }
    if (event.kind != RunEvent::Kind::Message || !event.message) return "";
    const Message& message = *event.message;
    if (message.kind == MessageKind::MissedCall) return ui_text("read.missed-call", {{"text", message.text}});
    if (message.from == kSystemSpeaker || message.kind == MessageKind::Notice) return message.text;
    if (message.from == kPlayerSpeaker) return side_text(scenario, "read.you", {{"text", message.text}});
    const CastMember* sender = scenario.find_cast(message.from);
    const std::string name = sender ? sender->name : message.from;
    if (message.kind == MessageKind::Link) return ui_text("read.shared-link", {{"name", name}, {"text", message.text}});
    return ui_text("read.message", {{"name", name}, {"text", message.text}});
}

namespace {

// "Option 1: TEXT." with a full stop unless the text ends a sentence itself.
std::string numbered_option(std::size_t index, const std::string& text, const std::string& detail = "") {
    const std::string number = std::to_string(index + 1);
    std::string words = detail.empty() ? ui_text("read.option", {{"number", number}, {"text", text}})
                                       : ui_text("read.option-detail", {{"number", number}, {"text", text}, {"detail", detail}});
    if (!words.empty() && words.back() != '.' && words.back() != '?' && words.back() != '!') words += '.';
    return words;
}

}  // namespace

std::string choices_utterance(const std::vector<const Choice*>& choices) {
    if (choices.empty()) return "";
    std::string words = ui_text("read.choices");
    for (std::size_t i = 0; i < choices.size(); ++i) words += " " + numbered_option(i, choices[i]->text, choices[i]->detail);
    return words;
}

std::string check_utterance(const KnowledgeCheck& check, const CheckProgress& progress) {
    const bool after = progress.phase == CheckPhase::Post;
    if (progress.finished) {
        if (!after) return ui_text("check.done-before") + ". " + ui_text("check.next-before");
        return ui_text("check.done-after") + ". " +
               ui_text("check.score-after", {{"right", std::to_string(progress.right)},
                                             {"questions", std::to_string(check.questions.size())}}) +
               " " + ui_text("check.worried");
    }
    if (progress.question >= check.questions.size()) return "";
    const CheckQuestion& question = check.questions[progress.question];
    if (progress.explained && progress.picked && *progress.picked < question.options.size()) {
        const bool right = question.options[*progress.picked].correct;
        return (right ? ui_text("check.right")
                      : ui_text("check.good-try", {{"number", std::to_string(question.best_number())}})) +
               " " + question.explain;
    }
    std::string words = ui_text("read.question", {{"number", std::to_string(progress.question + 1)},
                                                  {"questions", std::to_string(check.questions.size())},
                                                  {"ask", question.ask}});
    for (std::size_t i = 0; i < question.options.size(); ++i) words += " " + numbered_option(i, question.options[i].text);
    return words;
}

std::string caption_utterance(const std::string& caption) {
    std::string words = caption;
    words.erase(std::remove(words.begin(), words.end(), '['), words.end());
    words.erase(std::remove(words.begin(), words.end(), ']'), words.end());
    return ui_text("read.sound", {{"caption", words}});
}

std::string screen_utterance(const GameState& state) {
    if (state.help_open()) return ui_text("read.help");
    if (state.overlay() == Overlay::Settings) return ui_text("read.settings");
    if (state.overlay() == Overlay::Locker && state.screen() == ScreenId::Play) return ui_text("read.locker");
    switch (state.screen()) {
        case ScreenId::ContentNote: return ui_text("read.content-note");
        case ScreenId::ScenarioList: return ui_text("read.scenario-list");
        case ScreenId::Play:
            return state.run() ? ui_text("read.playing", {{"title", state.run()->scenario().title}}) : "";
        case ScreenId::Debrief: {
            if (!state.debrief() || !state.debrief()->ending) return ui_text("read.debrief");
            std::string words = ui_text("read.debrief-ending", {{"title", state.debrief()->ending->title},
                                                                {"debrief", state.debrief()->ending->debrief}});
            // An early ending: what its first button, "See what could have happened", leads to.
            if (state.run() && state.run()->can_continue()) words += " " + state.run()->node().continues()->intro;
            return words;
        }
        case ScreenId::FacilitatorPin: return ui_text("read.pin");
        case ScreenId::Dashboard: return ui_text("read.dashboard");
        case ScreenId::SessionSetup: return ui_text("read.new-session");
        case ScreenId::JoinSession: return ui_text("read.join");
        case ScreenId::Check: return ui_text("read.check");
        case ScreenId::ProjectorSetup: return ui_text("read.projector-setup");
    }
    return "";
}

ReadAloud::Lines ReadAloud::update(const GameState& state, const std::vector<std::string>& captions,
                                   unsigned focus_id, const std::string& focus_words) {
    Lines said;
    const bool moved = !started_ || state.screen() != screen_ || state.help_open() != help_ || state.overlay() != overlay_;
    if (moved) {
        started_ = true;
        screen_ = state.screen();
        help_ = state.help_open();
        overlay_ = state.overlay();
        said.interrupt = true;
        said.lines.push_back(screen_utterance(state));
    }
    const Run* run = state.screen() == ScreenId::Play ? state.run() : nullptr;
    if (run != run_) {
        run_ = run;
        revealed_ = 0;
        choices_said_.clear();
        feedback_said_.clear();
    }
    // Sound captions come first: the ping is heard before the message.
    for (const auto& caption : captions)
        if (std::find(captions_.begin(), captions_.end(), caption) == captions_.end())
            said.lines.push_back(caption_utterance(caption));
    captions_ = captions;
    if (run) {
        const std::size_t revealed = state.pacer().revealed();
        if (revealed < revealed_) revealed_ = 0;  // a reload replayed the play
        for (std::size_t i = revealed_; i < revealed; ++i) {
            const RunEvent& event = run->events()[i];
            // The player's own reply was just chosen: they know it; the feedback matters more.
            if (event.kind == RunEvent::Kind::Reply) said.interrupt = true;
            else if (auto words = message_utterance(run->scenario(), event); !words.empty()) said.lines.push_back(words);
        }
        revealed_ = revealed;
        if (auto feedback = state.latest_feedback(); feedback && feedback->what + feedback->feedback != feedback_said_) {
            feedback_said_ = feedback->what + feedback->feedback;
            said.lines.push_back(ui_text("read.feedback", {{"what", feedback->what}, {"feedback", feedback->feedback}}));
        }
        std::string choices;
        if (state.pacer().settled() && !run->finished()) choices = choices_utterance(run->offered());
        if (run->finished() && state.pacer().settled()) choices = ui_text("read.the-end");
        if (choices != choices_said_) {
            choices_said_ = choices;
            if (!choices.empty()) said.lines.push_back(choices);
        }
    }
    const bool checking = state.screen() == ScreenId::Check && state.knowledge_check() && state.check_progress();
    const std::string check = checking ? check_utterance(*state.knowledge_check(), *state.check_progress()) : "";
    if (check != check_said_) {
        check_said_ = check;
        if (!check.empty()) said.lines.push_back(check);
    }
    if (focus_id != focus_id_) {
        focus_id_ = focus_id;
        if (focus_id != 0 && !focus_words.empty()) {
            if (!moved) said.interrupt = true;
            said.lines.push_back(focus_words);
        }
    }
    said.lines.erase(std::remove(said.lines.begin(), said.lines.end(), std::string()), said.lines.end());
    return said;
}

void ReadAloud::speak(const GameState& state, const std::vector<std::string>& captions, unsigned focus_id,
                      const std::string& focus_words, Speech& speech) {
    const bool on = state.settings().read_aloud;
    Lines said = update(state, captions, focus_id, focus_words);
    if (!on) {
        if (was_on_) speech.stop();
        was_on_ = false;
        return;
    }
    if (!was_on_) {
        // Just switched on: where the player is, then what is on screen.
        was_on_ = true;
        said.interrupt = true;
        said.lines.insert(said.lines.begin(), ui_text("read.started", {{"screen", screen_utterance(state)}}));
    }
    std::string words;
    for (const auto& line : said.lines) words += (words.empty() ? "" : " ") + line;
    if (!words.empty()) speech.say(words, said.interrupt);
}

}  // namespace secondlook
