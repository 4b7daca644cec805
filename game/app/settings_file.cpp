#include "settings_file.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/text_check.h"
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

// Settings are a dozen short lines; anything far bigger is not this file.
constexpr FileRules kSettingsFile{64 * 1024};

std::string without_byte_order_mark(const std::string& text) {
    return text.compare(0, kUtf8ByteOrderMark.size(), kUtf8ByteOrderMark) == 0 ? text.substr(kUtf8ByteOrderMark.size())
                                                                               : text;
}

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
    std::istringstream lines(without_byte_order_mark(text));
    std::string line;
    int number = 0;
    auto note = [&](const std::string& what) {
        if (problems) problems->push_back("line " + std::to_string(number) + ": " + what);
    };
    while (std::getline(lines, line)) {
        ++number;
        if (const auto fault = first_text_fault(line)) {
            note("column " + std::to_string(fault->column) + ": " + fault->message() + "; the line is skipped");
            continue;
        }
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
    const auto read = read_text_file(path, kSettingsFile);
    if (!read.text) {
        if (!read.missing && problems) problems->push_back(read.problem + "; the defaults are used");
        return {};
    }
    return parse_settings(*read.text, problems);
}

namespace {

// `old_text` with each known key's value replaced and the missing keys added.
std::string merge_settings(const std::string& old_text, const PlayerSettings& settings) {
    // The new value of each known key, as the line format_settings writes for it.
    std::vector<std::pair<std::string, std::string>> fresh;
    std::istringstream formatted(format_settings(settings));
    for (std::string line; std::getline(formatted, line);)
        if (const auto equals = line.find('='); line[0] != '#' && equals != std::string::npos)
            fresh.emplace_back(line.substr(0, equals), line);
    std::vector<bool> written(fresh.size(), false);
    std::string text;
    std::istringstream lines(without_byte_order_mark(old_text));
    for (std::string line; std::getline(lines, line);) {
        const auto equals = line.find('=');
        const std::string key = equals == std::string::npos ? "" : trim(line.substr(0, equals));
        const auto known = std::find_if(fresh.begin(), fresh.end(), [&](const auto& entry) { return entry.first == key; });
        if (known == fresh.end() || trim(line)[0] == '#') {
            text += line + "\n";  // a comment, a blank line or a key of a newer version: kept as it was
        } else if (!written[known - fresh.begin()]) {
            text += known->second + "\n";
            written[known - fresh.begin()] = true;
        }  // a known key given again is dropped: the value above replaces both
    }
    for (std::size_t i = 0; i < fresh.size(); ++i)
        if (!written[i]) text += fresh[i].second + "\n";
    return text;
}

}  // namespace

bool save_settings_file(const std::string& path, const PlayerSettings& settings, std::string* why) {
    std::error_code error;
    const fs::path target(path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), error);
    if (error) {
        *why = "cannot create " + target.parent_path().string() + ": " + error.message();
        return false;
    }
    // The player (or a school's set-up) may have written comments and keys
    // this version does not know: they stay. A file that is there but cannot
    // be read is left alone rather than replaced by one without them.
    std::string text = format_settings(settings);
    if (const auto old = read_text_file(path, kSettingsFile); old.text) {
        text = merge_settings(*old.text, settings);
    } else if (!old.missing) {
        *why = path + ": " + old.problem;
        return false;
    }
    return replace_file(path, text, why);
}

}  // namespace secondlook
