#include "coverage_command.h"

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <ostream>

#include "app/resource_paths.h"
#include "cli/cli_args.h"
#include "cli/scenario_files.h"
#include "core/objectives.h"
#include "core/max_scores.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook coverage [PATH...] [--require N]\n"
    "A table of the learning objectives by scenario (default: scenarios/): the\n"
    "scenario maximum (best play) for each objective, the most any play can score\n"
    "for it (a player's own score is out of what their play offered), '-'\n"
    "where it teaches none, and how many scenarios cover each objective.\n"
    "With --require N, exits 1 when an objective is covered by fewer than N.\n";

struct Column {
    std::string id;
    MaxScores plays;
};

}  // namespace

int coverage_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"--require"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    std::size_t required = 0;
    if (!line.error.empty() || (line.has("--require") && !parse_count(line.value("--require"), &required))) {
        err << "secondlook coverage: "
            << (line.error.empty() ? "--require takes a number of scenarios, e.g. --require 2" : line.error) << '\n'
            << kUsage;
        return 2;
    }
    std::vector<std::string> paths = line.positional;
    if (paths.empty()) paths.push_back(default_library_path());

    std::vector<Column> columns;
    bool broken = false;
    for (const auto& file : scenarios_only(scenario_files(paths))) {
        auto loaded = load_scenario_file(file);
        if (!report_if_broken(loaded, file, "coverage", err)) {
            broken = true;
            continue;
        }
        columns.push_back({loaded.scenario->id, loaded.scenario->maxima()});
    }
    if (columns.empty()) {
        err << "secondlook coverage: no scenario could be read from the given paths\n";
        return 1;
    }

    std::size_t width = 8;
    for (const auto& column : columns) width = std::max(width, column.id.size() + 2);
    out << "Scenario maximum (best play): the most any play can score, per objective and scenario ('-': not "
           "taught)\n\n"
        << std::left << std::setw(10) << "objective";
    for (const auto& column : columns) out << std::setw(static_cast<int>(width)) << column.id;
    out << "scenarios\n";

    std::vector<std::string> short_of;
    for (const auto& objective : objective_catalogue()) {
        out << std::setw(10) << objective.id;
        std::size_t covering = 0;
        for (const auto& column : columns) {
            auto found = column.plays.by_objective.find(objective.id);
            const int best = found == column.plays.by_objective.end() ? 0 : found->second;
            covering += best > 0 ? 1 : 0;
            out << std::setw(static_cast<int>(width)) << (best > 0 ? std::to_string(best) : "-");
        }
        out << covering << "  " << objective.title << '\n';
        if (covering < std::max<std::size_t>(required, 1)) short_of.push_back(objective.id);
    }
    out << '\n';
    if (short_of.empty()) {
        out << "Every objective is covered" << (required > 1 ? " by at least " + std::to_string(required) + " scenarios" : "")
            << ".\n";
    } else {
        out << (required > 1 ? "Covered by fewer than " + std::to_string(required) + " scenarios:" : "Not covered by any scenario:");
        for (const auto& id : short_of) out << ' ' << id;
        out << '\n';
    }
    if (broken) return 1;
    return required > 0 && !short_of.empty() ? 1 : 0;
}

}  // namespace secondlook
