#include "load_helpers.h"

#include <cctype>

namespace secondlook {

bool is_valid_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    if (!std::islower(static_cast<unsigned char>(id[0])) &&
        !std::isdigit(static_cast<unsigned char>(id[0])))
        return false;
    for (char c : id)
        if (!(std::islower(static_cast<unsigned char>(c)) ||
              std::isdigit(static_cast<unsigned char>(c)) || c == '-'))
            return false;
    return true;
}

void check_id(YamlMap& map, const std::string& key, const std::string& id) {
    if (!id.empty() && !is_valid_id(id))
        map.diagnostics().error(map.where_of(key),
                                "id '" + id +
                                    "' should use only lowercase letters, digits and '-' "
                                    "(at most 64), e.g. 'pay-now'");
}

std::optional<int> parse_clock(const std::string& text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (int i : {0, 1, 3, 4})
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    int hours = (text[0] - '0') * 10 + (text[1] - '0');
    int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (hours > 23 || minutes > 59) return std::nullopt;
    return hours * 60 + minutes;
}

}  // namespace secondlook
