// The window's state without a window: the blackmail clock runs in real
// time but stops for a facilitator's pause, help, settings or "timers off";
// a held breath calms; evidence screenshots wait to be saved as images.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/file_watcher.h"
#include "records/facilitator_pin.h"
#include "records/record_store.h"
#include "records/sqlite_db.h"

#include "core/scenario_loader.h"
#include "finished_play.h"
#include "scenario_text.h"
#include "test_files.h"
#include "ui/chat_thread.h"
#include "ui/game_state.h"

using namespace secondlook;

namespace {

GameState at_the_threat(double now) {
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    REQUIRE(state.start(0, now));
    std::string why;
    REQUIRE_MESSAGE(state.replay({"go-on"}, now, &why), why);
    state.update(now);
    REQUIRE(state.run()->countdown());
    return state;
}

}  // namespace

TEST_CASE("the countdown runs in real time while the player can act") {
    GameState state = at_the_threat(100.0);
    CHECK(state.clock_running());
    state.update(110.0);
    CHECK(state.run()->countdown_left() == doctest::Approx(50.0));
}

TEST_CASE("a facilitator's pause, help, settings and timers-off all stop the clock") {
    GameState state = at_the_threat(100.0);
    state.apply(UiAction::of(UiAction::Kind::TogglePause), 100.0);
    state.update(130.0);
    CHECK(state.run()->countdown_left() == doctest::Approx(60.0));
    state.apply(UiAction::of(UiAction::Kind::TogglePause), 130.0);
    state.update(135.0);
    CHECK(state.run()->countdown_left() == doctest::Approx(55.0));

    state.apply(UiAction::of(UiAction::Kind::OpenHelp), 135.0);
    state.update(150.0);
    state.apply(UiAction::of(UiAction::Kind::CloseHelp), 150.0);
    state.apply(UiAction::of(UiAction::Kind::OpenSettings), 150.0);
    state.update(160.0);
    state.apply(UiAction::of(UiAction::Kind::ToggleTimers), 160.0);
    state.apply(UiAction::of(UiAction::Kind::CloseOverlay), 160.0);
    state.update(200.0);
    CHECK(state.run()->countdown_left() == doctest::Approx(55.0));
    CHECK_FALSE(state.clock_running());
    CHECK(state.run()->events().back().message->text == "Pay £100 or else.");  // no demand arrived
}

TEST_CASE("holding the calm control for a whole breath calms; letting go early does not") {
    GameState state = at_the_threat(100.0);
    const int before = state.run()->stress();
    state.apply(UiAction::of(UiAction::Kind::BeginBreath), 100.0);
    state.update(101.0);
    state.apply(UiAction::of(UiAction::Kind::EndBreath), 101.0);
    state.update(106.0);
    CHECK(state.run()->stress() >= before);
    CHECK(state.run()->actions().empty());

    state.apply(UiAction::of(UiAction::Kind::BeginBreath), 106.0);
    CHECK(state.breath_progress(108.0).value() == doctest::Approx(0.5));
    state.update(106.0 + kBreathSeconds);
    REQUIRE(state.run()->actions().size() == 1);
    CHECK(state.run()->actions()[0].id == "calm");
    CHECK(state.run()->points("RESP-1") == 2);
    CHECK_FALSE(state.breath_progress(111.0));
}

TEST_CASE("a screenshot waits to be saved as an image in the session folder") {
    GameState state = at_the_threat(100.0);
    state.set_session_folder("/tmp/a-session");
    CHECK_FALSE(state.pending_capture());
    state.apply({UiAction::Kind::Choose, 0, "screenshot"}, 100.0);
    REQUIRE(state.pending_capture() == 1);
    CHECK(state.capture_path(1).empty());  // not saved yet
    state.capture_saved(1);
    CHECK_FALSE(state.pending_capture());
    CHECK(state.capture_path(1) == "/tmp/a-session/evidence-1.png");
}

TEST_CASE("a screenshot whose image could not be written is not kept in the locker") {
    GameState state = at_the_threat(100.0);
    state.set_session_folder("/tmp/a-session");
    state.apply({UiAction::Kind::Choose, 0, "screenshot"}, 100.0);
    REQUIRE(state.pending_capture() == 1);
    state.capture_lost(1);  // as the window does when the disk is full
    CHECK_FALSE(state.pending_capture());
    CHECK(state.capture_was_lost(1));
    CHECK(state.capture_path(1).empty());  // no picture to show
    state.apply({UiAction::Kind::Choose, 0, "screenshot"}, 101.0);
    REQUIRE(state.pending_capture() == 2);
    state.capture_saved(2);
    CHECK_FALSE(state.capture_was_lost(2));
    CHECK(state.capture_path(2) == "/tmp/a-session/evidence-2.png");
}

TEST_CASE("flags and screenshots work while messages still arrive; replies wait") {
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    REQUIRE(state.start(0, 0.0));
    REQUIRE_FALSE(state.pacer().settled());
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 0.0);
    CHECK(state.run()->node().id == "chat");
    state.apply({UiAction::Kind::Choose, 0, "flag:chat.2"}, 0.0);
    CHECK(state.run()->flagged("chat.2"));
}

TEST_CASE("a conversation shows its messages and replies, but not what was done in a mock app") {
    Run run(load_valid("tests/data/good/actions.yaml"));
    for (const char* id : {"go-on", "stop", "deactivate"}) REQUIRE(run.act(id));
    std::vector<std::string> texts;
    for (const auto& item : thread_items(run, run.events().size(), "rae")) texts.push_back(item.text);
    CHECK(std::find(texts.begin(), texts.end(), "Stop replying") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "Deactivate account") == texts.end());
    // Bubbles that can be flagged now say so; earlier ones cannot be flagged any more.
    auto items = thread_items(run, run.events().size(), "rae");
    CHECK(std::none_of(items.begin(), items.end(), [](const ThreadItem& item) { return !item.flag_id.empty(); }));
}

TEST_CASE("--watch: a changed scenario reloads where the player was; a broken one leaves play alone") {
    const std::string path = "watched.yaml";
    std::string text;
    {
        std::ifstream in(source_path("tests/data/good/actions.yaml"));
        std::stringstream buffer;
        buffer << in.rdbuf();
        text = buffer.str();
    }
    auto first = load_scenario_text(text, path);
    REQUIRE(first.ok());
    GameState state(SupportInfo{}, {CatalogueEntry{path, first.scenario, {}}});
    REQUIRE(state.start(0, 0.0));
    std::string why;
    REQUIRE(state.replay({"flag:chat.2", "go-on"}, 0.0, &why));

    state.reload(path, load_scenario_text(replaced(text, "Pay £100 or else.", "Pay £100 now."), path), 1.0);
    CHECK(state.reload_problems().empty());
    CHECK(state.run()->node().id == "threat");
    CHECK(state.run()->flagged("chat.2"));  // the player's actions were replayed too
    CHECK(state.run()->scenario().find_message("threat.1")->text == "Pay £100 now.");
    CHECK(state.reload_notice(2.0) == "Reloaded; you are where you were");

    state.reload(path, load_scenario_text(replaced(text, "goto: settings }", "goto: nowhere }"), path), 3.0);
    CHECK_FALSE(state.reload_problems().empty());
    CHECK(state.run()->node().id == "threat");
    CHECK(state.catalogue()[0].scenario == nullptr);  // the list shows the file's errors
}

TEST_CASE("an author's reload replays the play without recording it as a new one") {
    const auto records = scratch_path("reload-records.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(records.string() + suffix);
    RecordStore store(records.string());
    const std::string path = "watched.yaml";
    std::ifstream in(source_path("tests/data/good/actions.yaml"));
    std::stringstream text;
    text << in.rdbuf();
    GameState state(SupportInfo{}, {CatalogueEntry{path, load_scenario_text(text.str(), path).scenario, {}}});
    state.record_to(&store, kHomeSession, "me");
    REQUIRE(state.start(0, 0.0));
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 0.0);
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 1.0);
    REQUIRE(store.answers(kHomeSession).size() == 1);

    state.reload(path, load_scenario_text(replaced(text.str(), "Pay £100 or else.", "Pay £100 now."), path), 2.0);
    CHECK(state.run()->node().id == "threat");
    CHECK(state.recording());  // the records stay open for the next play
    CHECK(store.plays(kHomeSession).size() == 1);
    CHECK(store.answers(kHomeSession).size() == 1);  // "go-on" was replayed, not recorded twice
}

TEST_CASE("the file watcher reports a file once after it changes") {
    const auto path = scratch_path("watch-test.yaml");
    std::ofstream(path) << "one";
    FileWatcher watcher({path.string()});
    CHECK(watcher.changed().empty());
    std::filesystem::last_write_time(path, std::filesystem::last_write_time(path) + std::chrono::seconds(2));
    CHECK(watcher.changed() == std::vector<std::string>{path.string()});
    CHECK(watcher.changed().empty());
    std::filesystem::remove(path);
    CHECK(watcher.changed().size() == 1);
}

TEST_CASE("a self-guided play is recorded answer by answer, and the learner can delete it") {
    const auto path = scratch_path("home-records.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    RecordStore store(path.string());
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, kHomeSession, "me");
    REQUIRE(state.start(0, 0.0));
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 0.0);
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 2.5);
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 2.5);
    state.apply({UiAction::Kind::Choose, 0, "screenshot"}, 3.0);
    auto answers = store.answers(kHomeSession);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].action == "go-on");
    CHECK(answers[0].response_ms == 2500);
    CHECK(answers[1].points == std::map<std::string, int>{{"RESP-4", 1}});
    for (const char* id : {"stop", "deactivate"}) {
        state.apply(UiAction::of(UiAction::Kind::SkipWait), 4.0);
        state.apply({UiAction::Kind::Choose, 0, id}, 4.0);
    }
    auto plays = store.plays(kHomeSession);
    REQUIRE(plays.size() == 1);
    CHECK(plays[0].ending == "end");
    CHECK(plays[0].total == 5);

    REQUIRE(state.own_results());
    state.apply(UiAction::of(UiAction::Kind::DeleteMyResults), 5.0);
    CHECK(store.answers(kHomeSession).empty());
    CHECK(store.plays(kHomeSession).empty());
    CHECK(state.results_note() == "Your results have been deleted from this computer.");
}

TEST_CASE("a play cut short (window closed, power cut) is carried on in the same play") {
    const auto path = scratch_path("resume-records.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    RecordStore store(path.string());
    const auto scenario = load_valid("tests/data/good/actions.yaml");
    {
        GameState before_the_crash(SupportInfo{}, {CatalogueEntry{"actions.yaml", scenario, {}}});
        before_the_crash.record_to(&store, kHomeSession, "me");
        CHECK_FALSE(before_the_crash.can_resume(scenario->id));
        REQUIRE(before_the_crash.start(0, 0.0));
        before_the_crash.apply(UiAction::of(UiAction::Kind::SkipWait), 0.0);
        before_the_crash.apply({UiAction::Kind::Choose, 0, "go-on"}, 1.0);
        before_the_crash.apply(UiAction::of(UiAction::Kind::SkipWait), 1.0);
        before_the_crash.apply({UiAction::Kind::Choose, 0, "screenshot"}, 2.0);
    }  // the window is gone without an ending

    GameState next_time(SupportInfo{}, {CatalogueEntry{"actions.yaml", scenario, {}}});
    next_time.record_to(&store, kHomeSession, "me");
    REQUIRE(next_time.can_resume(scenario->id));
    next_time.apply({UiAction::Kind::ResumeScenario, 0, {}}, 10.0);
    REQUIRE(next_time.run());
    CHECK(next_time.run()->actions().size() == 1);  // the screenshot is back in the locker
    for (const char* id : {"stop", "deactivate"}) {
        next_time.apply(UiAction::of(UiAction::Kind::SkipWait), 11.0);
        next_time.apply({UiAction::Kind::Choose, 0, id}, 11.0);
    }
    REQUIRE(next_time.run()->finished());
    auto plays = store.plays(kHomeSession);
    REQUIRE(plays.size() == 1);  // one play, not a second one
    CHECK(plays[0].ending == "end");
    CHECK(plays[0].total == 5);  // as if played in one go
    std::vector<std::string> actions;
    for (const auto& answer : store.answers(kHomeSession)) actions.push_back(answer.action);
    CHECK(actions == std::vector<std::string>{"go-on", "screenshot", "stop", "deactivate"});
    next_time.apply(UiAction::of(UiAction::Kind::BackToList), 12.0);
    CHECK_FALSE(next_time.can_resume(scenario->id));
}

TEST_CASE("a player in a facilitator's session cannot delete the session's results") {
    const auto path = scratch_path("session-records.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    RecordStore store(path.string());
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, "7KQ2", "seat 4");
    REQUIRE(state.start(0, 0.0));
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 0.0);
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 1.0);
    CHECK_FALSE(state.own_results());
    state.apply(UiAction::of(UiAction::Kind::DeleteMyResults), 2.0);
    CHECK(store.answers("7KQ2").size() == 1);
}

TEST_CASE("the facilitator PIN keeps players out of the dashboard") {
    const auto path = scratch_path("pin-records.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    RecordStore store(path.string());
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, "7KQ2", "seat 1");
    play_actions_to_the_end(state);

    // The first facilitator sets the PIN; it must be 4 to 8 digits.
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 2.0);
    CHECK(state.screen() == ScreenId::FacilitatorPin);
    CHECK_FALSE(state.pin_is_set());
    state.apply({UiAction::Kind::SubmitPin, 0, "12"}, 2.0);
    CHECK(state.screen() == ScreenId::FacilitatorPin);
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 2.0);
    CHECK(state.screen() == ScreenId::Dashboard);
    REQUIRE(state.dashboard_stats());
    CHECK(state.dashboard_session() == "7KQ2");
    CHECK(state.dashboard_stats()->finished == 1);
    state.apply(UiAction::of(UiAction::Kind::LockDashboard), 3.0);
    CHECK(state.dashboard_stats() == nullptr);

    // A player cannot get in with a guess; the facilitator can.
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 4.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "1234"}, 4.0);
    CHECK(state.screen() == ScreenId::FacilitatorPin);
    CHECK(state.dashboard_stats() == nullptr);
    CHECK(state.pin_message() == "That PIN is not right. Ask the facilitator.");
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 5.0);
    CHECK(state.screen() == ScreenId::Dashboard);
    state.apply(UiAction::of(UiAction::Kind::ToggleGroupView), 5.0);
    CHECK(state.group_view());
}

TEST_CASE("a PIN record never holds the PIN itself") {
    const std::string record = pin_record("4826");
    CHECK(record.find("4826") == std::string::npos);
    CHECK(pin_matches("4826", record));
    CHECK_FALSE(pin_matches("4827", record));
    CHECK(pin_record("4826") != record);  // salted
    CHECK_FALSE(valid_pin("12a4"));
    CHECK_FALSE(valid_pin("123456789"));
}

TEST_CASE("a facilitator sets up a session; players join it with its code and a nickname") {
    const auto path = scratch_path("setup-records.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    RecordStore store(path.string());
    set_facilitator_pin(store, "4826");
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, kHomeSession, "me");
    state.apply(UiAction::of(UiAction::Kind::AcceptContentNote), 0.0);

    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 0.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 0.0);
    state.apply(UiAction::of(UiAction::Kind::OpenSessionSetup), 0.0);
    REQUIRE(state.screen() == ScreenId::SessionSetup);
    state.apply({UiAction::Kind::CreateSession, 0, "Year 9 Tuesday\tarmed-forces\t0"}, 0.0);
    REQUIRE(state.screen() == ScreenId::Dashboard);
    const std::string code = state.dashboard_session();
    CHECK(code.size() == 5);
    auto setup = store.session_setup(code);
    REQUIRE(setup);
    CHECK(setup->label == "Year 9 Tuesday");
    CHECK(setup->track == "armed-forces");
    CHECK_FALSE(setup->timers);
    state.apply(UiAction::of(UiAction::Kind::LockDashboard), 0.0);

    state.apply(UiAction::of(UiAction::Kind::OpenJoin), 0.0);
    state.apply({UiAction::Kind::JoinSession, 0, "AB\tfox"}, 0.0);
    CHECK(state.screen() == ScreenId::JoinSession);
    CHECK(state.join_message().find("4 to 8 letters") != std::string::npos);
    state.apply({UiAction::Kind::JoinSession, 0, code + "\t   "}, 0.0);
    CHECK(state.join_message().find("nickname") != std::string::npos);
    std::string lower = code;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    state.apply({UiAction::Kind::JoinSession, 0, lower + "\t fox "}, 0.0);  // forgiving about case and spaces
    REQUIRE(state.screen() == ScreenId::ScenarioList);
    CHECK(state.record_session() == code);
    CHECK(state.record_player() == "fox");
    CHECK(state.track() == "armed-forces");  // the session's setup applies on this machine
    CHECK_FALSE(state.settings().timers);
    CHECK_FALSE(state.own_results());  // players cannot delete a session's results

    REQUIRE(state.start(0, 1.0));
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 1.0);
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 2.0);
    auto answers = store.answers(code);
    REQUIRE(answers.size() == 1);
    CHECK(answers[0].player == "fox");
}

TEST_CASE("the dashboard deletes a session, and offers sessions unused for a year for deletion") {
    const auto path = scratch_path("retention-records.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    RecordStore store(path.string());
    set_facilitator_pin(store, "4826");
    for (const char* code : {"OLD1", "KEEP", "GONE"}) {
        const std::string play = store.start_play(store.join(code, "fox"), "actions");
        store.record_answer(play, "chat", "go-on", "choice", {}, 100);
    }
    {
        SqliteDb db(path.string());
        db.run("UPDATE answers SET at = '2024-01-10T09:00:00.000Z' WHERE play_id IN (SELECT pl.id FROM plays pl "
               "JOIN players p ON p.id = pl.player_id WHERE p.session_code = 'OLD1')");
    }
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, kHomeSession, "me");
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 0.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 0.0);
    CHECK(state.old_sessions() == std::vector<std::string>{"OLD1"});
    state.apply({UiAction::Kind::DeleteSession, 0, "GONE"}, 0.0);
    state.apply(UiAction::of(UiAction::Kind::DeleteOldSessions), 0.0);
    CHECK(store.sessions() == std::vector<std::string>{"KEEP"});
    CHECK(state.old_sessions().empty());
}

TEST_CASE("the dashboard merges a shared folder of other machines' records, each play once") {
    namespace fs = std::filesystem;
    const fs::path room = scratch_path("shared-room");
    fs::remove_all(room);
    fs::create_directories(room / "usb");
    auto finished_play = [](RecordStore& store, const std::string& nickname) {
        const std::string play = store.start_play(store.join("R00M", nickname), "actions");
        store.record_answer(play, "chat", "go-on", "choice", {}, 1500);
        store.finish_play(play, {"end", "safe", 5, 5, 5, {{"RESP-2", {2, 2, 2, false}}}});
    };
    RecordStore facilitator((room / "facilitator.sqlite").string());
    set_facilitator_pin(facilitator, "4826");
    finished_play(facilitator, "fox");
    {
        RecordStore laptop_b((room / "laptop-b.sqlite").string());
        finished_play(laptop_b, "owl");
        finished_play(laptop_b, "seat 3");
    }
    // Laptop B's file arrives twice (two USB sticks), and the facilitator's own file is in the folder too.
    fs::copy_file(room / "laptop-b.sqlite", room / "usb" / "laptop-b.sqlite");
    fs::copy_file(room / "laptop-b.sqlite", room / "usb" / "laptop-b (copy).sqlite");
    // Copied while the facilitator's window still has it open: a finished play is in the file itself.
    fs::copy_file(room / "facilitator.sqlite", room / "usb" / "facilitator.sqlite");

    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&facilitator, kHomeSession, "me");
    state.apply(UiAction::of(UiAction::Kind::OpenDashboard), 0.0);
    state.apply({UiAction::Kind::SubmitPin, 0, "4826"}, 0.0);
    REQUIRE(state.dashboard_stats());
    CHECK(state.dashboard_stats()->plays == 1);  // this machine only

    state.apply({UiAction::Kind::SetSharedFolder, 0, (room / "usb").string()}, 0.0);
    CHECK_MESSAGE(state.shared_folder_problem().empty(), state.shared_folder_problem());
    CHECK(state.dashboard_files() == 4);
    CHECK(state.dashboard_session() == "R00M");
    REQUIRE(state.dashboard_stats());
    CHECK(state.dashboard_stats()->plays == 3);
    CHECK(state.dashboard_stats()->players == 3);
    CHECK(state.dashboard_stats()->safe == 3);

    // Nothing was written into the other machines' files.
    RecordStore copy((room / "usb" / "laptop-b (copy).sqlite").string(), RecordStore::Access::ReadOnly);
    CHECK(copy.plays("R00M").size() == 2);

    state.apply({UiAction::Kind::SetSharedFolder, 0, (room / "empty").string()}, 0.0);
    CHECK(state.shared_folder_problem().find("There are no records files") != std::string::npos);
    CHECK(state.dashboard_stats()->plays == 1);
    state.apply({UiAction::Kind::SetSharedFolder, 0, ""}, 0.0);
    CHECK(state.shared_folder_problem().empty());
}
