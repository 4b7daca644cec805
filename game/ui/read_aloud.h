// Read aloud: decides what to say as the game goes on, and says it through
// Speech. New messages with who sent them, the choices when they appear
// ("Option 1: ..."), feedback, the knowledge check's questions, captions for
// sounds, screen changes, and the control the keyboard focus moves to. The words are built by plain
// functions, tested headless.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ui/game_state.h"

namespace secondlook {

class Speech;

// "Skye: hey you" / "You: hi" / "Notice: ..." for one message event.
std::string message_utterance(const Scenario& scenario, const RunEvent& event);
// "Your choices. Option 1: ... Option 2: ..." (empty when none).
std::string choices_utterance(const std::vector<const Choice*>& choices);
// "[Message ping]" -> "Sound: Message ping".
std::string caption_utterance(const std::string& caption);
// What a screen is called when it opens, e.g. "Choose a scenario".
std::string screen_utterance(const GameState& state);
// The knowledge check as it stands: the question and its numbered options;
// once answered after play, whether it was the best answer and why; at the
// end, the closing card.
std::string check_utterance(const KnowledgeCheck& check, const CheckProgress& progress);

class ReadAloud {
public:
    // What is new since the last frame, in the order it should be heard.
    // `focus_id`/`focus_words` are the control with the keyboard focus.
    // Returns the lines and whether they should cut off what is being said
    // (the player moved or acted) or wait their turn (the story went on).
    struct Lines {
        std::vector<std::string> lines;
        bool interrupt = false;
    };
    Lines update(const GameState& state, const std::vector<std::string>& captions, unsigned focus_id,
                 const std::string& focus_words);
    // Speaks update()'s lines; silent while read aloud is off.
    void speak(const GameState& state, const std::vector<std::string>& captions, unsigned focus_id,
               const std::string& focus_words, Speech& speech);

private:
    bool started_ = false;
    bool was_on_ = false;
    ScreenId screen_ = ScreenId::ContentNote;
    bool help_ = false;
    Overlay overlay_ = Overlay::None;
    const Run* run_ = nullptr;
    std::size_t revealed_ = 0;
    std::string choices_said_;
    std::string feedback_said_;
    std::string check_said_;
    std::vector<std::string> captions_;
    unsigned focus_id_ = 0;
};

}  // namespace secondlook
