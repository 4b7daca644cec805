#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

unsigned outcome_colour(Outcome outcome) {
    switch (outcome) {
        case Outcome::Safe: return theme::kGood;
        case Outcome::Mixed: return theme::kCaution;
        case Outcome::Hard: return theme::kDanger;
    }
    return theme::kAccent;
}

const char* outcome_label(Outcome outcome) {
    switch (outcome) {
        case Outcome::Safe: return ui_text("debrief.ending-safe").c_str();
        case Outcome::Mixed: return ui_text("debrief.ending-mixed").c_str();
        case Outcome::Hard: return ui_text("debrief.ending-hard").c_str();
    }
    return ui_text("debrief.ending").c_str();
}

// One learning objective: a tick when met, an open circle when still to
// practise, a dash when this play never reached it (then it has no points).
void objective_row(const ScreenContext& context, const ObjectiveResult& result, float width) {
    const float s = context.scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 top = ImGui::GetCursorScreenPos();
    const float mark = 26 * s;
    const unsigned colour = result.met() ? theme::kGood : 0x8a94a3;
    ImVec2 centre(top.x + mark / 2, top.y + mark / 2 + 2 * s);
    draw->AddCircleFilled(centre, mark / 2, theme::rgb(colour), 24);
    if (result.met()) {  // a tick
        draw->AddLine(ImVec2(centre.x - 6 * s, centre.y), ImVec2(centre.x - 1 * s, centre.y + 5 * s), theme::rgb(0xffffff), 3 * s);
        draw->AddLine(ImVec2(centre.x - 1 * s, centre.y + 5 * s), ImVec2(centre.x + 7 * s, centre.y - 5 * s), theme::rgb(0xffffff), 3 * s);
    } else if (result.in_play()) {  // an open circle: still to practise
        draw->AddCircle(centre, 5 * s, theme::rgb(0xffffff), 16, 2.5f * s);
    } else {  // a dash: not part of this play
        draw->AddLine(ImVec2(centre.x - 6 * s, centre.y), ImVec2(centre.x + 6 * s, centre.y), theme::rgb(0xffffff), 3 * s);
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x + mark + 12 * s, top.y));
    ImGui::BeginGroup();
    const std::vector<std::pair<std::string_view, std::string>> figures{{"points", std::to_string(result.points)},
                                                     {"best", std::to_string(result.offered)}};
    const std::string heading =
        result.objective->id + "   " +
        (result.met()       ? ui_text("debrief.objective-met", figures)
         : result.in_play() ? ui_text("debrief.objective-to-practise", figures)
                            : ui_text("debrief.objective-not-in-play"));
    wrapped_text(context.fonts.small, result.met() ? theme::kGood : theme::kMutedText, heading, width - mark - 12 * s);
    wrapped_text(context.fonts.body, theme::kText, objective_title(*result.objective), width - mark - 12 * s);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(top.x, ImGui::GetItemRectMax().y + 8 * s));
    ImGui::Dummy(ImVec2(0, 0));
}

// One line of a "done / to do" list; the to-do lines say why they matter.
struct CheckLine {
    bool done = false;
    std::string text;
    std::string why;  // shown under a line not done
};

void check_list(const ScreenContext& context, const std::string& heading, const std::vector<CheckLine>& lines,
                float pad, float wrap) {
    if (lines.empty()) return;
    const float s = context.scale;
    ImGui::Dummy(ImVec2(0, 8 * s));
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.strong, theme::kText, heading, wrap);
    for (const auto& line : lines) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, line.done ? theme::kGood : theme::kCaution, line.text, wrap);
        if (line.done || line.why.empty()) continue;
        ImGui::SetCursorPosX(pad + 16 * s);
        wrapped_text(context.fonts.small, theme::kMutedText, line.why, wrap - 16 * s);
    }
}

// Warning signs caught and missed, and the evidence kept, so the debrief
// teaches rather than marks.
void signs_and_evidence(const ScreenContext& context, const Debrief& debrief, float pad, float wrap) {
    std::vector<CheckLine> signs, evidence;
    for (const auto& sign : debrief.signs)
        signs.push_back({sign.caught, ui_text(sign.caught ? "debrief.sign-flagged" : "debrief.sign-missed", {{"sign", sign.target.text}}),
                         sign.target.sign->why});
    for (const auto& status : debrief.evidence)
        evidence.push_back({status.captured, ui_text(status.captured ? "debrief.evidence-kept" : "debrief.evidence-missing", {{"evidence", status.item->label}}),
                            status.item->hint});
    check_list(context, ui_text("debrief.signs"), signs, pad, wrap);
    check_list(context, ui_text("debrief.evidence"), evidence, pad, wrap);
}

}  // namespace

UiAction draw_debrief(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const Debrief* debrief = context.state.debrief();
    if (!debrief || !debrief->ending) return action;
    const Ending& ending = *debrief->ending;
    const float gap = 20 * s;
    // The help contacts beside the debrief, or under it on an upright screen.
    const Split split = split_beside_or_under(area, std::max(340 * s, area.width() * 0.36f), area.height() * 0.35f, gap);
    const Rect& left = split.main;
    const Rect& right = split.side;

    begin_area("debrief", left, theme::kPanel, true);
    const float pad = 32 * s, wrap = left.width() - pad * 2 - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorPos(ImVec2(pad, pad));
    // The debrief shows once its play is stored (the page's storage takes a moment).
    if (context.state.records_saving()) {
        wrapped_text(context.fonts.title, theme::kText, ui_text("debrief.saving"), wrap);
        ImGui::EndChild();
        return action;
    }
    // Never pretend: a play that could not be stored says so first.
    if (context.state.recording() && !context.state.records_problem().empty()) {
        wrapped_text(context.fonts.strong, theme::kDanger,
                     ui_text("list.not-saving", {{"problem", context.state.records_problem()}}), wrap);
        ImGui::SetCursorPosX(pad);
    }
    wrapped_text(context.fonts.strong, outcome_colour(ending.outcome), outcome_label(ending.outcome), wrap);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.title, theme::kText, ending.title, wrap);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kText, ending.debrief, wrap);
    ImGui::Dummy(ImVec2(0, 10 * s));
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.title, theme::kAccent,
                 ui_text("debrief.points", {{"points", std::to_string(debrief->score.earned)},
                                            {"max", std::to_string(debrief->score.offered)}}),
                 wrap);
    if (debrief->stopped_early) {  // the best result of its path, said as such
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.strong, theme::kGood,
                     ui_text(debrief->replies <= 1 ? "debrief.stopped-first-step" : "debrief.stopped-early"), wrap);
    }
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.small, theme::kMutedText,
                 ui_text("debrief.points-explained"),
                 wrap);
    // The buttons come before the details, so focusing them on arrival keeps
    // the ending's title and message in view.
    ImGui::Dummy(ImVec2(0, 8 * s));
    // An early safe ending offers the rest of the story, told about someone
    // who said yes, so the response is practised at a distance: first, and
    // focused on arrival.
    const Run* run = context.state.run();
    const bool can_continue = run && run->can_continue();
    if (can_continue) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.body, theme::kText, run->node().continues()->intro, wrap);
        ImGui::SetCursorPosX(pad);
        const char* see = ui_text("debrief.see-what-could-have-happened").c_str();
        if (filled_button(see, ImVec2(button_width(context.fonts.strong, see, 320 * s), 52 * s), theme::kGood,
                          context.fonts.strong, s))
            action = {UiAction::Kind::Choose, 0, "continue"};
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
        ImGui::Dummy(ImVec2(0, 4 * s));
    }
    ImGui::SetCursorPosX(pad);
    if (filled_button(ui_text("debrief.play-again").c_str(), ImVec2(200 * s, 52 * s), theme::kAccent, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::PlayAgain);
    if (!can_continue && ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    open_at_top();
    // The row wraps when the text is large or a translation long.
    const float row_end = pad + wrap;
    const char* other = ui_text("debrief.other-scenarios").c_str();
    same_line_if_fits(button_width(context.fonts.strong, other, 240 * s), row_end, 14 * s, pad);
    if (filled_button(other, ImVec2(240 * s, 52 * s), 0x3a5573, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::BackToList);
    if (context.state.after_check_due()) {
        const char* again = ui_text("check.answer-again").c_str();
        same_line_if_fits(button_width(context.fonts.strong, again, 340 * s), row_end, 14 * s, pad);
        if (filled_button(again, ImVec2(340 * s, 52 * s), theme::kGood, context.fonts.strong, s))
            action = {UiAction::Kind::StartCheck, 0, "post"};
    }
    ImGui::Dummy(ImVec2(0, 12 * s));
    // What this play practised first; what it never reached after, as such.
    for (const bool in_play : {true, false})
        for (const auto& result : debrief->objectives())
            if (result.in_play() == in_play) {
                ImGui::SetCursorPosX(pad);
                objective_row(context, result, wrap);
            }
    signs_and_evidence(context, *debrief, pad, wrap);
    ImGui::Dummy(ImVec2(0, pad));
    ImGui::EndChild();

    begin_area("debrief-support", right, theme::kBackground, true);
    draw_support_card(context, right.width() - ImGui::GetStyle().ScrollbarSize);
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
