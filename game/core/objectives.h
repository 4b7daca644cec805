// The learning objectives every scenario scores against (from the content
// brief): spotting the approach, responding to it, and helping a friend.
#pragma once

#include <string>
#include <vector>

namespace secondlook {

struct Objective {
    std::string id;     // "SPOT-1"
    std::string title;  // a short phrase for debriefs and reports
};

// All objectives in teaching order.
const std::vector<Objective>& objective_catalogue();

// The objective with this id, or nullptr.
const Objective* find_objective(const std::string& id);

// Its title as the player reads it: translated when a translation is loaded
// (string table id "objective.ID"); reports for adults keep `title`.
const std::string& objective_title(const Objective& objective);

}  // namespace secondlook
