#include "class_vote.h"

#include <algorithm>

namespace secondlook {

void ClassVote::reset(std::vector<std::string> choice_ids) {
    choices_ = std::move(choice_ids);
    counts_.clear();
    for (const auto& id : choices_) counts_[id] = 0;
}

bool ClassVote::set(const std::string& id, int count) {
    auto found = counts_.find(id);
    if (found == counts_.end()) return false;
    found->second = std::clamp(count, 0, kMaxVotes);
    return true;
}

int ClassVote::count(const std::string& id) const {
    auto found = counts_.find(id);
    return found == counts_.end() ? 0 : found->second;
}

int ClassVote::total() const {
    int total = 0;
    for (const auto& [id, count] : counts_) total += count;
    return total;
}

std::vector<std::string> ClassVote::leaders() const {
    int most = 0;
    for (const auto& [id, count] : counts_) most = std::max(most, count);
    std::vector<std::string> leaders;
    if (most == 0) return leaders;
    for (const auto& id : choices_)
        if (count(id) == most) leaders.push_back(id);
    return leaders;
}

std::optional<std::string> ClassVote::decision(const std::string& tie_break) const {
    const auto leaders = this->leaders();
    if (leaders.size() == 1) return leaders.front();
    if (std::find(leaders.begin(), leaders.end(), tie_break) != leaders.end()) return tie_break;
    return std::nullopt;
}

}  // namespace secondlook
