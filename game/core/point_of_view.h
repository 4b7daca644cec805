// Whose story the screens tell. A first-person story speaks to the player
// ("You", "Your reply"); a story told about a named character (the
// scenario's `protagonist:`, such as Leo, whom a class watches and votes
// for) names them instead, so nobody in the room is spoken to as the one
// it is happening to.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scenario.h"

namespace secondlook {

// The string table's text `id` for a label on the player's side: as it is in
// a first-person story, or its named twin (with {name} filled with the
// protagonist) in a story about a character. An id without a twin is shown
// as it is.
std::string side_text(const Scenario& scenario, std::string_view id,
                      std::vector<std::pair<std::string_view, std::string>> values = {});

// The ids that have a named twin, for the test that each twin exists.
const std::vector<std::pair<std::string_view, std::string_view>>& side_text_twins();

}  // namespace secondlook
