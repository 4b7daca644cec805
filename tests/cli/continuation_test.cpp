// "See what could have happened" through the real binary: `run --choose`
// goes from an early ending on into its continuation with `continue`, ends
// at the continuation's ending, and the records mark the play as continued.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

#include "process.h"
#include "records/record_store.h"

using nlohmann::json;

namespace {

const char* const kFriendRequest = "scenarios/friend-request.yaml";
// Declined at the first message, then what Alex should do, step by step.
const char* const kThroughAlex =
    "decline-request,continue,alex-pays,alex-breathes,alex-goes-quiet,alex-keeps-evidence,alex-deactivates,"
    "alex-reports-apps,alex-tells-nobody-else,alex-tells-an-adult,alex-reports-ceop";

std::string fresh_records(const std::string& name) {
    const std::string path = std::string(SECONDLOOK_TEST_OUTPUT) + "/" + name + ".sqlite";
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    return path;
}

}  // namespace

TEST_CASE("run --choose goes on from an early ending into its continuation and ends there") {
    auto result = run_secondlook({"run", kFriendRequest, "--choose", kThroughAlex, "--json"});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    const json report = json::parse(result.out);
    CHECK(report["ending"] == "end-alex-got-help");
    CHECK(report["early_ending"] == "end-spotted-early");
    CHECK(report["can_continue"] == false);
    CHECK(report["outcome"] == "safe");
    for (const char* objective : {"RESP-1", "RESP-2", "RESP-3", "RESP-4", "RESP-5", "RESP-6", "RESP-8", "RESP-9"})
        CHECK_MESSAGE(report["score"]["by_objective"][objective].get<int>() > 0, objective);
    bool continued = false;
    for (const auto& entry : report["transcript"])
        if (entry["node"] == "alex-said-yes") continued = entry.value("continuation", false);
    CHECK(continued);

    // Stopped at the early ending, the play says it can go on.
    auto early = run_secondlook({"run", kFriendRequest, "--choose", "decline-request", "--json"});
    REQUIRE(early.exit_code == 0);
    CHECK(json::parse(early.out)["can_continue"] == true);
    CHECK(json::parse(early.out)["early_ending"].is_null());

    // The transcript names the early ending and marks the continuation's nodes.
    auto text = run_secondlook({"run", kFriendRequest, "--choose", kThroughAlex});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("-- alex-said-yes (cut, continuation) --") != std::string::npos);
    CHECK(text.out.find("Early ending: end-spotted-early - You took a second look") != std::string::npos);
    CHECK(text.out.find("Ending: end-alex-got-help - Alex got help (safe)") != std::string::npos);
}

TEST_CASE("run --choose refuses 'continue' where there is nothing to go on to, and says why") {
    auto early = run_secondlook({"run", kFriendRequest, "--choose", "continue"});
    CHECK(early.exit_code == 2);
    CHECK(early.err.find("choice 1 of 1: 'continue': the play is at node 'request', not at an ending") !=
          std::string::npos);
    auto twice = run_secondlook({"run", "tests/data/good/mini.yaml", "--choose", "accept,leave,continue,jo-stops,continue"});
    CHECK(twice.exit_code == 2);
    CHECK(twice.err.find("choice 5 of 5: 'continue': ending 'end-jo' offers no continuation") != std::string::npos);
}

TEST_CASE("the records mark a play that went on into its continuation, for the facilitator") {
    const std::string records = fresh_records("continued");
    auto played = run_secondlook({"run", kFriendRequest, "--choose", kThroughAlex, "--records", records, "--session",
                                  "7CNT", "--player", "fox"});
    REQUIRE_MESSAGE(played.exit_code == 0, played.err);
    CHECK(played.err.find("recorded: continue") != std::string::npos);

    secondlook::RecordStore store(records, secondlook::RecordStore::Access::ReadOnly);
    const auto plays = store.plays("7CNT");
    REQUIRE(plays.size() == 1);
    CHECK(plays[0].ending == "end-alex-got-help");
    CHECK(plays[0].early_ending == "end-spotted-early");

    // The CSV lists the step into the continuation where it happened.
    auto csv = run_secondlook({"export", "--records", records, "--session", "7CNT", "--format", "csv"});
    REQUIRE(csv.exit_code == 0);
    CHECK(csv.out.find(",end-spotted-early,continue,continue,") != std::string::npos);
    // The report's table of players says the play continued.
    const std::string report = std::string(SECONDLOOK_TEST_OUTPUT) + "/continued-report.html";
    auto made = run_secondlook({"report", "--records", records, "--session", "7CNT", "-o", report});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    CHECK(read_text_file(report).find("end-alex-got-help (safe), continued from end-spotted-early") != std::string::npos);
}

TEST_CASE("xAPI: the ending after a continuation has its own completion statements, beside the early ending's") {
    const std::string records = fresh_records("continued-xapi");
    std::string play;
    {
        secondlook::RecordStore store(records);
        play = store.start_play(store.join("5XAP", "owl"), "friend-request");
        store.record_answer(play, "request", "decline-request", "choice", {{"SPOT-1", 3}}, 900);
        store.finish_play(play, {"end-spotted-early", "safe", 3, 63, 3, {{"SPOT-1", {3, 4, 3, false}}}});
    }
    auto ids_of = [&](const char* verb) {
        std::set<std::string> ids;
        auto xapi = run_secondlook({"export", "--records", records, "--format", "xapi"});
        REQUIRE_MESSAGE(xapi.exit_code == 0, xapi.err);
        for (const auto& statement : json::parse(xapi.out))
            if (statement["verb"]["id"] == std::string("http://adlnet.gov/expapi/verbs/") + verb)
                ids.insert(statement["id"].get<std::string>());
        return ids;
    };
    const auto early_completed = ids_of("completed");
    REQUIRE(early_completed.size() == 1);
    {
        secondlook::RecordStore store(records);
        store.record_answer(play, "end-spotted-early", "continue", "continue", {}, 900);
        store.mark_continued(play, "end-spotted-early");
        store.record_answer(play, "alex-threat", "alex-breathes", "choice", {{"RESP-1", 1}}, 900);
        store.finish_play(play, {"end-alex-got-help", "safe", 4, 63, 5, {{"SPOT-1", {3, 4, 3, false}}, {"RESP-1", {1, 4, 2, false}}}});
    }
    const auto final_completed = ids_of("completed");
    REQUIRE(final_completed.size() == 1);
    CHECK(*final_completed.begin() != *early_completed.begin());
}
