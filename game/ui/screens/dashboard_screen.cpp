#include <algorithm>
#include <cstdio>

#include "app/ui_text.h"
#include "core/objectives.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

// One labelled bar: what share of `whole` the `part` is, with a caption.
// A label too long for its column (large text, a long objective) goes on
// lines of its own above its bar, in full.
void bar_row(const ScreenContext& context, const std::string& label, std::size_t part, std::size_t whole,
             const std::string& caption, float width) {
    const float s = context.scale;
    ImFont* body = context.fonts.body;
    const float height = std::max(30 * s, body->FontSize + 4 * s);
    const float caption_w = text_size(context.fonts.strong, caption).x + 12 * s;
    const bool beside = text_size(body, label).x <= width * 0.42f - 12 * s;
    const float label_w = width * 0.42f;  // the bars line up in one column
    const float bar_w = std::min(width * 0.40f, width - label_w - caption_w);
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    layout::add_text(draw, body, body->FontSize, ImVec2(at.x, at.y + 2 * s), theme::rgb(theme::kText), label.c_str(), nullptr,
                  beside ? 0.0f : width);
    if (!beside) at.y += text_height(body, label, width) + 4 * s;
    const float bar_top = at.y + (height - 22 * s) / 2, bar_bottom = bar_top + 22 * s;
    const float share = whole ? static_cast<float>(part) / static_cast<float>(whole) : 0.0f;
    draw->AddRectFilled(ImVec2(at.x + label_w, bar_top), ImVec2(at.x + label_w + bar_w, bar_bottom),
                        theme::rgb(0xe4e7ec), 4 * s);
    draw->AddRectFilled(ImVec2(at.x + label_w, bar_top), ImVec2(at.x + label_w + bar_w * share, bar_bottom),
                        theme::rgb(theme::kAccent), 4 * s);
    layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                  ImVec2(at.x + label_w + bar_w + 12 * s, at.y + (height - context.fonts.strong->FontSize) / 2),
                  theme::rgb(theme::kText), caption.c_str());
    ImGui::Dummy(ImVec2(width, at.y - ImGui::GetCursorScreenPos().y + height + 4 * s));
}


std::string share_text(std::size_t part, std::size_t whole) {
    return ui_text("dashboard.part-of", {{"part", std::to_string(part)}, {"whole", std::to_string(whole)}});
}

// Other machines' records: a folder the facilitator copies them into (or a
// network share), merged into what the dashboard shows.
UiAction draw_shared_folder(const ScreenContext& context, float width) {
    const float s = context.scale;
    const GameState& state = context.state;
    UiAction action;
    static char folder[512] = "";
    if (ImGui::IsWindowAppearing()) std::snprintf(folder, sizeof folder, "%s", state.shared_folder().c_str());
    const float field_w = std::min(width, 760 * s);
    const bool entered = labelled_text_field(context.fonts, s, ui_text("dashboard.shared-label"), "##shared-folder",
                                             folder, sizeof folder, field_w);
    if (filled_button(ui_text("dashboard.shared-show").c_str(), ImVec2(160 * s, 44 * s), theme::kAccent,
                      context.fonts.strong, s) || entered)
        action = {UiAction::Kind::SetSharedFolder, 0, folder};
    if (!state.shared_folder().empty()) {
        ImGui::SameLine(0, 12 * s);
        if (filled_button(ui_text("dashboard.shared-clear").c_str(), ImVec2(300 * s, 44 * s), 0x5d6b7d,
                          context.fonts.strong, s)) {
            folder[0] = '\0';
            action = {UiAction::Kind::SetSharedFolder, 0, ""};
        }
    }
    if (!state.shared_folder_problem().empty())
        wrapped_text(context.fonts.small, theme::kDanger, state.shared_folder_problem(), width);
    else if (state.dashboard_files() > 1)
        wrapped_text(context.fonts.small, theme::kMutedText,
                     ui_text("dashboard.shared-files", {{"count", std::to_string(state.dashboard_files())}}), width);
    return action;
}

// The session shown, handed over as a file: a download in the browser, a
// file in the exports folder on the desktop; then where it went, or why not.
UiAction draw_exports(const ScreenContext& context, float width) {
    const float s = context.scale;
    UiAction action;
    bool first = true;
    for (const auto& [format, label] : {std::pair{"csv", "dashboard.export-csv"}, std::pair{"xapi", "dashboard.export-xapi"},
                                        std::pair{"report", "dashboard.export-report"}}) {
        const char* text = ui_text(label).c_str();
        const float button_w = button_width(context.fonts.strong, text, 200 * s);
        if (!first) same_line_if_fits(button_w, width, 12 * s);
        first = false;
        if (filled_button(text, ImVec2(button_w, 44 * s), 0x3a5573, context.fonts.strong, s))
            action = {UiAction::Kind::ExportSession, 0, format};
    }
    const GameState& state = context.state;
    if (!state.export_note().empty())
        wrapped_text(context.fonts.small, state.export_failed() ? theme::kDanger : theme::kMutedText, state.export_note(),
                     width);
    return action;
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
    const char* new_label = ui_text("dashboard.new-session").c_str();
    const char* group_label = ui_text(state.group_view() ? "dashboard.show-nicknames" : "dashboard.group-view").c_str();
    const char* lock_label = ui_text("dashboard.lock").c_str();
    const float new_w = button_width(context.fonts.strong, new_label, 208 * s), group_w = button_width(context.fonts.strong, group_label, 210 * s),
                lock_w = button_width(context.fonts.strong, lock_label, 220 * s), gap = 12 * s;
    const float buttons_w = new_w + group_w + lock_w + gap * 2;
    const std::string title = ui_text("dashboard.title", {{"session", state.dashboard_session()}});
    // The buttons sit beside the title while there is room for both.
    const bool beside = text_size(context.fonts.title, title).x + buttons_w + 20 * s <= inner;
    wrapped_text(context.fonts.title, theme::kText, title, beside ? inner - buttons_w - 20 * s : inner);
    if (beside) ImGui::SameLine(inner - buttons_w);
    if (filled_button(new_label, ImVec2(new_w, 48 * s), theme::kAccent, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenSessionSetup);
    same_line_if_fits(group_w, inner, gap);
    if (filled_button(group_label, ImVec2(group_w, 48 * s), 0x3a5573, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::ToggleGroupView);
    same_line_if_fits(lock_w, inner, gap);
    if (filled_button(lock_label, ImVec2(lock_w, 48 * s), 0x5d6b7d, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::LockDashboard);

    // Sessions on this computer, newest last.
    bool first_code = true;
    for (const auto& code : state.dashboard_sessions()) {
        const bool chosen = code == state.dashboard_session();
        const float code_w = text_size(context.fonts.strong, code).x + 36 * s;
        if (!first_code) same_line_if_fits(code_w, inner, 8 * s);
        first_code = false;
        ImGui::PushID(code.c_str());
        if (filled_button(code.c_str(), ImVec2(code_w, 40 * s), chosen ? theme::kAccent : 0xd5dbe3, context.fonts.strong,
                          s, chosen ? 0xffffff : theme::kText))
            action = {UiAction::Kind::ShowSession, 0, code};
        ImGui::PopID();
    }
    if (!state.dashboard_session().empty() &&
        filled_button(ui_text("dashboard.projector").c_str(), ImVec2(400 * s, 48 * s), theme::kGood, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenProjectorSetup);
    if (!state.dashboard_session().empty()) keep_first(action, draw_exports(context, inner));
    keep_first(action, draw_shared_folder(context, inner));
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
                                                             {"max", std::to_string(play.score_max())}})) +
                             (play.early_ending.empty()
                                  ? std::string()
                                  : ui_text("dashboard.play-continued", {{"ending", play.early_ending}})),
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
