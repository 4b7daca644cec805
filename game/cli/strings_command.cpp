#include "cli/strings_command.h"

#include <fstream>
#include <ostream>

#include "app/csv.h"
#include "app/ui_text.h"
#include "cli/cli_args.h"
#include "cli/scenario_files.h"
#include "core/scenario_lines.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook strings [PATH...] [-o OUT.csv]\n"
    "Writes every string a translator needs as CSV (UTF-8, RFC 4180): the\n"
    "interface's own (ids 'ui.ID') and each scenario's lines (default:\n"
    "scenarios/; ids 'SCENARIO/LINE-ID', stable while the file's ids are).\n"
    "Columns: id, context (where it shows), source (English), translation\n"
    "(empty: fill it in). The window loads a filled-in file with --language FILE.\n";

void write_strings(const std::vector<std::shared_ptr<const Scenario>>& scenarios, std::ostream& out) {
    out << csv_row({"id", "context", "source", "translation"});
    for (const auto& entry : ui_strings())
        out << csv_row({"ui." + std::string(entry.id), std::string(entry.note), std::string(entry.text), ""});
    for (const auto& scenario : scenarios)
        for (const auto& line : scenario_lines(*scenario))
            out << csv_row({scenario->id + "/" + line.id,
                            line.what + " (" + line.where.file + ":" + std::to_string(line.where.line) + ")", line.text,
                            ""});
}

}  // namespace

int strings_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"-o"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    if (!line.error.empty()) {
        err << "secondlook strings: " << line.error << '\n' << kUsage;
        return 2;
    }
    std::vector<std::string> paths = line.positional;
    if (paths.empty()) paths.push_back(default_library_path());
    std::vector<std::shared_ptr<const Scenario>> scenarios;
    bool broken = false;
    for (const auto& file : scenarios_only(scenario_files(paths))) {
        auto loaded = load_scenario_file(file);
        if (!report_if_broken(loaded, file, "strings", err)) {
            broken = true;
            continue;
        }
        scenarios.push_back(loaded.scenario);
    }
    if (!line.has("-o")) {
        write_strings(scenarios, out);
        return broken ? 1 : 0;
    }
    std::ofstream file(line.value("-o"), std::ios::binary);
    write_strings(scenarios, file);
    if (!file.flush()) {
        err << "secondlook strings: cannot write " << line.value("-o") << "; check the folder exists and is writable\n";
        return 1;
    }
    return broken ? 1 : 0;
}

}  // namespace secondlook
