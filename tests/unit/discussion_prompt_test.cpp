// The question projector mode shows when the class pauses to talk: the
// scenario's own `discuss:` question for the moment on screen, and the
// program's question only where the scenario has none.
#include <doctest/doctest.h>

#include "core/discussion_prompt.h"
#include "scenario_text.h"

using namespace secondlook;

namespace {

const Node& node_of(const Scenario& scenario, const std::string& id) {
    const Node* node = scenario.find_node(id);
    REQUIRE_MESSAGE(node, "no node " << id);
    return *node;
}

}  // namespace

TEST_CASE("the pause asks the scenario's own question: the node's, else the first one of its stage") {
    const auto scenario = load_valid("scenarios/new-follower.yaml");
    const Node& flattery = node_of(*scenario, "flattery");
    REQUIRE(!flattery.discuss.empty());
    const auto at_flattery = discussion_prompt(*scenario, flattery, flattery.stage);
    CHECK(at_flattery.nudge == flattery.discuss);
    CHECK(at_flattery.question == discussion_prompt(Stage::BuildUp).question);  // the routine opening stays

    // 'pressure' has no question of its own: the stage's (the-ask's) is asked.
    const Node& pressure = node_of(*scenario, "pressure");
    REQUIRE(pressure.discuss.empty());
    CHECK(discussion_prompt(*scenario, pressure, pressure.stage).nudge == node_of(*scenario, "the-ask").discuss);

    // An ending has no stage of its own: the stage the play last went through decides.
    CHECK(discussion_prompt(*scenario, node_of(*scenario, "end-paid"), Stage::Turn).nudge ==
          node_of(*scenario, "the-turn").discuss);
}

TEST_CASE("a continuation about another character, and a scenario without questions, get the program's prompt") {
    const auto scenario = load_valid("scenarios/new-follower.yaml");
    const Node& ethan_threat = node_of(*scenario, "ethan-threat");
    REQUIRE(ethan_threat.continuation);
    CHECK(discussion_prompt(*scenario, ethan_threat, Stage::Turn).nudge == discussion_prompt(Stage::Turn).nudge);

    const auto plain = load_valid("tests/data/good/actions.yaml");
    const Node& first = node_of(*plain, plain->start_id);
    REQUIRE(first.discuss.empty());
    CHECK(discussion_prompt(*plain, first, Stage::Contact).nudge == discussion_prompt(Stage::Contact).nudge);
}
