#include "cli/guide_command.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>

#include "app/resource_paths.h"
#include "cli/cli_args.h"
#include "cli/facilitator_guide.h"
#include "cli/scenario_files.h"
#include "core/scenario_loader.h"
#include "records/record_store.h"
#include "records/session_code.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook guide [FILE...] [--track TRACK | --session CODE [--records PATH]]\n"
    "                        [--guide GUIDE.yaml] -o GUIDE.html\n"
    "Writes the facilitator's guide: a printable page (print it to PDF from a browser)\n"
    "with the objectives, timing, audience and content note, ground rules and\n"
    "distancing, what to do if someone discloses, the discussion questions at each\n"
    "stage and the debrief points of every scenario, a letter for parents and carers\n"
    "and a one-page 'don't panic, don't pay' handout with the help contacts.\n"
    "FILE: scenario files or folders (default: the library). --track: only that\n"
    "audience's scenarios. --session: the session's set (the scenarios its setup\n"
    "picked in --records, else every scenario of the track its code carries).\n"
    "The editable parts (local contacts, the letter) come from --guide (default\n"
    "assets/guide/en-GB.yaml), the help contacts from assets/support/en-GB.yaml.\n";

// The scenarios a session plays: those its setup picked, when the records
// have its setup; else every scenario of the track its code carries.
bool read_session_set(const CommandLine& line, const std::string& code, std::string* track,
                      std::vector<std::string>* picked, std::ostream& err) {
    if (line.has("--records")) {
        try {
            RecordStore records(line.value("--records"), RecordStore::Access::ReadOnly);
            if (auto setup = records.session_setup(code)) {
                *track = setup->track;
                *picked = setup->scenarios;
                return true;
            }
        } catch (const std::exception& error) {
            err << "secondlook guide: cannot read " << line.value("--records") << ": " << error.what() << '\n';
            return false;
        }
    }
    if (auto setup = setup_from_code(code)) {
        *track = setup->track;
        return true;
    }
    err << "secondlook guide: session " << code << " has no setup" 
        << (line.has("--records") ? " in " + line.value("--records") : std::string(" in its code; give --records"))
        << "; or name the scenarios or --track\n";
    return false;
}

bool wanted(const Scenario& scenario, const std::string& track, const std::vector<std::string>& picked) {
    if (!picked.empty()) return std::find(picked.begin(), picked.end(), scenario.id) != picked.end();
    return suits_track(scenario, track);
}

}  // namespace

int guide_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"--track", "--session", "--records", "--guide", "-o"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    if (!line.error.empty() || !line.has("-o") || (line.has("--track") && line.has("--session")) ||
        (line.has("--records") && !line.has("--session"))) {
        err << "secondlook guide: "
            << (!line.error.empty() ? line.error
                                    : "give -o GUIDE.html, and at most one of --track and --session "
                                      "(--records only with --session)")
            << '\n'
            << kUsage;
        return 2;
    }
    std::string track;
    std::vector<std::string> picked;
    if (line.has("--track")) {
        track = line.value("--track");
        if (!is_track(track)) {
            err << "secondlook guide: --track takes " << track_names() << ", not '" << track << "'\n";
            return 2;
        }
    }
    if (line.has("--session")) {
        std::string problem;
        const auto code = session_code_option("--session", line.value("--session"), &problem);
        if (!code) {
            err << "secondlook guide: " << problem << '\n';
            return 2;
        }
        if (!read_session_set(line, *code, &track, &picked, err)) return 1;
    }

    std::vector<std::shared_ptr<const Scenario>> loaded;
    const auto paths = line.positional.empty() ? std::vector<std::string>{default_library_path()} : line.positional;
    bool broken = false;
    for (const auto& file : scenarios_only(scenario_files(paths))) {
        auto load = load_scenario_file(file);
        for (const auto& diagnostic : load.diagnostics.all()) err << format_diagnostic(diagnostic) << '\n';
        if (!load.ok()) {
            broken = true;
            continue;
        }
        if (wanted(*load.scenario, track, picked)) loaded.push_back(load.scenario);
    }
    if (broken) {
        err << "secondlook guide: fix the scenario errors above (see 'secondlook lint') and run again\n";
        return 1;
    }
    if (loaded.empty()) {
        err << "secondlook guide: no scenario to write a guide for; check the files, --track or --session\n";
        return 1;
    }

    const std::string guide_path = line.has("--guide") ? line.value("--guide") : guide_file_path();
    const GuideLoad guide = load_guide_file(guide_path);
    const SupportLoad support = load_support_file(support_file_path());
    for (const auto* problems : {&guide.diagnostics, &support.diagnostics})
        for (const auto& diagnostic : problems->all()) err << format_diagnostic(diagnostic) << '\n';
    if (guide.diagnostics.has_errors() || support.diagnostics.has_errors()) {
        err << "secondlook guide: fix the errors above and run again\n";
        return 1;
    }

    std::vector<const Scenario*> scenarios;
    for (const auto& scenario : loaded) scenarios.push_back(scenario.get());
    std::ofstream html(line.value("-o"), std::ios::binary);
    write_facilitator_guide(scenarios, guide.text, support.info, html);
    html.close();
    if (!html) {
        err << "secondlook guide: cannot write " << line.value("-o") << "; check the folder exists\n";
        return 1;
    }
    err << "secondlook guide: wrote " << line.value("-o") << " (" << scenarios.size() << " scenario"
        << (scenarios.size() == 1 ? "" : "s") << ")\n";
    return 0;
}

}  // namespace secondlook
