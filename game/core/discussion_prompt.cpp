#include "discussion_prompt.h"

namespace secondlook {

// Questions about the character, never "what would you do": nobody in the
// room has to say anything about themselves, and nobody is blamed.
DiscussionPrompt discussion_prompt(Stage stage) {
    DiscussionPrompt prompt{"What might happen next? What would you advise them to do?", ""};
    switch (stage) {
        case Stage::Research: prompt.nudge = "What could a stranger learn from a public profile?"; break;
        case Stage::Contact: prompt.nudge = "What could they check before accepting?"; break;
        case Stage::BuildUp: prompt.nudge = "Is anything moving fast, or feeling too good to be true?"; break;
        case Stage::PlatformMove: prompt.nudge = "Why might someone want to move to a private video call?"; break;
        case Stage::Ask: prompt.nudge = "How could they say no, kindly and firmly? It is always fine to stop."; break;
        case Stage::Turn:
            prompt.nudge = "This is frightening, and it is not their fault. What would help them most right now?";
            break;
        case Stage::Aftermath: prompt.nudge = "Which steps keep them safe, and who could they talk to?"; break;
        case Stage::None: prompt.nudge = "What are the warning signs so far, if any?"; break;
    }
    return prompt;
}

}  // namespace secondlook
