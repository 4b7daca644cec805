// The one rule a play is scored by (core/play_score.h): against what its own
// path offered, "met" at half of what it offered for an objective and never
// after a reply against it, and a safe early stop as the best of its path.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/debrief.h"
#include "core/play_score.h"
#include "core/reply_plays.h"
#include "core/scenario_loader.h"
#include "test_files.h"

using namespace secondlook;

namespace {

std::vector<std::string> shipped_scenarios() {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(source_path("scenarios")))
        if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> choices_of(const Run& run) {
    std::vector<std::string> choices;
    for (const auto& step : run.steps())
        if (!step.choice.empty()) choices.push_back(step.choice);
    return choices;
}

std::string joined(const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids) text += (text.empty() ? "" : ",") + id;
    return text;
}

}  // namespace

TEST_CASE("on every shipped scenario, a safe early stop scores at least as high as any reply-only play that goes on") {
    // From the decision where a play stopped it safely before any threat,
    // every play that went on instead (into the blackmail) scores no more.
    // Two early stops from one decision are both the best of their paths;
    // the better reply may score more.
    std::size_t early = 0;
    for (const auto& file : shipped_scenarios()) {
        CAPTURE(file);
        auto loaded = load_scenario_file(file);
        REQUIRE(loaded.ok());
        // Each decision point is a prefix of choices; they are numbered as
        // a tree, so every play's decision points are found in one pass.
        std::map<std::pair<int, std::string>, int> prefix_ids;
        struct Play {
            std::vector<int> prefixes;  // the id of the prefix before each choice
            double scaled = 0;
            bool early = false;
            std::string choices;
        };
        std::vector<Play> plays;
        const ReplyWalk walk = walk_reply_plays(loaded.scenario, [&](const Run& run) {
            Play play;
            int prefix = 0;
            for (const auto& choice : choices_of(run)) {
                play.prefixes.push_back(prefix);
                prefix = prefix_ids.emplace(std::make_pair(prefix, choice), static_cast<int>(prefix_ids.size()) + 1)
                             .first->second;
            }
            play.scaled = score_play(run).scaled();
            play.early = stopped_early(run);
            play.choices = joined(choices_of(run));
            plays.push_back(std::move(play));
        });
        REQUIRE(walk.complete);
        std::map<int, const Play*> best_from;  // decision point to its best-scoring play that went on
        for (const auto& play : plays)
            for (int prefix : play.prefixes) {
                if (play.early) continue;
                const Play*& best = best_from[prefix];
                if (!best || play.scaled > best->scaled) best = &play;
            }
        for (const auto& play : plays) {
            if (!play.early) continue;
            ++early;
            auto found = best_from.find(play.prefixes.back());
            if (found == best_from.end()) continue;  // every play from there stops early
            const Play* best = found->second;
            CHECK_MESSAGE(play.scaled >= best->scaled, play.choices << " scores " << play.scaled << " but "
                                                                    << best->choices << " scores " << best->scaled);
        }
    }
    CHECK(early > 0);
}
