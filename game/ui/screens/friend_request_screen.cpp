#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "ui/chat_thread.h"
#include "ui/screens/profile_details.h"
#include "ui/theme.h"

namespace secondlook {

namespace {

// What the card says the person did, as the node's `request:` says: asked to
// be friends, started following, or sent a message request.
std::string request_words(const ScreenContext& context) {
    const Node* node = context.state.showing_node();
    const Scenario& scenario = context.state.run()->scenario();
    switch (node ? node->request : RequestKind::Friend) {
        case RequestKind::Follow: return side_text(scenario, "request.follows");
        case RequestKind::Message: return side_text(scenario, "request.message-request");
        case RequestKind::Friend: break;
    }
    return side_text(scenario, "request.wants");
}

}  // namespace

// A friend request as social apps show it: who is asking, what their profile
// says, and any message they sent with it. Details and the message carry
// their Flag buttons here too: this card is where the player reads them.
UiAction draw_friend_request(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const Run& run = *context.state.run();
    const CastMember* contact = run.contact();
    begin_area("friend-request", area, theme::kPanel, true);
    const float width = area.width() - ImGui::GetStyle().ScrollbarSize;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 top = ImGui::GetCursorScreenPos();
    // A cover band, as on a profile page.
    draw->AddRectFilled(top, ImVec2(top.x + width, top.y + 90 * s), theme::rgb(0xcfdcf0), 16 * s,
                        ImDrawFlags_RoundCornersTop);
    if (contact) {
        const float radius = 52 * s;
        ImVec2 centre(top.x + 40 * s + radius, top.y + 90 * s);
        draw->AddCircleFilled(centre, radius + 5 * s, theme::rgb(0xffffff), 48);
        draw_avatar(draw, centre, radius, contact->avatar_rgb, contact->initials(), context.fonts.title);
        ImGui::SetCursorScreenPos(ImVec2(centre.x + radius + 24 * s, top.y + 100 * s));
        ImGui::BeginGroup();
        wrapped_text(context.fonts.title, theme::kText, contact->name, width - 200 * s);
        wrapped_text(context.fonts.body, theme::kAccent, request_words(context), width - 200 * s);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(top.x + 40 * s, std::max(ImGui::GetCursorScreenPos().y, centre.y + radius) + 16 * s));
        const float text_w = width - 80 * s;
        if (!contact->about.empty()) {
            ImGui::SetCursorPosX(40 * s);
            wrapped_text(context.fonts.body, theme::kText, contact->about, text_w);
        }
        keep_first(action, draw_profile_details(context, *contact, 40 * s, text_w));
    }
    auto messages = context.state.showing_messages();
    if (!messages.empty()) {
        ImGui::Dummy(ImVec2(0, 8 * s));
        ImGui::SetCursorPosX(40 * s);
        wrapped_text(context.fonts.small, theme::kMutedText, ui_text("request.message"), width);
        for (const RunEvent* event : messages) {
            ThreadItem item{ThreadItem::Kind::Incoming, event->message->text, clock_text(event->clock_minutes)};
            item.picture = event->message->kind == MessageKind::Picture;
            offer_flag(item, run, event->message->id);
            if (draw_thread_item(item, width, context.fonts, s)) keep_first(action, {UiAction::Kind::Choose, 0, "flag:" + item.flag_id});
        }
    }
    if (context.state.pacer().typing(run)) draw_typing_bubble(context.now, context.fonts, s);
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
