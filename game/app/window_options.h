// What the window was asked to do on the command line.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace secondlook {

struct WindowOptions {
    std::string scenario;              // --scenario FILE: play this one
    std::vector<std::string> choose;   // --choose ID,...: replay these choices first
    std::string screenshot;            // --screenshot OUT.png: save one frame and exit
    std::string layout_report;         // --layout-report FILE: the layout of each screen shown, at each text size and contrast (tests)
    std::string screen;                // --screen start|scenarios|help|locker|settings|join|dashboard|new-session|check|after-check|discuss
    std::string session_dir;           // --session-dir DIR: where evidence screenshots go
    std::string track;                 // --track schools|armed-forces|home|parents: filter the scenario list
    bool watch = false;                // --watch: reload scenarios when their files change
    std::string records;               // --records PATH: where results are kept (default in the data folder)
    std::string session = "home";      // --session CODE: a facilitator's session to join
    std::string player = "me";         // --player NICKNAME: a nickname or seat number, never a real name
    std::string settings;              // --settings FILE: the settings file to load and save (default in the config folder)
    std::string pin;                   // --pin PIN: the facilitator's PIN, to open --screen dashboard directly
    std::string shared_folder;         // --shared-folder DIR: the dashboard merges other machines' records files in DIR
    std::string language;              // --language FILE: a translated strings CSV for the interface
    bool projector = false;            // --projector: the class plays --scenario together in --session (asks the PIN)
    std::vector<int> votes;            // --votes N,N,...: projector mode, the class's votes for the choices now offered
    int width = 1280;                  // --size WIDTHxHEIGHT
    int height = 720;
};

// Parses the window's options; on a mistake returns nullopt with *error set.
std::optional<WindowOptions> parse_window_options(const std::vector<std::string>& args,
                                                  std::string* error);

}  // namespace secondlook
