#include "support.h"

#include "input_limits.h"
#include "text_file.h"
#include "yaml_map.h"

namespace secondlook {

SupportLoad load_support_file(const std::string& path) {
    SupportLoad result;
    auto& diagnostics = result.diagnostics;
    const auto text = read_text_file(path, kLibraryFile, diagnostics);
    if (!text || !check_raw_text(*text, path, diagnostics)) return result;
    const auto document = parse_yaml(*text, path, kMaxYamlDepth, diagnostics);
    if (!document) return result;
    if (!document->root()) {
        diagnostics.error({path, 1, 1}, "the support contacts file is empty; it needs region, heading, intro, "
                                        "crisis and contacts (see assets/support/en-GB.yaml)");
        return result;
    }
    if (!check_yaml_tree(*document->root(), path, diagnostics)) return result;
    YamlMap map(*document->root(), "the support contacts", path, diagnostics);
    auto& info = result.info;
    info.region = map.required_string("region");
    info.heading = map.required_string("heading");
    info.intro = map.required_string("intro");
    info.crisis = map.required_string("crisis");
    if (auto contacts = map.take("contacts"); contacts && contacts->is_sequence()) {
        for (const YamlNode* entry : contacts->items()) {
            YamlMap contact(*entry, "a support contact", path, diagnostics);
            SupportContact item;
            item.name = contact.required_string("name");
            item.what = contact.required_string("what");
            item.phone = contact.optional_string("phone");
            item.web = contact.optional_string("web");
            item.text = contact.optional_string("text");
            contact.reject_unknown({"name", "what", "phone", "web", "text"});
            info.contacts.push_back(item);
        }
    } else {
        diagnostics.error(map.where(), "the support contacts file needs 'contacts:' (a list)");
    }
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
