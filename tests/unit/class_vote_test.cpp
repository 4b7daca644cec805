// Projector mode without a window: the class's vote tally and its ties, the
// PIN in front of it, and the clock stopping while the class discusses.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/class_vote.h"
#include "core/discussion_prompt.h"
#include "records/facilitator_pin.h"
#include "records/record_store.h"
#include "records/session_stats.h"
#include "scenario_text.h"
#include "ui/game_state.h"
#include "test_files.h"

using namespace secondlook;

namespace {

std::string fresh_records(const char* name) {
    const auto path = scratch_path(name);
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    return path.string();
}

GameState actions_game() {
    return GameState(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
}

// A facilitator past the PIN starts projector mode from the dashboard.
void start_from_dashboard(GameState& state, const std::string& pin) {
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 0.0);
    state.apply({UiAction::Kind::SubmitPin, 0, pin}, 0.0);
    state.apply(UiAction::of(UiAction::Kind::OpenProjectorSetup), 0.0);
    state.apply({UiAction::Kind::StartProjector, 0, {}}, 0.0);
}

void vote(GameState& state, const std::string& id, std::size_t count, double now = 0.0) {
    state.apply({UiAction::Kind::SetVote, count, id}, now);
}

}  // namespace

TEST_CASE("the class goes with the most votes; a tie waits for the facilitator to pick among the tied") {
    ClassVote tally;
    tally.reset({"pay", "stop", "ask"});
    CHECK(tally.leaders().empty());
    CHECK_FALSE(tally.decision());
    CHECK(tally.set("stop", 12));
    CHECK(tally.set("pay", 3));
    CHECK_FALSE(tally.set("not-offered", 4));
    CHECK(tally.total() == 15);
    CHECK(tally.decision() == "stop");
    CHECK(tally.decision("pay") == "stop");  // a tie-break is ignored when there is no tie

    CHECK(tally.set("ask", 12));
    CHECK(tally.leaders() == std::vector<std::string>{"stop", "ask"});  // in the order offered
    CHECK_FALSE(tally.decision());
    CHECK_FALSE(tally.decision("pay"));  // only a tied choice can break the tie
    CHECK(tally.decision("ask") == "ask");

    CHECK(tally.set("pay", -5));
    CHECK(tally.count("pay") == 0);
    CHECK(tally.set("pay", 100000));
    CHECK(tally.count("pay") == kMaxVotes);
    CHECK(tally.counts() == std::map<std::string, int>{{"ask", 12}, {"pay", kMaxVotes}, {"stop", 12}});
    tally.reset({"go-on"});
    CHECK(tally.counts() == std::map<std::string, int>{{"go-on", 0}});
}

TEST_CASE("the discussion prompt asks about the character, and at the turn says it is not their fault") {
    const auto turn = discussion_prompt(Stage::Turn);
    CHECK(turn.question == "What might happen next? What would you advise them to do?");
    CHECK(turn.nudge.find("not their fault") != std::string::npos);
    CHECK(discussion_prompt(Stage::Contact).nudge != turn.nudge);
}

TEST_CASE("projector mode needs the facilitator PIN") {
    RecordStore store(fresh_records("secondlook-projector-pin.sqlite"));
    set_facilitator_pin(store, "4826");
    GameState state = actions_game();
    state.record_to(&store, kHomeSession, "me");
    // A player cannot open the scenario picker or start it without the dashboard.
    state.apply(UiAction::of(UiAction::Kind::OpenProjectorSetup), 0.0);
    state.apply({UiAction::Kind::StartProjector, 0, {}}, 0.0);
    CHECK_FALSE(state.projector());
    CHECK(state.run() == nullptr);

    // --projector waits for the right PIN.
    state.start_projector_after_pin(0, "7KQ2");
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 0.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "1111"}, 0.0);
    CHECK_FALSE(state.projector());
    CHECK(state.screen() == ScreenId::FacilitatorPin);
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 0.0);
    CHECK(state.projector());
    CHECK(state.screen() == ScreenId::Play);
    CHECK(state.group_name() == "Class vote");

    // Leaving the play leaves projector mode; starting again needs the PIN again.
    state.apply(UiAction::of(UiAction::Kind::BackToList), 1.0);
    CHECK_FALSE(state.projector());
    state.apply({UiAction::Kind::StartProjector, 0, {}}, 1.0);
    CHECK_FALSE(state.projector());
}

TEST_CASE("in projector mode the class votes, discusses with the clock stopped, and its choice is recorded with the votes") {
    const std::string path = fresh_records("secondlook-projector-votes.sqlite");
    RecordStore store(path);
    set_facilitator_pin(store, "4826");
    store.create_session({"9TUE", "Year 9 Tuesday", "schools", true, {}, false});
    GameState state = actions_game();
    state.record_to(&store, "9TUE", "seat 3");
    start_from_dashboard(state, "4826");
    REQUIRE(state.projector());
    CHECK(state.group_name() == "Class vote: Year 9 Tuesday");
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 0.0);

    // No votes yet: nothing is chosen, and the facilitator is told why.
    state.apply(UiAction::of(UiAction::Kind::GoWithClass), 1.0);
    CHECK(state.run()->node().id == "chat");
    CHECK(state.vote_message().find("votes first") != std::string::npos);
    // Clicking or pressing a reply counts one vote; it does not choose.
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 1.0);
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 1.0);
    CHECK(state.class_vote().count("go-on") == 2);
    CHECK(state.run()->node().id == "chat");
    CHECK(state.vote_message().empty());
    // Actions stay the facilitator's to take, as in normal play.
    state.apply({UiAction::Kind::Choose, 0, "flag:chat.2"}, 1.0);
    CHECK(state.run()->flagged("chat.2"));
    state.update(2.0);
    state.apply(UiAction::of(UiAction::Kind::GoWithClass), 2.0);
    REQUIRE(state.run()->node().id == "threat");
    CHECK(state.class_vote().total() == 0);  // a fresh count for the new choices
    state.update(2.0);
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 2.0);
    state.update(2.0);
    REQUIRE(state.clock_running());

    // Discussing stops the blackmail clock.
    state.apply(UiAction::of(UiAction::Kind::ToggleDiscuss), 2.0);
    CHECK(state.discussing());
    state.update(40.0);
    CHECK(state.run()->countdown_left() == doctest::Approx(60.0));
    state.apply(UiAction::of(UiAction::Kind::ToggleDiscuss), 40.0);
    CHECK(state.clock_running());

    // A tie: the class goes with the one the facilitator picks among the tied.
    vote(state, "pay", 9, 41.0);
    vote(state, "stop", 9, 41.0);
    state.apply(UiAction::of(UiAction::Kind::GoWithClass), 41.0);
    CHECK(state.run()->node().id == "threat");
    CHECK(state.vote_message().find("tie") != std::string::npos);
    state.apply({UiAction::Kind::GoWithClass, 0, "go-on"}, 41.0);  // not among the tied
    CHECK(state.run()->node().id == "threat");
    state.apply({UiAction::Kind::GoWithClass, 0, "stop"}, 42.0);
    CHECK(state.run()->node().id == "settings");
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 42.0);
    REQUIRE(state.latest_feedback());
    CHECK(state.latest_feedback()->what == "The class chose: Stop replying");

    auto answers = store.answers("9TUE");
    REQUIRE(answers.size() == 3);
    CHECK(answers[0].player == "Class vote: Year 9 Tuesday");
    CHECK(answers[0].action == "flag:chat.2");
    CHECK(answers[0].votes.empty());
    CHECK(answers[1].action == "go-on");
    CHECK(answers[1].votes == std::map<std::string, int>{{"go-on", 2}});
    CHECK(answers[2].action == "stop");
    CHECK(answers[2].kind == "choice");
    CHECK(answers[2].points == std::map<std::string, int>{{"RESP-2", 2}});
    CHECK(answers[2].votes == std::map<std::string, int>{{"pay", 9}, {"stop", 9}});

    // The dashboard counts every vote, and says they were class votes.
    state.apply(UiAction::of(UiAction::Kind::BackToList), 43.0);
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 43.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 43.0);
    state.apply({UiAction::Kind::ShowSession, 0, "9TUE"}, 43.0);
    REQUIRE(state.dashboard_stats());
    const auto& choices = state.dashboard_stats()->choices;
    REQUIRE(choices.size() == 2);
    CHECK(choices[1].node == "threat");
    CHECK(choices[1].total == 18);
    CHECK(choices[1].class_votes == 18);
    CHECK(choices[1].chosen == std::vector<std::pair<std::string, std::size_t>>{{"Pay", 9}, {"Stop replying", 9}});
}
