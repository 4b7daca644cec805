// Writes one play into the records as it happens: each reply or action the
// moment it is made (with the points it earned and how long the player
// took), then the ending and the points per objective.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/debrief.h"
#include "core/run.h"
#include "records/record_store.h"

namespace secondlook {

class PlayRecorder {
public:
    PlayRecorder(RecordStore& store, std::int64_t player, const Run& run);
    // Carries on recording `play_id`, an unfinished play that `run` has
    // just replayed up to where it stopped.
    PlayRecorder(RecordStore& store, std::string play_id, const Run& run);

    // Records everything the run did since the last call (normally one reply
    // or action); `response_ms` is how long the player took over it. `votes`
    // (projector mode) are the class's votes for the reply, kept with it.
    void record_latest(const Run& run, std::int64_t response_ms, const std::map<std::string, int>& votes = {});
    // Records the ending and the points per objective; true when the whole
    // play is now in the records file itself (RecordStore::checkpoint()).
    bool finish(const Run& run, const Debrief& debrief);

    const std::string& play_id() const { return play_id_; }

private:
    RecordStore& store_;
    std::string play_id_;
    std::size_t events_seen_ = 0;
    std::map<std::string, int> points_seen_;
};

}  // namespace secondlook
