#include "ui/frame_drawing.h"

#include <imgui.h>

#include <algorithm>

#include "app/ui_text.h"
#include "core/diagnostics.h"
#include "ui/layout_report.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

// A window of its own above the screen, so clicks cannot reach what is under it.
template <typename Draw>
UiAction draw_over(const char* id, const Rect& area, Draw draw) {
    ImGui::SetNextWindowPos(area.min);
    ImGui::SetNextWindowSize(ImVec2(area.width(), area.height()));
    ImGui::SetNextWindowBgAlpha(0.0f);
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();
    layout::note_cover(area.min, area.max);  // the screen under it is not read while it is open
    layout::note_cover_window();
    UiAction action = draw(area);
    ImGui::End();
    return action;
}

// Captions for sounds and the facilitator's pause, as pills in the top bar
// beside Help, where they never cover the conversation or the replies.
std::vector<std::string> status_lines(const ScreenContext& context, const std::vector<std::string>& captions) {
    std::vector<std::string> lines;
    if (context.state.paused() && context.state.screen() == ScreenId::Play) lines.push_back(ui_text("top.paused"));
    if (auto notice = context.state.reload_notice(context.now); !notice.empty()) lines.push_back(notice);
    if (context.state.settings().captions) lines.insert(lines.end(), captions.begin(), captions.end());
    return lines;
}

float status_pill_width(const ScreenContext& context, const std::string& line) {
    return text_size(context.fonts.strong, line).x + 28 * context.scale;
}

// The room the pills take beside the bar's buttons.
float status_lines_width(const ScreenContext& context, const std::vector<std::string>& lines) {
    float width = 0;
    for (const auto& line : lines) width += status_pill_width(context, line) + 10 * context.scale;
    return lines.empty() ? 0 : width + 16 * context.scale;
}

// Pills that do not fit beside the title (large text, several sounds at
// once) go on rows just under the bar rather than being dropped: captions
// are how a player who cannot hear knows what happened. Returns how many rows
// under the bar they take; with no `draw`, only measures.
int place_status_lines(const ScreenContext& context, const Rect& bar, const std::vector<std::string>& lines,
                       ImDrawList* draw) {
    const float s = context.scale;
    const float height = bar.height() - 24 * s;
    const float first_right = bar.max.x - top_bar_buttons_width(context) - 16 * s;
    const float keep_clear = top_bar_title_end(context, bar) + 16 * s;
    float right = first_right, top = bar.min.y + 12 * s;
    int rows_under = 0;
    for (const auto& line : lines) {
        const float width = status_pill_width(context, line);
        if (rows_under == 0 && right - width < keep_clear) {
            rows_under = 1;
            top = bar.max.y + 8 * s;
            right = bar.max.x - 16 * s;
        } else if (rows_under > 0 && right - width < bar.min.x + 16 * s) {
            ++rows_under;
            top += height + 8 * s;
            right = bar.max.x - 16 * s;
        }
        const ImVec2 min(right - width, top), max(right, top + height);
        right = min.x - 10 * s;
        if (!draw) continue;
        draw->AddRectFilled(min, max, theme::rgb(0x3a5573), 10 * s);
        if (rows_under > 0) draw->AddRect(min, max, theme::rgb(0xffffff), 10 * s, 0, 2 * s);
        const ImVec2 size = text_size(context.fonts.strong, line);
        layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                      ImVec2(min.x + 14 * s, min.y + (height - size.y) / 2), theme::rgb(0xffffff), line.c_str());
    }
    return rows_under;
}

// The height of `rows` rows of pills under the bar.
float status_rows_height(const ScreenContext& context, const Rect& bar, int rows) {
    return rows * (bar.height() - 24 * context.scale + 8 * context.scale);
}

// --watch: the edited file has errors. Play goes on with the last good
// version; the errors show in the window, as lint prints them.
void draw_reload_problems(const ScreenContext& context, const Rect& content) {
    const auto& problems = context.state.reload_problems();
    if (problems.empty()) return;
    const float s = context.scale;
    std::string text = ui_text("reload.has-errors") + "\n";
    for (std::size_t i = 0; i < problems.size() && i < 6; ++i) text += format_diagnostic(problems[i]) + "\n";
    if (problems.size() > 6) text += ui_text("reload.more-errors", {{"count", std::to_string(problems.size() - 6)}}) + "\n";
    const float wrap = content.width() - 80 * s;
    ImVec2 size = text_size(context.fonts.small, text, wrap);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    ImVec2 min(content.min.x + 24 * s, content.max.y - size.y - 40 * s);
    draw->AddRectFilled(min, ImVec2(content.max.x - 24 * s, content.max.y - 16 * s), theme::rgb(0x5c1a16), 10 * s);
    layout::add_text(draw, context.fonts.small, context.fonts.small->FontSize, ImVec2(min.x + 16 * s, min.y + 12 * s),
                  theme::rgb(0xffffff), text.c_str(), nullptr, wrap);
}

}  // namespace

UiAction draw_frame(GameState& state, const Fonts& fonts, float scale, double now,
                    const std::vector<std::string>& captions, ImageCache& images, StatusRows& kept) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ScreenContext context{state, fonts, scale, now, &images};
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    UiAction action;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ImGui::Begin("##root", nullptr, root_flags);
    Rect bar{{0, 0}, {display.x, top_bar_height(context)}};
    const std::vector<std::string> status = status_lines(context, captions);
    if (kept.screen != state.screen() || kept.bar_height != bar.height()) kept = {state.screen(), bar.height(), 0};
    kept.rows = std::max(kept.rows, place_status_lines(context, bar, status, nullptr));
    const float under_bar = status_rows_height(context, bar, kept.rows);
    Rect content{{0, bar.max.y + under_bar}, display};
    keep_first(action, draw_top_bar(context, bar, status_lines_width(context, status)));
    UiAction screen_action;
    switch (state.screen()) {
        case ScreenId::ContentNote: screen_action = draw_content_note(context, content); break;
        case ScreenId::ScenarioList: screen_action = draw_scenario_list(context, content); break;
        case ScreenId::Play: screen_action = draw_play(context, content); break;
        case ScreenId::Debrief: screen_action = draw_debrief(context, content); break;
        case ScreenId::FacilitatorPin: screen_action = draw_facilitator_pin(context, content); break;
        case ScreenId::Dashboard: screen_action = draw_dashboard(context, content); break;
        case ScreenId::SessionSetup: screen_action = draw_session_setup(context, content); break;
        case ScreenId::JoinSession: screen_action = draw_join_session(context, content); break;
        case ScreenId::Check: screen_action = draw_knowledge_check(context, content); break;
        case ScreenId::ProjectorSetup: screen_action = draw_projector_setup(context, content); break;
    }
    // Settings open over any screen; the locker only while playing.
    const bool overlay = state.overlay() == Overlay::Settings ||
                         (state.screen() == ScreenId::Play && state.overlay() != Overlay::None);
    if (!state.help_open() && !overlay) keep_first(action, screen_action);
    ImGui::End();

    if (state.help_open()) {
        keep_first(action, draw_over("##help-overlay", content, [&](const Rect& area) { return draw_help(context, area); }));
    } else if (overlay && state.overlay() == Overlay::Locker && state.run()) {
        keep_first(action, draw_over("##locker", content, [&](const Rect& area) { return draw_evidence_locker(context, area); }));
    } else if (overlay && state.overlay() == Overlay::Settings) {
        keep_first(action, draw_over("##settings", content, [&](const Rect& area) { return draw_settings(context, area); }));
    }
    place_status_lines(context, bar, status, ImGui::GetForegroundDrawList());
    draw_reload_problems(context, content);
    return action;
}

}  // namespace secondlook
