#include "theme.h"

namespace secondlook::theme {

ImU32 rgb(unsigned hex, float alpha) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, static_cast<int>(alpha * 255));
}

void apply_style(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.ChildRounding = 10;
    style.FrameRounding = 10;
    style.GrabRounding = 8;
    style.ScrollbarRounding = 8;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FramePadding = ImVec2(14, 8);
    style.ItemSpacing = ImVec2(10, 10);
    style.WindowPadding = ImVec2(0, 0);
    style.ScrollbarSize = 14;
    auto colour = [](unsigned hex, float alpha = 1.0f) {
        return ImGui::ColorConvertU32ToFloat4(rgb(hex, alpha));
    };
    style.Colors[ImGuiCol_WindowBg] = colour(kBackground);
    style.Colors[ImGuiCol_ChildBg] = colour(kPanel, 0.0f);
    style.Colors[ImGuiCol_Text] = colour(kText);
    style.Colors[ImGuiCol_Button] = colour(kAccent);
    style.Colors[ImGuiCol_ButtonHovered] = colour(0x1f6fd6);
    style.Colors[ImGuiCol_ButtonActive] = colour(0x0d3f85);
    style.Colors[ImGuiCol_NavHighlight] = colour(0xf2a900);
    style.Colors[ImGuiCol_ScrollbarBg] = colour(kBackground, 0.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace secondlook::theme
