// The desktop hands a file over by writing it into the folder given (the
// player's exports folder, storage.h), whole or not at all (replace_file).
#include "platform/file_exchange.h"

#include <filesystem>

#include "core/text_file.h"

namespace secondlook {

bool hand_file(const FileToHand& file, const std::string& folder, std::string* where) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
        *where = "cannot make the folder " + folder + " (" + error.message() + "); check it can be written to";
        return false;
    }
    const std::string path = (fs::path(folder) / file.name).string();
    if (!replace_file(path, file.bytes, where)) return false;
    *where = path;
    return true;
}

}  // namespace secondlook
