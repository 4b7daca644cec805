#include "cli/sessions_command.h"

#include <algorithm>
#include <filesystem>
#include <ostream>

#include "cli/cli_args.h"
#include "records/facilitator_pin.h"
#include "records/record_store.h"
#include "records/sqlite_db.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook sessions --records PATH [--delete CODE] [--older-than DAYS [--delete-old]]\n"
    "                           [--set-pin PIN]\n"
    "Lists the sessions in a records file: players, plays, answers and when each\n"
    "was last used. --delete removes a session with all its records. --older-than\n"
    "lists the sessions not used for DAYS days; add --delete-old to remove them.\n"
    "--set-pin sets the facilitator PIN (4 to 8 digits) that opens the dashboard.\n";


}  // namespace

int sessions_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"--records", "--delete", "--older-than", "--set-pin"}, {"--delete-old"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    std::size_t days = 0;
    if (!line.error.empty() || !line.positional.empty() || !line.has("--records") ||
        (line.has("--older-than") && !parse_count(line.value("--older-than"), &days)) ||
        (line.has("--delete-old") && !line.has("--older-than"))) {
        err << "secondlook sessions: "
            << (!line.error.empty() ? line.error
                : !line.has("--records") ? "which records? give --records PATH"
                                         : "--older-than takes a number of days (and --delete-old needs it)")
            << '\n' << kUsage;
        return 2;
    }
    const std::string path = line.value("--records");
    // A facilitator may set the PIN before anyone has played: that makes the file.
    if (!std::filesystem::exists(path) && !line.has("--set-pin")) {
        err << "secondlook sessions: there are no records at " << path << "; check the path\n";
        return 1;
    }
    if (line.has("--set-pin") && !valid_pin(line.value("--set-pin"))) {
        err << "secondlook sessions: a PIN is 4 to 8 digits\n";
        return 2;
    }
    try {
        // Listing only reads (a private copy, nothing created beside the file,
        // read-only media work); deleting and setting the PIN write.
        const bool writes = line.has("--set-pin") || line.has("--delete") || line.has("--delete-old");
        RecordStore records(path, writes ? RecordStore::Access::ReadWrite : RecordStore::Access::ReadOnly);
        if (line.has("--set-pin")) {
            set_facilitator_pin(records, line.value("--set-pin"));
            err << "secondlook sessions: facilitator PIN set\n";
        }
        if (line.has("--delete")) {
            std::string problem;
            const auto session = session_code_option("--delete", line.value("--delete"), &problem);
            if (!session) {
                err << "secondlook sessions: " << problem << '\n';
                return 2;
            }
            const std::string& code = *session;
            auto codes = records.sessions();
            if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
                err << "secondlook sessions: no session '" << code << "' in " << path << '\n';
                return 1;
            }
            records.delete_session(code);
            err << "secondlook sessions: deleted session " << code << " and all its records\n";
        }
        std::size_t deleted = 0;
        for (const auto& session : records.session_summaries()) {
            const double idle = days_since(session.last_activity);
            if (line.has("--older-than") && idle < static_cast<double>(days)) continue;
            if (line.has("--delete-old")) {
                records.delete_session(session.code);
                ++deleted;
                continue;
            }
            out << session.code << "  " << session.players << " players, " << session.plays << " plays, "
                << session.answers << " answers, last used " << session.last_activity.substr(0, 10) << '\n';
        }
        if (line.has("--delete-old"))
            err << "secondlook sessions: deleted " << deleted << " sessions not used for " << days << " days\n";
    } catch (const DatabaseError& error) {
        err << "secondlook sessions: " << error.what() << '\n';
        return 1;
    }
    return 0;
}

}  // namespace secondlook
