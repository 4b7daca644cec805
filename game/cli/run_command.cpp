#include "run_command.h"

#include <ostream>

#include "app/id_list.h"
#include "app/resource_paths.h"
#include "cli/cli_args.h"
#include "cli/run_report.h"
#include "core/debrief.h"
#include "core/scenario_loader.h"
#include "core/support.h"

namespace secondlook {
namespace {

constexpr int kEnded = 0;
constexpr int kScenarioBroken = 1;
constexpr int kBadRequest = 2;
constexpr int kOutOfChoices = 3;

const char* const kUsage =
    "usage: secondlook run FILE [--choose ID,ID,...] [--json]\n"
    "Plays FILE without a window, taking the choices by id in order.\n"
    "Actions go in the same list: flag:MESSAGE-ID, flag:CAST.DETAIL, profile:CAST,\n"
    "close-profile, record:CAST.id (or .name, .url), screenshot, calm, wait:SECONDS.\n"
    "Exit 0 at an ending, 3 when the ids ran out before an ending,\n"
    "2 on an unknown id or a choice not offered, 1 if the scenario has errors.\n";

}  // namespace

int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"--choose"}, {"--json"});
    if (line.help) {
        out << kUsage;
        return kEnded;
    }
    if (!line.error.empty() || line.positional.size() != 1) {
        err << "secondlook run: "
            << (!line.error.empty() ? line.error
                : line.positional.empty() ? "which scenario?"
                                          : "one scenario file at a time ('" + line.positional[0] + "' and '" + line.positional[1] + "')")
            << '\n' << kUsage;
        return kBadRequest;
    }
    const std::string& file = line.positional.front();
    const bool json = line.has("--json");
    std::vector<std::string> choices;
    if (line.has("--choose"))
        for (const auto& list : line.values.at("--choose")) {
            auto more = split_ids(list);
            choices.insert(choices.end(), more.begin(), more.end());
        }
    auto loaded = load_scenario_file(file);
    if (!report_if_broken(loaded, file, "run", err)) return kScenarioBroken;

    Run run(loaded.scenario);
    for (std::size_t i = 0; i < choices.size(); ++i) {
        std::string why;
        if (!run.act(choices[i], &why)) {
            err << "secondlook run: choice " << i + 1 << " of " << choices.size() << ": " << why << '\n';
            return kBadRequest;
        }
    }

    const Debrief debrief = make_debrief(run, explore_plays(run.scenario()));
    if (json) {
        print_json_report(run, debrief, out);
    } else {
        auto support = load_support_file(support_file_path());
        for (const auto& diagnostic : support.diagnostics.all()) err << format_diagnostic(diagnostic) << '\n';
        print_transcript(run, debrief, support.info, out);
    }
    return run.finished() ? kEnded : kOutOfChoices;
}

}  // namespace secondlook
