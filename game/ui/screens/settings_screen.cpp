#include "app/ui_text.h"
#include "ui/screens/modal_card.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

#include <imgui_internal.h>  // PushItemFlag: no Tab stop on the slider

#include <algorithm>
#include <iterator>

namespace secondlook {
namespace {

bool toggle_row(const char* id, const std::string& label, const std::string& detail, bool on, float width,
                const Fonts& fonts, float s) {
    ImVec2 at = ImGui::GetCursorScreenPos();
    const float switch_w = 80 * s, pad = 12 * s;
    // As tall as its words need at the player's text size, wrapped clear of the switch.
    const float wrap = width - switch_w - pad * 2;
    const float label_h = text_height(fonts.strong, label, wrap), detail_h = text_height(fonts.small, detail, wrap);
    const float height = std::max(64 * s, label_h + detail_h + pad * 2);
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
    focus_ring(s, ui_text(on ? "focus.switch-on" : "focus.switch-off", {{"label", label}, {"detail", detail}}));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered()) draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::rgb(0xf1f4f8), 10 * s);
    layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(at.x + pad, at.y + pad), theme::rgb(theme::kText),
                  label.c_str(), nullptr, wrap);
    layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(at.x + pad, at.y + pad + label_h),
                  theme::rgb(theme::kMutedText), detail.c_str(), nullptr, wrap);
    // A switch, as phones draw them, with its state in words for who cannot tell the colours.
    ImVec2 knob_track(at.x + width - switch_w, at.y + height / 2 - 15 * s);
    draw->AddRectFilled(knob_track, ImVec2(knob_track.x + 60 * s, knob_track.y + 30 * s),
                        theme::rgb(on ? theme::kGood : 0x9aa3af), 15 * s);
    draw->AddCircleFilled(ImVec2(knob_track.x + (on ? 45 : 15) * s, knob_track.y + 15 * s), 12 * s,
                          theme::rgb(on ? 0x14181f : 0xffffff), 24);
    return pressed;
}

// 100% ... 200%: one button each, the chosen one filled.
UiAction text_size_row(const ScreenContext& context, int current, float width) {
    const float s = context.scale, gap = 8 * s;
    const int count = static_cast<int>(std::size(kTextSizes));
    const float button_w = (width - gap * (count - 1)) / count;
    const float button_h = text_size(context.fonts.strong, "200%").y + 20 * s;
    UiAction action;
    // A new size rebuilds the fonts and everything above these buttons grows,
    // pushing the one just pressed (still focused) out of view. For a few
    // frames after the size changes the area follows it: ImGui's scroll is
    // clamped to the last frame's content, which is still growing.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID seen_key = ImGui::GetID("text-size-seen"), follow_key = ImGui::GetID("text-size-follow");
    const int seen = storage->GetInt(seen_key, current);
    int follow = storage->GetInt(follow_key, 0);
    if (seen != current) follow = 3;
    storage->SetInt(seen_key, current);
    storage->SetInt(follow_key, std::max(0, follow - 1));
    for (int i = 0; i < count; ++i) {
        const int size = kTextSizes[i];
        const std::string label = std::to_string(size) + "%##text-size";
        if (i > 0) ImGui::SameLine(0, gap);
        const bool chosen = size == current;
        ImGui::PushID(i);
        if (filled_button(label.c_str(), ImVec2(button_w, button_h), chosen ? theme::kAccent : 0xe4e7ec,
                          context.fonts.strong, s, chosen ? 0xffffff : theme::kText))
            action = {UiAction::Kind::SetTextSize, static_cast<std::size_t>(size), {}};
        if (follow > 0 && ImGui::IsItemFocused()) ImGui::SetScrollHereY(0.5f);
        ImGui::PopID();
    }
    return action;
}

}  // namespace

// The player's settings, kept between runs. Timers off removes the
// countdown's pressure for players who need it gone; captions carry every
// sound; the rest is for reading and seeing (text size, contrast, spacing,
// motion, read aloud).
UiAction draw_settings(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const PlayerSettings& settings = context.state.settings();
    UiAction action;
    const ModalCard modal = begin_modal_card(context, area, "settings", ui_text("settings.title"), 720);
    if (modal.close) action = UiAction::of(UiAction::Kind::CloseOverlay);
    const float pad = modal.pad, inner = modal.inner;
    ImGui::Dummy(ImVec2(0, 8 * s));

    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.strong, theme::kText, ui_text("settings.volume", {{"percent", std::to_string(settings.volume)}}), inner);
    ImGui::SetCursorPosX(pad);
    int volume = settings.volume;
    ImGui::PushItemWidth(inner);
    ImGui::PushFont(context.fonts.body);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(theme::rgb(0xe4e7ec)));  // a visible track
    // Tab into a 1.86 slider turns it into a text box; arrows (and the
    // buttons below) set the volume from the keyboard instead.
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    if (ImGui::SliderInt("##volume", &volume, 0, 100, "")) action = {UiAction::Kind::SetVolume, static_cast<std::size_t>(volume), {}};
    ImGui::PopItemFlag();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PopItemWidth();
    ImGui::SetCursorPosX(pad);
    const float step_w = (inner - 12 * s) / 2, step_h = text_size(context.fonts.strong, ui_text("settings.quieter")).y + 20 * s;
    if (filled_button(ui_text("settings.quieter").c_str(), ImVec2(step_w, step_h), 0x3a5573, context.fonts.strong, s))
        action = {UiAction::Kind::SetVolume, static_cast<std::size_t>(std::max(0, settings.volume - 10)), {}};
    ImGui::SameLine(0, 12 * s);
    if (filled_button(ui_text("settings.louder").c_str(), ImVec2(step_w, step_h), 0x3a5573, context.fonts.strong, s))
        action = {UiAction::Kind::SetVolume, static_cast<std::size_t>(std::min(100, settings.volume + 10)), {}};
    focus_ring(s, ui_text("settings.volume-focus", {{"percent", std::to_string(settings.volume)}}));
    ImGui::Dummy(ImVec2(0, 8 * s));
    struct Toggle {
        const char* id;
        std::string label, detail;
        bool on;
        UiAction::Kind kind;
    };
    const std::string& speech_problem = context.state.read_aloud_problem();
    const Toggle toggles[] = {
        {"mute", ui_text("settings.sound"), ui_text(settings.muted ? "settings.sound-muted" : "settings.sound-on"), !settings.muted,
         UiAction::Kind::ToggleMute},
        {"captions", ui_text("settings.captions"), ui_text("settings.captions-detail"), settings.captions,
         UiAction::Kind::ToggleCaptions},
        {"timers", ui_text("settings.timers"), ui_text(settings.timers ? "settings.timers-on" : "settings.timers-off"),
         settings.timers, UiAction::Kind::ToggleTimers},
        {"read-aloud", ui_text("settings.read-aloud"),
         speech_problem.empty() ? ui_text("settings.read-aloud-detail")
                                : ui_text("settings.read-aloud-problem", {{"problem", speech_problem}}),
         settings.read_aloud, UiAction::Kind::ToggleReadAloud},
        {"contrast", ui_text("settings.contrast"), ui_text("settings.contrast-detail"), settings.high_contrast,
         UiAction::Kind::ToggleHighContrast},
        {"spacing", ui_text("settings.spacing"), ui_text("settings.spacing-detail"),
         settings.dyslexia_spacing, UiAction::Kind::ToggleDyslexiaSpacing},
        {"motion", ui_text("settings.motion"), ui_text("settings.motion-detail"), settings.reduced_motion,
         UiAction::Kind::ToggleReducedMotion},
    };
    for (const auto& toggle : toggles) {
        ImGui::SetCursorPosX(pad);
        if (toggle_row(toggle.id, toggle.label, toggle.detail, toggle.on, inner, context.fonts, s))
            action = UiAction::of(toggle.kind);
    }
    ImGui::Dummy(ImVec2(0, 8 * s));
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.strong, theme::kText, ui_text("settings.text-size", {{"percent", std::to_string(settings.text_size)}}), inner);
    ImGui::SetCursorPosX(pad);
    keep_first(action, text_size_row(context, settings.text_size, inner));
    ImGui::Dummy(ImVec2(0, 12 * s));
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.small, theme::kMutedText,
                 ui_text("settings.pause-note"), inner);
    end_modal_card();
    return action;
}

}  // namespace secondlook
