// The facilitator picks the story the whole class plays together on the
// projector, in the session the dashboard shows.
#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {

UiAction draw_projector_setup(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    UiAction action;
    const float width = std::min(area.width() - 80 * s, 1000 * s);
    Rect page{{area.min.x + (area.width() - width) / 2, area.min.y + 24 * s},
              {area.min.x + (area.width() + width) / 2, area.max.y - 16 * s}};
    begin_area("projector-setup", page, theme::kBackground, true);
    const float inner = width - ImGui::GetStyle().ScrollbarSize;
    wrapped_text(context.fonts.title, theme::kText, ui_text("projector.title"), inner - 290 * s);
    ImGui::SameLine(inner - 280 * s);
    if (filled_button(ui_text("projector.back").c_str(), ImVec2(270 * s, 48 * s), 0x5d6b7d, context.fonts.strong, s))
        action = {UiAction::Kind::ShowSession, 0, state.dashboard_session()};
    wrapped_text(context.fonts.body, theme::kText,
                 ui_text("projector.intro", {{"session", state.dashboard_session()}}),
                 inner);
    ImGui::Dummy(ImVec2(0, 8 * s));
    const auto& catalogue = state.catalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        if (!catalogue[i].scenario) continue;
        const Scenario& scenario = *catalogue[i].scenario;
        ImGui::PushID(static_cast<int>(i));
        const float pad = 20 * s, button_w = 280 * s, text_w = inner - button_w - pad * 3;
        const std::string detail = scenario.summary + "  (" + ui_text("list.age", {{"age", std::to_string(scenario.min_age)}}) + ")";
        const float height = pad * 2 + text_height(context.fonts.strong, scenario.title, text_w) +
                             text_height(context.fonts.small, detail, text_w) + 8 * s;
        ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + inner, top.y + height), theme::rgb(theme::kPanel),
                                                  14 * s);
        ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad));
        ImGui::BeginGroup();
        wrapped_text(context.fonts.strong, theme::kText, scenario.title, text_w);
        wrapped_text(context.fonts.small, theme::kMutedText, detail, text_w);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(top.x + inner - button_w - pad, top.y + (height - 52 * s) / 2));
        if (filled_button(ui_text("projector.play").c_str(), ImVec2(button_w, 52 * s), theme::kAccent, context.fonts.strong, s))
            action = {UiAction::Kind::StartProjector, i, {}};
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + height + 12 * s));
        ImGui::Dummy(ImVec2(0, 0));
        ImGui::PopID();
    }
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
