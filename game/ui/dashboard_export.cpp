// The dashboard's exports: the session it shows, read from the same files it
// merged (this machine's records and the shared folder's), as the commands
// write it (cli/session_export.h), handed to the user by the platform: a
// file in the exports folder on the desktop, a download in the page.
#include "app/ui_text.h"
#include "cli/session_export.h"
#include "platform/file_exchange.h"
#include "records/record_set.h"
#include "ui/game_state.h"

namespace secondlook {

void GameState::export_dashboard(const std::string& format) {
    const auto chosen = session_export_named(format);
    if (!chosen || !classroom_.records() || dashboard_session().empty()) return;
    std::vector<std::string> files{classroom_.records()->path()};
    if (!shared_folder_.empty())
        for (const auto& file : records_files(shared_folder_)) files.push_back(file);
    std::string where;
    const auto file = export_session(*chosen, files, dashboard_session(), scenarios_by_id(), &where);
    export_failed_ = !file || !hand_file(*file, exports_folder_, &where);
    export_note_ = ui_text(export_failed_ ? "dashboard.export-failed" : "dashboard.exported", {{"where", where}});
}

}  // namespace secondlook
