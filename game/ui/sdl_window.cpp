#include "ui/sdl_window.h"

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cmath>
#include <iostream>

#include "app/settings_file.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

// Everything is laid out for 1280x720 and scaled to the window. A window
// taller than wide (a phone, a tablet upright) is laid out for 600x1067: the
// screens wrap to the narrower width as they do for large text, and the play
// screen stacks what sits side by side (play_screen.cpp). So a phone 390
// points wide gets body text of 14 points, a tablet 768 wide 21.
constexpr float kDesignWidth = 1280.0f;
constexpr float kDesignHeight = 720.0f;
constexpr float kPortraitWidth = 600.0f;
constexpr float kPortraitHeight = 1067.0f;
// Projector mode draws everything this much larger, to be read from the back of a room.
constexpr float kProjectorScale = 1.25f;

// `pixel_ratio`: the window's pixels per point of the screen (the browser's
// devicePixelRatio; 1 on the desktop), so text is as large on a phone's
// dense screen as on a laptop's, and sharp.
float scale_for(SDL_Window* window, bool projector, float pixel_ratio) {
    int width = 0, height = 0;
    SDL_GetWindowSize(window, &width, &height);
    const float points_wide = width / pixel_ratio, points_high = height / pixel_ratio;
    const bool portrait = points_high > points_wide;
    const float fit = portrait ? std::min(points_wide / kPortraitWidth, points_high / kPortraitHeight)
                               : std::min(points_wide / kDesignWidth, points_high / kDesignHeight);
    float scale = fit * (projector ? kProjectorScale : 1.0f);
    scale = std::clamp(std::round(scale * 20.0f) / 20.0f, 0.5f, 4.0f);  // steps of 5%
    return scale * pixel_ratio;
}

}  // namespace

bool SdlWindow::open(const WindowOptions& options) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        std::cerr << "secondlook: cannot start the display (" << SDL_GetError()
                  << "); is there a desktop or Xvfb running?\n";
        return false;
    }
    window_ = SDL_CreateWindow("Second Look", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                               options.height, SDL_WINDOW_RESIZABLE);
    if (!window_) {
        std::cerr << "secondlook: cannot open a window (" << SDL_GetError() << ")\n";
        return false;
    }
    SDL_SetWindowMinimumSize(window_, 640, 360);
    renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED);
    if (!renderer_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer_) {
        std::cerr << "secondlook: cannot draw in the window (" << SDL_GetError() << ")\n";
        return false;
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing about the player is written behind their back
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForSDLRenderer(window_);
    ImGui_ImplSDLRenderer_Init(renderer_);
    return true;
}

void SdlWindow::fit(int width, int height, float pixel_ratio) {
    SDL_SetWindowMinimumSize(window_, 1, 1);  // the desktop's minimum is for a mouse and a laptop's screen
    pixel_ratio_ = pixel_ratio;
    SDL_SetWindowSize(window_, width, height);
}

SdlWindow::~SdlWindow() {
    if (ImGui::GetCurrentContext()) {
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

void SdlWindow::rescale(const PlayerSettings& settings, bool projector) {
    const float scale = scale_for(window_, projector, pixel_ratio_);
    const std::string look = std::to_string(scale) + format_settings(settings);
    if (look == look_) return;
    look_ = look;
    scale_ = scale;
    theme::set_high_contrast(settings.high_contrast);
    fonts_ = build_fonts(scale * static_cast<float>(settings.text_size) / 100.0f, settings.dyslexia_spacing);
    layout::set_aside_font(fonts_.aside);
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    ImGui_ImplSDLRenderer_CreateFontsTexture();
    // The texture holds the glyphs now; ImGui's own copies of the pixels
    // (alpha and RGBA, several MB at large text sizes) are not needed again,
    // nor are the font files it read to make them (1.1 MB: each of the five
    // sizes keeps its own copy of its file). A rebuild reads them afresh.
    ImGui::GetIO().Fonts->ClearTexData();
    ImGui::GetIO().Fonts->ClearInputData();
    theme::apply_style(scale, settings.dyslexia_spacing);
}

}  // namespace secondlook
