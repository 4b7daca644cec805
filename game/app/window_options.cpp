#include "window_options.h"

#include "core/scenario.h"

#include "app/id_list.h"

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
        if (arg == "--scenario") {
            if (!(given = value("a scenario file"))) return std::nullopt;
            options.scenario = *given;
        } else if (arg == "--choose") {
            if (!(given = value("a list of choice ids"))) return std::nullopt;
            auto ids = split_ids(*given);
            options.choose.insert(options.choose.end(), ids.begin(), ids.end());
        } else if (arg == "--screenshot") {
            if (!(given = value("a file name ending in .png"))) return std::nullopt;
            options.screenshot = *given;
        } else if (arg == "--screen") {
            if (!(given = value("start, scenarios, help, locker, settings, join or dashboard"))) return std::nullopt;
            if (*given != "start" && *given != "scenarios" && *given != "help" && *given != "locker" &&
                *given != "settings" && *given != "join" && *given != "dashboard") {
                *error = "--screen takes start, scenarios, help, locker, settings, join or dashboard, not '" + *given + "'";
                return std::nullopt;
            }
            options.screen = *given;
        } else if (arg == "--records") {
            if (!(given = value("the records file"))) return std::nullopt;
            options.records = *given;
        } else if (arg == "--session") {
            if (!(given = value("a session code"))) return std::nullopt;
            options.session = *given;
        } else if (arg == "--player") {
            if (!(given = value("a nickname or seat number"))) return std::nullopt;
            options.player = *given;
        } else if (arg == "--pin") {
            if (!(given = value("the facilitator PIN"))) return std::nullopt;
            options.pin = *given;
        } else if (arg == "--watch") {
            options.watch = true;
        } else if (arg == "--track") {
            if (!(given = value("schools, armed-forces or home"))) return std::nullopt;
            if (!is_track(*given)) {
                *error = "--track takes schools, armed-forces or home, not '" + *given + "'";
                return std::nullopt;
            }
            options.track = *given;
        } else if (arg == "--session-dir") {
            if (!(given = value("a folder for this play's evidence screenshots"))) return std::nullopt;
            options.session_dir = *given;
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
    if (!options.choose.empty() && options.scenario.empty()) {
        *error = "--choose needs --scenario FILE to say which scenario to replay";
        return std::nullopt;
    }
    return options;
}

}  // namespace secondlook
