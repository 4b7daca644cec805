#include "graph_command.h"

#include <fstream>
#include <ostream>

#include "cli/cli_args.h"
#include "core/scenario_loader.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook graph FILE [-o OUT.dot]\n"
    "Writes the scenario as a Graphviz DOT graph (to standard output, or OUT.dot):\n"
    "endings are double octagons (green safe, amber mixed, red hard), scored\n"
    "choices bold green with their points. Render it with: dot -Tsvg OUT.dot -o OUT.svg\n";

// DOT strings are double-quoted; quotes and backslashes need escaping, and
// long labels read better wrapped.
std::string quoted(const std::string& text, std::size_t wrap = 28) {
    std::string result = "\"";
    std::size_t column = 0;
    for (char c : text) {
        if (c == '"' || c == '\\') result += '\\';
        if (c == '\n' || (c == ' ' && column >= wrap)) {
            result += "\\n";
            column = 0;
            continue;
        }
        result += c;
        ++column;
    }
    return result + "\"";
}

const char* outcome_colour(Outcome outcome) {
    switch (outcome) {
        case Outcome::Safe: return "#1f7a3a";
        case Outcome::Mixed: return "#9a5b00";
        case Outcome::Hard: return "#b3261e";
    }
    return "#000000";
}

std::string points_label(const std::vector<ScoreAward>& score) {
    std::string label;
    for (const auto& award : score) label += (label.empty() ? "" : " ") + ("+" + std::to_string(award.points) + " " + award.objective);
    return label;
}

}  // namespace

void write_dot(const Scenario& scenario, std::ostream& out) {
    out << "digraph " << quoted(scenario.id) << " {\n"
        << "  label=" << quoted(scenario.title + " (" + scenario.file + ")", 200) << "; labelloc=t; fontname=\"Helvetica\";\n"
        << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=11];\n"
        << "  edge [fontname=\"Helvetica\", fontsize=9];\n";
    for (const auto& node : scenario.nodes) {
        out << "  " << quoted(node.id) << " [";
        if (node.is_ending()) {
            out << "shape=doubleoctagon, color=" << quoted(outcome_colour(node.ending->outcome)) << ", penwidth=2, label="
                << quoted(node.id + "\n" + node.ending->title);
        } else {
            std::string label = node.id + "\n(" + to_string(node.screen) + ")";
            if (node.countdown) label += "\ncountdown " + std::to_string(static_cast<int>(node.countdown->seconds)) + " s";
            const bool app = !shows_conversation(node.screen) && node.screen != Screen::Cut;
            const char* fill = node.screen == Screen::Blackmail ? "#fbe3e1" : app ? "#e3ecfb" : node.screen == Screen::Cut ? "#eceff3" : "#ffffff";
            out << "fillcolor=" << quoted(fill) << ", label=" << quoted(label, 200);
        }
        if (node.id == scenario.start_id) out << ", peripheries=2";
        out << "];\n";
    }
    for (const auto& node : scenario.nodes) {
        for (const auto& choice : node.choices) {
            if (choice.target == kUnresolved) continue;
            const std::string points = points_label(choice.score);
            out << "  " << quoted(node.id) << " -> " << quoted(scenario.nodes[choice.target].id) << " [label="
                << quoted(choice.id + (points.empty() ? "" : "\n" + points) + (choice.condition ? "\nif " + choice.condition->text() : ""));
            if (!points.empty()) out << ", color=\"#1f7a3a\", fontcolor=\"#1f7a3a\", penwidth=2";
            if (choice.panic) out << ", arrowhead=empty";
            out << "];\n";
        }
        for (const auto& branch : node.branches) {
            if (branch.target == kUnresolved) continue;
            out << "  " << quoted(node.id) << " -> " << quoted(scenario.nodes[branch.target].id) << " [style=dashed";
            if (branch.condition) out << ", label=" << quoted("if " + branch.condition->text());
            out << "];\n";
        }
        // From an early ending on into "See what could have happened".
        if (const Continuation* continuation = node.continues(); continuation && continuation->target != kUnresolved)
            out << "  " << quoted(node.id) << " -> " << quoted(scenario.nodes[continuation->target].id)
                << " [style=dotted, label=\"continue\"];\n";
    }
    out << "}\n";
}

int graph_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"-o", "--output"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    if (!line.error.empty() || line.positional.size() != 1) {
        err << "secondlook graph: " << (line.error.empty() ? "give one scenario file" : line.error) << '\n' << kUsage;
        return 2;
    }
    const std::string& file = line.positional.front();
    const std::string output = line.has("-o") ? line.value("-o") : line.has("--output") ? line.value("--output") : "";
    auto loaded = load_scenario_file(file);
    if (!report_if_broken(loaded, file, "graph", err)) return 1;
    if (output.empty()) {
        write_dot(*loaded.scenario, out);
        return 0;
    }
    std::ofstream dot(output);
    write_dot(*loaded.scenario, dot);
    if (!dot) {
        err << "secondlook graph: cannot write " << output << "; check the folder exists and is writable\n";
        return 1;
    }
    err << "secondlook graph: wrote " << output << " (render with: dot -Tsvg " << output << " -o graph.svg)\n";
    return 0;
}

}  // namespace secondlook
