#include "ui/screens/app_frame.h"

#include <algorithm>
#include <cmath>

#include "app/ui_text.h"
#include "ui/layout_report.h"

namespace secondlook {
namespace {

float channel(unsigned value) {
    const float c = static_cast<float>(value & 0xff) / 255.0f;
    return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

float luminance(unsigned rgb) {
    return 0.2126f * channel(rgb >> 16) + 0.7152f * channel(rgb >> 8) + 0.0722f * channel(rgb);
}

unsigned mix(unsigned from, unsigned to, float amount) {
    unsigned result = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
        const float a = static_cast<float>((from >> shift) & 0xff), b = static_cast<float>((to >> shift) & 0xff);
        result |= static_cast<unsigned>(std::lround(a + (b - a) * amount)) << shift;
    }
    return result;
}

bool has_key(int number) { return number >= 1 && number <= 9; }

bool has_digit(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

void draw_chevron(ImDrawList* draw, ImVec2 centre, float s, unsigned colour) {
    const ImVec2 points[] = {ImVec2(centre.x - 4 * s, centre.y - 8 * s), ImVec2(centre.x + 4 * s, centre.y),
                             ImVec2(centre.x - 4 * s, centre.y + 8 * s)};
    draw->AddPolyline(points, 3, theme::rgb(colour), 0, 2.5f * s);
}

}  // namespace

std::vector<const Choice*> app_choices(const ScreenContext& context) {
    const Run* run = context.state.run();
    if (!run || run->finished() || !context.state.pacer().settled()) return {};
    return run->offered();
}

namespace {

// The brand colour, darkened just enough for its bar text to read at 4.5:1.
unsigned legible_brand(unsigned colour) {
    for (int step = 0; step < 24 && contrast_ratio(ink_on(colour), colour) < 4.5f; ++step)
        colour = mix(colour, 0x000000, 0.05f);
    return colour;
}

AppFrame default_frame(const Node* node) {
    const Screen screen = node ? node->screen : Screen::Chat;
    switch (screen) {
        case Screen::AccountSettings: return {ui_text("app.settings"), ui_text("app.settings-title"), 0x3b5bdb, {}};
        case Screen::ReportForm: return {ui_text("app.report"), ui_text("app.report-title"), 0x3b5bdb, {}};
        case Screen::MoneyTransfer:
            return {node->receipt ? node->receipt->service : ui_text("app.money"), ui_text("app.money-title"), 0x3b5bdb, {}};
        case Screen::Block: return {ui_text("app.block"), ui_text("app.block-title"), 0x3b5bdb, {}};
        case Screen::TellSomeone: return {ui_text("app.contacts"), ui_text("app.contacts-title"), 0x3b5bdb, {}};
        case Screen::CallPolice: return {ui_text("app.phone"), ui_text("app.phone-title"), 0x1d2b3a, {}};
        default: return {"", "", 0x3b5bdb, {}};
    }
}

}  // namespace

AppFrame app_frame_for(const Node* node) {
    AppFrame app = node && node->app ? *node->app : default_frame(node);
    app.colour_rgb = legible_brand(app.colour_rgb);
    return app;
}

unsigned look_colour(Look look, unsigned plain) {
    switch (look) {
        case Look::Danger: return theme::kDanger;
        case Look::Good: return theme::kGood;
        case Look::Caution: return theme::kCaution;
        case Look::Plain: break;
    }
    return plain;
}

float contrast_ratio(unsigned a, unsigned b) {
    const float la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

unsigned ink_on(unsigned background) {
    return contrast_ratio(0xffffff, background) >= contrast_ratio(theme::kText, background) ? 0xffffff : theme::kText;
}

void outlined_rect(ImDrawList* draw, ImVec2 min, ImVec2 max, unsigned fill, unsigned border, float rounding,
                   float thickness) {
    draw->AddRectFilled(min, max, theme::rgb(border), rounding);
    draw->AddRectFilled(ImVec2(min.x + thickness, min.y + thickness), ImVec2(max.x - thickness, max.y - thickness),
                        theme::rgb(fill), std::max(0.0f, rounding - thickness));
}

float draw_centred_text(ImDrawList* draw, ImFont* font, const std::string& text, float centre_x, float top,
                        float wrap, unsigned colour) {
    const char* p = text.c_str();
    const char* const end = p + text.size();
    float y = top;
    while (p < end) {
        const char* eol = font->CalcWordWrapPositionA(1.0f, p, end, wrap);
        if (eol <= p) {  // a word wider than the line: take it whole
            eol = p;
            while (eol < end && *eol != ' ' && *eol != '\n') ++eol;
        }
        const char* line_end = eol;
        while (line_end > p && (line_end[-1] == ' ' || line_end[-1] == '\n')) --line_end;
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, p, line_end);
        layout::add_text(draw, font, font->FontSize, ImVec2(centre_x - size.x / 2, y), theme::rgb(colour), p, line_end);
        y += font->FontSize;
        p = eol;
        while (p < end && *p == ' ') ++p;
        if (p < end && *p == '\n') ++p;
    }
    return y - top;
}

Rect draw_app_bar(const ScreenContext& context, const Rect& area, const AppFrame& app) {
    const float s = context.scale;
    const Fonts& fonts = context.fonts;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // The app's name and the page title, one above the other: at large text
    // sizes the bar grows to hold them rather than clipping them.
    const float small_h = fonts.small->FontSize * 1.15f, strong_h = fonts.strong->FontSize * 1.3f;
    const float text_h = app.title.empty() ? strong_h : small_h + strong_h;
    const float height = std::max(68 * s, text_h + 20 * s);
    const ImVec2 max(area.max.x, area.min.y + height);
    // High contrast maps the app's colour and its ink each to black or white
    // on their own, which can make both black: the bar is dark grey, its ink white.
    const bool contrast = theme::high_contrast();
    draw->AddRectFilled(area.min, max, contrast ? theme::exact(theme::kHighContrastShape) : theme::rgb(app.colour_rgb),
                        16 * s, ImDrawFlags_RoundCornersTop);
    const ImU32 ink = contrast ? theme::exact(0xffffff) : theme::rgb(ink_on(app.colour_rgb));
    const float middle = area.min.y + height / 2;
    // Back arrow, as every app page has.
    const float arrow_x = area.min.x + 26 * s;
    const ImVec2 arrow[] = {ImVec2(arrow_x + 7 * s, middle - 10 * s), ImVec2(arrow_x - 3 * s, middle),
                            ImVec2(arrow_x + 7 * s, middle + 10 * s)};
    draw->AddPolyline(arrow, 3, ink, 0, 3 * s);
    const float text_x = area.min.x + 56 * s;
    const ImVec4 clip(text_x, area.min.y, area.max.x - 16 * s, max.y);
    if (app.title.empty()) {
        layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(text_x, middle - fonts.strong->FontSize * 0.68f),
                      ink, app.name.c_str(), nullptr, 0.0f, &clip);
    } else {
        const float top = middle - text_h / 2;
        layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(text_x, top), ink, app.name.c_str(),
                      nullptr, 0.0f, &clip);
        layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(text_x, top + small_h), ink,
                      app.title.c_str(), nullptr, 0.0f, &clip);
    }
    return {{area.min.x, max.y}, area.max};
}

AppPage begin_app_page(const ScreenContext& context, const char* id, const Rect& area, unsigned background,
                       float max_width) {
    const float s = context.scale;
    // Square corners: the page sits between the bar and the reply area.
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
    begin_area(id, area, background, true);
    ImGui::PopStyleVar();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    const float available = ImGui::GetContentRegionAvail().x;
    AppPage page;
    page.width = std::min(available - 48 * s, max_width * s);
    page.left = (available - page.width) / 2;
    app_space(20 * s);
    return page;
}

void end_app_page(const ScreenContext& context) {
    app_space(24 * context.scale);
    ImGui::PopStyleVar();
    ImGui::EndChild();
}

void app_space(float height) { ImGui::Dummy(ImVec2(1.0f, height)); }

void app_heading(const ScreenContext& context, const AppPage& page, ImFont* font, const std::string& text,
                 unsigned colour) {
    (void)context;
    ImGui::SetCursorPosX(page.left);
    wrapped_text(font, colour, text, page.width);
}

namespace {

struct InfoLayout {
    float pad, radius, gap, text_x, wrap, text_h, height;
};

InfoLayout info_layout(const ScreenContext& context, const std::vector<const RunEvent*>& messages, float width) {
    const float s = context.scale;
    InfoLayout layout{};
    layout.pad = 14 * s;
    layout.radius = 13 * s;
    layout.gap = 6 * s;
    layout.text_x = layout.pad + layout.radius * 2 + 12 * s;
    layout.wrap = width - layout.text_x - layout.pad;
    for (const RunEvent* event : messages)
        layout.text_h += text_height(context.fonts.body, event->message->text, layout.wrap) + layout.gap;
    layout.text_h -= layout.gap;
    layout.height = std::max(layout.text_h, layout.radius * 2) + layout.pad * 2;
    return layout;
}

}  // namespace

float app_info_height(const ScreenContext& context, float width) {
    const auto messages = context.state.showing_messages();
    if (messages.empty()) return 0;
    return info_layout(context, messages, width).height + 16 * context.scale;
}

void draw_app_info(const ScreenContext& context, const AppPage& page, unsigned background, unsigned ink,
                   unsigned icon) {
    const auto messages = context.state.showing_messages();
    if (messages.empty()) return;
    const float s = context.scale;
    ImFont* font = context.fonts.body;
    const InfoLayout layout = info_layout(context, messages, page.width);
    ImGui::SetCursorPosX(page.left);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(page.width, layout.height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, ImVec2(min.x + page.width, min.y + layout.height), theme::rgb(background), 10 * s);
    const ImVec2 centre(min.x + layout.pad + layout.radius, min.y + layout.pad + layout.radius);
    draw->AddCircleFilled(centre, layout.radius, theme::rgb(icon), 24);
    const unsigned icon_ink = ink_on(icon);
    draw->AddCircleFilled(ImVec2(centre.x, centre.y - 6 * s), 1.8f * s, theme::rgb(icon_ink), 12);
    draw->AddRectFilled(ImVec2(centre.x - 1.6f * s, centre.y - 2 * s), ImVec2(centre.x + 1.6f * s, centre.y + 8 * s),
                        theme::rgb(icon_ink), 1 * s);
    float y = min.y + layout.pad + std::max(0.0f, (layout.radius * 2 - layout.text_h) / 2);
    for (const RunEvent* event : messages) {
        const std::string& text = event->message->text;
        layout::add_text(draw, font, font->FontSize, ImVec2(min.x + layout.text_x, y), theme::rgb(ink), text.c_str(),
                      text.c_str() + text.size(), layout.wrap);
        y += text_height(font, text, layout.wrap) + layout.gap;
    }
    app_space(16 * s);
}

// As large as the digit at full size (a key's number is read to press it).
float number_key_size(const ScreenContext& context) {
    return std::max(28 * context.scale, context.fonts.strong->FontSize * 1.3f);
}

void draw_number_key(ImDrawList* draw, ImVec2 centre, int number, const ScreenContext& context, unsigned fill,
                     unsigned ink, unsigned border) {
    if (!has_key(number)) return;
    const float s = context.scale;
    const float half = number_key_size(context) / 2;
    const ImVec2 min(centre.x - half, centre.y - half), max(centre.x + half, centre.y + half);
    // A thicker lower edge, so it reads as a key on the keyboard.
    const float edge = 1.5f * s;
    draw->AddRectFilled(min, ImVec2(max.x, max.y + 2 * s), theme::rgb(border), 6 * s);
    draw->AddRectFilled(ImVec2(min.x + edge, min.y + edge), ImVec2(max.x - edge, max.y - edge), theme::rgb(fill),
                        6 * s - edge);
    const std::string digit = std::to_string(number);
    ImFont* font = context.fonts.strong;
    const float size = font->FontSize;
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, digit.c_str());
    layout::add_text(draw, font, size, ImVec2(centre.x - extent.x / 2, centre.y - extent.y / 2), theme::rgb(ink),
                  digit.c_str());
}

bool app_row(const ScreenContext& context, const AppPage& page, const Choice& choice, int number,
             const RowLook& screen_look) {
    RowLook look = screen_look;
    look.text_colour = look_colour(choice.look, look.text_colour);
    const float s = context.scale;
    const Fonts& fonts = context.fonts;
    const float pad_x = 16 * s, pad_y = 14 * s;
    const float lead = look.lead == RowLook::Lead::Radio ? 24 * s : look.lead == RowLook::Lead::Initials ? 50 * s : 0;
    const float text_x = pad_x + (lead > 0 ? lead + 16 * s : 0);
    const float key = number_key_size(context);
    const float chevron_w = look.chevron ? 24 * s : 0;
    const float trail = (has_key(number) ? key + 14 * s : 0) + chevron_w;
    const float wrap = page.width - text_x - trail - pad_x;
    const float title_h = text_height(fonts.strong, choice.text, wrap);
    const float detail_h = choice.detail.empty() ? 0 : 2 * s + text_height(fonts.small, choice.detail, wrap);
    const float height = std::max(title_h + detail_h, lead) + pad_y * 2;

    ImGui::SetCursorPosX(page.left);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(("row-" + choice.id).c_str(), ImVec2(page.width, height));
    const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    const ImVec2 max(min.x + page.width, min.y + height);
    const float middle = (min.y + max.y) / 2;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (hovered || held) draw->AddRectFilled(min, max, theme::rgb(held ? 0xe1e7ef : 0xf1f4f8), 10 * s);
    if (look.divider)
        draw->AddRectFilled(ImVec2(min.x + text_x, max.y - 1.0f * s), ImVec2(max.x, max.y), theme::rgb(0xdde2e8));

    if (look.lead == RowLook::Lead::Radio) {
        const ImVec2 centre(min.x + pad_x + lead / 2, middle);
        const bool lit = hovered || held;
        draw->AddCircleFilled(centre, 12 * s, theme::rgb(lit ? theme::kAccent : theme::kMutedText), 32);
        draw->AddCircleFilled(centre, 9.8f * s, theme::rgb(held ? 0xe1e7ef : hovered ? 0xf1f4f8 : 0xffffff), 32);
        if (held) draw->AddCircleFilled(centre, 6 * s, theme::rgb(theme::kAccent), 24);
        else if (hovered) draw->AddCircleFilled(centre, 6 * s, theme::rgb(theme::kAccent, 0.3f), 24);
    } else if (look.lead == RowLook::Lead::Initials) {
        const ImVec2 centre(min.x + pad_x + lead / 2, middle);
        draw->AddCircleFilled(centre, lead / 2, theme::rgb(look.lead_fill), 48);
        const ImVec2 extent = text_size(fonts.strong, look.initials);
        layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(centre.x - extent.x / 2, centre.y - extent.y / 2),
                      theme::rgb(look.lead_ink), look.initials.c_str());
    }

    const float text_top = middle - (title_h + detail_h) / 2;
    layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(min.x + text_x, text_top), theme::rgb(look.text_colour),
                  choice.text.c_str(), choice.text.c_str() + choice.text.size(), wrap);
    if (!choice.detail.empty())
        layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(min.x + text_x, text_top + title_h + 2 * s),
                      theme::rgb(theme::kMutedText), choice.detail.c_str(),
                      choice.detail.c_str() + choice.detail.size(), wrap);

    if (look.chevron) draw_chevron(draw, ImVec2(max.x - pad_x - 6 * s, middle), s, theme::kMutedText);
    draw_number_key(draw, ImVec2(max.x - pad_x - chevron_w - key / 2, middle), number, context, 0xffffff,
                    theme::kText, 0xa9b2bf);
    focus_ring(s, choice.detail.empty()
                      ? ui_text("focus.option", {{"number", std::to_string(number)}, {"text", choice.text}})
                      : ui_text("focus.option-detail",
                                {{"number", std::to_string(number)}, {"text", choice.text}, {"detail", choice.detail}}));
    return pressed;
}

namespace {

// A telephone handset: earpiece top left, mouthpiece bottom right.
void draw_handset(ImDrawList* draw, ImVec2 centre, float s, unsigned colour) {
    const ImVec2 pivot(centre.x + 3 * s, centre.y - 3 * s);
    const float radius = 11 * s, from = kPi * 0.33f, to = kPi * 1.17f;
    draw->PathArcTo(pivot, radius, from, to, 16);
    draw->PathStroke(theme::rgb(colour), 0, 5 * s);
    for (float angle : {from, to}) {
        const ImVec2 end(pivot.x + std::cos(angle) * radius, pivot.y + std::sin(angle) * radius);
        draw->AddCircleFilled(end, 4.2f * s, theme::rgb(colour), 16);
    }
}

float label_wrap(const ScreenContext& context, float width) {
    return width - 2 * (number_key_size(context) + 28 * context.scale);
}

}  // namespace

float app_button_height(const ScreenContext& context, const Choice& choice, float width, const ButtonLook& look) {
    const float s = context.scale;
    float height = std::max(look.height * s, text_height(context.fonts.strong, choice.text, label_wrap(context, width)) +
                                                 24 * s);
    if (!choice.detail.empty()) height += 6 * s + text_height(context.fonts.small, choice.detail, width - 16 * s);
    return height;
}

bool app_button(const ScreenContext& context, const Choice& choice, int number, float width,
                const ButtonLook& screen_look, bool* hot) {
    ButtonLook look = screen_look;
    if (choice.look != Look::Plain) {
        look.fill = look_colour(choice.look, look.fill);
        look.ink = ink_on(look.fill);
        look.outlined = false;
    }
    const float s = context.scale;
    const Fonts& fonts = context.fonts;
    const float wrap = label_wrap(context, width);
    const float label_h = text_height(fonts.strong, choice.text, wrap);
    const float button_h = std::max(look.height * s, label_h + 24 * s);
    const float x = ImGui::GetCursorPosX();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(("button-" + choice.id).c_str(), ImVec2(width, button_h));
    const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    if (hot) *hot = hovered || ImGui::IsItemFocused();
    const ImVec2 max(min.x + width, min.y + button_h);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float shade = held ? 0.16f : hovered ? 0.08f : 0.0f;
    const unsigned fill = mix(look.fill, 0x000000, shade);
    const float rounding = look.handset ? button_h / 2 : look.rounding * s;
    if (look.outlined) outlined_rect(draw, min, max, fill, look.border, rounding, 2 * s);
    else draw->AddRectFilled(min, max, theme::rgb(fill), rounding);
    const float middle = (min.y + max.y) / 2;
    const float key = number_key_size(context);
    const float end_inset = look.handset ? button_h / 2 : 16 * s + key / 2;
    const ImVec2 key_centre(look.handset ? max.x - end_inset : min.x + end_inset, middle);
    if (look.outlined)
        draw_number_key(draw, key_centre, number, context, 0xffffff, theme::kText, 0xa9b2bf);
    else
        draw_number_key(draw, key_centre, number, context, look.ink, fill, mix(fill, look.ink, 0.55f));
    if (look.handset && has_digit(choice.text)) draw_handset(draw, ImVec2(min.x + end_inset, middle), s, look.ink);
    draw_centred_text(draw, fonts.strong, choice.text, (min.x + max.x) / 2, middle - label_h / 2, wrap, look.ink);
    focus_ring(s, ui_text("focus.option", {{"number", std::to_string(number)}, {"text", choice.text}}));
    if (!choice.detail.empty()) {
        ImGui::SetCursorPosX(x);
        const float detail_h = text_height(fonts.small, choice.detail, width - 16 * s);
        app_space(6 * s + detail_h);
        draw_centred_text(draw, fonts.small, choice.detail, (min.x + max.x) / 2, max.y + 6 * s, width - 16 * s,
                          look.detail_ink);
    }
    return pressed;
}

}  // namespace secondlook
