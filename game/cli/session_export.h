// One session's records as a file to hand to the user (the window's
// dashboard, on the desktop and in the page): CSV, xAPI statements or the
// HTML report, the same bytes `secondlook export --format csv|xapi` and
// `secondlook report` write for that session.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/file_exchange.h"
#include "records/session_stats.h"

namespace secondlook {

enum class SessionExport { Csv, Xapi, Report };

// "csv", "xapi" or "report"; nullopt for anything else.
std::optional<SessionExport> session_export_named(const std::string& name);

// The export of `session` from `files` (this machine's records, and any
// other machine's merged in), named secondlook-SESSION.csv, .json or
// -report.html. nullopt, with the reason in *why, when the files hold no
// such session or cannot be read.
std::optional<FileToHand> export_session(SessionExport format, const std::vector<std::string>& files,
                                         const std::string& session, const ScenariosById& scenarios, std::string* why);

}  // namespace secondlook
