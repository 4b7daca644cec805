#include "cli/report_command.h"

#include <filesystem>
#include <fstream>
#include <ostream>

#include "app/resource_paths.h"
#include "cli/cli_args.h"
#include "cli/html_report.h"
#include "records/record_set.h"
#include "cli/scenario_files.h"
#include "core/scenario_loader.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook report --records PATH --session CODE -o REPORT.html [--scenarios PATH...]\n"
    "PATH is a records file, or a folder of them (one per machine), merged.\n"
    "Writes a printable, self-contained HTML report of one session: a plain-language\n"
    "summary, the objectives met, the endings, how the group chose at each point and\n"
    "the time to respond at the blackmail turn, and the learning gain per objective\n"
    "when players took the knowledge check before and after play. Scenario titles\n"
    "come from scenarios/ (and any --scenarios folders).\n";

}  // namespace

int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"--records", "--session", "-o", "--scenarios"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    if (!line.error.empty() || !line.positional.empty() || !line.has("--records") || !line.has("--session") ||
        !line.has("-o")) {
        err << "secondlook report: "
            << (!line.error.empty() ? line.error : "give --records PATH, --session CODE and -o REPORT.html") << '\n'
            << kUsage;
        return 2;
    }
    std::string problem;
    const auto session = session_code_option("--session", line.value("--session"), &problem);
    if (!session) {
        err << "secondlook report: " << problem << '\n';
        return 2;
    }
    const std::string& code = *session;
    auto records = open_records(line.value("--records"), code, "report", err);
    if (!records) return 1;
    ScenariosById scenarios;
    std::vector<std::string> folders{default_library_path()};
    if (line.has("--scenarios"))
        for (const auto& folder : line.values.at("--scenarios")) folders.push_back(folder);
    for (const auto& file : scenarios_only(scenario_files(folders))) {
        auto loaded = load_scenario_file(file);
        if (loaded.ok()) scenarios[loaded.scenario->id] = loaded.scenario;
    }
    std::ofstream html(line.value("-o"), std::ios::binary);
    write_html_report(*records, code, scenarios, html);
    if (!html) {
        err << "secondlook report: cannot write " << line.value("-o") << "; check the folder exists\n";
        return 1;
    }
    err << "secondlook report: wrote " << line.value("-o") << '\n';
    return 0;
}

}  // namespace secondlook
