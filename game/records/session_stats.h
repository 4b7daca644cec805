// The figures a facilitator sees for a session, computed once from its
// records for both the HTML report and the window's dashboard: objectives
// met, endings reached, how the group chose at each point, and how long
// answers at the blackmail turn took. A class's answer in projector mode
// counts every vote cast for every choice.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/scenario.h"
#include "records/record_store.h"

namespace secondlook {

struct ObjectiveShare {
    std::string objective;
    std::size_t met = 0, taught = 0;  // finished plays that met it / that it was part of (PlayRecord::status)
    // Of the plays that did not meet it, those that still reached a safe
    // ending: a player who stops contact early never reaches the later steps.
    std::size_t missed_in_safe_plays = 0;
};

struct ChoicePoint {
    std::string scenario, node;
    std::vector<std::pair<std::string, std::size_t>> chosen;  // choice text, how many chose it
    std::size_t total = 0;
    std::size_t class_votes = 0;  // how many of `total` were a class's votes (projector mode), not one player's answer

    // "class votes", "including 12 class votes", or "" when no class voted here.
    std::string class_votes_note() const {
        if (class_votes == 0) return "";
        if (class_votes == total) return "class votes";
        return "including " + std::to_string(class_votes) + " class votes";
    }
};

struct SessionStats {
    std::size_t players = 0, plays = 0, finished = 0, safe = 0;
    std::vector<ObjectiveShare> objectives;                // in teaching order
    std::vector<std::pair<std::string, std::size_t>> endings;  // "title (outcome)", count
    std::vector<ChoicePoint> choices;                      // in the order the points came
    std::vector<double> turn_seconds;                      // sorted
};

using ScenariosById = std::map<std::string, std::shared_ptr<const Scenario>>;

// The figures counted as the records go past, one play or answer at a time,
// so a session of any size is counted without holding its answers.
class SessionStatsCounter {
public:
    // `scenarios` gives titles, choice texts and stages by scenario id; a
    // scenario missing from it is shown by its ids.
    explicit SessionStatsCounter(const ScenariosById& scenarios) : scenarios_(scenarios) {}
    void add(const PlayRecord& play);
    void add(const AnswerRecord& answer);
    SessionStats result() const;

private:
    using Point = std::pair<std::string, std::string>;  // scenario, node
    const ScenariosById& scenarios_;
    SessionStats stats_;  // the plain counts and the turn times
    std::set<std::string> players_;
    std::map<std::string, ObjectiveShare> objectives_;
    std::map<std::string, std::size_t> endings_;
    std::map<Point, std::map<std::string, std::size_t>> chosen_;
    std::map<Point, std::size_t> voted_;
    std::vector<Point> order_;
};

// The same, at once.
SessionStats session_stats(const std::vector<PlayRecord>& plays, const std::vector<AnswerRecord>& answers,
                           const ScenariosById& scenarios);

}  // namespace secondlook
