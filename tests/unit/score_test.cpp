#include <doctest/doctest.h>

#include "core/debrief.h"
#include "core/max_scores.h"
#include "core/play_explorer.h"
#include "core/scenario_loader.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("exploring plays finds the best total, the best per objective and every ending") {
    auto loaded = load_scenario_file(source_path("tests/data/good/mini.yaml"));
    REQUIRE(loaded.ok());
    PlaySummary plays = explore_plays(*loaded.scenario);
    CHECK(plays.complete);
    CHECK(plays.total == 7);  // check (2) + refuse (3 + 2)
    CHECK(plays.by_objective.at("SPOT-1") == 2);
    CHECK(plays.by_objective.at("RESP-2") == 3);
    CHECK(plays.by_objective.at("RESP-3") == 2);
    CHECK(plays.endings == std::set<std::string>{"end-jo", "end-left", "end-paid", "end-safe"});
    // request (2 choices) x chat (leave, or call then pay/refuse) = 2 x 3,
    // and each play that leaves can also go on into Jo's continuation: 2 more
    CHECK(plays.plays == 8);
}

TEST_CASE("the walk stops at its limit and says so") {
    auto loaded = load_scenario_file(source_path("tests/data/good/mini.yaml"));
    REQUIRE(loaded.ok());
    PlaySummary plays = explore_plays(*loaded.scenario, 2);
    CHECK_FALSE(plays.complete);
    CHECK(plays.plays == 2);
}

TEST_CASE("the debrief lists objectives met and to practise against what the play offered") {
    auto loaded = load_scenario_file(source_path("tests/data/good/mini.yaml"));
    REQUIRE(loaded.ok());
    Run run(loaded.scenario);
    for (const char* id : {"check", "call", "pay"}) REQUIRE(run.choose(id));
    Debrief debrief = make_debrief(run);
    REQUIRE(debrief.ending);
    CHECK(debrief.ending->title == "Paid");
    CHECK(debrief.score.earned == 2);
    // Checking (2), leaving the chat (1), and stopping at the threat (3 + 2):
    // the best reply at each choice this play met.
    CHECK(debrief.score.offered == 2 + 1 + 5);
    REQUIRE(debrief.objectives().size() == 3);
    CHECK(debrief.objectives()[0].objective->id == "SPOT-1");  // teaching order
    CHECK(debrief.objectives()[0].offered == 2);
    REQUIRE(debrief.met().size() == 1);
    CHECK(debrief.met()[0]->id == "SPOT-1");
    REQUIRE(debrief.to_practise().size() == 2);
    CHECK(debrief.to_practise()[0]->id == "RESP-2");
    CHECK(debrief.to_practise()[1]->id == "RESP-3");
    CHECK(debrief.objectives()[2].offered == 1 + 2);
    CHECK(debrief.not_in_play().empty());
}

TEST_CASE("the present-day objectives SPOT-5 and RESP-10 load, score and appear in the debrief") {
    // Image-based blackmail of teenagers (content brief, since 2024): a request for a nude
    // image as a warning sign, and the removal tools.
    auto text = replaced(kValidScenario, "objectives: [SPOT-1, RESP-2]", "objectives: [SPOT-5, RESP-10]");
    text = replaced(text, "score: { SPOT-1: 1, RESP-2: 2 }", "score: { SPOT-5: 1, RESP-10: 2 }");
    auto loaded = load_text(text);
    REQUIRE_MESSAGE(loaded.ok(), all_diagnostics(loaded));
    CHECK_MESSAGE(loaded.diagnostics.all().empty(), all_diagnostics(loaded));
    Run run(loaded.scenario);
    REQUIRE(run.choose("block"));
    CHECK(run.points("SPOT-5") == 1);
    CHECK(run.points("RESP-10") == 2);
    Debrief debrief = make_debrief(run);
    REQUIRE(debrief.met().size() == 2);
    CHECK(debrief.met()[0]->id == "SPOT-5");  // teaching order: spotting first
    CHECK(debrief.met()[1]->id == "RESP-10");
    CHECK(objective_title(*debrief.met()[1]).find("Take It Down") != std::string::npos);
}

TEST_CASE("the loader keeps the maxima it walked; a scenario built in code has none until filled") {
    auto loaded = load_scenario_file(source_path("tests/data/good/mini.yaml"));
    REQUIRE(loaded.ok());
    const MaxScores& kept = loaded.scenario->maxima();
    CHECK(kept.total == 7);
    CHECK(kept.by_objective.at("RESP-2") == 3);
    CHECK(kept.endings.count("end-safe") == 1);

    // The same story put together without the loader: asked for its maximum,
    // it says so instead of answering 0; fill_max_scores works it out.
    Scenario built = *loaded.scenario;
    built.keep_maxima(MaxScores{0, {}, {}, 0, false});  // as the loader keeps an uncountable one
    CHECK_THROWS_AS(built.maxima(), std::logic_error);
    Scenario in_code;
    in_code.id = "in-code";
    CHECK_THROWS_WITH_AS(in_code.maxima(),
                         doctest::Contains("call fill_max_scores on a scenario built in code"), std::logic_error);
    fill_max_scores(built);
    CHECK(built.maxima().total == 7);
}
