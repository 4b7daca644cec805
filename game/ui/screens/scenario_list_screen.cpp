#include <algorithm>

#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

const std::string& track_label(const std::string& track) {
    return ui_text(is_track(track) ? "track." + track : "track.all");
}

// Tabs along the top, one per audience track; the chosen one is filled.
UiAction draw_track_tabs(const ScreenContext& context) {
    const float s = context.scale;
    UiAction action;
    std::vector<std::string> tracks{""};
    for (const char* track : kTracks) tracks.emplace_back(track);
    const float left = ImGui::GetCursorPosX(), right = left + ImGui::GetContentRegionAvail().x;
    float x = left;
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        const bool chosen = context.state.track() == tracks[i];
        const char* label = track_label(tracks[i]).c_str();
        const float w = text_size(context.fonts.strong, label).x + 36 * s;
        // Tabs wrap onto a new line at large text sizes instead of running off the edge.
        if (i > 0 && x + 10 * s + w <= right) {
            ImGui::SameLine(0, 10 * s);
            x += 10 * s;
        } else if (i > 0) {
            ImGui::SetCursorPosX(left);
            x = left;
        }
        x += w;
        ImGui::PushID(static_cast<int>(i));
        if (filled_button(label, ImVec2(w, 44 * s), chosen ? theme::kAccent : 0xd5dbe3, context.fonts.strong, s,
                          chosen ? 0xffffff : theme::kText))
            action = {UiAction::Kind::FilterTrack, 0, tracks[i]};
        ImGui::PopID();
    }
    return action;
}

std::string audience_text(const Scenario& scenario) {
    std::string text;
    for (const auto& track : scenario.audience) text += std::string(text.empty() ? "" : ", ") + track_label(track);
    return text;
}

// Joining a class and the facilitator's results sit beside the heading: in a
// classroom they are the first thing a player or teacher looks for.
UiAction draw_heading(const ScreenContext& context, float width) {
    const float s = context.scale;
    const GameState& state = context.state;
    UiAction action;
    const std::string& join = ui_text("list.join");
    const std::string& facilitator = ui_text("list.facilitator");
    const float gap = 12 * s;
    const float join_w = button_width(context.fonts.strong, join.c_str(), 200 * s);
    const float facilitator_w = button_width(context.fonts.strong, facilitator.c_str(), 200 * s);
    const float buttons_w = state.recording() ? join_w + gap + facilitator_w : 0;
    const std::string& title = ui_text("list.title");
    const bool beside = text_size(context.fonts.title, title).x + buttons_w + 24 * s <= width;
    wrapped_text(context.fonts.title, theme::kText, title, beside ? width - buttons_w - 24 * s : width);
    if (state.recording()) {
        if (beside) ImGui::SameLine(width - buttons_w);
        if (filled_button(join.c_str(), ImVec2(join_w, 44 * s), theme::kAccent, context.fonts.strong, s))
            action = UiAction::of(UiAction::Kind::OpenJoin);
        ImGui::SameLine(0, gap);
        if (filled_button(facilitator.c_str(), ImVec2(facilitator_w, 44 * s), 0x3a5573, context.fonts.strong, s))
            action = UiAction::of(UiAction::Kind::OpenDashboard);
        if (!state.own_results())
            wrapped_text(context.fonts.small, theme::kMutedText,
                         ui_text("list.playing-in-session",
                                 {{"session", state.record_session()}, {"player", state.record_player()}}),
                         width);
    }
    return action;
}

}  // namespace

UiAction draw_scenario_list(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const float list_w = std::min(area.width() - 80 * s, 1000 * s);
    Rect list{{area.min.x + (area.width() - list_w) / 2, area.min.y + 24 * s},
              {area.min.x + (area.width() + list_w) / 2, area.max.y - 16 * s}};
    begin_area("scenario-list", list, theme::kBackground, true);
    // The room beside the scroll bar, once the list is longer than the screen
    // (on a phone it always is): nothing is drawn under the bar.
    const float width = ImGui::GetContentRegionAvail().x;
    keep_first(action, draw_heading(context, width));
    wrapped_text(context.fonts.body, theme::kMutedText, ui_text("list.intro"), width);
    ImGui::Dummy(ImVec2(0, 8 * s));
    // A session's own list of scenarios replaces the audience tabs.
    if (context.state.session_scenarios().empty()) keep_first(action, draw_track_tabs(context));
    if (context.state.after_check_due()) {
        wrapped_text(context.fonts.body, theme::kText,
                     ui_text("list.check-after"),
                     width - 360 * s);
        ImGui::SameLine(width - 350 * s);
        if (filled_button(ui_text("check.answer-again").c_str(), ImVec2(340 * s, 48 * s), theme::kGood, context.fonts.strong, s))
            action = {UiAction::Kind::StartCheck, 0, "post"};
    }
    ImGui::Dummy(ImVec2(0, 8 * s));

    const auto& catalogue = context.state.catalogue();
    bool first_shown = true;
    if (catalogue.empty())
        wrapped_text(context.fonts.body, theme::kDanger,
                     ui_text("list.none-found"), width);
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        const auto& entry = catalogue[i];
        // Files with errors show under every track, so they are never missed.
        if (entry.scenario && !context.state.offered(*entry.scenario)) continue;
        ImGui::PushID(static_cast<int>(i));
        const float pad = 24 * s, button_w = 150 * s, text_w = width - button_w - pad * 3;
        std::string title = entry.scenario ? entry.scenario->title : entry.path;
        std::string detail = entry.scenario ? entry.scenario->summary
                                            : ui_text("list.has-errors",
                                                      {{"problem", entry.problems.empty() ? ui_text("list.unknown-problem")
                                                                                         : entry.problems.front().message}});
        std::string meta;
        if (entry.scenario) {
            const std::size_t objectives = entry.scenario->objectives.size();
            meta = ui_text(objectives == 1 ? "list.objectives-one" : "list.objectives", {{"count", std::to_string(objectives)}});
            if (entry.scenario->minutes > 0) meta += "  \xC2\xB7  " + ui_text("list.minutes", {{"minutes", std::to_string(entry.scenario->minutes)}});
            meta += "  \xC2\xB7  " + ui_text("list.age", {{"age", std::to_string(entry.scenario->min_age)}});
            if (!entry.scenario->audience.empty()) meta += "  \xC2\xB7  " + ui_text("list.for", {{"audiences", audience_text(*entry.scenario)}});
            if (!entry.scenario->content_note.empty()) meta += "\n" + ui_text("list.content-note", {{"note", entry.scenario->content_note}});
        }
        // A play left unfinished (closed window, power cut) can be carried on.
        const bool resumable = entry.scenario && context.state.can_resume(entry.scenario->id);
        const float buttons_h = resumable ? 52 * s * 2 + 10 * s : 52 * s;
        const float height = std::max(pad * 2 + buttons_h,
                                      pad * 2 + text_height(context.fonts.strong, title, text_w) +
                                          text_height(context.fonts.body, detail, text_w) +
                                          (meta.empty() ? 0 : text_height(context.fonts.small, meta, text_w)) + 12 * s);
        ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + width, top.y + height),
                                                  theme::rgb(theme::kPanel), 14 * s);
        ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad));
        ImGui::BeginGroup();
        wrapped_text(context.fonts.strong, theme::kText, title, text_w);
        wrapped_text(context.fonts.body, entry.scenario ? theme::kText : theme::kDanger, detail, text_w);
        if (!meta.empty()) wrapped_text(context.fonts.small, theme::kMutedText, meta, text_w);
        ImGui::EndGroup();
        if (entry.scenario) {
            ImGui::SetCursorScreenPos(ImVec2(top.x + width - button_w - pad, top.y + (height - buttons_h) / 2));
            if (resumable) {
                if (filled_button(ui_text("list.carry-on").c_str(), ImVec2(button_w, 52 * s), theme::kAccent, context.fonts.strong, s))
                    action = {UiAction::Kind::ResumeScenario, i, {}};
                if (first_shown && ImGui::IsWindowAppearing()) {
                    ImGui::SetKeyboardFocusHere(-1);
                    keep_heading_in_view();
                }
                ImGui::SetCursorScreenPos(ImVec2(top.x + width - button_w - pad, ImGui::GetCursorScreenPos().y + 10 * s));
            }
            if (filled_button(ui_text(resumable ? "list.start-again" : "list.play").c_str(), ImVec2(button_w, 52 * s),
                              resumable ? 0x5d6b7d : theme::kAccent, context.fonts.strong, s))
                action = {UiAction::Kind::StartScenario, i, {}};
            if (first_shown && !resumable && ImGui::IsWindowAppearing()) {
                ImGui::SetKeyboardFocusHere(-1);
                keep_heading_in_view();
            }
            first_shown = false;
        }
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + height + 14 * s));
        ImGui::Dummy(ImVec2(0, 0));
        ImGui::PopID();
    }
    // Privacy, in the learner's hands: where results are kept, and a way to clear them.
    ImGui::Dummy(ImVec2(0, 6 * s));
    const GameState& state = context.state;
    if (!state.records_problem().empty()) {
        wrapped_text(context.fonts.small, theme::kDanger, ui_text("list.not-saving", {{"problem", state.records_problem()}}), width);
    }
    if (state.records_waiting())
        wrapped_text(context.fonts.small, theme::kMutedText, ui_text("list.records-waiting"), width);
    if (state.own_results()) {
        wrapped_text(context.fonts.small, theme::kMutedText,
                     state.results_note().empty()
                         ? ui_text("list.results-kept")
                         : state.results_note(),
                     width - 260 * s);
        ImGui::SameLine(width - 250 * s);
        if (filled_button(ui_text("list.delete-results").c_str(), ImVec2(240 * s, 44 * s), 0x5d6b7d, context.fonts.small, s))
            action = UiAction::of(UiAction::Kind::DeleteMyResults);
    }
    ImGui::Dummy(ImVec2(0, 12 * s));
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
