#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/scenario_loader.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("a valid scenario loads with its cast, nodes, choices and endings") {
    auto result = load_text(kValidScenario);
    REQUIRE_MESSAGE(result.ok(), all_diagnostics(result));
    const Scenario& scenario = *result.scenario;
    CHECK(scenario.id == "tiny");
    CHECK(scenario.objectives == std::vector<std::string>{"SPOT-1", "RESP-2"});
    REQUIRE(scenario.cast.size() == 1);
    CHECK(scenario.cast[0].initials() == "KL");
    REQUIRE(scenario.nodes.size() == 3);
    const Node* hello = scenario.find_node("hello");
    REQUIRE(hello);
    REQUIRE(hello->choices.size() == 2);
    CHECK(hello->choices[1].id == "block");
    CHECK(hello->choices[1].points() == 3);
    CHECK(scenario.nodes[hello->choices[1].target].id == "end-safe");
    CHECK(hello->messages[0].id == "hello.1");  // default stable id
    CHECK(scenario.find_node("end-paid")->ending->outcome == Outcome::Hard);
}

TEST_CASE("the example in scenarios/FORMAT.md is a valid scenario") {
    std::ifstream in(source_path("scenarios/FORMAT.md"));
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    auto begin = doc.find("```yaml\n");
    REQUIRE(begin != std::string::npos);
    begin += 8;
    auto end = doc.find("```", begin);
    auto result = load_scenario_text(doc.substr(begin, end - begin), "FORMAT.md example");
    CHECK_MESSAGE(result.ok(), all_diagnostics(result));
}

TEST_CASE("an unknown target names file, line, column and the closest known nodes") {
    auto result = load_text(replaced(kValidScenario, "goto: end-paid", "goto: end_paid"));
    CHECK_FALSE(result.ok());
    CHECK_MESSAGE(reports(result, "tiny.yaml:19:15: error: choice 'pay' goes to unknown node 'end_paid'; "
                                  "known nodes: end-paid"),
                  all_diagnostics(result));
}

TEST_CASE("unknown keys are errors with a suggestion") {
    auto result = load_text(replaced(kValidScenario, "feedback: Paying", "feedbak: Paying"));
    CHECK(reports(result, "tiny.yaml:18:9: error: unknown key 'feedbak' in a choice of node 'hello'; did you mean 'feedback'?"));
    // and the missing feedback is reported too, all at once
    CHECK(reports(result, "choice 'pay' has no 'feedback:'"));
}

TEST_CASE("broken YAML reports where the parser stopped") {
    auto result = load_text("id: x\ntitle: [unclosed\n");
    REQUIRE(result.diagnostics.all().size() == 1);
    const auto& diagnostic = result.diagnostics.all()[0];
    CHECK(diagnostic.where.file == "tiny.yaml");
    CHECK(diagnostic.where.line >= 2);
    CHECK(diagnostic.message.find("not valid YAML") != std::string::npos);
}

TEST_CASE("empty files, wrong types and missing keys are explained") {
    CHECK(reports(load_text(""), "tiny.yaml:1:1: error: the file is empty"));
    CHECK(reports(load_text("- a\n- b\n"), "the scenario should be a mapping"));
    CHECK(reports(load_text(replaced(kValidScenario, "title: Tiny\n", "")), "the scenario needs 'title:'"));
    CHECK(reports(load_text(replaced(kValidScenario, "nodes:\n", "nodes: 3\nx:\n")), "'nodes' should be a list"));
    CHECK(reports(load_text(replaced(kValidScenario, "RESP-2: 2", "RESP-2: many")),
                  "points for RESP-2 should be a whole number from 1 to 100"));
    CHECK(reports(load_text(replaced(kValidScenario, "RESP-2: 2", "RESP-2: -1")),
                  "points for RESP-2 should be a whole number from 1 to 100"));
}

TEST_CASE("ids, duplicates and reserved names are checked") {
    CHECK(reports(load_text(replaced(kValidScenario, "- id: block", "- id: Block Now")),
                  "id 'Block Now' should use only lowercase letters"));
    CHECK(reports(load_text(replaced(kValidScenario, "- id: block", "- id: pay")),
                  "choice id 'pay' is used twice"));
    CHECK(reports(load_text(replaced(kValidScenario, "- id: end-safe", "- id: end-paid")),
                  "node id 'end-paid' is used twice"));
    CHECK(reports(load_text(replaced(kValidScenario, "- id: kit", "- id: you")), "reserved"));
    CHECK(reports(load_text(replaced(kValidScenario, "handle: kit.lane.9", "handle: kit lane")),
                  "handle 'kit lane' has a space"));
    CHECK(reports(load_text(replaced(kValidScenario, "feedback: Paying brings more demands.\n",
                                     "feedback: Paying brings more demands.\n        feedback: again\n")),
                  "key 'feedback' appears twice"));
}

TEST_CASE("references to cast, speakers and objectives must exist") {
    CHECK(reports(load_text(replaced(kValidScenario, "contact: kit", "contact: kat")),
                  "node 'hello' has unknown contact 'kat'; cast: kit"));
    CHECK(reports(load_text(replaced(kValidScenario, "{ from: kit,", "{ from: kim,")),
                  "message is from unknown speaker 'kim'"));
    CHECK(reports(load_text(replaced(kValidScenario, "SPOT-1: 1", "SPOT-9: 1")),
                  "unknown learning objective 'SPOT-9'"));
    CHECK(reports(load_text(replaced(kValidScenario, "start: hello", "start: helo")),
                  "tiny.yaml:5:8: error: 'start' goes to unknown node 'helo'; known nodes: hello"));
}

TEST_CASE("enumerated words list what is allowed") {
    CHECK(reports(load_text(replaced(kValidScenario, "outcome: hard", "outcome: awful")),
                  "'outcome' is 'awful'; expected one of: safe, mixed, hard"));
    CHECK(reports(load_text(replaced(kValidScenario, "contact: kit", "contact: kit\n    screen: phone")),
                  "'screen' is 'phone'; expected one of: chat, friend-request, video-call, call, blackmail, cut"));
}

TEST_CASE("a node may have only one way on") {
    auto result = load_text(replaced(kValidScenario, "    ending: { title: Paid", "    next: end-safe\n    ending: { title: Paid"));
    CHECK(reports(result, "node 'end-paid' has more than one way on"));
}

TEST_CASE("a missing file is reported, not thrown") {
    auto result = load_scenario_file("/nonexistent/scenario.yaml");
    CHECK_FALSE(result.ok());
    CHECK(reports(result, "/nonexistent/scenario.yaml: error: cannot open this file"));
}
