#include "paths_command.h"

#include <algorithm>
#include <map>
#include <ostream>

#include "cli/cli_args.h"
#include "cli/reply_table.h"
#include "core/max_scores.h"
#include "core/play_explorer.h"
#include "core/scenario_loader.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook paths FILE [--limit N] [--replies]\n"
    "Lists every distinct play of FILE to every ending, best first, as\n"
    "POINTS  ENDING  CHOICE,CHOICE,... (points assume every scoring action on the\n"
    "way is taken). With more than N plays (default 500) it prints, per ending,\n"
    "the number of plays and the best and worst one instead. The first line gives\n"
    "the scenario maximum (best play), for authors; a player's own score is out\n"
    "of what their play offered.\n"
    "--replies lists the plays that only reply (no flags, screenshots or other\n"
    "actions) as POINTS of OFFERED  PERCENT  ENDING  CHOICES: each play scored\n"
    "against what its own path offered, as players and reports see it.\n";

struct EndingPlays {
    std::size_t count = 0;
    Play best, worst;
};

std::string joined(const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids) text += (text.empty() ? "" : ",") + id;
    return text.empty() ? "(no choices)" : text;
}

}  // namespace

int paths_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"--limit"}, {"--replies"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    std::size_t limit = 500;
    if (!line.error.empty() || line.positional.size() != 1 ||
        (line.has("--limit") && !parse_count(line.value("--limit"), &limit))) {
        err << "secondlook paths: "
            << (!line.error.empty() ? line.error : line.positional.size() != 1 ? "give one scenario file" : "--limit takes a whole number of plays, e.g. --limit 2000")
            << '\n' << kUsage;
        return 2;
    }
    const std::string& file = line.positional.front();
    auto loaded = load_scenario_file(file);
    if (!report_if_broken(loaded, file, "paths", err)) return 1;
    if (line.has("--replies")) return print_reply_table(loaded.scenario, limit, out, err);

    std::vector<Play> listed;
    std::map<std::string, EndingPlays> endings;
    PlaySummary summary = explore_plays(*loaded.scenario, 200000, [&](const Play& play) {
        if (listed.size() <= limit) listed.push_back(play);
        EndingPlays& ending = endings[play.ending];
        if (ending.count == 0 || play.points > ending.best.points) ending.best = play;
        if (ending.count == 0 || play.points < ending.worst.points) ending.worst = play;
        ++ending.count;
    });

    out << loaded.scenario->id << ": " << summary.plays << (summary.plays == 1 ? " play" : " plays") << " to "
        << endings.size() << (endings.size() == 1 ? " ending" : " endings") << ", scenario maximum (best play) "
        << loaded.scenario->maxima().total << " points\n";
    if (!summary.complete)
        err << "secondlook paths: stopped after " << summary.plays
            << " plays; the scenario has more, so these are the first ones walked\n";
    if (summary.plays <= limit) {
        std::stable_sort(listed.begin(), listed.end(), [](const Play& a, const Play& b) { return a.points > b.points; });
        for (const auto& play : listed) out << play.points << "  " << play.ending << "  " << joined(play.choices) << '\n';
        return 0;
    }
    err << "secondlook paths: " << summary.plays << " plays is more than --limit " << limit
        << "; showing the best and worst play to each ending (raise --limit to list them all)\n";
    for (const auto& [id, plays] : endings) {
        const Node* node = loaded.scenario->find_node(id);
        out << id << " (" << to_string(node->ending->outcome) << "): " << plays.count << " plays, "
            << plays.worst.points << " to " << plays.best.points << " points\n"
            << "  best  " << plays.best.points << "  " << joined(plays.best.choices) << '\n'
            << "  worst " << plays.worst.points << "  " << joined(plays.worst.choices) << '\n';
    }
    return 0;
}

}  // namespace secondlook
