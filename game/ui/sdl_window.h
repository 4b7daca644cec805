// The SDL window, its renderer and Dear ImGui's context and fonts.
#pragma once

#include <SDL.h>

#include <string>

#include "app/settings_file.h"
#include "app/window_options.h"
#include "ui/fonts.h"

namespace secondlook {

class SdlWindow {
public:
    SdlWindow() = default;
    ~SdlWindow();
    SdlWindow(const SdlWindow&) = delete;
    SdlWindow& operator=(const SdlWindow&) = delete;

    // Opens the window at the options' size, with ImGui on its renderer.
    // False with the reason on stderr.
    bool open(const WindowOptions& options);
    // Rebuilds fonts and style when the window's scale or the player's text
    // size, spacing or contrast changed. Text grows by the text size; the
    // layout by the window's scale only, and screens wrap and grow to fit.
    void rescale(const PlayerSettings& settings, bool projector);

    // The browser page's canvas follows the browser's window: `width` x
    // `height` pixels, `pixel_ratio` of them to a point of the screen. (The
    // desktop's window is resized by its user, at one pixel to a point.)
    void fit(int width, int height, float pixel_ratio);
    void hide() { SDL_HideWindow(window_); }
    SDL_Window* window() const { return window_; }
    SDL_Renderer* renderer() const { return renderer_; }
    const Fonts& fonts() const { return fonts_; }
    float scale() const { return scale_; }

private:
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    Fonts fonts_;
    float scale_ = 0.0f;
    float pixel_ratio_ = 1.0f;
    std::string look_;  // what the fonts and style were last built for
};

}  // namespace secondlook
