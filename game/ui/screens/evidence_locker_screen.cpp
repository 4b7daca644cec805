#include "app/ui_text.h"
#include "ui/image_cache.h"
#include "ui/screens/modal_card.h"
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
    const ModalCard modal = begin_modal_card(context, area, "evidence-locker", ui_text("locker.title"), 900);
    if (modal.close) action = UiAction::of(UiAction::Kind::CloseOverlay);
    const float pad = modal.pad, inner = modal.inner;
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kMutedText,
                 ui_text("locker.intro"),
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
        std::string how = !status.captured ? ui_text("locker.missing", {{"hint", status.item->hint}})
                          : status.capture_number > 0
                              ? ui_text("locker.kept-in-screenshot", {{"number", std::to_string(status.capture_number)}})
                              : ui_text("locker.kept-in-notes");
        wrapped_text(context.fonts.small, status.captured ? theme::kGood : theme::kCaution, how, inner - 44 * s);
        ImGui::EndGroup();
        ImGui::Dummy(ImVec2(0, 8 * s));
    }

    std::vector<const ActionRecord*> shots;
    for (const auto& record : run.actions())
        if (record.capture_number > 0 && !state.capture_was_lost(record.capture_number)) shots.push_back(&record);
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.strong, theme::kText, ui_text("locker.screenshots", {{"count", std::to_string(shots.size())}}), inner);
    if (shots.empty()) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, theme::kMutedText, ui_text("locker.none-yet"), inner);
    }
    // Thumbnails, three to a row, as a phone's photo gallery shows them.
    const float thumb_w = (inner - 2 * 14 * s) / 3;
    int column = 0;
    for (const ActionRecord* shot : shots) {
        const std::string path = state.capture_path(shot->capture_number);
        ImVec2 size;
        ImTextureID image = context.images && !path.empty() ? context.images->texture(path, &size) : nullptr;
        if (column == 0) ImGui::SetCursorPosX(pad);
        else ImGui::SameLine(0, 14 * s);
        ImGui::BeginGroup();
        if (image && size.x > 0) {
            const float thumb_h = thumb_w * size.y / size.x;
            ImGui::Image(image, ImVec2(thumb_w, thumb_h));
            ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRect(min, max, theme::rgb(0xc4cbd5), 4 * s, 0, 1.5f * s);
        }
        std::string caption = ui_text(shot->captured.empty() ? "locker.screenshot" : "locker.screenshot-new-evidence",
                                      {{"number", std::to_string(shot->capture_number)}});
        wrapped_text(context.fonts.small, theme::kMutedText, caption, thumb_w);
        ImGui::EndGroup();
        column = (column + 1) % 3;
    }
    if (!shots.empty() && !state.capture_path(shots.front()->capture_number).empty()) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, theme::kMutedText,
                     ui_text("locker.saved-in", {{"folder", state.capture_path(shots.front()->capture_number).substr(
                                                                 0, state.capture_path(shots.front()->capture_number).rfind('/'))}}),
                     inner);
    }
    ImGui::Dummy(ImVec2(0, 16 * s));
    end_modal_card();
    return action;
}

}  // namespace secondlook
