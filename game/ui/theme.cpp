#include "theme.h"

#include <cmath>

namespace secondlook::theme {
namespace {

bool high_contrast_on = false;

float luminance(unsigned hex) {
    auto channel = [](unsigned value) {
        const float c = static_cast<float>(value & 0xff) / 255.0f;
        return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
    };
    return 0.2126f * channel(hex >> 16) + 0.7152f * channel(hex >> 8) + 0.0722f * channel(hex);
}

}  // namespace

void set_high_contrast(bool on) { high_contrast_on = on; }
bool high_contrast() { return high_contrast_on; }

unsigned high_contrast_colour(unsigned hex) {
    // Signals keep a hue, light enough for black text on them (>= 7:1).
    switch (hex) {
        case kFocus: return 0xffff00;
        case kDanger: return 0xffb4ab;
        case kGood: case kOnline: return 0x8ff0a4;
        case kCaution: return 0xffd27f;
        default: break;
    }
    return luminance(hex) > 0.18f ? 0x000000 : 0xffffff;
}

ImU32 exact(unsigned hex, float alpha) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, static_cast<int>(alpha * 255));
}

ImU32 rgb(unsigned hex, float alpha) {
    // See-through colours are shades and dims: they stay dark over black.
    if (high_contrast_on) hex = alpha < 1.0f ? 0x000000 : high_contrast_colour(hex);
    return exact(hex, alpha);
}

ImU32 dim() { return high_contrast_on ? exact(0x000000, 0.85f) : rgb(0x0b0f14, 0.55f); }

void apply_style(float scale, bool spacing) {
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
    style.ItemSpacing = spacing ? ImVec2(16, 18) : ImVec2(10, 10);
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
    style.Colors[ImGuiCol_NavHighlight] = colour(kFocus);
    style.Colors[ImGuiCol_ScrollbarBg] = colour(kBackground, 0.0f);
    // Tick boxes, radio buttons and fields ImGui draws itself: ImGui's light
    // style leaves them white, which vanishes on our white cards.
    style.Colors[ImGuiCol_FrameBg] = colour(0xe6ebf2);
    style.Colors[ImGuiCol_FrameBgHovered] = colour(0xd8e0ea);
    style.Colors[ImGuiCol_FrameBgActive] = colour(0xc9d4e2);
    style.Colors[ImGuiCol_Border] = colour(0x7d8898);
    style.Colors[ImGuiCol_CheckMark] = colour(kAccent);
    style.FrameBorderSize = 1;
    if (high_contrast_on) {
        // Sliders, frames and scrollbars that ImGui draws itself.
        style.Colors[ImGuiCol_FrameBg] = colour(0xffffff);
        style.Colors[ImGuiCol_FrameBgHovered] = colour(0xffffff);
        style.Colors[ImGuiCol_FrameBgActive] = colour(0xffffff);
        style.Colors[ImGuiCol_Border] = colour(0x000000);
        style.FrameBorderSize = 2;
        style.Colors[ImGuiCol_SliderGrab] = colour(kFocus);
        style.Colors[ImGuiCol_SliderGrabActive] = colour(kFocus);
        style.Colors[ImGuiCol_ScrollbarGrab] = colour(0x000000);
        style.Colors[ImGuiCol_ScrollbarGrabHovered] = colour(0x000000);
    }
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace secondlook::theme
