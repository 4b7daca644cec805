#include "app/ui_text.h"

#include <unordered_map>

#include "app/csv.h"
#include "core/text_file.h"

namespace secondlook {
namespace {

// Built on first use from the English table, then overlaid by a translation.
std::unordered_map<std::string, std::string>& current_texts() {
    static std::unordered_map<std::string, std::string> texts = [] {
        std::unordered_map<std::string, std::string> english;
        for (const auto& entry : ui_strings()) english.emplace(entry.id, entry.text);
        return english;
    }();
    return texts;
}

constexpr std::string_view kUiPrefix = "ui.";

}  // namespace

const std::string& ui_text(std::string_view id) {
    auto& texts = current_texts();
    auto found = texts.find(std::string(id));
    if (found != texts.end()) return found->second;
    return texts.emplace(std::string(id), std::string(id)).first->second;
}

std::string ui_text(std::string_view id, const std::vector<std::pair<std::string_view, std::string>>& values) {
    std::string text = ui_text(id);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + std::string(name) + "}";
        for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

bool load_ui_translation(const std::string& path, std::string* error) {
    const auto text = read_text_file(path);
    if (!text) {
        *error = "cannot read " + path;
        return false;
    }
    std::vector<std::vector<std::string>> rows;
    std::string why;
    if (!parse_csv(*text, &rows, &why)) {
        *error = path + ": " + why;
        return false;
    }
    if (rows.empty() || rows[0].size() < 4 || rows[0][0] != "id" || rows[0][3] != "translation") {
        *error = path + ": the first line must be id,context,source,translation (as 'secondlook strings' writes it)";
        return false;
    }
    clear_ui_translation();
    auto& texts = current_texts();
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& row = rows[i];
        // Scenario lines share the file; only the interface's own rows apply here.
        if (row.size() < 4 || row[3].empty() || row[0].compare(0, kUiPrefix.size(), kUiPrefix) != 0) continue;
        const std::string id = row[0].substr(kUiPrefix.size());
        if (texts.count(id)) texts[id] = row[3];
    }
    return true;
}

void clear_ui_translation() {
    auto& texts = current_texts();
    texts.clear();
    for (const auto& entry : ui_strings()) texts.emplace(entry.id, entry.text);
}

}  // namespace secondlook
