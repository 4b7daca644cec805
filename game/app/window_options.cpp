#include "window_options.h"

#include <algorithm>
#include <iterator>

#include "app/id_list.h"
#include "cli/cli_args.h"
#include "core/scenario.h"

namespace secondlook {
namespace {

bool parse_size(const std::string& text, int* width, int* height) {
    auto x = text.find('x');
    if (x == std::string::npos) return false;
    try {
        std::size_t used_w = 0, used_h = 0;
        int w = std::stoi(text.substr(0, x), &used_w);
        int h = std::stoi(text.substr(x + 1), &used_h);
        if (used_w != x || used_h != text.size() - x - 1) return false;
        if (w < 320 || h < 240 || w > 7680 || h > 4320) return false;
        *width = w;
        *height = h;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

// Options that only store their value: the flag, what the value is (for
// "needs ..." errors) and where it goes.
struct TextOption {
    const char* flag;
    const char* what;
    std::string WindowOptions::*field;
};
const TextOption kTextOptions[] = {
    {"--scenario", "a scenario file", &WindowOptions::scenario},
    {"--screenshot", "a file name ending in .png", &WindowOptions::screenshot},
    {"--layout-report", "a file to write the layout report to", &WindowOptions::layout_report},
    {"--records", "the records file", &WindowOptions::records},
    {"--session", "a session code", &WindowOptions::session},
    {"--player", "a nickname or seat number", &WindowOptions::player},
    {"--pin", "the facilitator PIN", &WindowOptions::pin},
    {"--language", "a strings CSV with a translation column", &WindowOptions::language},
    {"--shared-folder", "a folder of records files from other machines", &WindowOptions::shared_folder},
    {"--settings", "a settings file", &WindowOptions::settings},
    {"--session-dir", "a folder for this play's evidence screenshots", &WindowOptions::session_dir},
};

const char* const kScreens[] = {"start",    "scenarios", "help",        "locker", "settings",   "join",
                                "dashboard", "new-session", "check", "after-check", "discuss"};

std::string screen_list() {
    std::string list;
    for (const char* screen : kScreens) list += std::string(list.empty() ? "" : ", ") + screen;
    return list;
}

}  // namespace

std::optional<WindowOptions> parse_window_options(const std::vector<std::string>& args,
                                                  std::string* error) {
    WindowOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](const char* what) -> std::optional<std::string> {
            if (i + 1 < args.size()) return args[++i];
            *error = arg + " needs " + what;
            return std::nullopt;
        };
        std::optional<std::string> given;
        const TextOption* text_option = nullptr;
        for (const auto& option : kTextOptions)
            if (arg == option.flag) text_option = &option;
        if (text_option) {
            if (!(given = value(text_option->what))) return std::nullopt;
            // The same rules as the join form and `run` (core/session_join.h).
            if (arg == "--session" || arg == "--player" || arg == "--records")
                if (!(given = recording_option(arg, *given, error))) return std::nullopt;
            options.*(text_option->field) = *given;
        } else if (arg == "--choose") {
            if (!(given = value("a list of choice ids"))) return std::nullopt;
            auto ids = split_ids(*given);
            options.choose.insert(options.choose.end(), ids.begin(), ids.end());
        } else if (arg == "--screen") {
            if (!(given = value(screen_list().c_str()))) return std::nullopt;
            if (std::find(std::begin(kScreens), std::end(kScreens), *given) == std::end(kScreens)) {
                *error = "--screen takes " + screen_list() + ", not '" + *given + "'";
                return std::nullopt;
            }
            options.screen = *given;
        } else if (arg == "--watch") {
            options.watch = true;
        } else if (arg == "--projector") {
            options.projector = true;
        } else if (arg == "--votes") {
            if (!(given = value("vote counts like 12,3,0"))) return std::nullopt;
            for (const auto& count : split_ids(*given)) {
                if (count.empty() || count.size() > 3 || count.find_first_not_of("0123456789") != std::string::npos) {
                    *error = "--votes takes counts from 0 to 999 separated by commas, e.g. 12,3,0; not '" + *given + "'";
                    return std::nullopt;
                }
                options.votes.push_back(std::stoi(count));
            }
        } else if (arg == "--track") {
            if (!(given = value(track_names().c_str()))) return std::nullopt;
            if (!is_track(*given)) {
                *error = "--track takes " + track_names() + ", not '" + *given + "'";
                return std::nullopt;
            }
            options.track = *given;
        } else if (arg == "--size") {
            if (!(given = value("a size like 1280x720"))) return std::nullopt;
            if (!parse_size(*given, &options.width, &options.height)) {
                *error = "--size takes WIDTHxHEIGHT between 320x240 and 7680x4320, e.g. 1280x720";
                return std::nullopt;
            }
        } else {
            *error = "unknown option '" + arg + "'";
            return std::nullopt;
        }
    }
    if (options.projector && (options.scenario.empty() || options.session == "home")) {
        *error = "--projector needs --scenario FILE and --session CODE: the story the class plays and the session "
                 "its votes are recorded in";
        return std::nullopt;
    }
    if ((!options.votes.empty() || options.screen == "discuss") && !options.projector) {
        *error = (options.votes.empty() ? "--screen discuss" : "--votes") + std::string(" is for projector mode: add --projector");
        return std::nullopt;
    }
    if (!options.choose.empty() && options.scenario.empty()) {
        *error = "--choose needs --scenario FILE to say which scenario to replay";
        return std::nullopt;
    }
    return options;
}

}  // namespace secondlook
