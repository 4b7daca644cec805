#include <algorithm>

#include "app/ui_text.h"
#include "ui/layout_report.h"
#include "ui/screens/app_frame.h"

namespace secondlook {
namespace {

struct StatusLook {
    unsigned ink;
    unsigned fill;
};

// The status pill as the receipt's `status_look` says: cancelled or refunded
// money is good news, waiting is the moment to act.
StatusLook status_pill(Look look) {
    switch (look) {
        case Look::Good: return {theme::kGood, 0xe3f3e7};
        case Look::Caution: return {theme::kCaution, 0xfdf0d5};
        case Look::Danger: return {theme::kDanger, 0xfbe4e2};
        case Look::Plain: break;
    }
    return {theme::kMutedText, 0xeceff3};
}

// The MTCN in evenly spaced digits, as receipts print it so it can be read
// out over the phone. Returns its width.
float draw_spaced(ImDrawList* draw, ImFont* font, const std::string& text, ImVec2 at, unsigned colour, float s) {
    float cell = 0;
    for (char digit = '0'; digit <= '9'; ++digit) cell = std::max(cell, text_size(font, std::string(1, digit)).x);
    cell += 4 * s;
    float x = at.x;
    for (char c : text) {
        const std::string glyph(1, c);
        if (c == ' ') {
            x += cell * 0.6f;
            continue;
        }
        if (draw) {
            const float w = text_size(font, glyph).x;
            layout::add_text(draw, font, font->FontSize, ImVec2(x + (cell - w) / 2, at.y), theme::rgb(colour), glyph.c_str());
        }
        x += cell;
    }
    return x - at.x;
}

struct Field {
    const char* label;
    std::string value;
    bool status = false;
};

// The receipt as a card at the cursor, `width` wide from window-local `x`.
void draw_receipt(const ScreenContext& context, const Receipt& receipt, const AppFrame& app, float x, float width) {
    const float s = context.scale;
    const Fonts& fonts = context.fonts;
    const float pad = 20 * s, inner = width - pad * 2;
    std::vector<Field> fields;
    if (!receipt.to.empty()) fields.push_back({ui_text("receipt.sent-to").c_str(), receipt.to});
    if (!receipt.sent.empty()) fields.push_back({ui_text("receipt.sent-at").c_str(), receipt.sent});
    if (!receipt.status.empty()) fields.push_back({ui_text("receipt.status").c_str(), receipt.status, true});

    // Measure first: a field whose value does not fit beside its label goes under it.
    const float row_gap = 10 * s, pill_pad = 10 * s;
    auto value_width = [&](const Field& field) {
        return text_size(fonts.strong, field.value).x + (field.status ? pill_pad * 2 : 0);
    };
    auto beside = [&](const Field& field) {
        return text_size(fonts.body, field.label).x + 16 * s + value_width(field) <= inner;
    };
    auto field_height = [&](const Field& field) {
        const float line = fonts.strong->FontSize * 1.3f + (field.status ? 6 * s : 0);
        if (beside(field)) return line;
        // Under its label, a status wraps inside its pill's padding.
        const float wrap = inner - (field.status ? pill_pad * 2 : 0);
        return fonts.body->FontSize * 1.3f + text_height(fonts.strong, field.value, wrap) + 6 * s;
    };
    ImFont* mtcn_font = fonts.title;
    if (draw_spaced(nullptr, mtcn_font, receipt.mtcn, ImVec2(0, 0), 0, s) > inner - 24 * s) mtcn_font = fonts.strong;
    // The service's name and "Transfer receipt" beside the logo, centred on
    // it; at large text sizes they are taller than the logo (by more than
    // their line spacing), and the header grows to hold them.
    const float logo = 44 * s;
    const float name_h = fonts.strong->FontSize * 1.3f + fonts.small->FontSize * 1.2f;
    const float header_block = std::max(logo, name_h - 4 * s);
    const float header_h = header_block + 12 * s;
    const float amount_h = fonts.small->FontSize * 1.3f + fonts.huge->FontSize * 1.25f;
    float fields_h = 0;
    for (const Field& field : fields) fields_h += field_height(field) + row_gap;
    const float mtcn_label_h = text_height(fonts.small, ui_text("receipt.mtcn"), inner - 24 * s);
    const float mtcn_h = 14 * s + mtcn_label_h + 4 * s + mtcn_font->FontSize * 1.3f + 12 * s;
    const float height = pad + header_h + 14 * s + amount_h + 12 * s + fields_h + 6 * s + mtcn_h + pad;

    ImGui::SetCursorPosX(x);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    const ImVec2 max(min.x + width, min.y + height);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(min.x, min.y + 3 * s), ImVec2(max.x, max.y + 3 * s), theme::rgb(0x000000, 0.06f), 14 * s);
    outlined_rect(draw, min, max, 0xffffff, 0xd5dbe3, 14 * s, 1.5f * s);

    // Header: the service's logo and name.
    const float left = min.x + pad;
    float y = min.y + pad;
    const float logo_top = y + (header_block - logo) / 2;
    draw->AddRectFilled(ImVec2(left, logo_top), ImVec2(left + logo, logo_top + logo), theme::rgb(app.colour_rgb),
                        10 * s);
    const std::string letter = receipt.service.empty() ? "?" : receipt.service.substr(0, 1);
    const ImVec2 letter_size = text_size(fonts.strong, letter);
    layout::add_text(draw, fonts.strong, fonts.strong->FontSize,
                  ImVec2(left + (logo - letter_size.x) / 2, logo_top + (logo - letter_size.y) / 2),
                  theme::rgb(ink_on(app.colour_rgb)), letter.c_str());
    const ImVec4 clip(left, min.y, max.x - pad, max.y);
    const float name_top = y + (header_block - name_h) / 2;
    layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(left + logo + 14 * s, name_top), theme::rgb(theme::kText),
                  receipt.service.c_str(), nullptr, 0.0f, &clip);
    layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(left + logo + 14 * s, name_top + fonts.strong->FontSize * 1.3f),
                  theme::rgb(theme::kMutedText), ui_text("receipt.title").c_str(), nullptr, 0.0f, &clip);
    y += header_h;
    draw->AddRectFilled(ImVec2(left, y), ImVec2(max.x - pad, y + 1.0f * s), theme::rgb(0xdde2e8));
    y += 14 * s;

    layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(left, y), theme::rgb(theme::kMutedText), ui_text("receipt.amount").c_str());
    y += fonts.small->FontSize * 1.3f;
    layout::add_text(draw, fonts.huge, fonts.huge->FontSize, ImVec2(left, y), theme::rgb(theme::kText), receipt.amount.c_str(),
                  nullptr, 0.0f, &clip);
    y += fonts.huge->FontSize * 1.25f + 12 * s;

    for (const Field& field : fields) {
        const float h = field_height(field);
        const float line_top = y + (field.status ? 3 * s : 0);
        layout::add_text(draw, fonts.body, fonts.body->FontSize, ImVec2(left, line_top), theme::rgb(theme::kMutedText),
                      field.label);
        const bool side = beside(field);
        const StatusLook look = status_pill(receipt.status_look);
        const float value_w = std::min(value_width(field), inner);
        const float value_x = side ? max.x - pad - value_w : left;
        const float value_y = side ? line_top : line_top + fonts.body->FontSize * 1.3f;
        if (field.status) {
            const float value_h = text_height(fonts.strong, field.value, inner - pill_pad * 2);
            draw->AddRectFilled(ImVec2(value_x, value_y - 3 * s), ImVec2(value_x + value_w, value_y + value_h + 3 * s),
                                theme::rgb(look.fill), 8 * s);
            layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(value_x + pill_pad, value_y),
                          theme::rgb(look.ink), field.value.c_str(), nullptr, inner - pill_pad * 2);
        } else {
            layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(value_x, value_y), theme::rgb(theme::kText),
                          field.value.c_str(), nullptr, inner);
        }
        y += h + row_gap;
    }
    y += 6 * s;

    // The MTCN: what the police and the transfer company need to stop it.
    const ImVec2 box_min(left, y), box_max(max.x - pad, y + mtcn_h);
    outlined_rect(draw, box_min, box_max, 0xf2f4f7, 0xc4ccd6, 10 * s, 1.5f * s);
    y += 14 * s;
    layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(left + 12 * s, y), theme::rgb(theme::kMutedText), ui_text("receipt.mtcn").c_str(),
                  nullptr, inner - 24 * s);
    y += mtcn_label_h + 4 * s;
    draw_spaced(draw, mtcn_font, receipt.mtcn, ImVec2(left + 12 * s, y), theme::kText, s);
}

}  // namespace

// A money-transfer receipt, and what can still be done about the transfer:
// the first choice as the main button, the others outlined.
UiAction draw_money_transfer(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const Node* node = context.state.showing_node();
    const AppFrame app = app_frame_for(node);
    const Rect below = draw_app_bar(context, area, app);
    const AppPage page = begin_app_page(context, "money-transfer", below, theme::kPanel, 900);
    // Side by side when there is room, as the service's website would be:
    // room for the text at its size too (at 200% two columns wrapped a word
    // or two a line and pushed the transfer number and buttons far down).
    const bool two_columns = page.width >= 660 * s && page.width >= context.fonts.body->FontSize * 30;
    const float card_w = two_columns ? std::min(page.width * 0.56f, 460 * s) : page.width;
    const float gap = 28 * s;
    AppPage side = page;
    if (two_columns) {
        side.left = page.left + card_w + gap;
        side.width = page.width - card_w - gap;
    }
    const float top = ImGui::GetCursorPosY();
    if (node && node->receipt) {
        draw_receipt(context, *node->receipt, app, page.left, card_w);
        app_space(22 * s);
    }
    const float card_bottom = ImGui::GetCursorPosY();
    if (two_columns) ImGui::SetCursorPosY(top);
    draw_app_info(context, side);
    const auto choices = app_choices(context);
    if (!choices.empty()) {
        app_heading(context, side, context.fonts.strong, ui_text("receipt.manage"));
        app_space(12 * s);
    }
    int number = 0;
    for (const Choice* choice : choices) {
        ButtonLook look;
        if (number == 0) {
            look.fill = app.colour_rgb;
            look.ink = ink_on(app.colour_rgb);
        } else {
            look.fill = 0xffffff;
            look.ink = theme::kText;
            look.border = 0x5d6b7d;
            look.outlined = true;
        }
        ImGui::SetCursorPosX(side.left);
        if (app_button(context, *choice, ++number, side.width, look)) action = {UiAction::Kind::Choose, 0, choice->id};
        app_space(14 * s);
    }
    if (two_columns) ImGui::SetCursorPosY(std::max(card_bottom, ImGui::GetCursorPosY()));
    end_app_page(context);
    return action;
}

}  // namespace secondlook
