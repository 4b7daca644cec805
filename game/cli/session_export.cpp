#include "cli/session_export.h"

#include <algorithm>
#include <sstream>

#include "cli/csv_export.h"
#include "cli/html_report.h"
#include "cli/xapi_export.h"
#include "records/record_set.h"

namespace secondlook {

std::optional<SessionExport> session_export_named(const std::string& name) {
    if (name == "csv") return SessionExport::Csv;
    if (name == "xapi") return SessionExport::Xapi;
    if (name == "report") return SessionExport::Report;
    return std::nullopt;
}

std::optional<FileToHand> export_session(SessionExport format, const std::vector<std::string>& files,
                                         const std::string& session, const ScenariosById& scenarios, std::string* why) {
    std::ostringstream warnings;
    // As open_records() reads a folder of files for `secondlook export`.
    RecordSource records(files, session, "export", warnings);
    if (records.files_read() == 0 ||
        !std::binary_search(records.sessions().begin(), records.sessions().end(), session)) {
        *why = warnings.str().empty() ? "there are no records of session " + session + " yet" : warnings.str();
        return std::nullopt;
    }
    std::ostringstream bytes;
    FileToHand file;
    switch (format) {
        case SessionExport::Csv:
            write_csv(records, bytes);
            file = {"secondlook-" + session + ".csv", "text/csv", ""};
            break;
        case SessionExport::Xapi:
            write_xapi(records, bytes);
            file = {"secondlook-" + session + ".json", "application/json", ""};
            break;
        case SessionExport::Report:
            write_html_report(records, session, scenarios, bytes);
            file = {"secondlook-" + session + "-report.html", "text/html", ""};
            break;
    }
    file.bytes = bytes.str();
    return file;
}

}  // namespace secondlook
