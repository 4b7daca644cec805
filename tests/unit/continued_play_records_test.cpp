// A play that goes on into "See what could have happened" is one play in
// the records: its answers go on, its last ending is its ending, and the
// early ending it went on from is kept beside it.
#include <doctest/doctest.h>

#include "core/debrief.h"
#include "core/max_scores.h"
#include "core/run.h"
#include "records/play_recorder.h"
#include "records/record_store.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("the records mark a play that went on into a continuation, and keep its last ending") {
    RecordStore store(fresh_records_path("secondlook-continued.sqlite"));
    const auto player = store.join("home", "fox");
    Run run(load_valid("tests/data/good/mini.yaml"));
    PlayRecorder recorder(store, player, run);
    for (const char* id : {"accept", "leave"}) {
        REQUIRE(run.act(id));
        recorder.record_latest(run, 1000);
    }
    recorder.finish(run, make_debrief(run));
    auto plays = store.plays();
    REQUIRE(plays.size() == 1);
    CHECK(plays[0].ending == "end-left");
    CHECK(plays[0].early_ending.empty());

    for (const char* id : {"continue", "jo-stops"}) {
        REQUIRE(run.act(id));
        recorder.record_latest(run, 1000);
    }
    // Until the continuation ends, the play stays at its early ending.
    plays = store.plays();
    CHECK(plays[0].ending == "end-left");
    CHECK(plays[0].early_ending == "end-left");
    recorder.finish(run, make_debrief(run));
    plays = store.plays();
    REQUIRE(plays.size() == 1);
    CHECK(plays[0].ending == "end-jo");
    CHECK(plays[0].early_ending == "end-left");
    CHECK(plays[0].objectives.at("RESP-3").points == 2);
    const auto answers = store.answers();
    REQUIRE(answers.size() == 4);
    CHECK(answers[2].action == "continue");
    CHECK(answers[2].kind == "continue");
    CHECK(answers[2].node == "end-left");
    CHECK(answers[3].node == "jo-said-yes");
}
