#include <algorithm>
#include <cstdio>

#include "app/ui_text.h"
#include "core/objectives.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

// One labelled bar: what share of `whole` the `part` is, with a caption.
void bar_row(const ScreenContext& context, const std::string& label, std::size_t part, std::size_t whole,
             const std::string& caption, float width) {
    const float s = context.scale;
    const float label_w = width * 0.42f, bar_w = width * 0.40f, height = 30 * s;
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const std::string shown = label.size() > 46 ? label.substr(0, 45) + "..." : label;
    draw->AddText(context.fonts.body, context.fonts.body->FontSize, ImVec2(at.x, at.y + 2 * s), theme::rgb(theme::kText),
                  shown.c_str());
    const float share = whole ? static_cast<float>(part) / static_cast<float>(whole) : 0.0f;
    draw->AddRectFilled(ImVec2(at.x + label_w, at.y + 4 * s), ImVec2(at.x + label_w + bar_w, at.y + height - 4 * s),
                        theme::rgb(0xe4e7ec), 4 * s);
    draw->AddRectFilled(ImVec2(at.x + label_w, at.y + 4 * s),
                        ImVec2(at.x + label_w + bar_w * share, at.y + height - 4 * s), theme::rgb(theme::kAccent), 4 * s);
    draw->AddText(context.fonts.strong, context.fonts.strong->FontSize, ImVec2(at.x + label_w + bar_w + 12 * s, at.y + 2 * s),
                  theme::rgb(theme::kText), caption.c_str());
    ImGui::Dummy(ImVec2(width, height + 4 * s));
}

std::string share_text(std::size_t part, std::size_t whole) {
    return ui_text("dashboard.part-of", {{"part", std::to_string(part)}, {"whole", std::to_string(whole)}});
}

}  // namespace

// The facilitator's view of a session: how the group did, objective by
// objective, with a group-only view that hides nicknames for the projector.
UiAction draw_dashboard(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    UiAction action;
    const SessionStats* stats = state.dashboard_stats();
    const float width = std::min(area.width() - 60 * s, 1100 * s);
    Rect page{{area.min.x + (area.width() - width) / 2, area.min.y + 20 * s},
              {area.min.x + (area.width() + width) / 2, area.max.y - 16 * s}};
    begin_area("dashboard", page, theme::kBackground, true);
    const float inner = width - ImGui::GetStyle().ScrollbarSize;
    wrapped_text(context.fonts.title, theme::kText, ui_text("dashboard.title", {{"session", state.dashboard_session()}}), inner - 680 * s);
    ImGui::SameLine(inner - 670 * s);
    if (filled_button(ui_text("dashboard.new-session").c_str(), ImVec2(208 * s, 48 * s), theme::kAccent, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenSessionSetup);
    ImGui::SameLine(0, 12 * s);
    if (filled_button(ui_text(state.group_view() ? "dashboard.show-nicknames" : "dashboard.group-view").c_str(), ImVec2(210 * s, 48 * s), 0x3a5573,
                      context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::ToggleGroupView);
    ImGui::SameLine(0, 12 * s);
    if (filled_button(ui_text("dashboard.lock").c_str(), ImVec2(220 * s, 48 * s), 0x5d6b7d, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::LockDashboard);

    // Sessions on this computer, newest last.
    for (const auto& code : state.dashboard_sessions()) {
        const bool chosen = code == state.dashboard_session();
        ImGui::PushID(code.c_str());
        if (filled_button(code.c_str(), ImVec2(text_size(context.fonts.strong, code).x + 36 * s, 40 * s),
                          chosen ? theme::kAccent : 0xd5dbe3, context.fonts.strong, s, chosen ? 0xffffff : theme::kText))
            action = {UiAction::Kind::ShowSession, 0, code};
        ImGui::PopID();
        ImGui::SameLine(0, 8 * s);
    }
    ImGui::NewLine();
    if (!state.dashboard_session().empty() &&
        filled_button(ui_text("dashboard.projector").c_str(), ImVec2(400 * s, 48 * s), theme::kGood, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenProjectorSetup);
    // Retention: nothing kept about young people longer than needed.
    if (!state.old_sessions().empty()) {
        wrapped_text(context.fonts.body, theme::kCaution,
                     ui_text(state.old_sessions().size() == 1 ? "dashboard.old-sessions-one" : "dashboard.old-sessions",
                             {{"count", std::to_string(state.old_sessions().size())}}),
                     inner - 300 * s);
        ImGui::SameLine(inner - 290 * s);
        if (filled_button(ui_text("dashboard.delete-old").c_str(), ImVec2(280 * s, 44 * s), theme::kDanger, context.fonts.small, s))
            action = UiAction::of(UiAction::Kind::DeleteOldSessions);
    }
    draw_learning_gain(context, state.dashboard_gain(), inner);
    if (!stats || stats->plays == 0) {
        wrapped_text(context.fonts.body, theme::kMutedText, ui_text("dashboard.no-plays"), inner);
        ImGui::EndChild();
        return action;
    }
    const std::string summary =
        ui_text("dashboard.summary", {{"players", std::to_string(stats->players)}, {"plays", std::to_string(stats->plays)},
                                      {"finished", std::to_string(stats->finished)}, {"safe", std::to_string(stats->safe)}});
    wrapped_text(context.fonts.body, theme::kText, summary, inner);

    ImGui::Dummy(ImVec2(0, 8 * s));
    wrapped_text(context.fonts.strong, theme::kText, ui_text("dashboard.objectives"), inner);
    for (const auto& share : stats->objectives) {
        const Objective* objective = find_objective(share.objective);
        bar_row(context, share.objective + "  " + (objective ? objective_title(*objective) : ""), share.met, share.taught,
                share_text(share.met, share.taught), inner);
    }
    ImGui::Dummy(ImVec2(0, 8 * s));
    wrapped_text(context.fonts.strong, theme::kText, ui_text("dashboard.endings"), inner);
    for (const auto& [title, count] : stats->endings)
        bar_row(context, title, count, stats->finished, std::to_string(count), inner);
    if (!stats->turn_seconds.empty()) {
        auto seconds = [](double value) {
            char text[32];
            std::snprintf(text, sizeof text, "%.1f", value);
            return std::string(text);
        };
        const std::string turn = ui_text("dashboard.turn-seconds",
                                         {{"median", seconds(stats->turn_seconds[stats->turn_seconds.size() / 2])},
                                          {"fastest", seconds(stats->turn_seconds.front())},
                                          {"slowest", seconds(stats->turn_seconds.back())}});
        ImGui::Dummy(ImVec2(0, 8 * s));
        wrapped_text(context.fonts.body, theme::kText, turn, inner);
    }
    ImGui::Dummy(ImVec2(0, 8 * s));
    wrapped_text(context.fonts.strong, theme::kText, ui_text("dashboard.choices"), inner);
    for (const auto& point : stats->choices) {
        wrapped_text(context.fonts.small, theme::kMutedText,
                     point.scenario + ": " + point.node +
                         (point.class_votes ? "  (" + point.class_votes_note() + ")" : std::string()),
                     inner);
        for (const auto& [text, count] : point.chosen) bar_row(context, text, count, point.total, std::to_string(count), inner);
    }
    if (!state.group_view()) {
        ImGui::Dummy(ImVec2(0, 8 * s));
        wrapped_text(context.fonts.strong, theme::kText, ui_text("dashboard.players"), inner);
        for (const auto& play : state.dashboard_plays())
            wrapped_text(context.fonts.body, theme::kText,
                         play.player + "  \xC2\xB7  " + play.scenario + "  \xC2\xB7  " +
                             (play.ending.empty() ? ui_text("dashboard.not-finished")
                                                  : ui_text("dashboard.play-ending",
                                                            {{"ending", play.ending},
                                                             {"points", std::to_string(play.total)},
                                                             {"max", std::to_string(play.max)}})),
                         inner);
    }
    ImGui::Dummy(ImVec2(0, 12 * s));
    // Deleting needs a deliberate second press: the button asks first.
    static std::string confirming;
    const std::string& code = state.dashboard_session();
    if (confirming != code) {
        if (filled_button(ui_text("dashboard.delete-session").c_str(), ImVec2(260 * s, 44 * s), 0x5d6b7d, context.fonts.small, s))
            confirming = code;
    } else {
        if (filled_button(ui_text("dashboard.delete-confirm", {{"session", code}}).c_str(), ImVec2(420 * s, 44 * s),
                          theme::kDanger, context.fonts.small, s)) {
            action = {UiAction::Kind::DeleteSession, 0, code};
            confirming.clear();
        }
        ImGui::SameLine(0, 12 * s);
        if (filled_button(ui_text("dashboard.keep").c_str(), ImVec2(160 * s, 44 * s), 0x5d6b7d, context.fonts.small, s)) confirming.clear();
    }
    ImGui::Dummy(ImVec2(0, 16 * s));
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
