// Projector mode without a window: the class's vote tally and its ties, the
// PIN in front of it, and the clock stopping while the class discusses.
#include <doctest/doctest.h>

#include <algorithm>
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

// A class playing The Friend Request in projector mode, recorded in session `code`.
GameState friend_request_class(RecordStore& store, const std::string& code) {
    set_facilitator_pin(store, "4826");
    store.create_session({code, "Year 8", "schools", true, {}, false});
    GameState state(SupportInfo{},
                    {CatalogueEntry{"friend-request.yaml", load_valid("scenarios/friend-request.yaml"), {}}});
    state.record_to(&store, code, "seat 1");
    start_from_dashboard(state, "4826");
    return state;
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
    RecordStore store(fresh_records_path("secondlook-projector-pin.sqlite"));
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
    const std::string path = fresh_records_path("secondlook-projector-votes.sqlite");
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

TEST_CASE("a class that votes for the safe reply still reaches the response, through the continuation") {
    const std::string path = fresh_records_path("secondlook-projector-continuation.sqlite");
    RecordStore store(path);
    GameState state = friend_request_class(store, "8WED");
    REQUIRE(state.projector());
    double now = 1.0;
    // Each reply is the class's: the facilitator enters the votes and goes with them.
    auto class_goes_with = [&](const std::string& winner, const std::string& other = "") {
        state.apply(UiAction::of(UiAction::Kind::SkipWait), now);
        vote(state, winner, 20, now);
        if (!other.empty()) vote(state, other, 8, now);
        state.apply(UiAction::of(UiAction::Kind::GoWithClass), now);
        now += 1.0;
    };
    for (const char* id : {"accept-request", "chat-back", "sure-tomorrow", "feel-same", "agree-video", "answer-call",
                           "carry-on"})
        class_goes_with(id);
    REQUIRE(state.run()->node().id == "the-ask");
    class_goes_with("refuse-end-call", "hesitate");  // 20-8 for "Say no and end the call"
    class_goes_with("block-report-after-call");
    REQUIRE(state.run()->finished());
    CHECK(state.run()->node().id == "end-left-call");

    // The debrief offers "See what could have happened"; the class goes on.
    state.apply(UiAction::of(UiAction::Kind::ShowDebrief), now);
    REQUIRE(state.screen() == ScreenId::Debrief);
    REQUIRE(state.run()->can_continue());
    state.apply({UiAction::Kind::Choose, 0, "continue"}, now);
    CHECK(state.screen() == ScreenId::Play);
    CHECK(state.debrief() == nullptr);
    CHECK(state.run()->in_continuation());
    CHECK(state.class_vote().count("alex-breathes") == 0);  // a fresh count for Alex's choices

    // The class votes on what Alex should do, and practises the response.
    class_goes_with("alex-breathes", "alex-pays");
    class_goes_with("alex-goes-quiet", "alex-bargains");
    class_goes_with("alex-keeps-evidence");
    class_goes_with("alex-deactivates");
    class_goes_with("alex-reports-apps");
    class_goes_with("alex-tells-an-adult", "alex-tells-nobody-else");
    class_goes_with("alex-reports-ceop");
    REQUIRE(state.run()->finished());
    CHECK(state.run()->node().id == "end-alex-got-help");
    for (const char* objective : {"RESP-1", "RESP-2", "RESP-3", "RESP-4", "RESP-5", "RESP-6", "RESP-8", "RESP-9"})
        CHECK_MESSAGE(state.run()->points(objective) > 0, objective);

    // One play, recorded with the votes, marked as continued from the early ending.
    auto plays = store.plays("8WED");
    REQUIRE(plays.size() == 1);
    CHECK(plays[0].ending == "end-alex-got-help");
    CHECK(plays[0].early_ending == "end-left-call");
    const auto answers = store.answers("8WED");
    auto went_on = std::find_if(answers.begin(), answers.end(), [](const AnswerRecord& a) { return a.action == "continue"; });
    REQUIRE(went_on != answers.end());
    CHECK(went_on->node == "end-left-call");
    CHECK(answers.back().action == "alex-reports-ceop");
    CHECK(answers.back().votes == std::map<std::string, int>{{"alex-reports-ceop", 20}, {"alex-skips-police", 0}});
}

TEST_CASE("a class is never offered a reply that gives in to the ask; one player alone still is") {
    auto ids_offered = [](const Run& run) {
        std::vector<std::string> ids;
        for (const Choice* choice : run.offered()) ids.push_back(choice->id);
        return ids;
    };
    const std::vector<std::string> to_the_pressure{"accept-request", "chat-back", "sure-tomorrow", "feel-same",
                                                   "agree-video", "answer-call", "carry-on", "hesitate"};
    // One player: both replies at the pressure, as before.
    Run alone(load_valid("scenarios/friend-request.yaml"));
    for (const auto& id : to_the_pressure) REQUIRE_MESSAGE(alone.choose(id), id);
    CHECK(ids_offered(alone) == std::vector<std::string>{"refuse-after-pressure", "give-in-ask"});

    // A class in projector mode: only the safe one, and the other is refused if asked for.
    const std::string path = fresh_records_path("secondlook-projector-in-class.sqlite");
    RecordStore store(path);
    GameState state = friend_request_class(store, "8WEP");
    REQUIRE(state.projector());
    for (const auto& id : to_the_pressure) {
        state.apply(UiAction::of(UiAction::Kind::SkipWait), 1.0);
        vote(state, id, 20, 1.0);
        state.apply(UiAction::of(UiAction::Kind::GoWithClass), 1.0);
    }
    REQUIRE(state.run()->node().id == "pressure");
    CHECK(ids_offered(*state.run()) == std::vector<std::string>{"refuse-after-pressure"});
    CHECK(state.class_vote().count("give-in-ask") == 0);
    std::string error;
    CHECK_FALSE(state.replay({"give-in-ask"}, 2.0, &error));
    CHECK(error.find("not offered") != std::string::npos);
}
