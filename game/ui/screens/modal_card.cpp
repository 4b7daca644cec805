#include "ui/screens/modal_card.h"

#include "app/ui_text.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {

ModalCard begin_modal_card(const ScreenContext& context, const Rect& area, const char* id,
                           const std::string& title, float max_width) {
    const float s = context.scale;
    ImGui::GetWindowDrawList()->AddRectFilled(area.min, area.max, theme::dim());
    layout::note_cover(area.min, area.max);
    const float width = std::min(area.width() - 60 * s, max_width * s);
    Rect card{{area.min.x + (area.width() - width) / 2, area.min.y + 24 * s},
              {area.min.x + (area.width() + width) / 2, area.max.y - 24 * s}};
    // High contrast: the black card on the dimmed black screen needs an edge.
    if (theme::high_contrast())
        ImGui::GetWindowDrawList()->AddRect(ImVec2(card.min.x - 3 * s, card.min.y - 3 * s),
                                            ImVec2(card.max.x + 3 * s, card.max.y + 3 * s), theme::exact(0xffffff),
                                            12 * s, 0, 2 * s);
    begin_area(id, card, theme::kPanel, true);
    layout::note_cover_window();
    ModalCard modal;
    modal.pad = 30 * s;
    modal.inner = card.width() - modal.pad * 2 - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorPos(ImVec2(modal.pad, modal.pad));
    // Close at the right, as wide as its label; the title wraps before it.
    const char* close = ui_text("modal.close").c_str();
    const float close_w = button_width(context.fonts.small, close, 140 * s);
    wrapped_text(context.fonts.title, theme::kText, title, modal.inner - close_w - 20 * s);
    ImGui::SameLine(modal.pad + modal.inner - close_w);
    modal.close = filled_button(close, ImVec2(140 * s, 44 * s), 0x5d6b7d, context.fonts.small, s);
    // Keyboard players land on Close, one Enter away from the game.
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    return modal;
}

void end_modal_card() { ImGui::EndChild(); }

}  // namespace secondlook
