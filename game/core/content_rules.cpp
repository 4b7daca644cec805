#include "content_rules.h"

namespace secondlook {
namespace {

// Short enough to miss "what next": a debrief should explain and signpost.
constexpr std::size_t kShortestDebrief = 80;

}  // namespace

void check_content_rules(const Scenario& scenario, Diagnostics& diagnostics) {
    if (scenario.audience.empty())
        diagnostics.error(scenario.where, "the scenario declares no 'audience:'; list its tracks (schools, "
                                          "armed-forces, home) so facilitators can find it");
    if (!scenario.min_age_declared)
        diagnostics.error(scenario.where, "the scenario declares no 'min_age:'; state the youngest age it suits "
                                          "(11 or more)");
    for (const auto& node : scenario.nodes) {
        if (!node.is_ending()) continue;
        if (node.ending->debrief.size() < kShortestDebrief)
            diagnostics.error(node.where, "the debrief of ending '" + node.id +
                                              "' is too short to help; say kindly what happened, why it matters "
                                              "and what to do next (" + std::to_string(kShortestDebrief) +
                                              " characters or more)");
    }
}

void check_signposting(const SupportLoad& support, const std::string& path, Diagnostics& diagnostics) {
    for (const auto& diagnostic : support.diagnostics.all()) diagnostics.error(diagnostic.where, diagnostic.message);
    bool reachable = false;
    for (const auto& contact : support.info.contacts)
        reachable = reachable || !contact.phone.empty() || !contact.web.empty() || !contact.text.empty();
    if (!reachable)
        diagnostics.error({path, 1, 1}, "the support file lists no service with a phone, web or text contact; "
                                        "every ending signposts help from it, so add at least one");
}

}  // namespace secondlook
