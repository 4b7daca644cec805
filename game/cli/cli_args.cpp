#include "cli/cli_args.h"

#include <cctype>
#include <chrono>
#include <ostream>
#include <thread>

#include "app/resource_paths.h"
#include "app/ui_text.h"
#include "core/session_join.h"
#include "records/record_store.h"

namespace secondlook {

CommandLine parse_command_line(const std::vector<std::string>& args, const std::set<std::string>& with_value,
                               const std::set<std::string>& flags) {
    CommandLine line;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            line.help = true;
        } else if (with_value.count(arg)) {
            if (i + 1 == args.size()) {
                line.error = arg + " needs a value";
                return line;
            }
            line.values[arg].push_back(args[++i]);
        } else if (flags.count(arg)) {
            line.flags.insert(arg);
        } else if (arg.size() > 1 && arg[0] == '-') {
            line.error = "unknown option '" + arg + "'";
            return line;
        } else {
            line.positional.push_back(arg);
        }
    }
    return line;
}

std::optional<std::string> session_code_option(const std::string& option, const std::string& value,
                                               std::string* error) {
    std::string problem;
    auto code = session_code_from(value, &problem);
    if (!code) *error = option + ": " + ui_text(problem);
    return code;
}

std::optional<std::string> recording_option(const std::string& option, const std::string& value,
                                            std::string* error) {
    if (option == "--session") return session_code_option(option, value, error);
    std::string problem;
    std::optional<std::string> taken;
    if (option == "--player") taken = nickname_from(value, &problem);
    else if (!value.empty()) taken = value;
    if (!taken)
        *error = option + ": " +
                 (problem.empty() ? "give the path of a records file (leave --records out for the default, " +
                                        default_records_path() + ")"
                                  : ui_text(problem));
    return taken;
}

std::optional<RecordingTarget> recording_target(const CommandLine& line, std::string* error) {
    RecordingTarget target{default_records_path(), kHomeSession, "player"};
    for (auto [option, field] : {std::pair{"--records", &target.path}, std::pair{"--session", &target.session},
                                 std::pair{"--player", &target.player}}) {
        if (!line.has(option)) continue;
        auto taken = recording_option(option, line.value(option), error);
        if (!taken) return std::nullopt;
        *field = *taken;
    }
    return target;
}

void settle_records(RecordStore& records, const std::string& command, std::ostream& err) {
    // A reader that is just finishing (a backup, a quick look) lets go within
    // moments; one left open by another program may not for hours, and a
    // headless run must end, so the wait is short.
    using namespace std::chrono;
    const auto give_up = steady_clock::now() + seconds(1);
    while (!records.checkpoint()) {
        if (steady_clock::now() >= give_up) {
            err << "secondlook " << command << ": the answers are saved, but another program is reading "
                << records.path() << ", so the latest are still in " << records.path()
                << "-wal beside it; they move into the file itself the next time Second Look opens it after "
                   "that program stops reading. Until then copy both files, never the .sqlite file alone.\n";
            return;
        }
        std::this_thread::sleep_for(milliseconds(20));
    }
}

bool parse_count(const std::string& text, std::size_t* count) {
    if (text.empty() || text.size() > 9) return false;
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    *count = static_cast<std::size_t>(std::stoul(text));
    return *count >= 1;
}

bool report_if_broken(const LoadResult& loaded, const std::string& file, const std::string& command,
                      std::ostream& err) {
    if (loaded.ok()) return true;
    for (const auto& diagnostic : loaded.diagnostics.all()) err << format_diagnostic(diagnostic) << '\n';
    err << "secondlook " << command << ": '" << file << "' has errors; fix them (see 'secondlook lint') and run again\n";
    return false;
}

}  // namespace secondlook
