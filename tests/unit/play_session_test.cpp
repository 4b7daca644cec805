// A play without a window (app/play_session.h): its one replay brings a play
// back as far as the ids still fit, or all or nothing, and a carried-on play
// records on into the same play.
#include <doctest/doctest.h>

#include "app/play_session.h"
#include "records/record_store.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("a replay shows where the play got to at once and remembers the ids") {
    PlaySession play(load_valid("tests/data/good/actions.yaml"), 0.0);
    const ReplayResult replayed = play.replay({"flag:chat.2", "go-on", "screenshot"}, 5.0, ReplayFit::AsFarAsItGoes);
    CHECK(replayed.complete);
    CHECK(replayed.played == 3);
    CHECK(play.run().node().id == "threat");
    CHECK(play.pacer().settled());  // no typing dots for what already happened
    CHECK(play.played() == std::vector<std::string>{"flag:chat.2", "go-on", "screenshot"});
}

TEST_CASE("a replay that no longer fits stops where it is, or starts over when it must be all or nothing") {
    const auto scenario = load_valid("tests/data/good/actions.yaml");
    const std::vector<std::string> ids{"go-on", "no-such-choice", "stop"};

    PlaySession as_far(scenario, 0.0);
    const ReplayResult partly = as_far.replay(ids, 1.0, ReplayFit::AsFarAsItGoes);
    CHECK_FALSE(partly.complete);
    CHECK(partly.played == 1);
    CHECK(partly.error.find("no-such-choice") != std::string::npos);
    CHECK(as_far.run().node().id == "threat");

    PlaySession all_or_nothing(scenario, 0.0);
    const ReplayResult none = all_or_nothing.replay(ids, 1.0, ReplayFit::AllOrNothing);
    CHECK_FALSE(none.complete);
    CHECK(none.played == 0);
    CHECK(all_or_nothing.run().node().id == "chat");
    CHECK(all_or_nothing.played().empty());
    CHECK(all_or_nothing.run().events().size() == PlaySession(scenario, 0.0).run().events().size());
}

TEST_CASE("a carried-on play records its next answers into the same play, its ending before any debrief") {
    RecordStore store(fresh_records_path("play-session.sqlite"));
    const auto scenario = load_valid("tests/data/good/actions.yaml");
    {
        PlaySession first(scenario, 0.0);
        first.record_new_play(store, store.join(kHomeSession, "me"));
        REQUIRE(first.act("go-on", 2.0));
    }
    const auto unfinished = store.unfinished_play(kHomeSession, "me", scenario->id);
    REQUIRE(unfinished);
    PlaySession again(scenario, 10.0);
    REQUIRE(again.replay(unfinished->actions, 10.0, ReplayFit::AllOrNothing).complete);
    again.record_on(store, unfinished->id);
    REQUIRE(again.act("stop", 13.0));
    REQUIRE(again.act("deactivate", 14.0));
    CHECK(again.debrief() == nullptr);  // recorded first; the debrief shows when asked
    const auto plays = store.plays(kHomeSession);
    REQUIRE(plays.size() == 1);
    CHECK(plays[0].ending == "end");
    const auto answers = store.answers(kHomeSession);
    REQUIRE(answers.size() == 3);
    CHECK(answers[1].action == "stop");
    CHECK(answers[1].response_ms == 3000);  // from the replay, not from the first session
    CHECK(again.show_debrief());
    REQUIRE(again.debrief());
}
