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
    play.objectives["RESP-2"] = {resp2_points, 3};
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
