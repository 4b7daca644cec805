// The learning gain a knowledge check shows, per objective: the share of
// right answers before play, after play, and the change, counted over the
// players who took both checks (so the two shares compare the same people).
// Shared by the HTML report and the window's dashboard.
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "records/record_store.h"

namespace secondlook {

struct ObjectiveGain {
    std::string objective;
    std::size_t before_right = 0, before_asked = 0, after_right = 0, after_asked = 0;

    // Whole percentages, rounded; the change is after minus before, in points.
    int before_percent() const;
    int after_percent() const;
    int change() const { return after_percent() - before_percent(); }
};

struct LearningGain {
    std::size_t took_before = 0, took_after = 0, took_both = 0;  // players
    std::vector<ObjectiveGain> objectives;                        // in teaching order
};

// The gain counted as answers go past, one at a time. A player who answered
// a question twice in one phase counts by the later answer.
class LearningGainCounter {
public:
    void add(const CheckAnswerRecord& answer);
    LearningGain result() const;

private:
    using Player = std::pair<std::string, std::string>;  // session, nickname
    struct Latest {
        std::string at, objective;
        bool correct = false;
    };
    std::map<std::tuple<Player, std::string, std::string>, Latest> latest_;  // player, phase, question
    std::set<Player> before_, after_;
};

// The same, at once.
LearningGain learning_gain(const std::vector<CheckAnswerRecord>& answers);

// "SPOT-1: 33% before, 100% after (+67)", the line every output uses.
std::string gain_line(const ObjectiveGain& gain);

}  // namespace secondlook
