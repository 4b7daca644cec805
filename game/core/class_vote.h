// A class's show of hands at one choice point, for projector mode: how many
// voted for each offered reply, and which reply the class goes with (the one
// with most votes; on a tie the facilitator picks among the tied ones).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace secondlook {

// More than any room holds; stops a slipped key from recording 99999 votes.
inline constexpr int kMaxVotes = 999;

class ClassVote {
public:
    // A fresh count, every choice at zero (ids in the order they are offered).
    void reset(std::vector<std::string> choice_ids);
    const std::vector<std::string>& choices() const { return choices_; }

    // Sets how many voted for `id` (clamped to 0..kMaxVotes); false for an id not offered.
    bool set(const std::string& id, int count);
    int count(const std::string& id) const;
    int total() const;

    // The choices with the most votes: one, several on a tie, none before any vote.
    std::vector<std::string> leaders() const;
    // What the class goes with: the only leader, or `tie_break` when it is
    // one of the tied leaders; nullopt while that is undecided.
    std::optional<std::string> decision(const std::string& tie_break = "") const;
    // Every offered choice with its count, as the records keep them.
    const std::map<std::string, int>& counts() const { return counts_; }

private:
    std::vector<std::string> choices_;
    std::map<std::string, int> counts_;
};

}  // namespace secondlook
