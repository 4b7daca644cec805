#include "run_command.h"

#include <chrono>
#include <cstdlib>
#include <memory>
#include <ostream>
#include <thread>

#include "app/id_list.h"
#include "app/play_session.h"
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
    "                      [--session CODE] [--player NICKNAME] [--records PATH] [--interval SECONDS]\n"
    "                      [--resume]\n"
    "Plays FILE without a window, taking the choices by id in order.\n"
    "With --session (or --records), each answer is recorded as it is made, for the\n"
    "facilitator: in PATH (default ~/.local/share/secondlook/records.sqlite), under the\n"
    "session CODE and a NICKNAME (no real names). --interval waits between answers,\n"
    "as a player would. --resume carries on the player's unfinished play of FILE\n"
    "(after a crash or power cut) from where it stopped, then takes --choose.\n"
    "Actions go in the same list: flag:MESSAGE-ID, flag:CAST.DETAIL, profile:CAST,\n"
    "close-profile, record:CAST.id (or .name, .url), screenshot, calm, wait:SECONDS,\n"
    "and continue: from an early ending, go on into \"See what could have happened\".\n"
    "Exit 0 at an ending, 3 when the ids ran out before an ending,\n"
    "2 on an unknown id or a choice not offered, 1 if the scenario has errors.\n";

// Brings the play to where an unfinished one stopped. If the scenario has
// changed so the recorded answers no longer fit, says so and leaves the play
// at the start: a new play is better than a wrong one.
bool carry_on(PlaySession& play, const std::vector<std::string>& ids, std::ostream& err) {
    const ReplayResult replayed = play.replay(ids, 0, ReplayFit::AllOrNothing);
    if (!replayed.complete)
        err << "secondlook run: the unfinished play no longer fits this scenario (" << replayed.error << ")\n";
    return replayed.complete;
}

}  // namespace

int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line =
        parse_command_line(args, {"--choose", "--session", "--player", "--records", "--interval"}, {"--json", "--resume"});
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

    double interval = 0;
    if (line.has("--interval")) {
        char* end = nullptr;
        interval = std::strtod(line.value("--interval").c_str(), &end);
        if (*end != '\0' || interval < 0 || interval > 60) {
            err << "secondlook run: --interval takes seconds from 0 to 60, e.g. --interval 0.5\n";
            return kBadRequest;
        }
    }

    PlaySession play(loaded.scenario, 0);
    // Records are opened before the first answer, so a file that cannot be
    // written stops the play instead of losing it.
    std::unique_ptr<RecordStore> records;
    if (line.has("--session") || line.has("--records")) {
        std::string problem;
        const auto target = recording_target(line, &problem);
        if (!target) {
            err << "secondlook run: " << problem << '\n';
            return kBadRequest;
        }
        const auto& [path, session, player] = *target;
        try {
            records = std::make_unique<RecordStore>(path);
            const std::int64_t player_id = records->join(session, player);
            const auto unfinished =
                line.has("--resume") ? records->unfinished_play(session, player, loaded.scenario->id) : std::nullopt;
            if (unfinished && carry_on(play, unfinished->actions, err)) {
                play.record_on(*records, unfinished->id);
                err << "resumed: " << unfinished->id << " after " << unfinished->actions.size() << " answers\n";
            } else {
                if (line.has("--resume")) err << "secondlook run: nothing to resume for " << player << "; a new play starts\n";
                play.record_new_play(*records, player_id);
            }
        } catch (const std::exception& error) {
            err << "secondlook run: cannot record this play: " << error.what()
                << "; check the --records path is a writable file\n";
            return kScenarioBroken;
        }
    }

    // The play's clock starts at 0 with the first choice to make: each
    // answer's response time is counted from the one before.
    const auto started = std::chrono::steady_clock::now();
    auto seconds_now = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (interval > 0) std::this_thread::sleep_for(std::chrono::duration<double>(interval));
        std::string why;
        try {
            // At an ending the play's end is recorded too, within act().
            if (!play.act(choices[i], seconds_now(), &why)) {
                err << "secondlook run: choice " << i + 1 << " of " << choices.size() << ": " << why << '\n';
                return kBadRequest;
            }
        } catch (const std::exception& error) {
            err << "secondlook run: cannot record " << (play.run().finished() ? "the end of " : "") << "this play: "
                << error.what() << '\n';
            return kScenarioBroken;
        }
        if (play.recording()) err << "recorded: " << choices[i] << std::endl;  // flushed: it is on disk by now
    }

    const Run& run = play.run();
    const Debrief debrief = make_debrief(run);
    if (records) {
        try {
            settle_records(*records, "run", err);
        } catch (const std::exception& error) {
            err << "secondlook run: cannot record the end of this play: " << error.what() << '\n';
            return kScenarioBroken;
        }
    }
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
