#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

void status_mark(ImDrawList* draw, ImVec2 centre, bool kept, float s) {
    draw->AddCircleFilled(centre, 13 * s, theme::rgb(kept ? theme::kGood : 0xe4e7ec), 24);
    if (kept) {
        draw->AddLine(ImVec2(centre.x - 6 * s, centre.y), ImVec2(centre.x - 1 * s, centre.y + 5 * s), theme::rgb(0xffffff), 3 * s);
        draw->AddLine(ImVec2(centre.x - 1 * s, centre.y + 5 * s), ImVec2(centre.x + 7 * s, centre.y - 5 * s), theme::rgb(0xffffff), 3 * s);
    } else {
        draw->AddCircle(centre, 13 * s, theme::rgb(theme::kCaution), 24, 2 * s);
    }
}

}  // namespace

// The locker: what the police will need, what is kept and what is still
// missing (with how to get it), and the screenshots saved this play.
UiAction draw_evidence_locker(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    const Run& run = *state.run();
    UiAction action;
    ImDrawList* backdrop = ImGui::GetWindowDrawList();
    backdrop->AddRectFilled(area.min, area.max, theme::rgb(0x0b0f14, 0.55f));
    const float width = std::min(area.width() - 60 * s, 900 * s);
    Rect card{{area.min.x + (area.width() - width) / 2, area.min.y + 24 * s},
              {area.min.x + (area.width() + width) / 2, area.max.y - 24 * s}};
    begin_area("evidence-locker", card, theme::kPanel, true);
    const float pad = 30 * s, inner = card.width() - pad * 2 - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorPos(ImVec2(pad, pad));
    wrapped_text(context.fonts.title, theme::kText, "Evidence locker", inner - 160 * s);
    ImGui::SameLine(card.width() - pad - 150 * s);
    if (filled_button("Close  Esc", ImVec2(140 * s, 44 * s), 0x5d6b7d, context.fonts.small, s))
        action = UiAction::of(UiAction::Kind::CloseOverlay);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kMutedText,
                 "Keep everything, delete nothing. This is what the police will need to trace the people "
                 "doing this. Take a screenshot (S) whenever it is on screen.",
                 inner);
    ImGui::Dummy(ImVec2(0, 10 * s));

    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const auto& status : run.evidence()) {
        ImGui::SetCursorPosX(pad);
        ImVec2 at = ImGui::GetCursorScreenPos();
        status_mark(draw, ImVec2(at.x + 14 * s, at.y + 16 * s), status.captured, s);
        ImGui::SetCursorPosX(pad + 44 * s);
        ImGui::BeginGroup();
        wrapped_text(context.fonts.strong, theme::kText, status.item->label, inner - 44 * s);
        std::string how = !status.captured ? "Missing. " + status.item->hint
                          : status.capture_number > 0 ? "Kept in screenshot " + std::to_string(status.capture_number)
                                                      : "Kept: copied into your notes";
        wrapped_text(context.fonts.small, status.captured ? theme::kGood : theme::kCaution, how, inner - 44 * s);
        ImGui::EndGroup();
        ImGui::Dummy(ImVec2(0, 8 * s));
    }

    std::vector<const ActionRecord*> shots;
    for (const auto& record : run.actions())
        if (record.capture_number > 0) shots.push_back(&record);
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.strong, theme::kText, "Screenshots (" + std::to_string(shots.size()) + ")", inner);
    if (shots.empty()) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, theme::kMutedText, "None yet.", inner);
    }
    for (const ActionRecord* shot : shots) {
        std::string path = state.capture_path(shot->capture_number);
        std::string line = "Screenshot " + std::to_string(shot->capture_number) + " at '" + shot->node + "'" +
                           (path.empty() ? "" : ", saved as " + path);
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, theme::kMutedText, line, inner);
    }
    ImGui::Dummy(ImVec2(0, 16 * s));
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
