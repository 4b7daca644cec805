#include "support.h"

#include <yaml-cpp/yaml.h>

#include "yaml_map.h"

namespace secondlook {

SupportLoad load_support_file(const std::string& path) {
    SupportLoad result;
    auto& diagnostics = result.diagnostics;
    YAML::Node root;
    try {
        root = YAML::LoadFile(path);
    } catch (const YAML::BadFile&) {
        diagnostics.error({path, 0, 0}, "cannot open the support contacts file; check the path");
        return result;
    } catch (const YAML::Exception& error) {
        diagnostics.error({path, error.mark.line + 1, error.mark.column + 1},
                          "this is not valid YAML (" + error.msg + ")");
        return result;
    }
    YamlMap map(root, "the support contacts", path, {path, 1, 1}, diagnostics);
    auto& info = result.info;
    info.region = map.required_string("region");
    info.heading = map.required_string("heading");
    info.intro = map.required_string("intro");
    info.crisis = map.required_string("crisis");
    if (auto contacts = map.take("contacts"); contacts && contacts->IsSequence()) {
        for (const auto& entry : *contacts) {
            YamlMap contact(entry, "a support contact", path, map.where_of("contacts"), diagnostics);
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
