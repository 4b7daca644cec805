#include "run_report.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace secondlook {

void print_transcript(const Run& run, const Debrief& debrief, const SupportInfo& support,
                      std::ostream& out) {
    const Scenario& scenario = run.scenario();
    out << scenario.title << " (" << scenario.file << ")\n";
    for (const auto& event : run.events()) {
        const Node& node = scenario.nodes[event.node];
        switch (event.kind) {
            case RunEvent::Kind::NodeEntered:
                out << "\n-- " << node.id << " (" << to_string(node.screen) << ") --\n";
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
                out << "  > " << choice.id << ": " << (choice.say.empty() ? choice.text : choice.say) << '\n'
                    << "    Second look: " << choice.feedback << '\n';
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
    out << "\nEnding: " << run.node().id << " - " << debrief.ending->title << " ("
        << to_string(debrief.ending->outcome) << ")\n"
        << debrief.ending->debrief << "\n\nScore: " << debrief.total << " of " << debrief.max << '\n';
    for (const auto& result : debrief.objectives)
        out << "  " << (result.met() ? "met   " : "missed") << "  " << result.objective->id << "  "
            << result.points << "/" << result.best << "  " << result.objective->title << '\n';
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

    json steps = json::array();
    for (const auto& step : run.steps())
        steps.push_back({{"node", step.node}, {"choice", step.choice.empty() ? json(nullptr) : json(step.choice)}});
    report["steps"] = steps;

    json by_objective = json::object(), best_by_objective = json::object();
    for (const auto& result : debrief.objectives) {
        by_objective[result.objective->id] = result.points;
        best_by_objective[result.objective->id] = result.best;
    }
    report["score"] = {{"total", debrief.total},
                       {"max", debrief.max},
                       {"by_objective", by_objective},
                       {"max_by_objective", best_by_objective}};
    json met = json::array(), missed = json::array();
    for (const auto* objective : debrief.met()) met.push_back(objective->id);
    for (const auto* objective : debrief.missed()) missed.push_back(objective->id);
    report["objectives_met"] = met;
    report["objectives_missed"] = missed;

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
        else if (event.kind == RunEvent::Kind::Reply)
            transcript.push_back({{"kind", "reply"},
                                  {"choice", event.choice->id},
                                  {"node", scenario.nodes[event.node].id},
                                  {"text", event.choice->say.empty() ? event.choice->text : event.choice->say},
                                  {"feedback", event.choice->feedback},
                                  {"tone", to_string(event.choice->tone)}});
    }
    report["transcript"] = transcript;
    out << report.dump(2) << '\n';
}

}  // namespace secondlook
