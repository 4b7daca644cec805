// The maximum beside a player's score ("Score: 4 of 4") is the most any play
// can score, never less than a real play scored: through loops that score on
// the way, through stories with more plays than can be walked one by one,
// and refused (never guessed) when it cannot be found exactly.
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "process.h"

namespace {

// Followed by the objectives, "]" and the rest.
const char* const kHeader = R"(id: max-score
title: Max score
summary: A test story for the maximum score.
objectives: [)";

const char* const kRest = R"(]
start: first
audience: [schools]
min_age: 11
cast:
  - { id: sam, name: Sam Reed, handle: sam.reed.01, avatar: "#3a7bd5" }
nodes:
)";

const char* const kEnding = R"(  - id: end
    ending: { title: Safe, outcome: safe, debrief: "You stopped replying and told someone. Keep the evidence, report the account and talk to someone you trust." }
)";

std::string written(const std::string& name, const std::string& objectives, const std::string& nodes) {
    const std::string path = std::string(SECONDLOOK_TEST_OUTPUT) + "/" + name + ".yaml";
    std::ofstream(path) << kHeader << objectives << kRest << nodes << kEnding;
    return path;
}

std::string node(const std::string& id, const std::string& choices) {
    return "  - id: " + id + "\n    contact: sam\n    messages: [{ from: sam, text: \"Well?\" }]\n    choices:\n" + choices;
}

std::string choice(const std::string& id, const std::string& score, const std::string& target) {
    return "      - { id: " + id + ", text: " + id + ", feedback: Noted., " + (score.empty() ? "" : "score: " + score + ", ") +
           "goto: " + target + " }\n";
}

}  // namespace

TEST_CASE("a loop that scores on the way counts toward the maximum") {
    // Asking again scores once and comes back; the old walk cut the play there.
    const std::string path = written("scoring-loop", "RESP-2, RESP-3", node("first", choice("ask-again", "{ RESP-2: 3 }", "first") +
                                                                        choice("leave", "{ RESP-3: 1 }", "end")));
    REQUIRE(run_secondlook({"lint", path}).exit_code == 0);
    auto result = run_secondlook({"run", path, "--choose", "ask-again,leave"});
    CHECK(result.exit_code == 0);
    CHECK_MESSAGE(result.out.find("Score: 4 of 4") != std::string::npos, result.out);
}

TEST_CASE("a story with more plays than can be walked one by one still gets its exact maximum") {
    // 2^18 plays through the quiz come first; the report, worth more, after them.
    std::string nodes = node("first", choice("quiz", "", "q1") + choice("report", "{ RESP-2: 50 }", "end"));
    for (int i = 1; i <= 18; ++i) {
        const std::string next = i == 18 ? "end" : "q" + std::to_string(i + 1);
        nodes += node("q" + std::to_string(i), choice("yes-" + std::to_string(i), "{ SPOT-1: 1 }", next) +
                                                   choice("no-" + std::to_string(i), "", next));
    }
    const std::string path = written("many-plays", "SPOT-1, RESP-2", nodes);
    REQUIRE(run_secondlook({"lint", path}).exit_code == 0);
    auto result = run_secondlook({"run", path, "--choose", "report"});
    CHECK(result.exit_code == 0);
    CHECK_MESSAGE(result.out.find("Score: 50 of 50") != std::string::npos, result.out);  // was "50 of 18"
}

TEST_CASE("a scenario too big to score exactly is refused by run as by lint, with the count") {
    auto lint = run_secondlook({"lint", "tests/data/malformed/too-many-plays.yaml"});
    CHECK(lint.exit_code == 1);
    CHECK(lint.out.find("too-many-plays.yaml:8:8: error: the plays of this scenario are too many to walk exactly: "
                        "100001 distinct situations of play were counted") != std::string::npos);
    auto run = run_secondlook({"run", "tests/data/malformed/too-many-plays.yaml", "--choose", "no-1"});
    CHECK(run.exit_code != 0);
    CHECK(run.out.find("Score:") == std::string::npos);
}

TEST_CASE("a counter that grows in a loop still gives a maximum, and the play its debrief") {
    // Every "no" adds one; leaving needs two. The walk of plays never ended (and overflowed the stack).
    const std::string path =
        written("counting-loop", "RESP-3",
                "  - id: first\n    contact: sam\n    messages: [{ from: sam, text: \"Send it?\" }]\n    choices:\n"
                "      - { id: say-no, text: \"No\", feedback: Good., score: { RESP-3: 2 }, add: { refusals: 1 }, goto: first }\n"
                "      - { id: leave, if: refusals >= 2, text: Leave, feedback: Well done., goto: end }\n");
    auto result = run_secondlook({"run", path, "--choose", "say-no,say-no,say-no,leave"});
    CHECK(result.exit_code == 0);
    CHECK_MESSAGE(result.out.find("Score: 2 of 2") != std::string::npos, result.out << result.err);
    // Listing its plays stops, as the listing of a story with too many plays does, instead of crashing.
    auto paths = run_secondlook({"paths", path});
    CHECK(paths.exit_code == 0);
    CHECK(paths.out.find("max-score: ") == 0);
    CHECK(paths.err.find("stopped after") != std::string::npos);
}
