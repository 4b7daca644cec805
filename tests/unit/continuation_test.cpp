// "See what could have happened": after an early safe ending the same play
// goes on into a continuation about someone who said yes. The run, the
// score walks and the lint rules.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/content_rules.h"
#include "core/max_scores.h"
#include "core/play_explorer.h"
#include "core/run.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

namespace {

std::shared_ptr<const Scenario> load_mini() { return load_valid("tests/data/good/mini.yaml"); }

// Mini played to its early ending, 'end-left' (after accepting the request).
Run at_the_early_ending() {
    Run run(load_mini());
    REQUIRE(run.choose("accept"));
    REQUIRE(run.choose("leave"));
    REQUIRE(run.finished());
    return run;
}

// The lint messages for a scenario's text: the loader's and the content rules'.
std::string lint_messages(const std::string& text) {
    auto loaded = load_scenario_text(text, "early.yaml");
    if (loaded.scenario) check_content_rules(*loaded.scenario, loaded.diagnostics);
    std::string messages;
    for (const auto& diagnostic : loaded.diagnostics.all()) messages += format_diagnostic(diagnostic) + "\n";
    return messages;
}

}  // namespace

TEST_CASE("an early ending offers its continuation, and 'continue' goes on in the same play") {
    Run run = at_the_early_ending();
    CHECK(run.ending()->title == "Left");
    CHECK(run.can_continue());
    CHECK(run.early_ending() == nullptr);

    std::string why;
    REQUIRE_MESSAGE(run.act("continue", &why), why);
    CHECK_FALSE(run.finished());
    CHECK(run.in_continuation());
    CHECK(run.node().id == "jo-said-yes");
    REQUIRE(run.early_ending());
    CHECK(run.early_ending()->id == "end-left");
    // The step is listed where the play went on, with the intro as its feedback.
    REQUIRE_FALSE(run.actions().empty());
    const ActionRecord& went_on = run.actions().back();
    CHECK(went_on.kind == ActionRequest::Kind::Continue);
    CHECK(went_on.node == "end-left");
    CHECK(went_on.feedback == "Jo took the call. See what happened next.");
    CHECK(run.steps()[run.steps().size() - 2].node == "end-left");
    CHECK(run.steps()[run.steps().size() - 2].choice == "continue");
    // Its messages are events of the continuation's nodes, in Jo's thread.
    CHECK(run.events().back().message->text == "Later, Jo's call ends. A threat arrives.");
    CHECK(run.events().back().contact == "jo");

    // A choice that would not help comes back to the same moment.
    REQUIRE(run.choose("jo-pays"));
    CHECK(run.node().id == "jo-said-yes");
    REQUIRE(run.choose("jo-stops"));
    REQUIRE(run.finished());
    // The ending reached last is the play's; the points of both parts count.
    CHECK(run.ending()->title == "Jo got help");
    CHECK(run.node().id == "end-jo");
    CHECK(run.points("RESP-3") == 2);  // leave (1) + jo-stops (1)
    CHECK(run.early_ending()->id == "end-left");
    CHECK_FALSE(run.can_continue());
}

TEST_CASE("'continue' is refused before an ending, and at an ending without a continuation") {
    Run run(load_mini());
    std::string why;
    CHECK_FALSE(run.act("continue", &why));
    CHECK(why.find("not at an ending") != std::string::npos);
    CHECK(run.node().id == "request");

    REQUIRE(run.choose("check"));
    REQUIRE(run.choose("call"));
    REQUIRE(run.choose("refuse"));
    REQUIRE(run.finished());
    CHECK_FALSE(run.can_continue());
    CHECK_FALSE(run.act("continue", &why));
    CHECK(why.find("ending 'end-safe' offers no continuation") != std::string::npos);
    CHECK(run.finished());

    // Once in a continuation, its ending offers no other.
    Run went_on = at_the_early_ending();
    REQUIRE(went_on.act("continue"));
    REQUIRE(went_on.choose("jo-stops"));
    CHECK_FALSE(went_on.act("continue", &why));
}

TEST_CASE("the score walks count the plays that go on into a continuation") {
    auto scenario = load_mini();
    const MaxScores best = max_scores(*scenario);
    CHECK(best.endings.count("end-jo") == 1);
    std::vector<std::vector<std::string>> through;
    explore_plays(*scenario, 1000, [&](const Play& play) {
        if (play.ending == "end-jo") through.push_back(play.choices);
    });
    REQUIRE(through.size() == 2);  // from 'check' or 'accept', then 'leave'
    CHECK(through[0] == std::vector<std::string>{"check", "leave", "continue", "jo-stops"});
}

TEST_CASE("lint asks every safe ending before the turn to be early and to offer a continuation") {
    std::ifstream file(source_path("tests/data/good/mini.yaml"));
    std::ostringstream text;
    text << file.rdbuf();
    const std::string mini = text.str();
    CHECK(lint_messages(mini).empty());
    // Not marked early: the ending a play reaches before the turn (line 107).
    CHECK(lint_messages(replaced(mini, "      early: true\n", "")).find(
              "early.yaml:107:5: error: ending 'end-left' is safe and some play reaches it before the blackmail "
              "turn; mark it 'early: true'") != std::string::npos);
    // Early, but nothing to go on to.
    const std::string no_continuation =
        replaced(mini, "      continue: { goto: jo-said-yes, character: jo, intro: \"Jo took the call. See what happened next.\" }\n", "");
    CHECK(lint_messages(no_continuation).find("early.yaml:113:14: error: early ending 'end-left' offers no continuation") !=
          std::string::npos);
    // Early after the turn: not early at all.
    const std::string late = replaced(mini, "    ending: { title: Safe, outcome: safe,",
                                      "    ending: { title: Safe, outcome: safe, early: true,");
    CHECK(lint_messages(late).find("error: ending 'end-safe' is 'early: true' but no play reaches it before the "
                                   "blackmail turn") != std::string::npos);
}

TEST_CASE("a continuation is watched at a distance: the stress meter starts again at zero") {
    std::ifstream file(source_path("tests/data/good/mini.yaml"));
    std::ostringstream text;
    text << file.rdbuf();
    // The chat before the early ending is stressful here.
    auto loaded = load_scenario_text(replaced(text.str(), "  - id: chat\n", "  - id: chat\n    stress: 70\n"), "mini.yaml");
    REQUIRE(loaded.ok());
    Run run(loaded.scenario);
    REQUIRE(run.choose("accept"));
    REQUIRE(run.choose("leave"));
    REQUIRE(run.high_stress());
    REQUIRE(run.act("continue"));
    CHECK(run.stress() == 0);
    CHECK_FALSE(run.high_stress());  // so no reply needs a steady hold
}
