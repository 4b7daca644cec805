#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "core/continuation_check.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

constexpr float kPad = 18.0f;

std::string label_of(const Choice& choice) { return choice.text; }

// The share of the messenger's height the replies (or the class's votes) may take.
constexpr float kMostOfMessenger = 0.45f;

// Under stress the panic reply takes one click; the others need a steady
// hold, like keeping your head while your heart races.
ReplyLook look_of(const Choice& choice, bool shaken) {
    return shaken ? (choice.panic ? ReplyLook::Urgent : ReplyLook::Shaky) : ReplyLook::Normal;
}

// Mock apps draw their choices as their own buttons; a second copy as chat
// replies would only confuse.
bool app_draws_choices(const GameState& state) {
    const Node* node = state.showing_node();
    return node && !shows_conversation(node->screen) && node->screen != Screen::Cut;
}

}  // namespace

float reply_area_height(const ScreenContext& context, float width, float messenger_height) {
    const float s = context.scale;
    const Run* run = context.state.run();
    if (!run || !context.state.pacer().settled() || run->finished()) return 84 * s;
    if (context.state.projector()) return std::min(vote_panel_height(context, width), messenger_height * kMostOfMessenger);
    if (app_draws_choices(context.state)) return 0;
    const float button_w = width - kPad * 2 * s;
    const bool shaken = run->high_stress();
    float height = kPad * s * 2 + text_size(context.fonts.small, side_text(run->scenario(), shaken ? "reply.label-shaken" : "reply.label"), button_w).y;
    for (const Choice* choice : run->offered())
        height += reply_button_height(label_of(*choice), button_w, context.fonts, s, look_of(*choice, shaken)) +
                  ImGui::GetStyle().ItemSpacing.y;
    // The conversation above keeps 55% of the messenger (the deadline, the
    // demand, the latest messages); at large text sizes the replies scroll.
    return std::min(height, messenger_height * kMostOfMessenger);
}

UiAction draw_reply_area(const ScreenContext& context, const Rect& area) {
    if (area.height() <= 0) return {};  // ImGui would take a zero height as "fill the rest"
    const float s = context.scale;
    const Run& run = *context.state.run();
    const Pacer& pacer = context.state.pacer();
    if (context.state.projector() && pacer.settled() && !run.finished()) return draw_vote_panel(context, area);
    UiAction action;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(0xf5f7fa), 16 * s, ImDrawFlags_RoundCornersBottom);
    draw->AddLine(area.min, ImVec2(area.max.x, area.min.y), theme::rgb(0xd5dbe3), 1.0f * s);
    begin_area("replies", area, 0xf5f7fa, true);
    const float inner_w = area.width() - kPad * 2 * s;
    ImGui::SetCursorPos(ImVec2(kPad * s, kPad * s));

    if (!pacer.settled()) {
        const char* skip = ui_text("reply.skip-wait").c_str();
        const float skip_w = button_width(context.fonts.small, skip, 212 * s);
        wrapped_text(context.fonts.small, theme::kMutedText, ui_text("reply.arriving"), inner_w - skip_w - 16 * s);
        ImGui::SameLine(kPad * s + inner_w - skip_w);
        if (filled_button(skip, ImVec2(212 * s, 44 * s), 0x5d6b7d, context.fonts.small, s))
            action = UiAction::of(UiAction::Kind::SkipWait);
    } else if (run.finished()) {
        const char* see = ui_text("reply.see-debrief").c_str();
        ImGui::SetCursorPos(ImVec2(kPad * s + inner_w - button_width(context.fonts.strong, see, 312 * s), 16 * s));
        if (filled_button(see, ImVec2(312 * s, 52 * s), theme::kAccent, context.fonts.strong, s))
            action = UiAction::of(UiAction::Kind::ShowDebrief);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    } else {
        // In a continuation the choices are what the character should do.
        const Node* early = run.early_ending();
        const CastMember* character =
            run.in_continuation() && early ? run.scenario().find_cast(early->continues()->character) : nullptr;
        const bool shaken = run.high_stress();
        wrapped_text(context.fonts.small, shaken ? theme::kDanger : theme::kMutedText,
                     character ? ui_text("reply.label-continuation", {{"name", first_name(*character)}})
                               : side_text(run.scenario(), shaken ? "reply.label-shaken" : "reply.label"),
                     inner_w);
        int number = 0;
        for (const Choice* choice : run.offered()) {
            ImGui::SetCursorPosX(kPad * s);
            const bool steady = shaken && !choice->panic;
            const bool clicked = reply_button(choice->id, ++number, label_of(*choice), inner_w, context.fonts, s,
                                              look_of(*choice, shaken));
            if (steady) {
                const float held = ImGui::IsItemActive() ? ImGui::GetIO().MouseDownDuration[0] : 0.0f;
                if (held > 0) {
                    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
                    float share = std::min(held / kSteadyHoldSeconds, 1.0f);
                    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x, max.y - 6 * s),
                                                              ImVec2(min.x + (max.x - min.x) * share, max.y),
                                                              theme::rgb(theme::kGood), 3 * s);
                }
                if (held >= kSteadyHoldSeconds) action = {UiAction::Kind::Choose, 0, choice->id};
            } else if (clicked) {
                action = {UiAction::Kind::Choose, 0, choice->id};
            }
        }
    }
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
