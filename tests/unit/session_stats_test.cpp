#include <doctest/doctest.h>

#include "records/session_stats.h"

using namespace secondlook;

namespace {

PlayRecord finished_play(const std::string& player, const std::string& outcome, int resp2_points) {
    PlayRecord play;
    play.player = player;
    play.scenario = "actions";
    play.ending = "end";
    play.outcome = outcome;
    play.objectives["RESP-2"] = {resp2_points, 3, std::nullopt};
    return play;
}

}  // namespace

TEST_CASE("an objective's share counts the plays that met it, and the misses that still ended safely") {
    const std::vector<PlayRecord> plays = {
        finished_play("fox", "safe", 0),  // stopped early: never reached the step
        finished_play("owl", "safe", 2),
        finished_play("cat", "hard", 0),
        finished_play("elk", "hard", 0),
    };
    PlayRecord unfinished = finished_play("ant", "", 0);
    unfinished.ending.clear();  // not counted: it never reached an ending
    std::vector<PlayRecord> all = plays;
    all.push_back(unfinished);

    const SessionStats stats = session_stats(all, {}, {});
    REQUIRE(stats.objectives.size() == 1);
    const ObjectiveShare& share = stats.objectives[0];
    CHECK(share.objective == "RESP-2");
    CHECK(share.taught == 4);
    CHECK(share.met == 1);
    CHECK(share.missed_in_safe_plays == 1);
    CHECK(stats.finished == 4);
    CHECK(stats.safe == 2);
}

TEST_CASE("an objective's share counts only the plays it was part of, by the debrief's rule") {
    // Six plays; only elk paid, so only elk was offered checking the payment (RESP-7).
    std::vector<PlayRecord> plays;
    for (const char* player : {"fox", "owl", "cat", "ant", "bee", "elk"}) {
        PlayRecord play = finished_play(player, "safe", 2);
        play.offered = 4;
        play.objectives["RESP-2"].offered = 3;
        play.objectives["RESP-7"] = {0, 2, 0, false};
        plays.push_back(play);
    }
    plays.back().objectives["RESP-7"] = {2, 2, 2, false};
    plays[1].objectives["RESP-2"].against = true;  // owl paid at some point: not met
    plays[2].objectives["RESP-2"].points = 1;       // cat: 1 of 3, under half

    const SessionStats stats = session_stats(plays, {}, {});
    REQUIRE(stats.objectives.size() == 2);
    CHECK(stats.objectives[0].objective == "RESP-2");
    CHECK(stats.objectives[0].taught == 6);
    CHECK(stats.objectives[0].met == 4);
    CHECK(stats.objectives[1].objective == "RESP-7");
    CHECK(stats.objectives[1].taught == 1);  // was 0 of 6
    CHECK(stats.objectives[1].met == 1);
}

TEST_CASE("a play recorded before what it offered was kept is counted as it was recorded") {
    PlayRecord older = finished_play("fox", "safe", 0);  // no `offered`: the rule then, nothing guessed
    CHECK(older.status("RESP-2") == ObjectiveStatus::ToPractise);
    CHECK(older.score_max() == older.max);
    older.objectives["RESP-2"].points = 1;
    CHECK(older.status("RESP-2") == ObjectiveStatus::Met);  // 1 of 3, but any points met it then
}
