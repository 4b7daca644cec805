#include <doctest/doctest.h>

#include "scenario_text.h"

using namespace secondlook;

TEST_CASE("the valid scenario passes every rule") {
    auto result = load_text(kValidScenario);
    CHECK_MESSAGE(result.diagnostics.all().empty(), all_diagnostics(result));
}

TEST_CASE("unreachable nodes and endings are reported") {
    auto text = replaced(kValidScenario, "goto: end-paid", "goto: end-safe");
    auto result = load_text(text);
    CHECK(reports(result, "tiny.yaml:25:5: error: ending 'end-paid' can never be reached from the start ('hello')"));
}

TEST_CASE("a node with no way on is reported") {
    auto text = replaced(kValidScenario, "    ending: { title: Paid, outcome: hard, debrief: Not too late. }\n", "");
    CHECK(reports(load_text(text), "node 'end-paid' has no way on"));
}

TEST_CASE("a loop with no way to an ending is reported") {
    auto text = replaced(kValidScenario, "goto: end-paid", "goto: trap") +
                "  - id: trap\n    choices:\n      - { id: again, text: Again, feedback: Round we go., goto: trap }\n";
    text = replaced(text, "  - id: end-paid\n    ending: { title: Paid, outcome: hard, debrief: Not too late. }\n", "");
    CHECK(reports(load_text(text), "from node 'trap' no ending can be reached"));
}

TEST_CASE("a loop of nodes without choices is reported") {
    auto text = std::string(kValidScenario) + "  - id: spin-a\n    next: spin-b\n  - id: spin-b\n    next: spin-a\n";
    text = replaced(text, "goto: end-paid", "goto: spin-a");
    CHECK(reports(load_text(text), "is in a loop of nodes without choices"));
}

TEST_CASE("choices without feedback are reported") {
    auto text = replaced(kValidScenario, "        feedback: Blocking stops the pressure.\n", "");
    CHECK(reports(load_text(text), "tiny.yaml:20:9: error: choice 'block' has no 'feedback:'"));
}

TEST_CASE("objectives never scored, or scored but not declared, are reported") {
    auto text = replaced(kValidScenario, "[SPOT-1, RESP-2]", "[SPOT-1, RESP-2, RESP-9]");
    CHECK(reports(load_text(text), "objective RESP-9 is declared but nothing scores it"));
    text = replaced(kValidScenario, "[SPOT-1, RESP-2]", "[SPOT-1]");
    CHECK(reports(load_text(text), "choice 'block' scores RESP-2, which is not in the scenario's 'objectives'"));
}

TEST_CASE("conditions must read variables that some choice sets") {
    auto text = replaced(kValidScenario, "        text: Pay them\n", "        text: Pay them\n        if: payd\n");
    CHECK(reports(load_text(text), "condition 'payd' reads 'payd', which no choice sets or adds"));
}

TEST_CASE("conditional choices need a fallback, and the last branch needs no condition") {
    auto text = replaced(kValidScenario, "        text: Block\n", "        text: Block\n        if: paid\n");
    text = replaced(text, "        text: Pay them\n", "        text: Pay them\n        if: paid\n        set: { paid: true }\n");
    CHECK(reports(load_text(text), "every choice of node 'hello' has an 'if'; add 'next:'"));

    auto branches = replaced(kValidScenario, "goto: end-paid", "goto: split") +
                    "  - id: split\n    branches:\n      - { if: paid, goto: end-paid }\n";
    branches = replaced(branches, "        text: Pay them\n", "        text: Pay them\n        set: { paid: 1 }\n");
    CHECK(reports(load_text(branches), "the last branch of node 'split' has an 'if'"));
}

TEST_CASE("all problems are reported together, in file order") {
    auto text = replaced(kValidScenario, "goto: end-paid", "goto: nowhere");
    text = replaced(text, "feedback: Blocking", "feedbak: Blocking");
    auto result = load_text(text);
    REQUIRE(result.diagnostics.all().size() >= 3);
    int previous = 0;
    for (const auto& diagnostic : result.diagnostics.all()) {
        CHECK(diagnostic.where.line >= previous);
        previous = diagnostic.where.line;
    }
}

TEST_CASE("a warning sign that can never be flagged is reported") {
    auto system_sign = replaced(kValidScenario, "      - { from: kit, text: \"Hi!\" }",
                                "      - { from: system, text: \"Hi!\", sign: { score: { SPOT-1: 1 }, why: Odd. } }");
    CHECK(reports(load_text(system_sign), "only a cast member's messages can be flagged"));
    auto trusted_sign = replaced(replaced(kValidScenario, "    handle: kit.lane.9\n", "    handle: kit.lane.9\n    trusted: true\n"),
                                 "      - { from: kit, text: \"Hi!\" }",
                                 "      - { from: kit, text: \"Hi!\", sign: { score: { SPOT-1: 1 }, why: Odd. } }");
    CHECK(reports(load_text(trusted_sign), "'kit' is trusted, so it cannot be flagged"));
}

TEST_CASE("a sign where no Flag is drawn is reported at the sign; 'flags:' only where a Flag can be drawn") {
    const std::string signed_hi = "      - { from: kit, text: \"Hi!\", sign: { score: { SPOT-1: 1 }, why: Odd. } }";
    auto with_sign = replaced(kValidScenario, "      - { from: kit, text: \"Hi!\" }", signed_hi);
    CHECK_MESSAGE(load_text(with_sign).ok(), all_diagnostics(load_text(with_sign)));
    auto switched_off = load_text(replaced(with_sign, "    contact: kit\n", "    contact: kit\n    flags: off\n"));
    CHECK(reports(switched_off, "tiny.yaml:15:41: error: message 'hello.1' has a 'sign:', but node 'hello' shows no Flag buttons"));
    auto blackmail = load_text(replaced(with_sign, "    contact: kit\n", "    contact: kit\n    screen: blackmail\n"));
    CHECK(reports(blackmail, "node 'hello' shows no Flag buttons"));
    auto cut = load_text(replaced(kValidScenario, "    contact: kit\n", "    contact: kit\n    screen: cut\n    flags: on\n"));
    CHECK(reports(cut, "tiny.yaml:14:12: error: 'flags' is only drawn on chat, friend-request, call and blackmail screens"));
}
