#include <algorithm>
#include <cstdio>

#include "app/ui_text.h"
#include "ui/chat_thread.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

// The contact's name and avatar open their profile card, as in real apps:
// that is where the account ID is.
UiAction draw_header(const ScreenContext& context, const Rect& area, const CastMember* contact, bool threat) {
    const float s = context.scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(threat ? 0x5c1a16 : theme::kPanel), 16 * s,
                        ImDrawFlags_RoundCornersTop);
    draw->AddLine(ImVec2(area.min.x, area.max.y), area.max, theme::rgb(0xd5dbe3), 1.0f * s);
    if (!contact) return {};
    const float radius = 24 * s;
    ImVec2 centre(area.min.x + 22 * s + radius, (area.min.y + area.max.y) / 2);
    draw_avatar(draw, centre, radius, contact->avatar_rgb, contact->initials(), context.fonts.strong);
    const Pacer& pacer = context.state.pacer();
    const bool typing = pacer.typing(*context.state.run());
    std::string status = ui_text(typing ? "chat.typing" : "chat.active");
    const float text_x = centre.x + radius + 14 * s;
    const unsigned ink = threat ? 0xffffff : theme::kText;
    // Name above status, centred together, at any text size.
    const float name_h = context.fonts.strong->FontSize, status_h = context.fonts.small->FontSize;
    const float name_y = centre.y - (name_h + status_h) / 2, status_y = name_y + name_h;
    layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize, ImVec2(text_x, name_y),
                  theme::rgb(ink), contact->name.c_str());
    if (!typing)
        draw->AddCircleFilled(ImVec2(text_x + 5 * s, status_y + status_h / 2), 5 * s, theme::rgb(theme::kOnline));
    layout::add_text(draw, context.fonts.small, context.fonts.small->FontSize,
                  ImVec2(text_x + (typing ? 0 : 15 * s), status_y),
                  theme::rgb(threat ? 0xf3c7c3 : theme::kMutedText), status.c_str());
    const float name_w = std::max(text_size(context.fonts.strong, contact->name).x, 160 * s);
    ImGui::SetCursorScreenPos(ImVec2(area.min.x + 12 * s, area.min.y + 8 * s));
    const bool open = ImGui::InvisibleButton("open-profile", ImVec2(text_x + name_w - area.min.x, area.height() - 16 * s));
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    focus_ring(s, ui_text("chat.open-profile-focus", {{"name", contact->name}}));
    const char* hint = ui_text("chat.view-profile").c_str();
    ImVec2 hint_size = text_size(context.fonts.small, hint);
    layout::add_text(draw, context.fonts.small, context.fonts.small->FontSize,
                  ImVec2(area.max.x - hint_size.x - 24 * s, centre.y - hint_size.y / 2),
                  theme::rgb(threat ? 0xf3c7c3 : theme::kAccent), hint);
    if (open) return {UiAction::Kind::Choose, 0, "profile:" + contact->id};
    return {};
}

// The blackmailer's clock: how long is "left", and what they are demanding.
// Tall enough for the label over the clock at any text size; 0 with no countdown showing.
float countdown_banner_height(const ScreenContext& context) {
    const Run& run = *context.state.run();
    if (!run.countdown() || !context.state.pacer().settled()) return 0;
    const float label_h = context.fonts.small->FontSize, clock_h = context.fonts.title->FontSize * 0.8f;
    return std::max(54 * context.scale, 6 * context.scale + label_h + clock_h + 8 * context.scale);
}

float chat_header_height(const ScreenContext& context) {
    return std::max(76 * context.scale, context.fonts.strong->FontSize + context.fonts.small->FontSize + 20 * context.scale);
}

void draw_countdown_banner(const ScreenContext& context, Rect& area) {
    const float s = context.scale;
    const Run& run = *context.state.run();
    const Countdown* countdown = run.countdown();
    if (!countdown || !context.state.pacer().settled()) return;
    const float label_h = context.fonts.small->FontSize;
    const float height = countdown_banner_height(context);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, ImVec2(area.max.x, area.min.y + height), theme::rgb(0x3a0f0c));
    const int left = static_cast<int>(run.countdown_left() + 0.999);
    char clock[16];
    std::snprintf(clock, sizeof clock, "%02d:%02d", left / 60, left % 60);
    std::string label = ui_text(!context.state.settings().timers ? "countdown.timer-off"
                                : context.state.paused()        ? "countdown.paused"
                                : left == 0                     ? "countdown.passed"
                                                                : "countdown.deadline-label");
    layout::add_text(draw, context.fonts.small, context.fonts.small->FontSize, ImVec2(area.min.x + 22 * s, area.min.y + 6 * s),
                  theme::rgb(0xf3c7c3), label.c_str());
    layout::add_text(draw, context.fonts.title, context.fonts.title->FontSize * 0.8f,
                  ImVec2(area.min.x + 22 * s, area.min.y + 6 * s + label_h), theme::rgb(0xffffff), clock);
    if (const std::string demanded = run.demanded(); !demanded.empty()) {
        std::string amount = ui_text("countdown.demand", {{"amount", demanded}});
        ImVec2 size = text_size(context.fonts.strong, amount);
        layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                      ImVec2(area.max.x - size.x - 22 * s, area.min.y + (height - size.y) / 2), theme::rgb(0xffd7d2),
                      amount.c_str());
    }
    // The bar drains as time runs out.
    const float share = static_cast<float>(run.countdown_left() / countdown->seconds);
    draw->AddRectFilled(ImVec2(area.min.x, area.min.y + height - 4 * s), ImVec2(area.min.x + area.width() * share, area.min.y + height),
                        theme::rgb(theme::kDanger));
    area.min.y += height;
}

UiAction draw_thread(const ScreenContext& context, const Rect& area, const std::string& contact) {
    UiAction action;
    if (area.height() <= 0) return action;  // ImGui would take it as "fill the rest", over the replies
    const float s = context.scale;
    const Run& run = *context.state.run();
    const Pacer& pacer = context.state.pacer();
    begin_area("thread", area, theme::kPanel, true);
    layout::note_follows_end();  // a chat opens at its latest message
    ImGui::Dummy(ImVec2(0, 12 * s));
    const float width = area.width() - ImGui::GetStyle().ScrollbarSize;
    for (const auto& item : thread_items(run, pacer.revealed(), contact))
        if (draw_thread_item(item, width, context.fonts, s)) action = {UiAction::Kind::Choose, 0, "flag:" + item.flag_id};
    if (pacer.typing(run) && run.events()[pacer.revealed()].contact == contact)
        draw_typing_bubble(context.now, context.fonts, s);
    // Follow new messages as they arrive, as a messenger does.
    // ImGui's per-window storage remembers how many were shown last frame.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID shown_key = ImGui::GetID("shown");
    const int shown = static_cast<int>(pacer.revealed());
    if (storage->GetInt(shown_key, -1) != shown || pacer.typing(run)) ImGui::SetScrollHereY(1.0f);
    storage->SetInt(shown_key, shown);
    ImGui::EndChild();
    return action;
}

}  // namespace

UiAction draw_messenger(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    const Run& run = *state.run();
    const Node* node = state.showing_node();
    const Screen screen = node ? node->screen : Screen::Chat;
    const CastMember* contact = run.contact();
    const RunEvent* latest = state.latest_event();
    if (latest && !latest->contact.empty()) contact = run.scenario().find_cast(latest->contact);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(theme::kPanel), 16 * s);
    UiAction action;

    float reply_h = reply_area_height(context, area.width(), area.height());
    if (shows_conversation(screen)) {
        // The header, the deadline and demand, and two lines of the latest
        // messages always show above the replies (or the class's votes),
        // which scroll instead: at large text they once left the thread a
        // negative height, and ImGui took that as "fill the rest".
        const float above = chat_header_height(context) + countdown_banner_height(context) + 5 * s +
                            context.fonts.body->FontSize * 2.5f + 40 * s;
        reply_h = std::max(std::min(reply_h, area.height() - above), std::min(reply_h, area.height() * 0.25f));
    }
    Rect reply{{area.min.x, area.max.y - reply_h}, area.max};
    Rect scene{area.min, {area.max.x, reply.min.y}};

    switch (screen) {
        case Screen::FriendRequest: keep_first(action, draw_friend_request(context, scene)); break;
        case Screen::VideoCall: draw_incoming_call(context, scene); break;
        case Screen::Call: keep_first(action, draw_in_call(context, scene)); break;
        case Screen::Cut: draw_cut(context, scene); break;
        case Screen::AccountSettings: keep_first(action, draw_account_settings(context, scene)); break;
        case Screen::ReportForm: keep_first(action, draw_report_form(context, scene)); break;
        case Screen::MoneyTransfer: keep_first(action, draw_money_transfer(context, scene)); break;
        case Screen::Block: keep_first(action, draw_block(context, scene)); break;
        case Screen::TellSomeone: keep_first(action, draw_tell_someone(context, scene)); break;
        case Screen::CallPolice: keep_first(action, draw_call_police(context, scene)); break;
        case Screen::Chat:
        case Screen::Blackmail: {
            const bool threat = screen == Screen::Blackmail;
            const float header_h = chat_header_height(context);
            Rect header{scene.min, {scene.max.x, scene.min.y + header_h}};
            keep_first(action, draw_header(context, header, contact, threat));
            Rect thread{{scene.min.x, header.max.y}, scene.max};
            draw_countdown_banner(context, thread);
            if (threat) {
                // A thin alarm edge: the tone of the conversation has changed.
                draw->AddRectFilled(thread.min, ImVec2(thread.max.x, thread.min.y + 5 * s), theme::rgb(theme::kDanger));
                thread.min.y += 5 * s;
            }
            keep_first(action, draw_thread(context, thread, contact ? contact->id : std::string()));
            break;
        }
    }
    if (run.open_profile()) keep_first(action, draw_profile_card(context, scene));
    keep_first(action, draw_reply_area(context, reply));
    return action;
}

}  // namespace secondlook
