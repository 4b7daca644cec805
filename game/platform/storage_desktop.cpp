// The desktop's storage: the player's own data and config folders (see
// app/resource_paths.h). Every commit is already on disk when SQLite
// returns (synchronous = FULL), so persisting has nothing left to do.
#include "platform/storage.h"

#include <filesystem>

#include "app/resource_paths.h"

namespace secondlook::storage {

std::string records_path() { return default_records_path(); }
std::string settings_path() { return default_settings_path(); }
std::string new_session_folder() { return secondlook::new_session_folder(); }
std::string exports_folder() { return (std::filesystem::path(user_data_directory()) / "exports").string(); }
std::string problem() { return ""; }
void persist() {}
Persisted persisted(std::string*) { return Persisted::Done; }

}  // namespace secondlook::storage
