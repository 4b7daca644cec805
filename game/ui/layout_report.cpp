#include "layout_report.h"

#include <imgui_internal.h>  // the current window: its name, clip rect and scrolling

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string_view>
#include <vector>

#include "cli/json_writer.h"
#include "ui/text_wrap.h"

namespace secondlook::layout {
namespace {

struct Box4 {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

Box4 box_of(const ImVec2& min, const ImVec2& max) { return {min.x, min.y, max.x, max.y}; }

// Where in the drawing something was put: which draw list, how far into it.
// Turned into the order of painting once the frame is rendered.
struct DrawPoint {
    const ImDrawList* list = nullptr;
    int vertex = 0;
};

struct Item {
    std::string kind;    // "text" or "control"
    std::string text;    // the words, or the control's label
    std::string window;  // the window it is drawn in ("##root/messenger_1234": a child of ##root)
    Box4 rect, clip;
    bool has_box = false;
    Box4 box;
    bool scrolls = false;  // a window it is in can scroll it into view (vertically)
    float scroll_y = 0;    // how far its own window is scrolled down
    bool follows_end = false;  // its window keeps to its end (a chat), not its top
    float size = 0;        // font size in pixels
    bool aside = false;    // in the aside font (a message's time)
    bool decoration = false;  // part of a picture (layout::Decoration)
    ImU32 colour = 0;
    float wrap = 0;
    // Line breaks inside a word: the word and its width (fine only when wider than `wrap`).
    std::vector<std::pair<std::string, float>> broken_words;
    DrawPoint at;
};

struct Cover {
    Box4 rect;
    DrawPoint at;
    std::string window;  // the pop-up's own window, once known
};

bool on = false;
const ImFont* aside_font = nullptr;
int decorations = 0;
std::vector<Item> items;
std::vector<Cover> covers;
std::vector<Box4> boxes;
std::vector<const ImGuiWindow*> end_followers;

bool window_scrolls(const ImGuiWindow* window) {
    for (; window; window = window->ParentWindow)
        if (window->ScrollMax.y > 0.0f && !(window->Flags & ImGuiWindowFlags_NoScrollWithMouse)) return true;
    return false;
}

// The current window when `draw` is its list; the foreground list has none.
const ImGuiWindow* window_of(const ImDrawList* draw) {
    const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
    return window && window->DrawList == draw ? window : nullptr;
}

bool blank(char c) { return c == ' ' || c == '\t'; }

// The line breaks `wrap_at_spaces` put inside words: where `drawn` has a
// '\n' that `original` does not (a break at a space replaces the space).
std::vector<std::pair<std::string, float>> words_broken(ImFont* font, float size, std::string_view original,
                                                       std::string_view drawn) {
    std::vector<std::pair<std::string, float>> broken;
    for (std::size_t i = 0, j = 0; i < original.size() && j < drawn.size(); ++j) {
        if (drawn[j] == '\n' && original[i] != '\n' && !blank(original[i])) {
            std::size_t from = i, to = i;
            while (from > 0 && !blank(original[from - 1]) && original[from - 1] != '\n') --from;
            while (to < original.size() && !blank(original[to]) && original[to] != '\n') ++to;
            const std::string_view word = original.substr(from, to - from);
            broken.emplace_back(std::string(word), font->CalcTextSizeA(size, FLT_MAX, 0.0f, word.data(), word.data() + word.size()).x);
            continue;  // an inserted break: the original goes on where it was
        }
        ++i;
    }
    return broken;
}

void write_box(JsonWriter& json, const char* key, const Box4& box) {
    json.key(key);
    json.begin_array();
    for (float value : {box.x0, box.y0, box.x1, box.y1}) json.real(std::round(value * 10) / 10);
    json.end_array();
}

std::string hex(std::uint32_t rgb) {
    char text[8];
    std::snprintf(text, sizeof text, "%06x", rgb & 0xffffff);
    return text;
}

// The commonest colour inside `box` of the frame: the text's background.
struct Pixels {
    std::vector<std::uint32_t> rgba;
    int width = 0, height = 0;
    bool read(SDL_Renderer* renderer, std::string* error) {
        if (SDL_GetRendererOutputSize(renderer, &width, &height) != 0) {
            *error = SDL_GetError();
            return false;
        }
        rgba.assign(static_cast<std::size_t>(width) * height, 0);
        if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_ABGR8888, rgba.data(), width * 4) != 0) {
            *error = SDL_GetError();
            return false;
        }
        return true;
    }
    // 0xRRGGBB, or -1 when none of the box is on screen.
    long background(const Box4& box) const {
        const int x0 = std::max(0, static_cast<int>(box.x0)), y0 = std::max(0, static_cast<int>(box.y0));
        const int x1 = std::min(width, static_cast<int>(box.x1)), y1 = std::min(height, static_cast<int>(box.y1));
        std::map<std::uint32_t, int> counts;
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x) ++counts[rgba[static_cast<std::size_t>(y) * width + x] & 0xffffff];
        if (counts.empty()) return -1;
        auto most = std::max_element(counts.begin(), counts.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
        const std::uint32_t abgr = most->first;  // ABGR8888 read as a little-endian word: R in the low byte
        return static_cast<long>(((abgr & 0xff) << 16) | (abgr & 0xff00) | ((abgr >> 16) & 0xff));
    }
};

Box4 intersect(const Box4& a, const Box4& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

Item start_item(const char* kind, const ImDrawList* draw, const ImGuiWindow* window) {
    Item item;
    item.kind = kind;
    item.window = draw->_OwnerName ? draw->_OwnerName : "";
    item.clip = box_of(ImVec2(draw->_ClipRectStack.back().x, draw->_ClipRectStack.back().y),
                       ImVec2(draw->_ClipRectStack.back().z, draw->_ClipRectStack.back().w));
    item.scrolls = window_scrolls(window);
    if (window) {
        item.scroll_y = window->Scroll.y;
        item.follows_end = std::find(end_followers.begin(), end_followers.end(), window) != end_followers.end();
    }
    if (!boxes.empty()) {
        item.has_box = true;
        item.box = boxes.back();
    }
    item.at = {draw, draw->VtxBuffer.Size};
    item.decoration = decorations > 0;
    return item;
}

}  // namespace

void set_aside_font(const ImFont* font) { aside_font = font; }

Decoration::Decoration() { ++decorations; }
Decoration::~Decoration() { --decorations; }

void begin_frame(bool noting_on) {
    on = noting_on;
    items.clear();
    covers.clear();
    boxes.clear();
    end_followers.clear();
}

bool noting() { return on; }

void add_text(ImDrawList* draw, ImFont* font, float size, const ImVec2& pos, ImU32 colour, const char* begin,
              const char* end, float wrap_width, const ImVec4* clip) {
    if (!end) end = begin + strlen(begin);
    const std::string drawn = wrap_at_spaces(font, size, std::string_view(begin, end - begin), wrap_width);
    if (on && begin != end) {
        Item item = start_item("text", draw, window_of(draw));
        item.text.assign(begin, end);
        if (clip) item.clip = intersect(item.clip, {clip->x, clip->y, clip->z, clip->w});
        const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, drawn.data(), drawn.data() + drawn.size());
        item.rect = {pos.x, pos.y, pos.x + extent.x, pos.y + extent.y};
        item.size = size;
        item.aside = font == aside_font;
        item.colour = colour;
        item.wrap = wrap_width;
        item.broken_words = words_broken(font, size, std::string_view(begin, end - begin), drawn);
        items.push_back(std::move(item));
    }
    draw->AddText(font, size, pos, colour, drawn.data(), drawn.data() + drawn.size(), 0.0f, clip);
}

void note_item_text(ImFont* font, const std::string& text, const std::string& drawn, float wrap_width, ImU32 colour) {
    if (!on || text.empty()) return;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    Item item = start_item("text", window->DrawList, window);
    item.text = text;
    item.rect = box_of(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    item.size = font->FontSize;
    item.aside = font == aside_font;
    item.colour = colour;
    item.wrap = wrap_width;
    item.broken_words = words_broken(font, font->FontSize, text, drawn);
    items.push_back(std::move(item));
}

void note_text(ImFont* font, const std::string& text, const ImVec2& min, const ImVec2& max, ImU32 colour) {
    if (!on || text.empty()) return;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    Item item = start_item("text", window->DrawList, window);
    item.text = text;
    item.rect = box_of(min, max);
    item.size = font->FontSize;
    item.aside = font == aside_font;
    item.colour = colour;
    items.push_back(std::move(item));
}

void note_control(const std::string& label) {
    if (!on) return;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    Item item = start_item("control", window->DrawList, window);
    item.text = label;
    item.rect = box_of(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    items.push_back(std::move(item));
}

Box::Box(const ImVec2& min, const ImVec2& max) {
    if (on) boxes.push_back(box_of(min, max));
}
Box::~Box() {
    if (on && !boxes.empty()) boxes.pop_back();
}

void note_cover(const ImVec2& min, const ImVec2& max) {
    if (!on) return;
    const ImDrawList* draw = ImGui::GetWindowDrawList();
    covers.push_back({box_of(min, max), {draw, draw->VtxBuffer.Size}, {}});
}

void note_follows_end() {
    if (on) end_followers.push_back(ImGui::GetCurrentWindowRead());
}

void note_cover_window() {
    if (on && !covers.empty()) covers.back().window = ImGui::GetCurrentWindowRead()->Name;
}

bool frame_report(const FrameFacts& facts, SDL_Renderer* renderer, std::string* report, std::string* error) {
    Pixels pixels;
    if (!pixels.read(renderer, error)) return false;
    // The order things are painted in: draw lists in the order rendered, each from its start.
    std::map<const ImDrawList*, int> list_order;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int i = 0; data && i < data->CmdListsCount; ++i) list_order[data->CmdLists[i]] = i;
    auto order = [&](const DrawPoint& at) -> double {
        auto found = list_order.find(at.list);
        return found == list_order.end() ? -1.0 : found->second * 1e7 + at.vertex;
    };
    std::string& text = *report;
    text.clear();
    JsonWriter json(text, 0);
    json.begin_object();
    json.key("covers");
    json.begin_array();
    for (const Cover& cover : covers) {
        json.begin_object();
        json.key("order");
        json.real(order(cover.at));
        write_box(json, "rect", cover.rect);
        json.key("window");
        json.string(cover.window);
        json.end_object();
    }
    json.end_array();
    json.key("items");
    json.begin_array();
    for (const Item& item : items) {
        json.begin_object();
        if (item.kind == "text") {
            json.key("aside");
        json.boolean(item.aside);
        json.key("decoration");
        json.boolean(item.decoration);
        json.key("background");
            const long background = pixels.background(intersect(item.rect, item.clip));
            if (background < 0) json.string(""); else json.string(hex(static_cast<std::uint32_t>(background)));
        }
        if (item.has_box) write_box(json, "box", item.box);
        json.key("broken_words");
        json.begin_array();
        for (const auto& [word, width] : item.broken_words) {
            json.begin_array();
            json.string(word);
            json.real(width);
            json.end_array();
        }
        json.end_array();
        write_box(json, "clip", item.clip);
        if (item.kind == "text") {
            const ImVec4 c = ImGui::ColorConvertU32ToFloat4(item.colour);
            json.key("colour");
            json.string(hex((static_cast<std::uint32_t>(c.x * 255 + 0.5f) << 16) |
                            (static_cast<std::uint32_t>(c.y * 255 + 0.5f) << 8) | static_cast<std::uint32_t>(c.z * 255 + 0.5f)));
            json.key("opacity");
            json.real(c.w);
        }
        json.key("kind");
        json.string(item.kind);
        json.key("order");
        json.real(order(item.at));
        write_box(json, "rect", item.rect);
        json.key("follows_end");
        json.boolean(item.follows_end);
        json.key("scroll_y");
        json.real(item.scroll_y);
        json.key("scrolls");
        json.boolean(item.scrolls);
        json.key("size");
        json.real(item.size);
        json.key("text");
        json.string(item.text);
        json.key("window");
        json.string(item.window);
        json.key("wrap");
        json.real(item.wrap);
        json.end_object();
    }
    json.end_array();
    json.key("body_size");
    json.real(facts.body_size);
    json.key("fresh");
    json.boolean(facts.fresh);
    json.key("label");
    json.string(facts.label);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    json.key("window_size");
    json.begin_array();
    json.real(display.x);
    json.real(display.y);
    json.end_array();
    json.end_object();
    return true;
}

bool write_frame(const std::string& path, const FrameFacts& facts, SDL_Renderer* renderer, std::string* error) {
    std::string text;
    if (!frame_report(facts, renderer, &text, error)) return false;
    std::ofstream out(path, std::ios::app);
    out << text << '\n';
    out.flush();
    if (!out) {
        *error = "cannot write the layout report " + path;
        return false;
    }
    return true;
}

}  // namespace secondlook::layout
