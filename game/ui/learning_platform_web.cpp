// The page's side of the learning platform: asks web/learning_platform.js
// (window.secondlookPlatform) what it was launched for, and tells it the ids
// played and, once, each play's ending and fair score (the debrief's
// "N of M": core/play_score.h). The script decides what the platform hears.
#include <emscripten.h>

#include <cstdlib>
#include <memory>
#include <sstream>

#include "app/id_list.h"
#include "app/resource_paths.h"
#include "core/play_score.h"
#include "core/run.h"
#include "core/scenario_loader.h"
#include "ui/game_state.h"
#include "ui/learning_platform.h"

namespace secondlook {
namespace {

// The script's answer, three lines: the scenario id (letters, digits and
// '-' only: the script checked it, as it names a file), the track, and the
// ids to carry on with; empty outside a platform's launch.
std::string launch_lines() {
    char* text = reinterpret_cast<char*>(EM_ASM_INT({
        var launch = window.secondlookPlatform && window.secondlookPlatform.launch();
        return launch ? stringToNewUTF8([launch.scenario, launch.track, launch.resume].join("\n")) : 0;
    }));
    std::unique_ptr<char, decltype(&std::free)> owned(text, &std::free);
    return text ? std::string(text) : std::string();
}

// The ids kept by the platform as far as the scenario still takes them: a
// package updated since the learner stopped carries on as far as it can
// (the window refuses ids that do not fit, and would not start).
std::vector<std::string> ids_that_still_fit(const std::string& file, std::vector<std::string> ids) {
    if (ids.empty()) return ids;
    const LoadResult loaded = load_scenario_file(file);
    if (!loaded.scenario || loaded.diagnostics.has_errors()) return {};
    Run run(loaded.scenario);
    std::size_t fits = 0;
    while (fits < ids.size() && run.act(ids[fits])) ++fits;
    ids.resize(fits);
    return ids;
}

}  // namespace

std::optional<PlatformLaunch> platform_launch() {
    std::istringstream lines(launch_lines());
    std::string scenario, resume;
    PlatformLaunch launch;
    if (!std::getline(lines, scenario) || scenario.empty()) return std::nullopt;
    std::getline(lines, launch.track);
    std::getline(lines, resume);
    launch.scenario_file = scenarios_directory() + "/" + scenario + ".yaml";
    launch.resume = ids_that_still_fit(launch.scenario_file, split_ids(resume));
    return launch;
}

void tell_platform(const GameState& state) {
    static std::string told;           // the ids played, as last told
    static std::string ending_told;    // the ids of the last play whose ending was told
    const PlaySession* session = state.session();
    if (!session) return;
    const std::string played = join_ids(session->played());
    if (played == told) return;
    told = played;
    const std::string& scenario = session->scenario()->id;
    EM_ASM({ window.secondlookPlatform && window.secondlookPlatform.progress(UTF8ToString($0), UTF8ToString($1)); },
           scenario.c_str(), played.c_str());
    const Run& run = session->run();
    if (!run.finished() || played == ending_told) return;
    ending_told = played;
    const PlayScore score = score_play(run);
    EM_ASM({ window.secondlookPlatform && window.secondlookPlatform.finished(UTF8ToString($0), $1, $2); },
           scenario.c_str(), score.earned, score.offered);
}

}  // namespace secondlook
