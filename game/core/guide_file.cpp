#include "guide_file.h"

#include "input_limits.h"
#include "text_file.h"
#include "yaml_map.h"

namespace secondlook {

GuideLoad load_guide_file(const std::string& path) {
    GuideLoad result;
    auto& diagnostics = result.diagnostics;
    const auto text = read_text_file(path, kLibraryFile, diagnostics);
    if (!text) return result;
    const auto document = parse_checked_yaml(
        *text, path, "the facilitator's guide file is empty; start from a copy of assets/guide/en-GB.yaml",
        diagnostics);
    if (!document) return result;
    YamlMap map(*document->root(), "the facilitator's guide file", path, diagnostics);
    auto& guide = result.text;
    guide.region = map.required_string("region");
    guide.setting = map.required_string("setting");
    guide.ground_rules = map.string_list("ground_rules", true);
    guide.distancing = map.required_string("distancing");
    guide.opting_out = map.required_string("opting_out");
    guide.disclosure = map.string_list("disclosure", true);
    guide.local_contacts = read_contacts(map, "local_contacts", "the facilitator's guide file", path, diagnostics);
    guide.parents_letter = map.required_string("parents_letter");
    guide.handout_title = map.required_string("handout_title");
    guide.handout_steps = map.string_list("handout_steps", true);
    map.reject_unknown({"region", "setting", "ground_rules", "distancing", "opting_out", "disclosure",
                        "local_contacts", "parents_letter", "handout_title", "handout_steps"});
    return result;
}

}  // namespace secondlook
