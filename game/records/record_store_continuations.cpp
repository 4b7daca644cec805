// The part of the record store added with "See what could have happened":
// which plays went on from an early safe ending into its continuation, and
// from which ending. A separate table, created if missing (the migration
// step), so records files written before it still open and read, as having
// no continued plays, and the plays table keeps its columns.
#include "records/record_store.h"

#include "records/row_reader.h"
#include "records/sqlite_db.h"

namespace secondlook {
namespace {

const char* const kContinuationSchema = R"sql(
CREATE TABLE IF NOT EXISTS continued_plays (
  play_id TEXT PRIMARY KEY REFERENCES plays(id) ON DELETE CASCADE,
  early_ending TEXT NOT NULL,
  at TEXT NOT NULL);
)sql";

}  // namespace

void RecordStore::create_continuation_table() { db_->exec(kContinuationSchema); }

void RecordStore::mark_continued(const std::string& play_id, const std::string& early_ending) {
    // Only the first continuation counts: a play has one early ending.
    db_->transaction([&] {
        db_->run("INSERT OR IGNORE INTO continued_plays (play_id, early_ending, at) VALUES (?1, ?2, ?3)",
                 {play_id, early_ending, now_iso()});
    });
}

std::map<std::string, std::string> RecordStore::continued_plays() const {
    std::map<std::string, std::string> continued;
    if (!has_table("continued_plays")) return continued;
    db_->run("SELECT play_id, early_ending FROM continued_plays", {}, [&](const std::vector<SqlValue>& row) {
        // A damaged row is left out: its play then reads as not continued.
        RowReader read(row);
        std::string play = read.text(0, "play id"), ending = read.text(1, "early ending");
        if (read.problem().empty()) continued[play] = ending;
    });
    return continued;
}

}  // namespace secondlook
