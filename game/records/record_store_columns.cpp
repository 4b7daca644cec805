// The columns added when plays came to be scored against what they offered
// (core/play_score.h) rather than against the scenario's best play: per play
// `plays.offered`, and per objective `objective_points.offered` and
// `objective_points.against` (1 when a reply of the play went against it).
// A file written before them still opens and reads: opened for writing, the
// columns are added (its older plays keep NULL there); only read, they read
// as NULL. A NULL `offered` means "not kept": such a play is shown as it was
// recorded (PlayRecord::status), never with figures made up for it.
#include "records/record_store.h"

#include "records/sqlite_db.h"

namespace secondlook {

bool RecordStore::has_column(const std::string& table, const std::string& column) const {
    bool found = false;
    db_->run("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2", {table, column},
             [&](const std::vector<SqlValue>&) { found = true; });
    return found;
}

void RecordStore::add_offered_columns() {
    db_->transaction([&] {
        if (!has_column("plays", "offered")) db_->run("ALTER TABLE plays ADD COLUMN offered INTEGER");
        if (!has_column("objective_points", "offered"))
            db_->run("ALTER TABLE objective_points ADD COLUMN offered INTEGER");
        if (!has_column("objective_points", "against"))
            db_->run("ALTER TABLE objective_points ADD COLUMN against INTEGER");
        db_->run("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '2')");
    });
}

ObjectiveStatus PlayRecord::status(const std::string& objective) const {
    auto found = objectives.find(objective);
    if (found == objectives.end()) return ObjectiveStatus::NotInPlay;
    const RecordedObjective& recorded = found->second;
    if (!recorded.offered) return recorded.points > 0 ? ObjectiveStatus::Met : ObjectiveStatus::ToPractise;
    return objective_status(recorded.points, *recorded.offered, recorded.against);
}

}  // namespace secondlook
