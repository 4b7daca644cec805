// Results and sessions without a window (app/classroom.h): the facilitator's
// PIN, a session made and joined, and the dashboard showing its plays.
#include <doctest/doctest.h>

#include "app/classroom.h"
#include "app/play_session.h"
#include "records/facilitator_pin.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("the first PIN typed is kept; after that only it opens the dashboard") {
    RecordStore store(fresh_records_path("classroom-pin.sqlite"));
    Classroom classroom;
    CHECK_FALSE(classroom.submit_pin("4826"));  // no records file: nothing to protect
    classroom.record_to(&store, kHomeSession, "me");
    CHECK_FALSE(classroom.submit_pin("12"));
    CHECK_FALSE(classroom.pin_message().empty());
    CHECK(classroom.submit_pin("4826"));
    CHECK(classroom.pin_is_set());
    CHECK_FALSE(classroom.submit_pin("1111"));
    CHECK(classroom.submit_pin("4826"));
}

TEST_CASE("a session made on the dashboard is joined by its code and shows its players' plays") {
    RecordStore store(fresh_records_path("classroom-session.sqlite"));
    const auto scenario = load_valid("tests/data/good/actions.yaml");
    Classroom facilitator;
    facilitator.record_to(&store, kHomeSession, "facilitator");
    const std::string code = facilitator.create_session({"", "Year 9", "schools", false, {"actions"}, false});
    CHECK(store.session_setup(code));

    Classroom player;
    player.record_to(&store, kHomeSession, "me");
    CHECK_FALSE(player.join("no such code", "owl").joined);
    const JoinResult joined = player.join(code, "owl");
    REQUIRE(joined.joined);
    REQUIRE(joined.setup);
    CHECK_FALSE(joined.setup->timers);
    CHECK(player.session() == code);
    CHECK(player.offered(*scenario, "home"));  // the session's own list, whatever the track

    PlaySession play(scenario, 0.0);
    play.record_new_play(store, store.join(player.session(), player.player()));
    REQUIRE(play.replay({"go-on", "stop", "deactivate"}, 1.0, ReplayFit::AllOrNothing).complete);

    facilitator.load_dashboard(code, "", {{scenario->id, scenario}});
    CHECK(facilitator.dashboard().session == code);
    REQUIRE(facilitator.dashboard().plays.size() == 1);
    CHECK(facilitator.dashboard().plays[0].player == "owl");
    CHECK(facilitator.dashboard().plays[0].ending == "end");
    REQUIRE(facilitator.dashboard().stats);

    facilitator.delete_session(code);
    facilitator.load_dashboard("", "", {});
    CHECK(facilitator.dashboard().plays.empty());
}
