#include "cli/cli_args.h"

#include <cctype>
#include <ostream>

#include "app/resource_paths.h"
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

RecordingTarget recording_target(const CommandLine& line) {
    return {line.has("--records") ? line.value("--records") : default_records_path(),
            line.has("--session") ? line.value("--session") : kHomeSession,
            line.has("--player") ? line.value("--player") : "player"};
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
