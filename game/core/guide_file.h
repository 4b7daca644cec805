// What a setting edits for the facilitator's guide (`secondlook guide`):
// ground rules, distancing, opting out, what to do on a disclosure, local
// contacts, the letter for parents and carers and the handout's steps. The
// scenario files give the rest, so the guide never drifts from the game.
#pragma once

#include <string>
#include <vector>

#include "diagnostics.h"
#include "support.h"

namespace secondlook {

struct GuideText {
    std::string region;
    std::string setting;  // the school or group, as the letter names it
    std::vector<std::string> ground_rules;
    std::string distancing;
    std::string opting_out;
    std::vector<std::string> disclosure;  // steps, in order
    std::vector<SupportContact> local_contacts;
    std::string parents_letter;  // paragraphs split by '\n'; {setting} and {scenarios} filled in
    std::string handout_title;
    std::vector<std::string> handout_steps;
};

struct GuideLoad {
    GuideText text;
    Diagnostics diagnostics;
};

GuideLoad load_guide_file(const std::string& path);

}  // namespace secondlook
