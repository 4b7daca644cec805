#include "core/objectives.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

const char* stage_title(Stage stage) {
    switch (stage) {
        case Stage::Research: return "Stage: research";
        case Stage::Contact: return "Stage: first contact";
        case Stage::BuildUp: return "Stage: build-up";
        case Stage::PlatformMove: return "Stage: moving to video";
        case Stage::Ask: return "Stage: the ask";
        case Stage::Turn: return "Stage: the turn";
        case Stage::Aftermath: return "Stage: what you do next";
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
        case Tone::Good: return "Good call";
        case Tone::Caution: return "Worth a second look";
        case Tone::Neutral: break;
    }
    return "Think about it";
}

}  // namespace

// Beside the messenger: the stage of the approach and the feedback on the
// player's last reply, in a kind voice.
void draw_coach_panel(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    begin_area("coach", area, theme::kPanel, true);
    const float pad = 24 * s, wrap = area.width() - pad * 2 - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorPos(ImVec2(pad, pad));
    wrapped_text(context.fonts.strong, theme::kAccent, "SECOND LOOK", wrap);

    if (Stage stage = context.state.current_stage(); stage != Stage::None) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, theme::kMutedText, stage_title(stage), wrap);
    }
    ImGui::Dummy(ImVec2(0, 6 * s));

    const auto reply = context.state.latest_feedback();
    if (!reply) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.body, theme::kText,
                     context.state.projector()
                         ? "Read each message together. At each choice, count the votes for each reply, talk it "
                           "over, then go with the class. After each one you will see why it matters."
                         : "Read each message as it arrives. When it is your turn, pick a reply: click it or "
                           "press its number. After each one you will see why it matters.",
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
                          (objective ? "  " + objective->title : "") + "\n";
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
                     "Keys: 1-9 add a vote  \xC2\xB7  D discuss  \xC2\xB7  Enter go with the class  \xC2\xB7  "
                     "S screenshot  \xC2\xB7  E evidence  \xC2\xB7  F1 help  \xC2\xB7  Shift \xC3\x97" "3 quick exit",
                     wrap);
    else
        wrapped_text(context.fonts.small, theme::kMutedText,
                 "Keys: 1-9 reply  \xC2\xB7  S screenshot  \xC2\xB7  E evidence  \xC2\xB7  hold C breathe  \xC2\xB7  "
                 "Space skip wait  \xC2\xB7  F1 help  \xC2\xB7  F2 settings  \xC2\xB7  Shift \xC3\x97" "3 quick exit",
                 wrap);
    ImGui::EndChild();
}

}  // namespace secondlook
