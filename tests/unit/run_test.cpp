#include <doctest/doctest.h>

#include "core/run.h"
#include "core/scenario_loader.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

namespace {

std::shared_ptr<const Scenario> load_mini() { return load_valid("tests/data/good/mini.yaml"); }

std::vector<std::string> offered_ids(const Run& run) {
    std::vector<std::string> ids;
    for (const Choice* choice : run.offered()) ids.push_back(choice->id);
    return ids;
}

}  // namespace

TEST_CASE("a run starts at the start node with its messages and choices") {
    Run run(load_mini());
    CHECK(run.node().id == "request");
    CHECK_FALSE(run.finished());
    CHECK(offered_ids(run) == std::vector<std::string>{"check", "accept"});
    REQUIRE(run.events().size() == 2);
    CHECK(run.events()[0].kind == RunEvent::Kind::NodeEntered);
    CHECK(run.events()[1].message->text == "Hi there!");
    CHECK(run.events()[1].contact == "alex");
    CHECK(run.contact()->name == "Alex Stone");
}

TEST_CASE("choosing applies points and effects and passes through nodes without choices") {
    Run run(load_mini());
    REQUIRE(run.choose("check"));
    CHECK(run.points("SPOT-1") == 2);
    CHECK(run.state().variables.at("checked") == 1);
    REQUIRE(run.choose("call"));
    // ring, call-scene and later have no choices: play runs on to the threat.
    CHECK(run.node().id == "threat");
    std::vector<std::string> visited;
    for (const auto& step : run.steps()) visited.push_back(step.node);
    CHECK(visited == std::vector<std::string>{"request", "chat", "ring", "call-scene", "later", "threat"});
    CHECK(run.steps()[0].choice == "check");
    CHECK(run.steps()[2].choice.empty());
    CHECK(run.state().variables.at("calls") == 1);
}

TEST_CASE("branches pick the first condition that holds") {
    Run paid(load_mini());
    for (const char* id : {"accept", "call", "pay"}) REQUIRE(paid.choose(id));
    REQUIRE(paid.finished());
    CHECK(paid.node().id == "end-paid");
    CHECK(paid.ending()->outcome == Outcome::Hard);
    CHECK(paid.total_points() == 0);

    Run refused(load_mini());
    for (const char* id : {"accept", "call", "refuse"}) REQUIRE(refused.choose(id));
    CHECK(refused.node().id == "end-safe");
    CHECK(refused.total_points() == 5);
}

TEST_CASE("times set on messages carry forward") {
    Run run(load_mini());
    REQUIRE(run.choose("check"));
    const auto& events = run.events();
    CHECK(events[1].clock_minutes == 20 * 60);
    CHECK(events.back().clock_minutes == 20 * 60 + 5);
}

TEST_CASE("choices not offered, unknown ids and choices after the end are refused with a reason") {
    Run run(load_mini());
    std::string why;
    CHECK_FALSE(run.choose("refuse", &why));
    CHECK(why == "choice 'refuse' is not offered at node 'request'; offered here: check, accept");
    CHECK_FALSE(run.choose("fly", &why));
    CHECK(why.find("there is no choice 'fly' in this scenario") == 0);
    CHECK(run.node().id == "request");  // nothing changed

    REQUIRE(run.choose("accept"));
    REQUIRE(run.choose("leave"));
    REQUIRE(run.finished());
    CHECK_FALSE(run.choose("call", &why));
    CHECK(why.find("already ended") != std::string::npos);
}

TEST_CASE("conditional choices appear only when their condition holds, and points count once") {
    const std::string text = R"(id: loop
title: Loop
summary: Asks again.
objectives: [RESP-3]
start: ask
cast:
  - { id: kit, name: Kit, handle: kit.1 }
nodes:
  - id: ask
    contact: kit
    messages: [{ from: kit, text: "Send it?" }]
    choices:
      - { id: say-no, text: "No", feedback: Good., score: { RESP-3: 2 }, add: { refusals: 1 }, goto: ask }
      - { id: leave, if: refusals >= 2, text: Leave, feedback: Well done., goto: done }
  - id: done
    ending: { title: Done, outcome: safe, debrief: You left. }
)";
    auto loaded = load_scenario_text(text, "loop.yaml");
    REQUIRE_MESSAGE(loaded.ok(), all_diagnostics(loaded));
    Run run(loaded.scenario);
    CHECK(offered_ids(run) == std::vector<std::string>{"say-no"});
    REQUIRE(run.choose("say-no"));
    CHECK(offered_ids(run) == std::vector<std::string>{"say-no"});
    REQUIRE(run.choose("say-no"));
    CHECK(offered_ids(run) == std::vector<std::string>{"say-no", "leave"});
    CHECK(run.points("RESP-3") == 2);  // chosen twice, counted once
    REQUIRE(run.choose("leave"));
    CHECK(run.finished());
}
