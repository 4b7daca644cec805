// The window's side of the records file: results held back by another
// program's read reach the file itself once that read ends, while the
// window stays open; the dashboard reads other machines' files without
// creating anything beside them; and one set of rules for a session code
// and a nickname, in the join form and on the command line alike.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "app/ui_text.h"
#include "app/window_options.h"
#include "cli/cli_args.h"
#include "core/scenario_loader.h"
#include "core/session_join.h"
#include "records/record_set.h"
#include "records/record_store.h"
#include "scenario_text.h"
#include "test_files.h"
#include "ui/game_state.h"

using namespace secondlook;
namespace fs = std::filesystem;

namespace {

std::string fresh_records(const std::string& name) {
    const std::string path = scratch_path(name).string();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
    return path;
}

// Another program's connection, reading inside a transaction until end().
struct OtherReader {
    sqlite3* db = nullptr;
    explicit OtherReader(const std::string& path) {
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "BEGIN; SELECT count(*) FROM answers;", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    void end() { REQUIRE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK); }
    ~OtherReader() { sqlite3_close(db); }
};

// The players with a finished play in a copy of the file alone.
std::set<std::string> finished_in_file_alone(const std::string& records) {
    const std::string copy = fresh_records("copied-alone.sqlite");
    fs::copy_file(records, copy);
    std::set<std::string> players;
    for (const auto& play : RecordStore(copy, RecordStore::Access::ReadOnly).plays())
        if (!play.ending.empty()) players.insert(play.player);
    return players;
}

void play_to_the_end(GameState& state, double now) {
    REQUIRE(state.start(0, now));
    for (const char* id : {"go-on", "screenshot", "stop", "deactivate"}) {
        state.apply(UiAction::of(UiAction::Kind::SkipWait), now);
        state.apply({UiAction::Kind::Choose, 0, id}, now);
    }
    REQUIRE(state.run()->finished());
    state.apply(UiAction::of(UiAction::Kind::ShowDebrief), now);
    REQUIRE(state.screen() == ScreenId::Debrief);
}

}  // namespace

TEST_CASE("the window moves a play another program's read held back into the file once the read ends") {
    const std::string records = fresh_records("window-held-back.sqlite");
    RecordStore store(records);
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, kHomeSession, "me");
    OtherReader reader(records);
    play_to_the_end(state, 1.0);
    CHECK(state.records_waiting());  // SQLite cannot move it while the read goes on
    state.apply(UiAction::of(UiAction::Kind::BackToList), 2.0);
    reader.end();
    state.update(3.0);  // the loop wakes for this while records_waiting()
    CHECK_FALSE(state.records_waiting());
    CHECK(finished_in_file_alone(records) == std::set<std::string>{"me"});
}

TEST_CASE("the dashboard reads a shared folder without creating anything in it") {
    const fs::path folder = scratch_path("dashboard-shared");
    fs::remove_all(folder);
    fs::create_directories(folder);
    {
        RecordStore other_machine((folder / "laptop-b.sqlite").string());
        const std::string play = other_machine.start_play(other_machine.join("R00M", "owl"), "actions");
        other_machine.record_answer(play, "chat", "go-on", "choice", {}, 1500);
        other_machine.finish_play(play, {"end", "safe", 5, 5, 5, {{"RESP-2", {2, 2, 2, false}}}});
    }
    const std::set<std::string> before{"laptop-b.sqlite"};
    REQUIRE(fs::directory_iterator(folder)->path().filename() == "laptop-b.sqlite");
    std::ostringstream problems;
    const RecordSet merged = merge_records(records_files(folder.string()), "", "dashboard", problems);
    CHECK(problems.str().empty());
    CHECK(merged.plays.size() == 1);
    std::set<std::string> after;
    for (const auto& entry : fs::directory_iterator(folder)) after.insert(entry.path().filename().string());
    CHECK(after == before);
}

TEST_CASE("a session code and a nickname: one set of rules for the join form and the command line") {
    std::string problem;
    CHECK(session_code_from(" 7kq2p ", &problem) == std::optional<std::string>("7KQ2P"));
    CHECK(session_code_from("Home", &problem) == std::optional<std::string>(kHomeSession));
    for (const std::string& code : std::vector<std::string>{"", "AB", "7KQ-2", "7KQ2\n", "ÄBCD", std::string(10000, 'A')}) {
        CHECK_FALSE(session_code_from(code, &problem));
        CHECK(problem == "join.bad-code");
    }
    CHECK(nickname_from(" seat 4 ", &problem) == std::optional<std::string>("seat 4"));
    CHECK(nickname_from("Zoë, Reihe 3 ☺", &problem) == std::optional<std::string>("Zoë, Reihe 3 ☺"));
    CHECK(nickname_from(std::string(20, 'x'), &problem));
    for (const std::string& nickname : std::vector<std::string>{"", "   ", std::string(21, 'x'), std::string(10000, 'x')}) {
        CHECK_FALSE(nickname_from(nickname, &problem));
        CHECK(problem == "join.bad-nickname");
    }
    for (const std::string& nickname : std::vector<std::string>{"fox\nowl", "fox\t", "\x7f", "\xc2\x85", "\xff", "fox\xe2\x80\xae"}) {
        CHECK_FALSE(nickname_from(nickname, &problem));
        CHECK(problem == "join.nickname-characters");
    }

    // The join form says so in the same words...
    GameState state(SupportInfo{}, {});
    state.apply(UiAction::of(UiAction::Kind::OpenJoin), 0.0);
    state.apply({UiAction::Kind::JoinSession, 0, "7KQ2P\tfox\x01"}, 0.0);
    CHECK(state.screen() == ScreenId::JoinSession);
    CHECK(state.join_message() == ui_text("join.nickname-characters"));
    // ...as the window's own command line and `run` do.
    std::string error;
    CHECK_FALSE(parse_window_options({"--player", "fox\x01"}, &error));
    CHECK(error == "--player: " + ui_text("join.nickname-characters"));
    CHECK_FALSE(parse_window_options({"--session", "AB"}, &error));
    CHECK(error == "--session: " + ui_text("join.bad-code"));
    CHECK_FALSE(parse_window_options({"--records", ""}, &error));
    CHECK(error.rfind("--records: give the path of a records file", 0) == 0);
    const auto options = parse_window_options({"--session", "7kq2p", "--player", " fox "}, &error);
    REQUIRE(options);
    CHECK(options->session == "7KQ2P");
    CHECK(options->player == "fox");
}

TEST_CASE("each answer of a play under way is in the records file itself as it is made") {
    const std::string records = fresh_records("window-mid-play.sqlite");
    RecordStore store(records);
    GameState state(SupportInfo{}, {CatalogueEntry{"actions.yaml", load_valid("tests/data/good/actions.yaml"), {}}});
    state.record_to(&store, kHomeSession, "me");
    REQUIRE(state.start(0, 1.0));
    state.apply(UiAction::of(UiAction::Kind::SkipWait), 1.0);
    state.apply({UiAction::Kind::Choose, 0, "go-on"}, 2.0);
    // Copied now, with the window open and the play not finished.
    const std::string copy = fresh_records("copied-mid-play.sqlite");
    fs::copy_file(records, copy);
    const auto answers = RecordStore(copy, RecordStore::Access::ReadOnly).answers();
    REQUIRE(answers.size() == 1);
    CHECK(answers[0].action == "go-on");
}
