#include "cli/export_command.h"

#include <fstream>
#include <ostream>

#include "cli/cli_args.h"
#include "cli/csv_export.h"
#include "records/record_set.h"
#include "cli/xapi_export.h"

namespace secondlook {
namespace {

const char* const kUsage =
    "usage: secondlook export --records PATH [--session CODE] --format csv|xapi [-o OUT]\n"
    "PATH is a records file, or a folder of them (one per machine), merged.\n"
    "Writes the score records (every session, or one) as CSV, one row per answer,\n"
    "or as xAPI 1.0.3 statements (JSON) for a learning record store, with the\n"
    "knowledge-check answers before and after play (CSV kind check-pre, check-post).\n"
    "Players appear only by their session nickname. Writes to standard output\n"
    "unless -o is given.\n";

}  // namespace

int export_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {"--records", "--session", "--format", "-o"});
    if (line.help) {
        out << kUsage;
        return 0;
    }
    const std::string format = line.has("--format") ? line.value("--format") : "";
    if (!line.error.empty() || !line.positional.empty() || !line.has("--records") ||
        (format != "csv" && format != "xapi")) {
        err << "secondlook export: "
            << (!line.error.empty() ? line.error
                : !line.has("--records") ? "which records? give --records PATH"
                                         : "--format takes csv or xapi")
            << '\n' << kUsage;
        return 2;
    }
    std::string session, problem;
    if (line.has("--session")) {
        auto code = session_code_option("--session", line.value("--session"), &problem);
        if (!code) {
            err << "secondlook export: " << problem << '\n';
            return 2;
        }
        session = *code;
    }
    auto records = open_records(line.value("--records"), session, "export", err);
    if (!records) return 1;
    std::ofstream file;
    if (line.has("-o")) file.open(line.value("-o"), std::ios::binary);
    std::ostream& target = line.has("-o") ? file : out;
    if (format == "csv") write_csv(*records, target);
    else write_xapi(*records, target);
    if (line.has("-o") && !file) {
        err << "secondlook export: cannot write " << line.value("-o") << "\n";
        return 1;
    }
    return 0;
}

}  // namespace secondlook
