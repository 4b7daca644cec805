// Where the player's records, settings and evidence screenshots live, and
// making what was written there durable: one of the platform's small
// interfaces, with one implementation per platform chosen by CMake
// (storage_desktop.cpp: the player's own folders on disk; storage_web.cpp:
// the browser's IndexedDB for the page's site, through emscripten's IDBFS).
// Screens never ask which platform they are on.
#pragma once

#include <string>

namespace secondlook::storage {

// The records file the window writes (unless --records names another).
std::string records_path();
// The player's settings file.
std::string settings_path();
// A new folder for one play's evidence screenshots (not made until used).
std::string new_session_folder();
// Where exports handed to the user are written (file_exchange.h); "" where
// they are offered as downloads instead (the page).
std::string exports_folder();

// Why what is stored will not outlast this visit ("" when it will): the
// browser refused its storage (a private window, storage switched off).
std::string problem();

// Starts making everything written so far durable. The desktop's writes
// are (SQLite syncs each commit to disk): nothing to do. The page copies its
// changed files into the browser's storage, which completes later.
void persist();

enum class Persisted { Done, Pending, Failed };
// Where the latest persist() stands; with Failed, *why says what went wrong.
Persisted persisted(std::string* why);

}  // namespace secondlook::storage
