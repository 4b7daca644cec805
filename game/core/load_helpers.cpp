#include "load_helpers.h"

#include <cctype>

#include "objectives.h"

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

std::optional<unsigned> parse_colour(const std::string& text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    unsigned value = 0;
    for (std::size_t i = 1; i < 7; ++i) {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
        int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
        if (digit < 0) return std::nullopt;
        value = value * 16 + static_cast<unsigned>(digit);
    }
    return value;
}

std::optional<Condition> read_condition(YamlMap& map) {
    if (!map.has("if")) {
        map.take("if");
        return std::nullopt;
    }
    const std::string text = map.optional_string("if");
    std::string error;
    auto condition = Condition::parse(text, &error);
    if (!condition) map.diagnostics().error(map.where_of("if"), error);
    return condition;
}

void read_awards(YamlMap& map, const std::string& key, std::vector<ScoreAward>& awards) {
    auto score = map.take(key);
    if (!score) return;
    if (!score->is_map()) {
        map.diagnostics().error(map.where_of(key),
                                "'" + key + "' should map objectives to points, e.g. { RESP-2: 2 }");
        return;
    }
    for (const auto [name, value] : score->entries()) {
        const std::string objective(name.text());
        auto where = location_of(name, map.file());
        const auto points = yaml_int(value);
        if (!find_objective(objective)) {
            map.diagnostics().error(where, [&] {
                std::vector<std::string> known;
                for (const auto& o : objective_catalogue()) known.push_back(o.id);
                return "unknown learning objective '" + objective + "'; known objectives: " +
                       hint_list(objective, known, 14);
            });
        } else if (!points || *points <= 0 || *points > 100) {
            map.diagnostics().error(location_of(value, map.file()),
                                    "points for " + objective + " should be a whole number from 1 to 100");
        } else {
            awards.push_back({objective, *points});
        }
    }
}

std::optional<WarningSign> read_sign(YamlMap& owner, const std::string& what) {
    auto yaml = owner.take("sign");
    if (!yaml) return std::nullopt;
    YamlMap map(*yaml, "the warning sign of " + what, owner.file(), owner.diagnostics());
    WarningSign sign;
    sign.where = owner.where_of("sign");
    read_awards(map, "score", sign.score);
    sign.why = map.required_string("why");
    map.reject_unknown({"score", "why"});
    return sign;
}

}  // namespace secondlook
