#include "chat_thread.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "app/ui_text.h"
#include "ui/layout_report.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace secondlook {
namespace {

ThreadItem item_for_message(const Scenario& scenario, const RunEvent& event) {
    const Message& message = *event.message;
    const std::string time = clock_text(event.clock_minutes);
    if (scenario.nodes[event.node].screen == Screen::Cut) return {ThreadItem::Kind::Divider, message.text, time};
    switch (message.kind) {
        case MessageKind::Notice: return {ThreadItem::Kind::Notice, message.text, time};
        case MessageKind::MissedCall: return {ThreadItem::Kind::MissedCall, message.text, time};
        case MessageKind::Link: return {ThreadItem::Kind::Link, message.text, time};
        case MessageKind::Picture: {
            ThreadItem item{message.from == kPlayerSpeaker ? ThreadItem::Kind::Outgoing : ThreadItem::Kind::Incoming,
                            message.text, time};
            item.picture = true;
            return item;
        }
        case MessageKind::Text: break;
    }
    if (message.from == kSystemSpeaker) return {ThreadItem::Kind::Notice, message.text, time};
    if (message.from == kPlayerSpeaker) return {ThreadItem::Kind::Outgoing, message.text, time};
    return {ThreadItem::Kind::Incoming, message.text, time};
}

}  // namespace

void offer_flag(ThreadItem& item, const Run& run, const std::string& message_id) {
    item.flagged = run.flagged(message_id);
    const auto now = run.flaggable();
    const bool offered = std::any_of(now.begin(), now.end(), [&](const FlagTarget& target) { return target.id == message_id; });
    if (item.flagged || offered) item.flag_id = message_id;
}

std::vector<ThreadItem> thread_items(const Run& run, std::size_t revealed, const std::string& contact) {
    std::vector<ThreadItem> items;
    const auto& events = run.events();
    for (std::size_t i = 0; i < revealed && i < events.size(); ++i) {
        const RunEvent& event = events[i];
        // Events before anyone got in touch (an opening cut) belong to no
        // thread, and what happened in a mock app stays in that app.
        if (event.contact != contact) continue;
        const Screen screen = run.scenario().nodes[event.node].screen;
        if (!shows_conversation(screen) && screen != Screen::Cut) continue;
        if (event.kind == RunEvent::Kind::Message) {
            ThreadItem item = item_for_message(run.scenario(), event);
            offer_flag(item, run, event.message->id);
            items.push_back(std::move(item));
        }
        else if (event.kind == RunEvent::Kind::Reply && run.scenario().nodes[event.node].continuation)
            // What the character does next is narration, not the player's message.
            items.push_back({ThreadItem::Kind::Notice, event.choice->say.empty() ? event.choice->text : event.choice->say,
                             clock_text(event.clock_minutes)});
        else if (event.kind == RunEvent::Kind::Reply)
            items.push_back({ThreadItem::Kind::Outgoing,
                             event.choice->say.empty() ? event.choice->text : event.choice->say,
                             clock_text(event.clock_minutes)});
    }
    return items;
}

bool draw_flag_button(const ThreadItem& item, ImVec2 at, const Fonts& fonts, float s) {
    const char* label = ui_text(item.flagged ? "chat.flagged" : "chat.flag").c_str();
    ImVec2 size = text_size(fonts.small, label);
    const float icon = 14 * s, pad = 10 * s;
    ImVec2 box(size.x + icon + pad * 3, size.y + 10 * s);
    ImGui::SetCursorScreenPos(at);
    ImGui::PushID(item.flag_id.c_str());
    bool pressed = ImGui::InvisibleButton("flag", box) && !item.flagged;
    ImGui::PopID();
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const unsigned ink = item.flagged ? 0xffffff : theme::kCaution;
    draw->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y),
                        theme::rgb(item.flagged ? theme::kCaution : hovered ? 0xfbe9cf : 0xffffff), box.y / 2);
    draw->AddRect(at, ImVec2(at.x + box.x, at.y + box.y), theme::rgb(theme::kCaution), box.y / 2, 0, 1.5f * s);
    // A small pennant: pole and flag.
    ImVec2 pole(at.x + pad, at.y + 5 * s);
    draw->AddLine(pole, ImVec2(pole.x, pole.y + box.y - 10 * s), theme::rgb(ink), 2 * s);
    draw->AddTriangleFilled(pole, ImVec2(pole.x + icon, pole.y + 4 * s), ImVec2(pole.x, pole.y + 8 * s), theme::rgb(ink));
    layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(pole.x + icon + pad * 0.6f, at.y + 5 * s), theme::rgb(ink), label);
    focus_ring(s, ui_text(item.flagged ? "chat.flagged-focus" : "chat.flag-focus", {{"message", item.text}}));
    return pressed;
}

namespace {

// A message bubble. High contrast turns the light incoming bubble black on
// a black thread, losing its shape: it is dark grey with a white edge instead.
void draw_bubble(ImDrawList* draw, ImVec2 min, ImVec2 max, unsigned fill, float rounding, ImDrawFlags corners, float s) {
    if (!theme::high_contrast() || fill != theme::kIncomingBubble) {
        draw->AddRectFilled(min, max, theme::rgb(fill), rounding, corners);
        return;
    }
    draw->AddRectFilled(min, max, theme::exact(theme::kHighContrastShape), rounding, corners);
    draw->AddRect(min, max, theme::exact(0xffffff), rounding, corners, 2 * s);
}

constexpr unsigned kPictureCard = 0xe2e5ea;

float picture_mark_height(const Fonts& fonts) { return fonts.body->FontSize * 1.4f; }

// The mark on a picture card: the usual "photo" symbol (a frame, a sun and
// a hill), so the card reads as "a picture" at a glance without showing one.
// `height` follows the text size, so the mark grows with the words.
void draw_picture_mark(ImDrawList* draw, ImVec2 at, float height, float s) {
    const ImU32 ink = theme::rgb(theme::kMutedText);
    const float u = height / 30;  // the mark is drawn on a 42 x 30 grid
    auto p = [&](float x, float y) { return ImVec2(at.x + x * u, at.y + y * u); };
    draw->AddRect(p(0, 0), p(42, 30), ink, 5 * u, 0, 2 * s);
    draw->AddCircleFilled(p(30, 10), 3.5f * u, ink, 12);
    const ImVec2 hill[] = {p(6, 25), p(16, 13), p(24, 21), p(28, 17), p(36, 25)};
    draw->AddPolyline(hill, 5, ink, 0, 2 * s);
}

}  // namespace

bool draw_thread_item(const ThreadItem& item, float width, const Fonts& fonts, float s) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    const float pad_x = 16 * s, pad_y = 10 * s, side = 20 * s;
    using Kind = ThreadItem::Kind;

    if (item.kind == Kind::Notice || item.kind == Kind::Divider || item.kind == Kind::MissedCall) {
        std::string text = item.kind == Kind::MissedCall ? "\xE2\x80\xA2 " + item.text + "  " + item.time : item.text;
        ImFont* font = item.kind == Kind::Divider ? fonts.strong : fonts.small;
        const float wrap = width * 0.7f;
        ImVec2 size = text_size(font, text, wrap);
        ImVec2 min(cursor.x + (width - size.x) / 2 - pad_x, cursor.y + 4 * s);
        ImVec2 max(min.x + size.x + pad_x * 2, min.y + size.y + pad_y);
        unsigned fill = item.kind == Kind::Divider ? 0xd5dbe3 : item.kind == Kind::MissedCall ? 0xfbe3e1 : 0xf3f4f6;
        draw->AddRectFilled(min, max, theme::rgb(fill), 10 * s);
        layout::Box box(min, max);
        layout::add_text(draw, font, font->FontSize, ImVec2(min.x + pad_x, min.y + pad_y / 2),
                      theme::rgb(item.kind == Kind::MissedCall ? theme::kDanger : theme::kMutedText),
                      text.c_str(), nullptr, wrap);
        ImGui::Dummy(ImVec2(width, max.y - cursor.y + 8 * s));
        return false;
    }

    const bool outgoing = item.kind == Kind::Outgoing;
    const bool link = item.kind == Kind::Link;
    const float wrap = width * 0.68f - pad_x * 2;
    ImVec2 body = text_size(fonts.body, item.text, wrap);
    ImVec2 time = text_size(fonts.aside, item.time);
    const float label_h = link ? text_size(fonts.small, ui_text("chat.shared-link")).y + 4 * s
                               : item.picture ? picture_mark_height(fonts) + 10 * s : 0;
    const float inner_w = std::max({body.x, time.x, link ? 160 * s : 0.0f});
    const float bubble_w = inner_w + pad_x * 2;
    const float bubble_h = label_h + body.y + time.y + pad_y * 2 + 2 * s;
    const float left = outgoing ? cursor.x + width - bubble_w - side : cursor.x + side;
    ImVec2 min(left, cursor.y + 3 * s), max(left + bubble_w, cursor.y + 3 * s + bubble_h);

    // A picture is the same neutral grey whoever sent it, with muted words.
    unsigned fill = item.picture ? kPictureCard : outgoing ? theme::kOutgoingBubble : theme::kIncomingBubble;
    unsigned ink = item.picture ? theme::kMutedText : outgoing ? 0xffffff : theme::kText;
    ImDrawFlags corners = outgoing ? (ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersBottomRight)
                                   : (ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersBottomLeft);
    draw_bubble(draw, min, max, fill, 18 * s, corners, s);
    std::optional<layout::Box> box(std::in_place, min, max);
    float y = min.y + pad_y;
    if (link) {
        // A link preview: a coloured edge and a label, as messengers show pasted links.
        draw->AddRectFilled(ImVec2(min.x + 6 * s, min.y + 8 * s), ImVec2(min.x + 10 * s, max.y - 8 * s),
                            theme::rgb(theme::kAccent), 2 * s);
        layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(min.x + pad_x, y),
                      theme::rgb(theme::kMutedText), ui_text("chat.shared-link").c_str());
        y += label_h;
    } else if (item.picture) {
        draw_picture_mark(draw, ImVec2(min.x + pad_x, y), picture_mark_height(fonts), s);
        y += label_h;
    }
    layout::add_text(draw, fonts.body, fonts.body->FontSize, ImVec2(min.x + pad_x, y),
                  theme::rgb(link ? theme::kAccent : ink), item.text.c_str(), nullptr, wrap);
    if (link) {
        float underline = y + body.y - 2 * s;
        if (body.y < fonts.body->FontSize * 1.6f)
            draw->AddLine(ImVec2(min.x + pad_x, underline), ImVec2(min.x + pad_x + body.x, underline),
                          theme::rgb(theme::kAccent), 1.5f * s);
    }
    layout::add_text(draw, fonts.aside, fonts.aside->FontSize, ImVec2(max.x - pad_x - time.x, max.y - pad_y - time.y + 4 * s),
                  theme::rgb(outgoing && !item.picture ? 0xd6e4fa : theme::kMutedText), item.time.c_str());
    box.reset();
    bool flag_pressed = false;
    if (!item.flag_id.empty())
        flag_pressed = draw_flag_button(item, ImVec2(max.x + 10 * s, max.y - text_size(fonts.small, ui_text("chat.flag")).y - 12 * s), fonts, s);
    ImGui::SetCursorScreenPos(cursor);
    ImGui::Dummy(ImVec2(width, bubble_h + 10 * s));
    return flag_pressed;
}

void draw_typing_bubble(double now, const Fonts& fonts, float s) {
    (void)fonts;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImVec2 min(cursor.x + 20 * s, cursor.y + 3 * s), max(min.x + 84 * s, min.y + 44 * s);
    draw_bubble(draw, min, max, theme::kIncomingBubble, 18 * s,
                ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersBottomLeft, s);
    for (int dot = 0; dot < 3; ++dot) {
        float phase = static_cast<float>(std::sin(now * 6.0 - dot * 0.9));
        float lift = phase > 0 ? phase * 5 * s : 0;
        draw->AddCircleFilled(ImVec2(min.x + 22 * s + dot * 20 * s, min.y + 22 * s - lift), 5 * s,
                              theme::high_contrast() ? theme::exact(0xffffff) : theme::rgb(0x7b8494), 16);
    }
    ImGui::Dummy(ImVec2(0, 54 * s));
}

}  // namespace secondlook
