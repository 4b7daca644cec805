// Content checks on the campaign-film scenario that the lint rules cannot
// express: its size, its endings, and that plays really reach each ending.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/play_explorer.h"
#include "core/run.h"
#include "core/scenario_loader.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("The Friend Request is complete: 25+ nodes, 4+ endings, each reached by some play") {
    auto loaded = load_scenario_file(source_path("scenarios/friend-request.yaml"));
    REQUIRE_MESSAGE(loaded.ok(), all_diagnostics(loaded));
    const Scenario& scenario = *loaded.scenario;
    CHECK(scenario.id == "friend-request");
    CHECK(scenario.title == "The Friend Request");
    CHECK(scenario.nodes.size() >= 25);

    std::set<std::string> endings;
    std::set<Outcome> outcomes;
    for (const auto& node : scenario.nodes)
        if (node.is_ending()) {
            endings.insert(node.id);
            outcomes.insert(node.ending->outcome);
            CHECK_MESSAGE(node.ending->debrief.size() > 80, node.id << " needs a fuller debrief");
        }
    CHECK(endings.size() >= 4);
    CHECK(outcomes.count(Outcome::Safe));
    CHECK(outcomes.count(Outcome::Hard));

    PlaySummary plays = explore_plays(scenario);
    CHECK(plays.complete);
    CHECK(plays.endings == endings);  // conditions taken into account, every ending is playable
    for (const auto& objective : scenario.objectives)
        CHECK_MESSAGE(plays.by_objective[objective] > 0, objective << " can never be scored");
}

TEST_CASE("The Friend Request mirrors every stage of the campaign film") {
    auto loaded = load_scenario_file(source_path("scenarios/friend-request.yaml"));
    REQUIRE(loaded.ok());
    std::set<Stage> stages;
    std::set<Screen> screens;
    for (const auto& node : loaded.scenario->nodes) {
        stages.insert(node.stage);
        screens.insert(node.screen);
    }
    for (Stage stage : {Stage::Research, Stage::Contact, Stage::BuildUp, Stage::PlatformMove, Stage::Ask, Stage::Turn})
        CHECK_MESSAGE(stages.count(stage), "no node for stage " << to_string(stage));
    for (Screen screen : {Screen::FriendRequest, Screen::VideoCall, Screen::Blackmail, Screen::Cut})
        CHECK_MESSAGE(screens.count(screen), "no node shown as " << to_string(screen));
}

TEST_CASE("The Friend Request practises the aftermath in mock apps, under a real countdown") {
    auto loaded = load_scenario_file(source_path("scenarios/friend-request.yaml"));
    REQUIRE(loaded.ok());
    const Scenario& scenario = *loaded.scenario;
    std::set<Screen> screens;
    for (const auto& node : scenario.nodes) {
        screens.insert(node.screen);
        if (!shows_conversation(node.screen) && node.screen != Screen::Cut && !node.is_ending() &&
            !node.choices.empty())
            CHECK_MESSAGE(node.app.has_value(), node.id << " is a mock app screen without 'app:'");
    }
    for (Screen screen : {Screen::AccountSettings, Screen::ReportForm, Screen::MoneyTransfer, Screen::Block,
                          Screen::TellSomeone, Screen::CallPolice})
        CHECK_MESSAGE(screens.count(screen), "no aftermath step shown as " << to_string(screen));

    const Node* turn = scenario.find_node("the-turn");
    REQUIRE(turn);
    CHECK(turn->stress > 0);
    REQUIRE(turn->countdown.has_value());
    CHECK(turn->countdown->demands.size() >= 2);
    int panic = 0;
    for (const auto& choice : turn->choices) panic += choice.panic ? 1 : 0;
    CHECK(panic >= 1);
    CHECK_FALSE(scenario.calm_score.empty());

    std::set<std::string> evidence;
    for (const auto& item : scenario.evidence) evidence.insert(item.id);
    for (const char* id : {"account-id", "profile-link", "threats", "video-link", "second-account", "mtcn"})
        CHECK_MESSAGE(evidence.count(id), "no evidence item " << id);
    // RESP-4 comes from the evidence locker only, never from a reply; in the
    // continuation the player decides what Alex keeps, at a distance.
    for (const auto& node : scenario.nodes)
        for (const auto& choice : node.continuation ? std::vector<Choice>{} : node.choices)
            for (const auto& award : choice.score) CHECK_MESSAGE(award.objective != "RESP-4", choice.id);
}

TEST_CASE("The Friend Request: the first person told reacts badly, and the player goes on to tell someone who helps") {
    auto loaded = load_scenario_file(source_path("scenarios/friend-request.yaml"));
    REQUIRE_MESSAGE(loaded.ok(), all_diagnostics(loaded));
    Run run(loaded.scenario);
    auto offered_ids = [&] {
        std::set<std::string> ids;
        for (const Choice* choice : run.offered()) ids.insert(choice->id);
        return ids;
    };
    for (const char* id : {"accept-request", "chat-back", "sure-tomorrow", "feel-same", "agree-video", "answer-call",
                           "carry-on", "hesitate", "give-in-ask", "dont-panic", "ignore-new-account", "delete-chat",
                           "block-skye", "to-block-anon", "block-second-account", "delete-account", "skip-platforms"}) {
        std::string why;
        REQUIRE_MESSAGE(run.act(id, &why), why);
    }
    REQUIRE(run.node().screen == Screen::TellSomeone);
    REQUIRE(offered_ids().count("tell-jordan"));
    REQUIRE(run.act("tell-jordan"));
    // Jordan blames and hushes; the story shows it as wrong, and kindly.
    CHECK(run.node().id == "jordan-chat");
    CHECK(run.contact()->trusted);  // a friend's words are not a scammer's sign to flag
    for (const Choice* choice : run.offered()) {
        const bool not_to_blame = choice->feedback.find("not you") != std::string::npos ||
                                  choice->feedback.find("isn't your fault") != std::string::npos;
        CHECK_MESSAGE(not_to_blame, choice->id << " must say the player is not to blame");
    }
    REQUIRE(run.act("tell-someone-else"));
    // Back to who can help, without Jordan this time.
    CHECK(run.node().id == "tell-step");
    CHECK_FALSE(offered_ids().count("tell-jordan"));
    const int before = run.points("RESP-9");
    REQUIRE(run.act("tell-parent"));
    CHECK(run.points("RESP-9") > before);
    CHECK(std::any_of(run.steps().begin(), run.steps().end(), [](const RunStep& step) { return step.node == "told-parent"; }));
}
