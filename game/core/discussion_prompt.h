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

DiscussionPrompt discussion_prompt(Stage stage);

}  // namespace secondlook
