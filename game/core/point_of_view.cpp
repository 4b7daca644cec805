#include "point_of_view.h"

#include <algorithm>

#include "app/ui_text.h"

namespace secondlook {

const std::vector<std::pair<std::string_view, std::string_view>>& side_text_twins() {
    static const std::vector<std::pair<std::string_view, std::string_view>> twins = {
        {"chat.you", "chat.you-named"},
        {"read.you", "read.you-named"},
        {"request.wants", "request.wants-named"},
        {"request.follows", "request.follows-named"},
        {"request.message-request", "request.message-request-named"},
        {"reply.label", "reply.label-named"},
        {"reply.label-shaken", "reply.label-shaken-named"},
        {"tools.feeling", "tools.feeling-named"},
        {"stage.aftermath", "stage.aftermath-named"},
        {"account.you-detail", "account.you-detail-named"},
        {"block.explained", "block.explained-named"},
        {"call.hint", "call.hint-named"},
        {"report.why", "report.why-named"},
        {"tell.title", "tell.title-named"},
        {"feedback.calm", "feedback.calm-named"},
    };
    return twins;
}

std::string side_text(const Scenario& scenario, std::string_view id,
                      std::vector<std::pair<std::string_view, std::string>> values) {
    if (scenario.protagonist.empty()) return ui_text(id, values);
    const auto& twins = side_text_twins();
    const auto twin = std::find_if(twins.begin(), twins.end(), [&](const auto& pair) { return pair.first == id; });
    if (twin == twins.end()) return ui_text(id, values);
    values.emplace_back("name", scenario.protagonist);
    return ui_text(twin->second, values);
}

}  // namespace secondlook
