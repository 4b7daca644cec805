#include "fonts.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

#include "app/resource_paths.h"

namespace secondlook {
namespace {

struct FontFiles {
    std::string regular;
    std::string bold;
};

FontFiles find_font_files() {
    const std::string shipped = data_directory() + "/assets/fonts/";
    const std::vector<FontFiles> candidates = {
        {shipped + "OpenSans-Regular.ttf", shipped + "OpenSans-Semibold.ttf"},
        {"/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
         "/usr/share/fonts/truetype/open-sans/OpenSans-Semibold.ttf"},
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
    };
    for (const auto& files : candidates)
        if (std::filesystem::exists(files.regular) && std::filesystem::exists(files.bold)) return files;
    return {};
}

// Latin with accents, general punctuation (curly quotes, dashes, ellipsis)
// and the currency signs that demands use.
const ImWchar* glyph_ranges() {
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027,
                                     0x2030, 0x205E, 0x20A0, 0x20BF, 0x2190, 0x2193, 0};
    return ranges;
}

// The huge font shows amounts, PINs, dialled numbers and a caller's initials:
// letters, digits and currency signs, never the dashes, quotes and arrows of
// running text. It is the largest in the atlas, so leaving those out keeps
// start-up (each glyph is rasterised) and the texture's memory down.
const ImWchar* huge_glyph_ranges() {
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x20A0, 0x20BF, 0};
    return ranges;
}

}  // namespace

Fonts build_fonts(float scale, bool spacing) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts fonts;
    static const FontFiles files = find_font_files();
    if (files.regular.empty()) {
        static bool warned = false;
        if (!warned) std::cerr << "secondlook: no Open Sans or DejaVu font found; install fonts-open-sans\n";
        warned = true;
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        fonts.body = fonts.strong = fonts.small = fonts.aside = fonts.title = fonts.huge = io.Fonts->AddFontDefault(&config);
        fonts.source = "built-in";
        return fonts;
    }
    // Dyslexia-friendly spacing: letters a little apart, and lines about 1.5
    // apart instead of 1.2 (ImGui has no line height, so the font's own size
    // grows after the atlas is built, with the glyphs centred in the gap).
    constexpr float kLineGap = 0.25f;
    ImFontConfig config;
    config.OversampleV = 1;
    auto add = [&](const std::string& file, float size, const ImWchar* ranges = glyph_ranges()) {
        // Rasterised twice as wide, small text keeps even letter spacing at
        // fractional positions. From 30 pixels up (titles, amounts, and all
        // text at 200%) single width looks the same side by side and keeps
        // the atlas texture half as tall: 2 MB less memory at 100%.
        config.OversampleH = size * scale >= 30.0f ? 1 : 2;
        config.GlyphExtraSpacing.x = spacing ? std::max(1.0f, size * scale * 0.06f) : 0.0f;
        config.GlyphOffset.y = spacing ? size * scale * kLineGap / 2 : 0.0f;
        return io.Fonts->AddFontFromFileTTF(file.c_str(), size * scale, &config, ranges);
    };
    fonts.body = add(files.regular, 22.0f);  // first added font is ImGui's default
    fonts.strong = add(files.bold, 22.0f);
    fonts.small = fonts.body;
    fonts.aside = add(files.regular, 16.0f);
    fonts.title = add(files.bold, 34.0f);
    fonts.huge = add(files.bold, 46.0f, huge_glyph_ranges());
    fonts.source = files.regular;
    if (spacing) {
        io.Fonts->Build();
        for (ImFont* font : {fonts.body, fonts.strong, fonts.aside, fonts.title, fonts.huge})
            font->FontSize *= 1.0f + kLineGap;
    }
    return fonts;
}

}  // namespace secondlook
