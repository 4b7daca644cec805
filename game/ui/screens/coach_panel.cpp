#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "core/objectives.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

std::string stage_title(const Scenario& scenario, Stage stage) {
    switch (stage) {
        case Stage::Research: return ui_text("stage.research");
        case Stage::Contact: return ui_text("stage.contact");
        case Stage::BuildUp: return ui_text("stage.build-up");
        case Stage::PlatformMove: return ui_text("stage.platform-move");
        case Stage::Ask: return ui_text("stage.ask");
        case Stage::Turn: return ui_text("stage.turn");
        case Stage::Aftermath: return side_text(scenario, "stage.aftermath");
        case Stage::None: break;
    }
    return "";
}

unsigned tone_colour(Tone tone) {
    switch (tone) {
        case Tone::Good: return theme::kGood;
        case Tone::Caution: return theme::kCaution;
        case Tone::Neutral: break;
    }
    return theme::kAccent;
}

const char* tone_label(Tone tone) {
    switch (tone) {
        case Tone::Good: return ui_text("coach.good").c_str();
        case Tone::Caution: return ui_text("coach.caution").c_str();
        case Tone::Neutral: break;
    }
    return ui_text("coach.neutral").c_str();
}

}  // namespace

// Beside the messenger: the stage of the approach and the feedback on the
// player's last reply, in a kind voice.
void draw_coach_panel(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    begin_area("coach", area, theme::kPanel, true);
    const float pad = 24 * s, wrap = area.width() - pad * 2 - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorPos(ImVec2(pad, pad));
    wrapped_text(context.fonts.strong, theme::kAccent, ui_text("coach.heading"), wrap);

    if (Stage stage = context.state.current_stage(); stage != Stage::None) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, theme::kMutedText, stage_title(context.state.run()->scenario(), stage), wrap);
    }
    ImGui::Dummy(ImVec2(0, 6 * s));

    const auto reply = context.state.latest_feedback();
    if (!reply) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.body, theme::kText,
                     context.state.projector()
                         ? ui_text("coach.intro-class")
                         : ui_text("coach.intro"),
                     wrap);
    } else {
        ImGui::SetCursorPosX(pad);
        ImVec2 top = ImGui::GetCursorScreenPos();
        const unsigned colour = tone_colour(reply->tone);
        const float card_pad = 16 * s, card_wrap = wrap - card_pad * 2;
        const std::string& chose = reply->what;
        const float height = text_height(context.fonts.strong, tone_label(reply->tone), card_wrap) +
                             text_height(context.fonts.small, chose, card_wrap) +
                             text_height(context.fonts.body, reply->feedback, card_wrap) + card_pad * 2 + 16 * s;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(top, ImVec2(top.x + wrap, top.y + height), theme::rgb(colour, 0.09f), 12 * s);
        draw->AddRectFilled(top, ImVec2(top.x + 6 * s, top.y + height), theme::rgb(colour), 12 * s,
                            ImDrawFlags_RoundCornersLeft);
        ImGui::SetCursorScreenPos(ImVec2(top.x + card_pad, top.y + card_pad));
        ImGui::BeginGroup();
        wrapped_text(context.fonts.strong, colour, tone_label(reply->tone), card_wrap);
        wrapped_text(context.fonts.small, theme::kMutedText, chose, card_wrap);
        wrapped_text(context.fonts.body, theme::kText, reply->feedback, card_wrap);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + height + 12 * s));
        if (!reply->awarded.empty()) {
            std::string learnt;
            for (const auto& award : reply->awarded) {
                const Objective* objective = find_objective(award.objective);
                learnt += "+" + std::to_string(award.points) + "  " + award.objective +
                          (objective ? "  " + objective_title(*objective) : "") + "\n";
            }
            learnt.pop_back();
            ImGui::SetCursorPosX(pad);
            wrapped_text(context.fonts.small, theme::kGood, learnt, wrap);
        }
    }
    ImGui::Dummy(ImVec2(0, 12 * s));
    ImGui::SetCursorPosX(pad);
    if (context.state.projector())
        wrapped_text(context.fonts.small, theme::kMutedText,
                     ui_text("coach.keys-class"),
                     wrap);
    else
        wrapped_text(context.fonts.small, theme::kMutedText,
                 ui_text("coach.keys"),
                 wrap);
    ImGui::EndChild();
}

}  // namespace secondlook
