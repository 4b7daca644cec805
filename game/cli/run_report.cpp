#include "run_report.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

namespace secondlook {
namespace {

std::string awards_text(const std::vector<ScoreAward>& awards) {
    std::string text;
    for (const auto& award : awards)
        text += (text.empty() ? " [+" : ", +") + std::to_string(award.points) + " " + award.objective;
    return text.empty() ? text : text + "]";
}

nlohmann::json awards_json(const std::vector<ScoreAward>& awards) {
    nlohmann::json points = nlohmann::json::object();
    for (const auto& award : awards) points[award.objective] = points.value(award.objective, 0) + award.points;
    return points;
}

}  // namespace

void print_transcript(const Run& run, const Debrief& debrief, const SupportInfo& support,
                      std::ostream& out) {
    const Scenario& scenario = run.scenario();
    out << scenario.title << " (" << scenario.file << ")\n";
    for (const auto& event : run.events()) {
        const Node& node = scenario.nodes[event.node];
        switch (event.kind) {
            case RunEvent::Kind::NodeEntered:
                out << "\n-- " << node.id << " (" << to_string(node.screen) << (node.continuation ? ", continuation" : "")
                    << ") --\n";
                break;
            case RunEvent::Kind::Message: {
                const Message& message = *event.message;
                std::string name = speaker_name(scenario, message.from);
                out << "  [" << clock_text(event.clock_minutes) << "] "
                    << (name.empty() ? "* " : name + ": ") << message.text << '\n';
                break;
            }
            case RunEvent::Kind::Reply: {
                const Choice& choice = *event.choice;
                out << "  > " << choice.id << ": " << (choice.say.empty() ? choice.text : choice.say)
                    << awards_text(choice.score) << '\n'
                    << "    Second look: " << choice.feedback << '\n';
                break;
            }
            case RunEvent::Kind::Action: {
                const ActionRecord& action = run.actions()[event.action];
                out << "  * " << action.id << awards_text(action.awarded) << '\n';
                if (!action.feedback.empty()) out << "    Second look: " << action.feedback << '\n';
                break;
            }
        }
    }
    if (!debrief.ending) {
        out << "\nPlay stopped at node '" << run.node().id << "'. Offered:";
        for (const Choice* choice : run.offered()) out << "\n  " << choice->id << ": " << choice->text;
        out << '\n';
        return;
    }
    if (const Node* early = run.early_ending())
        out << "\nEarly ending: " << early->id << " - " << early->ending->title
            << " (then: see what could have happened)";
    out << "\nEnding: " << run.node().id << " - " << debrief.ending->title << " ("
        << to_string(debrief.ending->outcome) << ")\n"
        << debrief.ending->debrief << "\n\nScore: " << debrief.score.earned << " of " << debrief.score.offered
        << " (the most this play offered)\n";
    if (debrief.stopped_early) out << "Stopped early and safely: the best result of this path.\n";
    for (const auto& result : debrief.objectives())
        out << "  " << (result.met() ? "met        " : result.in_play() ? "to practise" : "not in play") << "  "
            << result.objective->id << "  " << result.points << "/" << result.offered
            << (result.chose_against ? " (a reply went against it)" : "") << "  " << result.objective->title << '\n';
    if (!debrief.signs.empty()) out << "\nWarning signs:\n";
    for (const auto& sign : debrief.signs)
        out << "  " << (sign.caught ? "caught" : "missed") << "  " << sign.target.text << '\n';
    if (!debrief.evidence.empty()) out << "\nEvidence for the police:\n";
    for (const auto& status : debrief.evidence)
        out << "  " << (status.captured ? "kept   " : "missing") << "  " << status.item->label << '\n';
    out << '\n' << support.heading << '\n';
    for (const auto& line : support_lines(support)) out << "  " << line << '\n';
}

void print_json_report(const Run& run, const Debrief& debrief, std::ostream& out) {
    using nlohmann::json;
    const Scenario& scenario = run.scenario();
    json report;
    report["scenario"] = scenario.id;
    report["title"] = scenario.title;
    report["file"] = scenario.file;
    report["ending"] = debrief.ending ? json(run.node().id) : json(nullptr);
    report["ending_title"] = debrief.ending ? json(debrief.ending->title) : json(nullptr);
    report["outcome"] = debrief.ending ? json(to_string(debrief.ending->outcome)) : json(nullptr);
    report["debrief"] = debrief.ending ? json(debrief.ending->debrief) : json(nullptr);
    // A play that went on from an early ending into its continuation.
    report["early_ending"] = run.early_ending() ? json(run.early_ending()->id) : json(nullptr);
    report["can_continue"] = run.can_continue();

    json steps = json::array();
    for (const auto& step : run.steps())
        steps.push_back({{"node", step.node}, {"choice", step.choice.empty() ? json(nullptr) : json(step.choice)}});
    report["steps"] = steps;

    // Everything the player did, choices and actions, with the points each earned.
    json actions = json::array();
    for (const auto& event : run.events()) {
        if (event.kind == RunEvent::Kind::Reply) {
            const bool first = std::none_of(actions.begin(), actions.end(), [&](const json& earlier) {
                return earlier["id"] == event.choice->id;
            });
            actions.push_back({{"id", event.choice->id},
                               {"kind", "choice"},
                               {"node", scenario.nodes[event.node].id},
                               {"points", first ? awards_json(event.choice->score) : json::object()}});
        } else if (event.kind == RunEvent::Kind::Action) {
            const ActionRecord& action = run.actions()[event.action];
            json entry = {{"id", action.id},
                          {"kind", to_string(action.kind)},
                          {"node", action.node},
                          {"points", awards_json(action.awarded)}};
            if (!action.captured.empty()) entry["captured"] = action.captured;
            actions.push_back(entry);
        }
    }
    report["actions"] = actions;

    // "max" is what this play offered, by the rule of core/play_score.h; the
    // "objectives_missed" are those offered and not met (to practise).
    json by_objective = json::object(), offered_by_objective = json::object();
    for (const auto& result : debrief.objectives()) {
        by_objective[result.objective->id] = result.points;
        offered_by_objective[result.objective->id] = result.offered;
    }
    report["score"] = {{"total", debrief.score.earned},
                       {"max", debrief.score.offered},
                       {"scaled", debrief.score.scaled()},
                       {"by_objective", by_objective},
                       {"max_by_objective", offered_by_objective}};
    report["stopped_early"] = debrief.stopped_early;
    json met = json::array(), missed = json::array(), not_applicable = json::array();
    for (const auto* objective : debrief.met()) met.push_back(objective->id);
    for (const auto* objective : debrief.to_practise()) missed.push_back(objective->id);
    for (const auto* objective : debrief.not_in_play()) not_applicable.push_back(objective->id);
    report["objectives_met"] = met;
    report["objectives_missed"] = missed;
    report["objectives_not_applicable"] = not_applicable;

    json caught = json::array(), signs_missed = json::array();
    for (const auto& sign : debrief.signs) (sign.caught ? caught : signs_missed).push_back(sign.target.id);
    report["signs"] = {{"caught", caught}, {"missed", signs_missed}};
    json kept = json::array(), lacking = json::array();
    for (const auto& status : debrief.evidence) (status.captured ? kept : lacking).push_back(status.item->id);
    report["evidence"] = {{"captured", kept}, {"missing", lacking}};
    report["stress"] = run.stress();
    if (run.countdown()) report["countdown_left"] = run.countdown_left();

    json offered = json::array();
    for (const Choice* choice : run.offered()) offered.push_back(choice->id);
    report["offered"] = offered;

    json transcript = json::array();
    for (const auto& event : run.events()) {
        if (event.kind == RunEvent::Kind::Message)
            transcript.push_back({{"kind", "message"},
                                  {"id", event.message->id},
                                  {"node", scenario.nodes[event.node].id},
                                  {"from", event.message->from},
                                  {"time", clock_text(event.clock_minutes)},
                                  {"text", event.message->text}});
        else if (event.kind == RunEvent::Kind::Action)
            transcript.push_back({{"kind", "action"},
                                  {"action", run.actions()[event.action].id},
                                  {"node", scenario.nodes[event.node].id},
                                  {"feedback", run.actions()[event.action].feedback},
                                  {"tone", to_string(run.actions()[event.action].tone)}});
        else if (event.kind == RunEvent::Kind::Reply)
            transcript.push_back({{"kind", "reply"},
                                  {"choice", event.choice->id},
                                  {"node", scenario.nodes[event.node].id},
                                  {"text", event.choice->say.empty() ? event.choice->text : event.choice->say},
                                  {"feedback", event.choice->feedback},
                                  {"tone", to_string(event.choice->tone)}});
    }
    for (std::size_t i = 0; i < transcript.size(); ++i)
        if (scenario.find_node(transcript[i]["node"].get<std::string>())->continuation) transcript[i]["continuation"] = true;
    report["transcript"] = transcript;
    out << report.dump(2) << '\n';
}

}  // namespace secondlook
