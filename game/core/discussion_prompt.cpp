#include "discussion_prompt.h"

#include "app/ui_text.h"

namespace secondlook {

// Questions about the character, never "what would you do": nobody in the
// room has to say anything about themselves, and nobody is blamed.
DiscussionPrompt discussion_prompt(Stage stage) {
    DiscussionPrompt prompt{ui_text("discuss.question"), ""};
    switch (stage) {
        case Stage::Research: prompt.nudge = ui_text("discuss.research"); break;
        case Stage::Contact: prompt.nudge = ui_text("discuss.contact"); break;
        case Stage::BuildUp: prompt.nudge = ui_text("discuss.build-up"); break;
        case Stage::PlatformMove: prompt.nudge = ui_text("discuss.platform-move"); break;
        case Stage::Ask: prompt.nudge = ui_text("discuss.ask"); break;
        case Stage::Turn:
            prompt.nudge = ui_text("discuss.turn");
            break;
        case Stage::Aftermath: prompt.nudge = ui_text("discuss.aftermath"); break;
        case Stage::None: prompt.nudge = ui_text("discuss.none"); break;
    }
    return prompt;
}

DiscussionPrompt discussion_prompt(const Scenario& scenario, const Node& node, Stage stage) {
    DiscussionPrompt prompt = discussion_prompt(stage);
    if (!node.discuss.empty()) {
        prompt.nudge = node.discuss;
        return prompt;
    }
    if (node.continuation || stage == Stage::None) return prompt;
    for (const auto& other : scenario.nodes)
        if (!other.continuation && other.stage == stage && !other.discuss.empty()) {
            prompt.nudge = other.discuss;
            break;
        }
    return prompt;
}

}  // namespace secondlook
