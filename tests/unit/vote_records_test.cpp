// Class votes in the records: committed with the answer the class went
// with, read back, merged from several files like any answer, counted in the
// session's figures; and records files from before votes still read.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "records/record_set.h"
#include "records/record_store.h"
#include "records/session_stats.h"
#include "records/sqlite_db.h"
#include "scenario_text.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("class votes are committed with the answer and read back with it") {
    const auto folder = fresh_scratch_folder("secondlook-vote-records");
    const std::string path = (folder / "room.sqlite").string();
    {
        RecordStore store(path);
        const std::string play = store.start_play(store.join("9TUE", "Class vote"), "actions");
        store.record_class_answer(play, "threat", "stop", {{"RESP-2", 2}}, 95000, {{"pay", 4}, {"stop", 21}});
        store.record_answer(play, "settings", "deactivate", "choice", {}, 3000);  // one player's answer: no votes
    }
    RecordStore store(path, RecordStore::Access::ReadOnly);
    const auto answers = store.answers("9TUE");
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].action == "stop");
    CHECK(answers[0].kind == "choice");
    CHECK(answers[0].points == std::map<std::string, int>{{"RESP-2", 2}});
    CHECK(answers[0].votes == std::map<std::string, int>{{"pay", 4}, {"stop", 21}});
    CHECK(answers[1].votes.empty());

    // A class's answer counts each vote; a player's answer counts one; the
    // figures say how many were class votes. Reaction times leave out the
    // class's answer (it took as long as the discussion).
    auto scenarios = std::map<std::string, std::shared_ptr<const Scenario>>{
        {"actions", load_valid("tests/data/good/actions.yaml")}};
    const auto stats = session_stats(store.plays("9TUE"), answers, scenarios);
    REQUIRE(stats.choices.size() == 2);
    CHECK(stats.choices[0].total == 25);
    CHECK(stats.choices[0].class_votes == 25);
    CHECK(stats.choices[0].chosen == std::vector<std::pair<std::string, std::size_t>>{{"Pay", 4}, {"Stop replying", 21}});
    CHECK(stats.choices[1].total == 1);
    CHECK(stats.choices[1].class_votes == 0);
}

TEST_CASE("a vote that cannot be written takes its answer with it: nothing half-recorded") {
    const auto folder = fresh_scratch_folder("secondlook-vote-rollback");
    const std::string path = (folder / "room.sqlite").string();
    RecordStore store(path);
    const std::string play = store.start_play(store.join("9TUE", "Class vote"), "actions");
    {
        SqliteDb db(path);
        db.exec("CREATE TRIGGER no_votes BEFORE INSERT ON votes BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    }
    CHECK_THROWS_AS(store.record_class_answer(play, "threat", "stop", {}, 1000, {{"stop", 3}}), DatabaseError);
    CHECK(store.answers("9TUE").empty());
    {
        SqliteDb db(path);
        db.exec("DROP TRIGGER no_votes");
    }
    store.record_class_answer(play, "threat", "stop", {}, 1000, {{"stop", 3}});
    CHECK(store.answers("9TUE").size() == 1);
}

TEST_CASE("votes from a folder of records merge, a copied play counting once; older files without votes still read") {
    const auto folder = fresh_scratch_folder("secondlook-vote-merge");
    {
        RecordStore store((folder / "a.sqlite").string());
        const std::string play = store.start_play(store.join("9TUE", "Class vote"), "actions");
        store.record_class_answer(play, "threat", "stop", {}, 1000, {{"pay", 2}, {"stop", 20}});
    }
    std::filesystem::copy_file(folder / "a.sqlite", folder / "b.sqlite");
    {
        // A file written before projector mode: no votes table at all.
        RecordStore store((folder / "c.sqlite").string());
        store.record_answer(store.start_play(store.join("9TUE", "fox"), "actions"), "threat", "pay", "choice", {}, 800);
        SqliteDb db((folder / "c.sqlite").string());
        db.exec("DROP TABLE votes");
    }
    std::ostringstream err;
    auto set = read_records(folder.string(), "9TUE", "report", err);
    REQUIRE(set);
    CHECK(err.str().empty());
    CHECK(set->files == 3);
    REQUIRE(set->answers.size() == 2);
    const auto stats = session_stats(set->plays, set->answers, {});
    REQUIRE(stats.choices.size() == 1);
    CHECK(stats.choices[0].total == 23);  // 22 class votes, counted once, and fox's answer
    CHECK(stats.choices[0].class_votes == 22);
    CHECK(stats.choices[0].chosen == std::vector<std::pair<std::string, std::size_t>>{{"pay", 3}, {"stop", 20}});
}
