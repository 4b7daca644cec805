// Finds the folders the program reads at run time (assets/, scenarios/),
// whether it runs from a build tree, an installed prefix or elsewhere.
#pragma once

#include <string>

namespace secondlook {

// The folder holding assets/ and scenarios/: $SECONDLOOK_DATA if set, else
// next to or above the executable, else share/secondlook of an installed
// prefix, else the working directory.
std::string data_directory();

std::string support_file_path();     // assets/support/en-GB.yaml
std::string guide_file_path();       // assets/guide/en-GB.yaml: the facilitator's guide's editable parts
std::string scenarios_directory();   // scenarios/

// The player's own data folder: $XDG_DATA_HOME/secondlook (by default
// ~/.local/share/secondlook). Nothing the program writes goes anywhere else.
std::string user_data_directory();

// Where score records go unless --records says otherwise:
// user_data_directory()/records.sqlite.
std::string default_records_path();

// The player's settings file: $XDG_CONFIG_HOME/secondlook/settings.ini (by
// default ~/.config/secondlook/settings.ini), unless --settings says otherwise.
std::string default_settings_path();

// A new folder for one play's files (its evidence screenshots), named by
// the date and time: user_data_directory()/sessions/YYYYMMDD-HHMMSS. Not
// created until something is saved there.
std::string new_session_folder();
// The same, under `data_folder` (the page keeps its files elsewhere).
std::string new_session_folder(const std::string& data_folder);

}  // namespace secondlook
