#include "support.h"

#include "input_limits.h"
#include "text_file.h"
#include "yaml_map.h"

namespace secondlook {

std::vector<SupportContact> read_contacts(YamlMap& map, const std::string& key, const std::string& file_kind,
                                          const std::string& path, Diagnostics& diagnostics) {
    std::vector<SupportContact> contacts;
    const YamlNode* list = map.take(key);
    if (!list || !list->is_sequence()) {
        diagnostics.error(map.where(), file_kind + " needs '" + key + ":' (a list)");
        return contacts;
    }
    for (const YamlNode* entry : list->items()) {
        YamlMap contact(*entry, "a contact", path, diagnostics);
        SupportContact item;
        item.name = contact.required_string("name");
        item.what = contact.required_string("what");
        item.phone = contact.optional_string("phone");
        item.web = contact.optional_string("web");
        item.text = contact.optional_string("text");
        contact.reject_unknown({"name", "what", "phone", "web", "text"});
        contacts.push_back(item);
    }
    return contacts;
}

SupportLoad load_support_file(const std::string& path) {
    SupportLoad result;
    auto& diagnostics = result.diagnostics;
    const auto text = read_text_file(path, kLibraryFile, diagnostics);
    if (!text) return result;
    const auto document = parse_checked_yaml(*text, path,
                                             "the support contacts file is empty; it needs region, heading, intro, "
                                             "crisis and contacts (see assets/support/en-GB.yaml)",
                                             diagnostics);
    if (!document) return result;
    YamlMap map(*document->root(), "the support contacts", path, diagnostics);
    auto& info = result.info;
    info.region = map.required_string("region");
    info.heading = map.required_string("heading");
    info.intro = map.required_string("intro");
    info.crisis = map.required_string("crisis");
    info.contacts = read_contacts(map, "contacts", "the support contacts file", path, diagnostics);
    map.reject_unknown({"region", "heading", "intro", "crisis", "contacts"});
    return result;
}

std::vector<std::string> support_lines(const SupportInfo& info) {
    std::vector<std::string> lines;
    for (const auto& contact : info.contacts) {
        std::string ways;
        for (const std::string* way : {&contact.phone, &contact.web, &contact.text})
            if (!way->empty()) ways += (ways.empty() ? "" : " · ") + *way;
        lines.push_back(contact.name + " (" + contact.what + ")" + (ways.empty() ? "" : ": " + ways));
    }
    return lines;
}

}  // namespace secondlook
