// The "Already Paid" scenario, played by the real binary: the safe path with
// every kind of action, paying again, and the countdown's rising demands.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "process.h"

using nlohmann::json;

namespace {

const char* const kAlreadyPaid = "scenarios/already-paid.yaml";
const char* const kSafePath = ALREADY_PAID_SAFE_PATH;

json run_already_paid(const std::string& choices, int expected_exit) {
    std::vector<std::string> args{"run", kAlreadyPaid, "--json"};
    if (!choices.empty()) {
        args.push_back("--choose");
        args.push_back(choices);
    }
    auto result = run_secondlook(args);
    REQUIRE_MESSAGE(result.exit_code == expected_exit, result.err);
    return json::parse(result.out);
}

bool transcript_has_message(const json& report, const std::string& id) {
    for (const auto& event : report["transcript"])
        if (event.value("kind", "") == "message" && event.value("id", "") == id) return true;
    return false;
}

}  // namespace

TEST_CASE("already paid: the safe path uses every action and meets every objective") {
    json report = run_already_paid(kSafePath, 0);
    CHECK(report["scenario"] == "already-paid");
    CHECK(report["ending"] == "end-did-everything");
    CHECK(report["outcome"] == "safe");
    CHECK(report["score"]["total"] == report["score"]["max"]);

    // Each kind of action, with the points the scenario declares for it.
    std::map<std::string, json> first_scoring;  // kind -> points of its first scoring action
    std::set<std::string> kinds;
    for (const auto& action : report["actions"]) {
        const std::string kind = action["kind"];
        kinds.insert(kind);
        if (!action["points"].empty() && !first_scoring.count(kind)) first_scoring[kind] = action["points"];
    }
    for (const char* kind : {"flag", "record", "screenshot", "calm", "choice"}) CHECK_MESSAGE(kinds.count(kind), kind);
    CHECK(first_scoring["flag"] == json({{"SPOT-3", 1}}));        // the first flag: early flattery
    CHECK(first_scoring["record"] == json({{"RESP-4", 2}}));      // the account ID
    CHECK(first_scoring["screenshot"] == json({{"RESP-4", 2}}));  // threats, and the link and picture
    CHECK(first_scoring["calm"] == json({{"RESP-1", 2}}));        // the top-level calm score

    // Opening a profile is not listed as an action; the profile details it
    // shows could only be flagged and recorded with the card open.
    std::set<std::string> caught(report["signs"]["caught"].begin(), report["signs"]["caught"].end());
    CHECK(caught.count("riley.joined"));
    CHECK(caught.count("second.joined"));
    CHECK(report["signs"]["missed"].empty());

    CHECK(report["evidence"]["missing"].empty());
    std::set<std::string> kept(report["evidence"]["captured"].begin(), report["evidence"]["captured"].end());
    CHECK(kept == std::set<std::string>{"account-id", "profile-link", "threats", "link-and-photo", "new-account", "mtcn"});
    CHECK(report["objectives_missed"].empty());
    CHECK(report["objectives_met"].size() == 11);
}

TEST_CASE("already paid: paying again ends with bigger demands and no RESP-2") {
    json report = run_already_paid("pay-again,pay-more", 0);
    CHECK(report["ending"] == "end-paid-again");
    CHECK(report["outcome"] == "hard");
    CHECK(report["score"]["by_objective"]["RESP-2"] == 0);
    std::set<std::string> missed(report["objectives_missed"].begin(), report["objectives_missed"].end());
    CHECK(missed.count("RESP-2"));
    // The MTCN of the payment already made is always evidence.
    std::set<std::string> missing(report["evidence"]["missing"].begin(), report["evidence"]["missing"].end());
    CHECK(missing.count("mtcn"));
}

TEST_CASE("already paid: waiting in the countdown brings a bigger demand and more stress") {
    json before = run_already_paid("", 3);
    json after = run_already_paid("wait:45", 3);
    for (const json* report : {&before, &after}) {
        CHECK((*report)["steps"].back()["node"] == "new-demand");
        CHECK((*report)["ending"].is_null());
    }
    CHECK_FALSE(transcript_has_message(before, "new-demand.demand-1"));
    CHECK(transcript_has_message(after, "new-demand.demand-1"));
    CHECK_FALSE(transcript_has_message(after, "new-demand.demand-2"));
    CHECK(after["stress"].get<int>() > before["stress"].get<int>());
    CHECK(after["countdown_left"].get<double>() < before["countdown_left"].get<double>());

    json later = run_already_paid("wait:90", 3);
    CHECK(transcript_has_message(later, "new-demand.demand-2"));
    CHECK(later["stress"].get<int>() > after["stress"].get<int>());
}
