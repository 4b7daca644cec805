#include "ui/chat_thread.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

void draw_header(const ScreenContext& context, const Rect& area, const CastMember* contact, bool threat) {
    const float s = context.scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(threat ? 0x5c1a16 : theme::kPanel), 16 * s,
                        ImDrawFlags_RoundCornersTop);
    draw->AddLine(ImVec2(area.min.x, area.max.y), area.max, theme::rgb(0xd5dbe3), 1.0f * s);
    if (!contact) return;
    const float radius = 24 * s;
    ImVec2 centre(area.min.x + 22 * s + radius, (area.min.y + area.max.y) / 2);
    draw_avatar(draw, centre, radius, contact->avatar_rgb, contact->initials(), context.fonts.strong);
    const Pacer& pacer = context.state.pacer();
    const bool typing = pacer.typing(*context.state.run());
    std::string status = typing ? "typing\xE2\x80\xA6" : "Active now";
    const float text_x = centre.x + radius + 14 * s;
    const unsigned ink = threat ? 0xffffff : theme::kText;
    draw->AddText(context.fonts.strong, context.fonts.strong->FontSize, ImVec2(text_x, centre.y - 27 * s),
                  theme::rgb(ink), contact->name.c_str());
    if (!typing)
        draw->AddCircleFilled(ImVec2(text_x + 5 * s, centre.y + 13 * s), 5 * s, theme::rgb(theme::kOnline));
    draw->AddText(context.fonts.small, context.fonts.small->FontSize,
                  ImVec2(text_x + (typing ? 0 : 15 * s), centre.y + 2 * s),
                  theme::rgb(threat ? 0xf3c7c3 : theme::kMutedText), status.c_str());
}

void draw_thread(const ScreenContext& context, const Rect& area, const std::string& contact) {
    const float s = context.scale;
    const Run& run = *context.state.run();
    const Pacer& pacer = context.state.pacer();
    begin_area("thread", area, theme::kPanel, true);
    ImGui::Dummy(ImVec2(0, 12 * s));
    const float width = area.width() - ImGui::GetStyle().ScrollbarSize;
    for (const auto& item : thread_items(run, pacer.revealed(), contact))
        draw_thread_item(item, width, context.fonts, s);
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

    const float reply_h = reply_area_height(context, area.width());
    Rect reply{{area.min.x, area.max.y - reply_h}, area.max};
    Rect scene{area.min, {area.max.x, reply.min.y}};

    switch (screen) {
        case Screen::FriendRequest: draw_friend_request(context, scene); break;
        case Screen::VideoCall: draw_incoming_call(context, scene); break;
        case Screen::Call: draw_in_call(context, scene); break;
        case Screen::Cut: draw_cut(context, scene); break;
        case Screen::Chat:
        case Screen::Blackmail: {
            const bool threat = screen == Screen::Blackmail;
            Rect header{scene.min, {scene.max.x, scene.min.y + 76 * s}};
            draw_header(context, header, contact, threat);
            Rect thread{{scene.min.x, header.max.y}, scene.max};
            if (threat) {
                // A thin alarm edge: the tone of the conversation has changed.
                draw->AddRectFilled(thread.min, ImVec2(thread.max.x, thread.min.y + 5 * s), theme::rgb(theme::kDanger));
                thread.min.y += 5 * s;
            }
            draw_thread(context, thread, contact ? contact->id : std::string());
            break;
        }
    }
    return draw_reply_area(context, reply);
}

}  // namespace secondlook
