// Reading records back for the dashboard (merge_records, as the window's
// Facilitator results does): a damaged row is left out and named, the rest
// is counted; a class vote count that overflows an int is damage too.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "records/record_set.h"
#include "records/record_store.h"
#include "records/sqlite_db.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("the dashboard's merge leaves out a damaged row, names it, and keeps the rest") {
    const auto folder = fresh_scratch_folder("secondlook-damaged-merge");
    const std::string file = (folder / "records.sqlite").string();
    {
        RecordStore store(file);
        for (const char* player : {"fox", "owl"}) {
            const std::string play = store.start_play(store.join("9TUE", player), "actions");
            store.record_answer(play, "threat", "stop", "choice", {{"RESP-2", 2}}, 800);
            store.record_answer(play, "after", "block", "choice", {}, 900);
        }
        store.record_class_answer(store.start_play(store.join("9TUE", "Class vote"), "actions"), "threat", "stop", {},
                                  1000, {{"pay", 2}, {"stop", 20}});
        SqliteDb db(file);
        db.exec("UPDATE answers SET kind = CAST(X'63686F69FF' AS TEXT) WHERE seq = 2 AND play_id = "
                "(SELECT pl.id FROM plays pl JOIN players p ON p.id = pl.player_id WHERE p.nickname = 'owl');"
                "UPDATE votes SET count = 4294967297 WHERE action = 'pay'");
    }
    std::ostringstream warnings;
    const RecordSet set = merge_records({file}, "", "dashboard", warnings);
    CHECK(set.plays.size() == 3);
    REQUIRE(set.answers.size() == 3);  // fox's two, owl's first; the class's answer had damaged votes
    CHECK(set.answers[2].player == "owl");
    CHECK(set.answers[2].seq == 1);
    const std::string said = warnings.str();
    CHECK(said.find("secondlook dashboard: skipping answer 2 of play ") != std::string::npos);
    CHECK(said.find("player 'owl') in " + file + ": its kind is not valid UTF-8 text") != std::string::npos);
    CHECK(said.find("its class votes are not choice texts with counts") != std::string::npos);
}

TEST_CASE("a records source reads every pass from the one copy it checked when opened") {
    // A report reads the plays, then the answers: a game still writing to
    // the file in between must not make them two different moments (and each
    // pass is not worth another copy and integrity check of the whole file).
    const auto folder = fresh_scratch_folder("secondlook-one-moment");
    const std::string file = (folder / "records.sqlite").string();
    {
        RecordStore store(file);
        const std::string play = store.start_play(store.join("9TUE", "fox"), "actions");
        store.record_answer(play, "threat", "stop", "choice", {{"RESP-2", 2}}, 800);
    }
    std::ostringstream warnings;
    auto source = open_records(file, "9TUE", "report", warnings);
    REQUIRE(source);
    SqliteDb(file).exec("UPDATE answers SET action = 'pay'");
    std::vector<std::string> actions;
    source->each_answer([&](const AnswerRecord& answer) { actions.push_back(answer.action); });
    CHECK(actions == std::vector<std::string>{"stop"});
    std::filesystem::remove(file);
    std::size_t plays = 0;
    source->each_play([&](const PlayRecord&) { ++plays; });
    CHECK(plays == 1);
    CHECK(warnings.str().empty());
}
