#include "cli/open_records.h"

#include <algorithm>
#include <filesystem>
#include <ostream>

#include "records/sqlite_db.h"

namespace secondlook {

std::unique_ptr<RecordStore> open_records(const std::string& path, const std::string& session,
                                          const std::string& command, std::ostream& err) {
    // Opening would create an empty file; a typo in the path should say so instead.
    if (!std::filesystem::exists(path)) {
        err << "secondlook " << command << ": there are no records at " << path << "; check the path\n";
        return nullptr;
    }
    try {
        auto records = std::make_unique<RecordStore>(path);
        auto codes = records->sessions();
        if (!session.empty() && std::find(codes.begin(), codes.end(), session) == codes.end()) {
            err << "secondlook " << command << ": no session '" << session << "' in " << path << '\n';
            return nullptr;
        }
        return records;
    } catch (const DatabaseError& error) {
        err << "secondlook " << command << ": " << error.what() << '\n';
        return nullptr;
    }
}

}  // namespace secondlook
