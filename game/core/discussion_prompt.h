// What a facilitator asks the class when play pauses for discussion in
// projector mode, fitted to the stage of the approach on screen.
#pragma once

#include <string>

#include "scenario.h"

namespace secondlook {

struct DiscussionPrompt {
    std::string question;  // the same opening every time, so the class knows the routine
    std::string nudge;     // a second question for this stage
};

// The program's own prompt for a stage (the string table's).
DiscussionPrompt discussion_prompt(Stage stage);

// The prompt at `node`, where the story has reached `stage` (the node's own,
// or the last one the play went through): the nudge is the scenario's own
// `discuss:` question, the node's or else the first one for that stage (as
// the facilitator's guide prints it), and the program's only where the
// scenario has none. A continuation is about another character, so it uses
// only its own node's question.
DiscussionPrompt discussion_prompt(const Scenario& scenario, const Node& node, Stage stage);

}  // namespace secondlook
