// Runs the real binary, as scripts and reviewers do, and checks the contract
// of its command lines: exit codes, GCC-style lint lines and the JSON report.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "process.h"

using nlohmann::json;

namespace {

const char* const kMini = "tests/data/good/mini.yaml";
const char* const kFriendRequest = "scenarios/friend-request.yaml";
// The campaign-film scenario played two ways: "don't panic, don't pay", and paying.
const char* const kDontPanicDontPay = FRIEND_REQUEST_SAFE_PATH;
const char* const kPays = FRIEND_REQUEST_PAY_PATH;

json run_json(const std::string& file, const std::string& choices, int expected_exit) {
    auto result = run_secondlook({"run", file, "--choose", choices, "--json"});
    REQUIRE_MESSAGE(result.exit_code == expected_exit, result.err);
    return json::parse(result.out);
}

}  // namespace

TEST_CASE("run --json reports the ending, debrief, steps, score and what was offered") {
    json report = run_json(kMini, "check,call,refuse", 0);
    CHECK(report["scenario"] == "mini");
    CHECK(report["ending"] == "end-safe");
    CHECK(report["debrief"] ==
          "You did well: you checked first, stopped contact and kept calm. Tell someone you trust too.");
    CHECK(report["score"]["total"] == 7);
    // Out of what this play offered: checking (2), leaving the chat (1, not
    // taken) and stopping at the threat (3 + 2).
    CHECK(report["score"]["max"] == 2 + 1 + 5);
    CHECK(report["score"]["max_by_objective"] == json({{"SPOT-1", 2}, {"RESP-2", 3}, {"RESP-3", 1 + 2}}));
    CHECK(report["objectives_met"] == json({"SPOT-1", "RESP-2", "RESP-3"}));
    CHECK(report["stopped_early"] == false);
    CHECK(report["score"]["by_objective"] == json({{"SPOT-1", 2}, {"RESP-2", 3}, {"RESP-3", 2}}));
    CHECK(report["offered"] == json::array());
    REQUIRE(report["steps"].size() == 8);
    CHECK(report["steps"][0] == json({{"node", "request"}, {"choice", "check"}}));
    CHECK(report["steps"][2] == json({{"node", "ring"}, {"choice", nullptr}}));
    CHECK(report["steps"][7] == json({{"node", "end-safe"}, {"choice", nullptr}}));
}

TEST_CASE("run stops with exit 3 and the offered ids when the choices run out") {
    json report = run_json(kMini, "check", 3);
    CHECK(report["ending"].is_null());
    CHECK(report["debrief"].is_null());
    CHECK(report["offered"] == json({"call", "leave"}));
    CHECK(report["score"]["total"] == 2);
}

TEST_CASE("run refuses unknown ids and choices not offered with exit 2 and a clear message") {
    auto unknown = run_secondlook({"run", kMini, "--choose", "check,fly"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("choice 2 of 2: there is no choice 'fly' in this scenario") != std::string::npos);
    auto not_offered = run_secondlook({"run", kMini, "--choose", "refuse"});
    CHECK(not_offered.exit_code == 2);
    CHECK(not_offered.err.find("choice 'refuse' is not offered at node 'request'; offered here: check, accept") !=
          std::string::npos);
    CHECK(run_secondlook({"run"}).exit_code == 2);
    CHECK(run_secondlook({"run", kMini, "--bogus"}).exit_code == 2);
}

TEST_CASE("run on a broken scenario prints its errors and exits 1") {
    auto result = run_secondlook({"run", "tests/data/bad/bad-reference.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("bad-reference.yaml:19:15: error:") != std::string::npos);
}

TEST_CASE("the text transcript shows messages, replies with feedback, the debrief and help") {
    auto result = run_secondlook({"run", kMini, "--choose", "accept,leave"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("[20:00] Alex Stone: Hi there!") != std::string::npos);
    CHECK(result.out.find("> accept: Accept") != std::string::npos);
    CHECK(result.out.find("Second look: Leaving is always allowed.") != std::string::npos);
    CHECK(result.out.find("Ending: end-left - Left (safe)") != std::string::npos);
    // Leaving before any threat is the best result of that path: 1 of 1,
    // not 1 of the scenario's best play (7).
    CHECK(result.out.find("Score: 1 of 1 (the most this play offered)") != std::string::npos);
    CHECK(result.out.find("Stopped early and safely: the best result of this path.") != std::string::npos);
    CHECK(result.out.find("met          RESP-3  1/1") != std::string::npos);
    CHECK(result.out.find("not in play  RESP-2") != std::string::npos);
    CHECK(result.out.find("Childline") != std::string::npos);
}

TEST_CASE("lint prints FILE:LINE:COL: error: lines and exits 1 on errors, 0 when clean") {
    auto broken = run_secondlook({"lint", "tests/data/bad/bad-reference.yaml"});
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.find("tests/data/bad/bad-reference.yaml:19:15: error: choice 'pay' goes to unknown node "
                          "'pay_now'; known nodes: pay-now") == 0);
    auto clean = run_secondlook({"lint", kMini});
    CHECK(clean.exit_code == 0);
    CHECK(clean.out.empty());
    auto missing = run_secondlook({"lint", "no/such/file.yaml"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.out.find("no/such/file.yaml: error: cannot open") == 0);
}

TEST_CASE("lint with no path checks the shipped scenarios, which are clean") {
    auto result = run_secondlook({"lint"});
    CHECK_MESSAGE(result.exit_code == 0, result.out << result.err);
    CHECK(result.err.find(" 0 errors") != std::string::npos);
}

TEST_CASE("the campaign-film scenario: don't panic, don't pay scores more than paying") {
    json safe = run_json(kFriendRequest, kDontPanicDontPay, 0);
    json paid = run_json(kFriendRequest, kPays, 0);
    CHECK(safe["ending"] != paid["ending"]);
    CHECK(safe["outcome"] == "safe");
    CHECK(paid["outcome"] == "hard");
    CHECK(safe["score"]["total"].get<int>() > paid["score"]["total"].get<int>());
    CHECK(safe["score"]["by_objective"]["RESP-2"].get<int>() > 0);
    CHECK(paid["score"]["by_objective"]["RESP-2"] == 0);
    CHECK(safe["score"]["max"].get<int>() >= safe["score"]["total"].get<int>());
}

TEST_CASE("the campaign-film scenario: the safe play's actions earn what the scenario declares") {
    json safe = run_json(kFriendRequest, kDontPanicDontPay, 0);
    CHECK(safe["ending"] == "end-did-everything-right");
    const json& actions = safe["actions"];
    auto find = [&](const std::string& id, const std::string& node) -> json {
        for (const auto& action : actions)
            if (action["id"] == id && action["node"] == node) return action;
        FAIL("no action '" << id << "' at node '" << node << "'");
        return json();
    };
    // The points below are the ones scenarios/friend-request.yaml declares:
    // the sign of a message, the sign of a profile detail, the evidence items
    // a screenshot or a record captures, and 'calm'.
    json flag = find("flag:request-flattery", "request");
    CHECK(flag["kind"] == "flag");
    CHECK(flag["points"] == json({{"SPOT-1", 1}}));
    CHECK(find("flag:keep-it-secret", "fast-intimacy")["points"] == json({{"SPOT-3", 2}}));
    CHECK(find("flag:skye.joined", "request")["points"] == json({{"SPOT-2", 1}}));

    json threats = find("screenshot", "the-turn");
    CHECK(threats["kind"] == "screenshot");
    CHECK(threats["captured"] == json({"threats", "video-link"}));
    CHECK(threats["points"] == json({{"RESP-4", 2}}));  // threats 1 + video link 1
    json second = find("screenshot", "new-account");
    CHECK(second["captured"] == json({"second-account"}));
    CHECK(second["points"] == json({{"RESP-4", 1}}));

    json record = find("record:skye.id", "evidence-step");
    CHECK(record["kind"] == "record");
    CHECK(record["captured"] == json({"account-id"}));
    CHECK(record["points"] == json({{"RESP-4", 2}}));
    json profile = find("screenshot", "evidence-step");  // the open profile card: its link
    CHECK(profile["captured"] == json({"profile-link"}));
    CHECK(profile["points"] == json({{"RESP-4", 1}}));

    json calm = find("calm", "the-turn");
    CHECK(calm["kind"] == "calm");
    CHECK(calm["points"] == json({{"RESP-1", 2}}));

    CHECK(safe["evidence"]["missing"] == json::array());
    CHECK(safe["evidence"]["captured"].size() == 5);
    CHECK_FALSE(safe["signs"]["caught"].empty());
    CHECK(safe["score"]["by_objective"]["RESP-4"] == 6);
}

TEST_CASE("a script can walk the whole story one choice at a time") {
    // Always take the last offered reply: the exit-3 protocol must lead to an ending.
    std::string choices;
    for (int step = 0; step < 200; ++step) {
        auto result = run_secondlook({"run", kFriendRequest, "--choose", choices, "--json"});
        json report = json::parse(result.out);
        if (result.exit_code == 0) {
            CHECK_FALSE(report["ending"].is_null());
            return;
        }
        REQUIRE(result.exit_code == 3);
        REQUIRE_FALSE(report["offered"].empty());
        choices += (choices.empty() ? "" : ",") + report["offered"].back().get<std::string>();
    }
    FAIL("no ending after 200 choices");
}

TEST_CASE("--help and --version") {
    auto help = run_secondlook({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("secondlook run FILE") != std::string::npos);
    CHECK(help.out.find("secondlook lint") != std::string::npos);
    auto version = run_secondlook({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out.find("secondlook ") == 0);
    CHECK(run_secondlook({"frobnicate"}).exit_code == 2);
    CHECK(run_secondlook({"--size", "big"}).exit_code == 2);
}
