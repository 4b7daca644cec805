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
#include "scenario_text.h"
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

TEST_CASE("the rule: met at half of what the play offered, never after a reply against it, and not in play when never offered") {
    CHECK(objective_status(0, 0, false) == ObjectiveStatus::NotInPlay);
    CHECK(objective_status(1, 2, false) == ObjectiveStatus::Met);  // exactly half
    CHECK(objective_status(1, 3, false) == ObjectiveStatus::ToPractise);
    CHECK(objective_status(5, 5, false) == ObjectiveStatus::Met);
    CHECK(objective_status(5, 5, true) == ObjectiveStatus::ToPractise);  // paid, whatever else it scored
    CHECK(objective_status(0, 0, true) == ObjectiveStatus::ToPractise);
    CHECK(std::string(to_string(ObjectiveStatus::NotInPlay)) == "not-in-play");
    CHECK(std::string(to_string(ObjectiveStatus::Met)) == "met");
    CHECK(std::string(to_string(ObjectiveStatus::ToPractise)) == "to-practise");
}

namespace {

// A story where a wrong reason on a report form loops back to the form, and
// the ending shows a warning sign no one can flag any more.
const char* const kLoopScenario = R"(id: loop
title: Loop
summary: A report form that loops.
objectives: [SPOT-2, RESP-2, RESP-6]
start: threat
cast:
  - id: kit
    name: Kit Lane
    handle: kit.lane.9
nodes:
  - id: threat
    contact: kit
    stage: turn
    messages:
      - { from: kit, text: "Pay or else." }
    choices:
      - { id: refuse, text: Refuse, feedback: Right., score: { RESP-2: 2 }, goto: form }
      - { id: pay, text: Pay, feedback: It brings more demands., against: [RESP-2], goto: form }
  - id: form
    contact: kit
    messages:
      - { from: system, text: "Why are you reporting?", kind: notice }
    choices:
      - { id: spam, text: Spam, feedback: Try the reason that says what happened., goto: form }
      - { id: right-reason, text: Private video shared, feedback: Right., score: { RESP-6: 2 }, goto: end }
  - id: end
    contact: kit
    messages:
      - { from: kit, text: "Trust me, I'll delete it.", sign: { score: { SPOT-2: 1 }, why: A lie. } }
    ending: { title: Done, outcome: mixed, debrief: "You reported it. Keep the evidence and talk to someone you trust too." }
)";

Run played(const std::vector<std::string>& choices) {
    auto loaded = load_scenario_text(kLoopScenario, "loop.yaml");
    REQUIRE_MESSAGE(loaded.ok(), all_diagnostics(loaded));
    Run run(loaded.scenario);
    for (const auto& id : choices) REQUIRE_MESSAGE(run.choose(id), id);
    return run;
}

}  // namespace

TEST_CASE("a loop back to the same choice offers its points once, and an ending offers nothing") {
    const Run run = played({"refuse", "spam", "spam", "spam", "right-reason"});
    const PlayScore score = score_play(run);
    CHECK(score.earned == 4);
    CHECK(score.offered == 4);  // was 2 + 2 per visit of the form, and the sign at the ending
    CHECK(score.scaled() == 1.0);
    CHECK(run.offered_score().for_objective("SPOT-2") == 0);
}

TEST_CASE("a reply against an objective keeps it from being met, whatever else the play scored for it") {
    const Run run = played({"pay", "right-reason"});
    const PlayScore score = score_play(run);
    REQUIRE(score.objectives.size() == 3);
    const ObjectiveResult& resp2 = score.objectives[1];
    CHECK(resp2.objective->id == "RESP-2");
    CHECK(resp2.chose_against);
    CHECK(resp2.status == ObjectiveStatus::ToPractise);
    CHECK(score.objectives[0].status == ObjectiveStatus::NotInPlay);  // SPOT-2: only at the ending
    CHECK(score.objectives[2].status == ObjectiveStatus::Met);
}

TEST_CASE("'against' must name known objectives, and a reply cannot both score one and go against it") {
    const std::string text = kLoopScenario;
    auto unknown = load_scenario_text(replaced(text, "against: [RESP-2]", "against: [RESP-22]"), "loop.yaml");
    CHECK_MESSAGE(reports(unknown, "loop.yaml:18:75: error: "), all_diagnostics(unknown));
    CHECK(reports(unknown, "'against' names unknown learning objective 'RESP-22'; known objectives: "));
    auto both = load_scenario_text(replaced(text, "score: { RESP-2: 2 }, goto", "score: { RESP-2: 2 }, against: [RESP-2], goto"),
                                   "loop.yaml");
    CHECK(reports(both, "choice 'refuse' both scores RESP-2 and goes against it; keep one"));
    auto loaded = load_scenario_text(text, "loop.yaml");
    REQUIRE(loaded.ok());
    CHECK(loaded.scenario->find_node("threat")->choices[1].against == std::vector<std::string>{"RESP-2"});
}

TEST_CASE("a play that stops it safely before any threat is the best result of its path") {
    auto loaded = load_scenario_file(source_path("tests/data/good/mini.yaml"));
    REQUIRE(loaded.ok());
    Run run(loaded.scenario);
    for (const char* id : {"accept", "leave"}) REQUIRE(run.choose(id));
    const Debrief debrief = make_debrief(run);
    CHECK(debrief.stopped_early);
    CHECK(debrief.replies == 2);
    CHECK(debrief.score.earned == 1);
    CHECK(debrief.score.offered == 1);  // not the 2 + 1 its replies were offered, nor the scenario's 7
    CHECK(debrief.met().size() == 1);
    CHECK(debrief.to_practise().empty());  // accepting is explained in its feedback, not marked
    CHECK(debrief.not_in_play().size() == 2);

    Run on(loaded.scenario);
    for (const char* id : {"accept", "call", "refuse"}) REQUIRE(on.choose(id));
    CHECK_FALSE(stopped_early(on));  // safe, but after the threat
    CHECK(score_play(on).scaled() < 1.0);
}

TEST_CASE("The Link Arrives: no play that paid meets RESP-2 \"Don't pay\"") {
    auto loaded = load_scenario_file(source_path("scenarios/video-posted.yaml"));
    REQUIRE(loaded.ok());
    std::size_t paid = 0;
    walk_reply_plays(loaded.scenario, [&](const Run& run) {
        if (run.node().id != "end-paid") return;  // every payment ends there
        ++paid;
        const PlayScore score = score_play(run);
        for (const auto& result : score.objectives)
            if (result.objective->id == "RESP-2")
                CHECK_MESSAGE(result.status != ObjectiveStatus::Met, joined(choices_of(run)));
    });
    CHECK(paid == 10);
}
