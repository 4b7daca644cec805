#include "settings_file.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/text_file.h"

namespace fs = std::filesystem;

namespace secondlook {
namespace {

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

bool parse_bool(const std::string& value, bool* out) {
    if (value == "true" || value == "on" || value == "yes" || value == "1") *out = true;
    else if (value == "false" || value == "off" || value == "no" || value == "0") *out = false;
    else return false;
    return true;
}

bool parse_int(const std::string& value, int* out) {
    if (value.empty()) return false;
    char* end = nullptr;
    const long number = std::strtol(value.c_str(), &end, 10);
    if (*end != '\0' || number < -100000 || number > 100000) return false;
    *out = static_cast<int>(number);
    return true;
}

// Every key the file knows, with where its value goes: one table for
// reading and writing, so the two cannot drift apart.
struct BoolKey {
    const char* key;
    bool PlayerSettings::*field;
};
const BoolKey kBoolKeys[] = {
    {"muted", &PlayerSettings::muted},
    {"timers", &PlayerSettings::timers},
    {"captions", &PlayerSettings::captions},
    {"high_contrast", &PlayerSettings::high_contrast},
    {"dyslexia_spacing", &PlayerSettings::dyslexia_spacing},
    {"reduced_motion", &PlayerSettings::reduced_motion},
    {"read_aloud", &PlayerSettings::read_aloud},
};

}  // namespace

bool PlayerSettings::operator==(const PlayerSettings& other) const {
    return format_settings(*this) == format_settings(other);
}

int nearest_text_size(int percent) {
    int best = kTextSizes[0];
    for (int size : kTextSizes)
        if (std::abs(size - percent) < std::abs(best - percent)) best = size;
    return best;
}

PlayerSettings parse_settings(const std::string& text, std::vector<std::string>* problems) {
    PlayerSettings settings;
    std::istringstream lines(text);
    std::string line;
    int number = 0;
    auto note = [&](const std::string& what) {
        if (problems) problems->push_back("line " + std::to_string(number) + ": " + what);
    };
    while (std::getline(lines, line)) {
        ++number;
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        const auto equals = line.find('=');
        if (equals == std::string::npos) {
            note("not key=value, skipped");
            continue;
        }
        const std::string key = trim(line.substr(0, equals)), value = trim(line.substr(equals + 1));
        int number_value = 0;
        if (key == "volume" || key == "text_size") {
            if (!parse_int(value, &number_value)) {
                note(key + " needs a whole number, not '" + value + "'");
                continue;
            }
            if (key == "volume") settings.volume = std::clamp(number_value, 0, 100);
            else settings.text_size = nearest_text_size(number_value);
            continue;
        }
        const auto found = std::find_if(std::begin(kBoolKeys), std::end(kBoolKeys),
                                        [&](const BoolKey& known) { return key == known.key; });
        if (found == std::end(kBoolKeys)) continue;  // from a newer version: left alone
        if (!parse_bool(value, &(settings.*(found->field)))) note(key + " needs on or off, not '" + value + "'");
    }
    return settings;
}

std::string format_settings(const PlayerSettings& settings) {
    std::string text = "# Second Look settings; change them in the game (F2).\n";
    text += "volume=" + std::to_string(settings.volume) + "\n";
    text += "text_size=" + std::to_string(settings.text_size) + "\n";
    for (const auto& known : kBoolKeys)
        text += std::string(known.key) + "=" + (settings.*(known.field) ? "on" : "off") + "\n";
    return text;
}

PlayerSettings load_settings_file(const std::string& path, std::vector<std::string>* problems) {
    const auto text = read_text_file(path);
    if (!text) return {};
    return parse_settings(*text, problems);
}

bool save_settings_file(const std::string& path, const PlayerSettings& settings, std::string* why) {
    std::error_code error;
    const fs::path target(path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), error);
    if (error) {
        *why = "cannot create " + target.parent_path().string() + ": " + error.message();
        return false;
    }
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << format_settings(settings);
        out.flush();
        if (!out) {
            *why = "cannot write " + temporary;
            std::remove(temporary.c_str());
            return false;
        }
    }
    fs::rename(temporary, target, error);
    if (error) {
        *why = "cannot replace " + path + ": " + error.message();
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

}  // namespace secondlook
