#include "widgets.h"

#include "app/ui_text.h"
#include "ui/layout_report.h"
#include "ui/text_wrap.h"
#include "ui/theme.h"

#include <imgui_internal.h>  // GetItemID: which control the focus is on, for read aloud

#include <algorithm>
#include <vector>

namespace secondlook {
namespace {

// Areas held at a scroll for the next frames (see keep_heading_in_view()):
// the area's id in its parent window, the scroll, and frames left.
struct HeldScroll {
    ImGuiID area;
    float y;
    int frames;
};
std::vector<HeldScroll> held_scrolls;

}  // namespace

Split split_beside_or_under(const Rect& area, float side_width, float under_height, float gap) {
    if (area.height() > area.width()) {
        const Rect main{{area.min.x + gap, area.min.y + gap}, {area.max.x - gap, area.max.y - under_height - gap}};
        return {main, Rect{{area.min.x + gap, main.max.y + gap}, {area.max.x - gap, area.max.y - gap}}};
    }
    const Rect main{{area.min.x + gap, area.min.y + gap}, {area.max.x - side_width - gap * 2, area.max.y - gap}};
    return {main, Rect{{main.max.x + gap, area.min.y + gap}, {area.max.x - gap, area.max.y - gap}}};
}

void begin_area(const char* id, const Rect& area, unsigned background, bool scroll) {
    ImGui::SetCursorScreenPos(area.min);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(theme::rgb(background)));
    // NavFlattened lets Tab and the arrows move straight into the area's buttons.
    ImGuiWindowFlags flags = ImGuiWindowFlags_NavFlattened;
    if (!scroll) flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    const ImGuiID area_id = ImGui::GetID(id);
    for (const HeldScroll& held : held_scrolls)
        if (held.area == area_id) ImGui::SetNextWindowScroll(ImVec2(-1.0f, held.y));
    ImGui::BeginChild(id, ImVec2(area.width(), area.height()), false, flags);
    ImGui::PopStyleColor();
}

void begin_dim(const char* id, const Rect& area, float rounding) {
    ImGui::SetCursorScreenPos(area.min);
    ImGui::BeginChild(id, ImVec2(area.width(), area.height()), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
    ImGui::GetWindowDrawList()->AddRectFilled(area.min, area.max, theme::dim(), rounding);
    layout::note_cover(area.min, area.max);
}

void draw_avatar(ImDrawList* draw, ImVec2 centre, float radius, unsigned rgb,
                 const std::string& initials, ImFont* font) {
    // High contrast: a black disc ringed in white with white initials, seen on
    // black panels and white ones alike (a light avatar would turn black on black).
    const bool contrast = theme::high_contrast();
    draw->AddCircleFilled(centre, radius, contrast ? theme::exact(0x000000) : theme::rgb(rgb), 48);
    if (contrast) draw->AddCircle(centre, radius, theme::exact(0xffffff), 48, std::max(2.0f, radius * 0.08f));
    const float size = radius * 0.9f;
    ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, initials.c_str());
    layout::Decoration picture;  // the name is always written beside the avatar
    layout::add_text(draw, font, size, ImVec2(centre.x - extent.x / 2, centre.y - extent.y / 2),
                  contrast ? theme::exact(0xffffff) : theme::rgb(0xffffff), initials.c_str());
}

ImVec2 text_size(ImFont* font, const std::string& text, float wrap_width) {
    const std::string lines = wrap_at_spaces(font, font->FontSize, text, wrap_width);
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, lines.c_str(), lines.c_str() + lines.size());
}

float text_height(ImFont* font, const std::string& text, float wrap_width) {
    return text_size(font, text, wrap_width).y;
}

void wrapped_text(ImFont* font, unsigned colour, const std::string& text, float wrap_width) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme::rgb(colour)));
    const std::string lines = wrap_at_spaces(font, font->FontSize, text, wrap_width);
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
    layout::note_item_text(font, text, lines, wrap_width, theme::rgb(colour));
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

namespace {
FocusedControl focused_now;
}  // namespace

void begin_focus_frame() {
    focused_now = FocusedControl();
    for (HeldScroll& held : held_scrolls) --held.frames;
    held_scrolls.erase(std::remove_if(held_scrolls.begin(), held_scrolls.end(),
                                      [](const HeldScroll& held) { return held.frames <= 0; }),
                       held_scrolls.end());
}

void keep_heading_in_view() {
    if (!ImGui::IsWindowAppearing()) return;
    // ImGui scrolls to the focused control at the start of the next frame,
    // centring it because the window was appearing; begin_area() overrides
    // that in the two frames after this one. The cursor is under the control:
    // the window shows everything above it, from the top when that fits.
    const float shown_to = ImGui::GetCursorPosY() + ImGui::GetStyle().ItemSpacing.y;
    held_scrolls.push_back({ImGui::GetCurrentWindow()->ChildId, std::max(0.0f, shown_to - ImGui::GetWindowHeight()), 3});
}
void open_at_top() {
    if (!ImGui::IsWindowAppearing()) return;
    held_scrolls.push_back({ImGui::GetCurrentWindow()->ChildId, 0.0f, 3});
}

const FocusedControl& focused_control() { return focused_now; }

std::string visible_label(const std::string& label) {
    std::string shown = label.substr(0, label.find("##"));
    while (!shown.empty() && shown.back() == ' ') shown.pop_back();
    return shown;
}

void focus_ring(float scale, const std::string& spoken) {
    layout::note_control(spoken);  // every control calls this: the layout test sees them all
    if (!ImGui::IsItemFocused()) return;
    if (!spoken.empty()) focused_now = {ImGui::GetItemID(), spoken};
    if (!ImGui::GetIO().NavVisible) return;
    // Thick amber inside a dark edge: visible on light panels, dark call
    // screens and the blue outgoing bubbles alike.
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float gap = 4.0f * scale, thick = 4.0f * scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(ImVec2(min.x - gap - thick, min.y - gap - thick), ImVec2(max.x + gap + thick, max.y + gap + thick),
                  theme::rgb(theme::kText), 14.0f * scale, 0, 2.0f * scale);
    draw->AddRect(ImVec2(min.x - gap, min.y - gap), ImVec2(max.x + gap, max.y + gap), theme::rgb(theme::kFocus),
                  12.0f * scale, 0, thick);
}

bool filled_button(const char* label, ImVec2 size, unsigned colour, ImFont* font, float scale,
                   unsigned text_colour) {
    auto shade = [&](float factor) {
        ImVec4 c = ImGui::ColorConvertU32ToFloat4(theme::rgb(colour));
        return ImVec4(c.x * factor, c.y * factor, c.z * factor, 1.0f);
    };
    ImGui::PushFont(font);
    // Never narrower or shorter than its label: at large text sizes the
    // button grows instead of clipping the words.
    const ImVec2 label_size = ImGui::CalcTextSize(label, nullptr, true);
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    if (size.x > 0) size.x = std::max(size.x, label_size.x + padding.x * 2);
    if (size.y > 0) size.y = std::max(size.y, label_size.y + padding.y * 2);
    ImGui::PushStyleColor(ImGuiCol_Button, shade(1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, shade(0.85f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, shade(0.7f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme::rgb(text_colour)));
    // Filled buttons stand out by colour; only high contrast outlines them too.
    if (!theme::high_contrast()) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    bool pressed = ImGui::Button(label, size);
    if (layout::noting()) {
        // ImGui centres the label inside the padding and clips it to the button.
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const ImVec2 at(std::max(min.x + padding.x, (min.x + max.x - label_size.x) / 2),
                        std::max(min.y + padding.y, (min.y + max.y - label_size.y) / 2));
        layout::Box box(min, max);
        layout::note_text(font, visible_label(label), at, ImVec2(at.x + label_size.x, at.y + label_size.y),
                          theme::rgb(text_colour));
    }
    if (!theme::high_contrast()) ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    ImGui::PopFont();
    focus_ring(scale, ui_text("focus.button", {{"label", visible_label(label)}}));
    return pressed;
}

namespace {

// A reply option's parts: the number's badge grows with the text (a digit
// larger than its disc loses it), and a steady reply keeps room for "hold"
// at its right, so the two never overlap.
struct ReplyLayout {
    float pad_x, pad_y, badge, hint_w, wrap, height;
};

ReplyLayout reply_layout(const std::string& text, float width, const Fonts& fonts, float scale, ReplyLook look) {
    ReplyLayout layout;
    layout.pad_x = 16 * scale;
    layout.pad_y = 10 * scale;
    layout.badge = std::max(32 * scale, fonts.strong->FontSize * 1.2f);
    layout.hint_w = look == ReplyLook::Shaky ? text_size(fonts.small, ui_text("reply.hold")).x + layout.pad_x : 0.0f;
    layout.wrap = width - layout.badge - layout.pad_x * 3 - layout.hint_w;
    layout.height = std::max(text_height(fonts.body, text, layout.wrap), layout.badge) + layout.pad_y * 2;
    return layout;
}

}  // namespace

float reply_button_height(const std::string& text, float width, const Fonts& fonts, float scale, ReplyLook look) {
    return reply_layout(text, width, fonts, scale, look).height;
}

bool reply_button(const std::string& id, int number, const std::string& text, float width,
                  const Fonts& fonts, float scale, ReplyLook look) {
    const ReplyLayout parts = reply_layout(text, width, fonts, scale, look);
    const float pad_x = parts.pad_x, badge = parts.badge, wrap = parts.wrap, height = parts.height;
    ImVec2 top_left = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 bottom_right(top_left.x + width, top_left.y + height);
    layout::Box box(top_left, bottom_right);
    // The number is white on the edge colour: each at least 4.5:1 with it.
    const unsigned edge = look == ReplyLook::Urgent ? theme::kDanger : look == ReplyLook::Shaky ? theme::kMutedText : theme::kAccent;
    const unsigned fill = look == ReplyLook::Urgent ? (hovered ? 0xf7d4d1 : 0xfbe3e1) : hovered ? 0xdbe7fb : 0xffffff;
    draw->AddRectFilled(top_left, bottom_right, theme::rgb(fill), 12 * scale);
    draw->AddRect(top_left, bottom_right, theme::rgb(edge), 12 * scale, 0, (look == ReplyLook::Urgent ? 3 : 2) * scale);
    ImVec2 badge_centre(top_left.x + pad_x + badge / 2, top_left.y + height / 2);
    draw->AddCircleFilled(badge_centre, badge / 2, theme::rgb(edge), 32);
    std::string digit = std::to_string(number);
    ImVec2 digit_size = text_size(fonts.strong, digit);
    layout::add_text(draw, fonts.strong, fonts.strong->FontSize,
                  ImVec2(badge_centre.x - digit_size.x / 2, badge_centre.y - digit_size.y / 2),
                  theme::rgb(0xffffff), digit.c_str());
    float text_top = top_left.y + (height - text_height(fonts.body, text, wrap)) / 2;
    layout::add_text(draw, fonts.body, fonts.body->FontSize, ImVec2(top_left.x + pad_x * 2 + badge, text_top),
                  theme::rgb(look == ReplyLook::Shaky ? theme::kMutedText : theme::kText), text.c_str(), nullptr, wrap);
    if (look == ReplyLook::Shaky) {
        const char* hint = ui_text("reply.hold").c_str();
        ImVec2 hint_size = text_size(fonts.small, hint);
        layout::add_text(draw, fonts.small, fonts.small->FontSize,
                      ImVec2(bottom_right.x - hint_size.x - pad_x, top_left.y + (height - hint_size.y) / 2),
                      theme::rgb(theme::kMutedText), hint);
    }
    focus_ring(scale, ui_text(look == ReplyLook::Shaky ? "focus.option-hold" : "focus.option", {{"number", digit}, {"text", text}}));
    return pressed;
}

bool labelled_text_field(const Fonts& fonts, float scale, const std::string& label, const char* id, char* buffer,
                         std::size_t size, float width, ImGuiInputTextFlags flags) {
    const float x = ImGui::GetCursorPosX();
    wrapped_text(fonts.strong, theme::kText, label, width);
    ImGui::SetCursorPosX(x);
    ImGui::PushFont(fonts.body);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(theme::rgb(0xeef2f8)));
    ImGui::PushItemWidth(width);
    const bool entered = ImGui::InputText(id, buffer, size, flags | ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopItemWidth();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    focus_ring(scale, ui_text("focus.text-field", {{"label", label}}));
    ImGui::Dummy(ImVec2(0, 6 * scale));
    return entered;
}

bool wrapped_checkbox(const std::string& label, const char* id, bool* value, float width, const Fonts& fonts,
                      float scale, const std::string& spoken) {
    ImGui::PushFont(fonts.body);
    bool changed = ImGui::Checkbox(id, value);
    ImGui::PopFont();
    focus_ring(scale, spoken);
    const float box = ImGui::GetItemRectSize().x;
    ImGui::SameLine();
    wrapped_text(fonts.body, theme::kText, label, width - box - ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::IsItemClicked()) {
        *value = !*value;
        changed = true;
    }
    return changed;
}

float button_width(ImFont* font, const char* label, float min_width) {
    return std::max(min_width, text_size(font, label).x + ImGui::GetStyle().FramePadding.x * 2);
}

void same_line_if_fits(float next_width, float right, float gap, float left) {
    ImGui::SameLine(0, gap);
    if (ImGui::GetCursorPosX() + next_width <= right) return;
    ImGui::NewLine();
    if (left >= 0) ImGui::SetCursorPosX(left);
}

}  // namespace secondlook
