#include "window_app.h"

#include <SDL.h>
#include <malloc.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <filesystem>
#include <future>
#include <iostream>

#include "app/file_watcher.h"
#include "app/first_frame_report.h"
#include "app/resource_paths.h"
#include "app/ui_text.h"
#include "app/settings_file.h"
#include "audio/audio_player.h"
#include "audio/speech.h"
#include "cli/cli_args.h"
#include "records/record_store.h"
#include "core/scenario_loader.h"
#include "ui/fonts.h"
#include "ui/frame_events.h"
#include "ui/game_state.h"
#include "ui/image_cache.h"
#include "ui/keyboard.h"
#include "ui/layout_report.h"
#include "ui/layout_tour.h"
#include "ui/library_loading.h"
#include "ui/read_aloud.h"
#include "ui/screens/screens.h"
#include "ui/screenshot.h"
#include "ui/sound_director.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

// Everything is laid out for 1280x720 and scaled to the window.
constexpr float kDesignWidth = 1280.0f;
constexpr float kDesignHeight = 720.0f;
// Projector mode draws everything this much larger, to be read from the back of a room.
constexpr float kProjectorScale = 1.25f;

double seconds_now() {
    return static_cast<double>(SDL_GetPerformanceCounter()) / static_cast<double>(SDL_GetPerformanceFrequency());
}

// How long the loop may sleep while the play moves on by itself. Typing dots
// and a held breath animate; a running countdown changes only when its shown
// second ticks over or a demand is due, so it wakes for those alone rather
// than drawing frames nobody needs.
double seconds_until_redraw(const GameState& state, double now) {
    constexpr double kAnimationFrame = 1.0 / 30.0;
    if (!state.pacer().settled()) return std::min(state.seconds_to_next_change(now), kAnimationFrame);
    if (state.breath_progress(now)) return kAnimationFrame;
    const Run* run = state.run();
    const Countdown* countdown = run ? run->countdown() : nullptr;
    if (!countdown) return kAnimationFrame;
    const double left = run->countdown_left();
    double wait = left - std::floor(left);
    if (wait <= 0) wait = 1.0;
    const double elapsed = countdown->seconds - left;
    for (const auto& demand : countdown->demands)
        if (demand.at_seconds > elapsed) wait = std::min(wait, demand.at_seconds - elapsed);
    return wait;
}

float scale_for(SDL_Window* window, bool projector) {
    int width = 0, height = 0;
    SDL_GetWindowSize(window, &width, &height);
    float scale = std::min(width / kDesignWidth, height / kDesignHeight) * (projector ? kProjectorScale : 1.0f);
    scale = std::clamp(std::round(scale * 20.0f) / 20.0f, 0.5f, 4.0f);  // steps of 5%
    return scale;
}

// A window of its own above the screen, so clicks cannot reach what is under it.
template <typename Draw>
UiAction draw_over(const char* id, const Rect& area, Draw draw) {
    ImGui::SetNextWindowPos(area.min);
    ImGui::SetNextWindowSize(ImVec2(area.width(), area.height()));
    ImGui::SetNextWindowBgAlpha(0.0f);
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();
    layout::note_cover(area.min, area.max);  // the screen under it is not read while it is open
    layout::note_cover_window();
    UiAction action = draw(area);
    ImGui::End();
    return action;
}

// Captions for sounds and the facilitator's pause, as pills in the top bar
// beside Help, where they never cover the conversation or the replies.
std::vector<std::string> status_lines(const ScreenContext& context, const std::vector<std::string>& captions) {
    std::vector<std::string> lines;
    if (context.state.paused() && context.state.screen() == ScreenId::Play) lines.push_back(ui_text("top.paused"));
    if (auto notice = context.state.reload_notice(context.now); !notice.empty()) lines.push_back(notice);
    if (context.state.settings().captions) lines.insert(lines.end(), captions.begin(), captions.end());
    return lines;
}

float status_pill_width(const ScreenContext& context, const std::string& line) {
    return text_size(context.fonts.strong, line).x + 28 * context.scale;
}

// The room the pills take beside the bar's buttons.
float status_lines_width(const ScreenContext& context, const std::vector<std::string>& lines) {
    float width = 0;
    for (const auto& line : lines) width += status_pill_width(context, line) + 10 * context.scale;
    return lines.empty() ? 0 : width + 16 * context.scale;
}

// Pills that do not fit beside the title (large text, several sounds at
// once) go on rows just under the bar rather than being dropped: captions
// are how a player who cannot hear knows what happened. Returns how many rows
// under the bar they take; with no `draw`, only measures.
int place_status_lines(const ScreenContext& context, const Rect& bar, const std::vector<std::string>& lines,
                       ImDrawList* draw) {
    const float s = context.scale;
    const float height = bar.height() - 24 * s;
    const float first_right = bar.max.x - top_bar_buttons_width(context) - 16 * s;
    const float keep_clear = top_bar_title_end(context, bar) + 16 * s;
    float right = first_right, top = bar.min.y + 12 * s;
    int rows_under = 0;
    for (const auto& line : lines) {
        const float width = status_pill_width(context, line);
        if (rows_under == 0 && right - width < keep_clear) {
            rows_under = 1;
            top = bar.max.y + 8 * s;
            right = bar.max.x - 16 * s;
        } else if (rows_under > 0 && right - width < bar.min.x + 16 * s) {
            ++rows_under;
            top += height + 8 * s;
            right = bar.max.x - 16 * s;
        }
        const ImVec2 min(right - width, top), max(right, top + height);
        right = min.x - 10 * s;
        if (!draw) continue;
        draw->AddRectFilled(min, max, theme::rgb(0x3a5573), 10 * s);
        if (rows_under > 0) draw->AddRect(min, max, theme::rgb(0xffffff), 10 * s, 0, 2 * s);
        const ImVec2 size = text_size(context.fonts.strong, line);
        layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                      ImVec2(min.x + 14 * s, min.y + (height - size.y) / 2), theme::rgb(0xffffff), line.c_str());
    }
    return rows_under;
}

// The height of `rows` rows of pills under the bar.
float status_rows_height(const ScreenContext& context, const Rect& bar, int rows) {
    return rows * (bar.height() - 24 * context.scale + 8 * context.scale);
}

// --watch: the edited file has errors. Play goes on with the last good
// version; the errors show in the window, as lint prints them.
void draw_reload_problems(const ScreenContext& context, const Rect& content) {
    const auto& problems = context.state.reload_problems();
    if (problems.empty()) return;
    const float s = context.scale;
    std::string text = ui_text("reload.has-errors") + "\n";
    for (std::size_t i = 0; i < problems.size() && i < 6; ++i) text += format_diagnostic(problems[i]) + "\n";
    if (problems.size() > 6) text += ui_text("reload.more-errors", {{"count", std::to_string(problems.size() - 6)}}) + "\n";
    const float wrap = content.width() - 80 * s;
    ImVec2 size = text_size(context.fonts.small, text, wrap);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    ImVec2 min(content.min.x + 24 * s, content.max.y - size.y - 40 * s);
    draw->AddRectFilled(min, ImVec2(content.max.x - 24 * s, content.max.y - 16 * s), theme::rgb(0x5c1a16), 10 * s);
    layout::add_text(draw, context.fonts.small, context.fonts.small->FontSize, ImVec2(min.x + 16 * s, min.y + 12 * s),
                  theme::rgb(0xffffff), text.c_str(), nullptr, wrap);
}

// Rows of status pills kept under the top bar. The screen moves down to make
// room rather than being covered (the messenger's header, the tools), and the
// room stays while the screen does: pills come and go with every sound, and
// the screen must not jump each time.
struct StatusRows {
    ScreenId screen = ScreenId::ContentNote;
    float bar_height = 0;
    int rows = 0;
};

UiAction draw_frame(GameState& state, const Fonts& fonts, float scale, double now,
                    const std::vector<std::string>& captions, ImageCache& images, StatusRows& kept) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ScreenContext context{state, fonts, scale, now, &images};
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    UiAction action;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ImGui::Begin("##root", nullptr, root_flags);
    Rect bar{{0, 0}, {display.x, top_bar_height(context)}};
    const std::vector<std::string> status = status_lines(context, captions);
    if (kept.screen != state.screen() || kept.bar_height != bar.height()) kept = {state.screen(), bar.height(), 0};
    kept.rows = std::max(kept.rows, place_status_lines(context, bar, status, nullptr));
    const float under_bar = status_rows_height(context, bar, kept.rows);
    Rect content{{0, bar.max.y + under_bar}, display};
    keep_first(action, draw_top_bar(context, bar, status_lines_width(context, status)));
    UiAction screen_action;
    switch (state.screen()) {
        case ScreenId::ContentNote: screen_action = draw_content_note(context, content); break;
        case ScreenId::ScenarioList: screen_action = draw_scenario_list(context, content); break;
        case ScreenId::Play: screen_action = draw_play(context, content); break;
        case ScreenId::Debrief: screen_action = draw_debrief(context, content); break;
        case ScreenId::FacilitatorPin: screen_action = draw_facilitator_pin(context, content); break;
        case ScreenId::Dashboard: screen_action = draw_dashboard(context, content); break;
        case ScreenId::SessionSetup: screen_action = draw_session_setup(context, content); break;
        case ScreenId::JoinSession: screen_action = draw_join_session(context, content); break;
        case ScreenId::Check: screen_action = draw_knowledge_check(context, content); break;
        case ScreenId::ProjectorSetup: screen_action = draw_projector_setup(context, content); break;
    }
    // Settings open over any screen; the locker only while playing.
    const bool overlay = state.overlay() == Overlay::Settings ||
                         (state.screen() == ScreenId::Play && state.overlay() != Overlay::None);
    if (!state.help_open() && !overlay) keep_first(action, screen_action);
    ImGui::End();

    if (state.help_open()) {
        keep_first(action, draw_over("##help-overlay", content, [&](const Rect& area) { return draw_help(context, area); }));
    } else if (overlay && state.overlay() == Overlay::Locker && state.run()) {
        keep_first(action, draw_over("##locker", content, [&](const Rect& area) { return draw_evidence_locker(context, area); }));
    } else if (overlay && state.overlay() == Overlay::Settings) {
        keep_first(action, draw_over("##settings", content, [&](const Rect& area) { return draw_settings(context, area); }));
    }
    place_status_lines(context, bar, status, ImGui::GetForegroundDrawList());
    draw_reload_problems(context, content);
    return action;
}

class Window {
public:
    bool open(const WindowOptions& options) {
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

    ~Window() {
        if (ImGui::GetCurrentContext()) {
            ImGui_ImplSDLRenderer_Shutdown();
            ImGui_ImplSDL2_Shutdown();
            ImGui::DestroyContext();
        }
        if (renderer_) SDL_DestroyRenderer(renderer_);
        if (window_) SDL_DestroyWindow(window_);
        SDL_Quit();
    }

    // Rebuilds fonts and style when the window's scale or the player's text
    // size, spacing or contrast changed. Text grows by the text size; the
    // layout by the window's scale only, and screens wrap and grow to fit.
    void rescale(const PlayerSettings& settings, bool projector) {
        const float scale = scale_for(window_, projector);
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
    std::string look_;  // what the fonts and style were last built for
};

}  // namespace

int run_window(const WindowOptions& options) {
    // One malloc arena for the whole window. glibc gives each new thread that
    // allocates its own arena; the library-loading thread's would hold the
    // parsed library next to the garbage of parsing, while the main thread's
    // heap has megabytes free from compiling the renderer's shaders. With one
    // arena the loader reuses those. The window's other threads (audio mixing,
    // the software renderer's) hardly allocate; sharing the lock made no
    // measurable difference to the time the library takes to load. Arenas
    // are glibc's: other C libraries (the browser build's) have no M_ARENA_MAX.
#ifdef M_ARENA_MAX
    mallopt(M_ARENA_MAX, 1);
#endif
    auto support = load_support_file(support_file_path());
    for (const auto& diagnostic : support.diagnostics.all()) std::cerr << format_diagnostic(diagnostic) << '\n';

    if (!options.language.empty()) {
        std::string why;
        if (!load_ui_translation(options.language, &why)) {
            std::cerr << "secondlook: --language: " << why << '\n';
            return 2;
        }
    }
    Library library;
    // Parsing the whole library is most of start-up. The first screen, the
    // content note, does not need it: it loads on a second thread once the
    // note is on screen (so it does not compete with opening the window), and
    // is in place before any screen that lists scenarios or uses the
    // knowledge check is drawn, and before any action of the player.
    const bool library_up_front = !options.screen.empty() || !options.track.empty() || options.watch;
    bool library_to_come = options.scenario.empty() && !library_up_front;
    std::future<Library> loading;
    auto start_loading = [&] {
        if (!library_to_come || loading.valid()) return;
        loading = std::async(std::launch::async, [] { return Library{load_catalogue(), load_knowledge_check()}; });
    };
    if (!options.scenario.empty()) {
        library.catalogue.push_back(load_entry(options.scenario));
        if (!library.catalogue.front().scenario) {
            for (const auto& diagnostic : library.catalogue.front().problems) std::cerr << format_diagnostic(diagnostic) << '\n';
            std::cerr << "secondlook: '" << options.scenario << "' has errors; fix them (see 'secondlook lint') first\n";
            return 1;
        }
        library.check = load_knowledge_check();
    } else if (library_up_front) {
        // A requested screen, track or file watching uses the library from the start.
        library = Library{load_catalogue(), load_knowledge_check()};
    }
    GameState state(support.info, std::move(library.catalogue));
    state.set_knowledge_check(library.check);
    state.set_shared_folder(options.shared_folder);
    auto library_in_place = [&](bool wait) {
        if (wait) start_loading();
        if (!loading.valid()) return;
        if (!wait && loading.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
        Library loaded = loading.get();
        library_to_come = false;
        state.set_catalogue(std::move(loaded.catalogue));
        state.set_knowledge_check(loaded.check);
    };
    const double start = seconds_now();
    // Results stay on this machine, in the player's own data folder (or
    // --records). Screenshot runs are for reviewers and tests: not recorded
    // unless a records file is named.
    const bool test_run = !options.screenshot.empty() || !options.layout_report.empty();
    std::unique_ptr<RecordStore> records;
    if (!test_run || !options.records.empty()) {
        const std::string path = options.records.empty() ? default_records_path() : options.records;
        try {
            records = std::make_unique<RecordStore>(path);
            state.record_to(records.get(), options.session, options.player);
        } catch (const std::exception& error) {
            state.set_records_problem(error.what());
            std::cerr << "secondlook: results will not be saved: " << error.what() << '\n';
        }
    }
    if (!options.scenario.empty()) {
        state.start_after_content_note(0);
        // Replays and screenshots are for reviewers and tests: straight in.
        if (!options.projector && (!options.choose.empty() || test_run)) state.start(0, start);
        // Check every id before opening a window, so a mistake is a clear error.
        Run dry_run(state.catalogue().front().scenario);
        for (const auto& id : options.choose) {
            std::string why;
            if (!dry_run.act(id, &why)) {
                std::cerr << "secondlook: " << why << '\n';
                return 2;
            }
        }
    }
    if (options.projector) {
        // The facilitator's PIN first, always; then the class plays.
        state.start_projector_after_pin(0, options.session);
        state.apply(UiAction::of(UiAction::Kind::OpenDashboard), start);
        if (!options.pin.empty()) state.apply({UiAction::Kind::SubmitPin, 0, options.pin}, start);
    }
    // The ids are replayed one per frame, so an evidence screenshot among
    // them saves the screen as it was at that point, not the final one.
    std::deque<std::string> to_replay(options.choose.begin(), options.choose.end());
    if (!options.track.empty()) state.apply({UiAction::Kind::FilterTrack, 0, options.track}, start);
    auto show_requested_screen = [&](double now) {
        if (options.screen == "scenarios") state.show(ScreenId::ScenarioList);
        if (options.screen == "help") state.set_help_open(true);
        if (options.screen == "locker") state.apply(UiAction::of(UiAction::Kind::OpenLocker), now);
        if (options.screen == "settings") state.apply(UiAction::of(UiAction::Kind::OpenSettings), now);
        if (options.screen == "join") state.apply(UiAction::of(UiAction::Kind::OpenJoin), now);
        if (options.screen == "check") state.apply({UiAction::Kind::StartCheck, 0, "pre"}, now);
        if (options.screen == "after-check") {
            // The after-check as a player sees it once a not-best answer (the first) is explained.
            state.apply({UiAction::Kind::StartCheck, 0, "post"}, now);
            state.apply({UiAction::Kind::PickCheckOption, 0, {}}, now);
            state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), now);
        }
        if (state.projector() && state.run()) {
            const auto offered = state.run()->offered();
            for (std::size_t i = 0; i < options.votes.size() && i < offered.size(); ++i)
                state.apply({UiAction::Kind::SetVote, static_cast<std::size_t>(options.votes[i]), offered[i]->id}, now);
            if (options.screen == "discuss") state.apply(UiAction::of(UiAction::Kind::ToggleDiscuss), now);
        }
        if (options.screen == "dashboard" || options.screen == "new-session") {
            state.apply(UiAction::of(UiAction::Kind::OpenDashboard), now);
            if (!options.pin.empty()) state.apply({UiAction::Kind::SubmitPin, 0, options.pin}, now);
            if (options.screen == "new-session") state.apply(UiAction::of(UiAction::Kind::OpenSessionSetup), now);
        }
    };
    // The player's settings, kept between runs. A screenshot run is for
    // reviewers and tests: it uses the defaults unless --settings names a file.
    const std::string settings_path =
        !options.settings.empty() ? options.settings : !test_run ? default_settings_path() : "";
    if (!settings_path.empty()) {
        std::vector<std::string> problems;
        state.use_settings(load_settings_file(settings_path, &problems));
        for (const auto& problem : problems) std::cerr << "secondlook: " << settings_path << ": " << problem << '\n';
    }
    int settings_saved = state.settings_changes();
    // Reports are drawn with their own settings; the player's are put back after.
    const PlayerSettings own_settings = state.settings();
    LayoutTour tour(!options.layout_report.empty(), own_settings, options.projector);
    int reports_written = 0;
    const std::string first_step = options.screen.empty() ? "start" : options.screen;
    bool screen_shown = to_replay.empty();
    if (screen_shown) {
        show_requested_screen(start);
        tour.visit(first_step);
    }
    state.set_session_folder(options.session_dir.empty() ? new_session_folder() : options.session_dir);

    Window window;
    if (!window.open(options)) return 1;

    AudioPlayer audio;
    std::string no_sound;
    if (!audio.open(data_directory() + "/assets/sounds", &no_sound))
        std::cerr << "secondlook: playing without sound (" << no_sound << "); captions still show every cue\n";
    SoundDirector sounds;
    Speech speech(audio);
    ReadAloud read_aloud;
    ImageCache images(window.renderer());
    KeyState keys;
    FrameEvents events;
    StatusRows status_rows;
    std::vector<std::string> watched;
    for (const auto& entry : state.catalogue()) watched.push_back(entry.path);
    FileWatcher watcher(options.watch ? watched : std::vector<std::string>{});
    double watched_at = 0;
    constexpr double kWatchSeconds = 0.5;  // how often --watch looks at the files
    int frames_to_settle = 4;  // ImGui lays out over a couple of frames after any change
    int frames_drawn = 0;     // since the last replayed id (or the start)
    const bool screenshot_run = test_run;
    const bool bench_first_frame = first_frame_report_wanted();  // tools/bench: start-up time

    // The first event of a frame: polled while the layout settles, waited for
    // (no CPU) when nothing moves on screen.
    auto first_event = [&](SDL_Event& event) -> bool {
        if (frames_to_settle > 0 || screenshot_run) return SDL_PollEvent(&event);
        if (state.animating() || speech.busy()) {
            // Speech waiting to be said needs the loop too, at the animation pace.
            const double wait = seconds_until_redraw(state, seconds_now());
            return SDL_WaitEventTimeout(&event, std::max(1, static_cast<int>(std::ceil(wait * 1000))));
        }
        // --watch looks at the files; results held back by a reader are tried again.
        if (options.watch || state.records_waiting())
            return SDL_WaitEventTimeout(&event, static_cast<int>(kWatchSeconds * 1000));
        return SDL_WaitEvent(&event);  // idle: no CPU until the player acts
    };

    while (!state.quit_requested()) {
        SDL_Event event;
        // A key let go in the last frame's events starts this one, without waiting.
        bool have_event = events.take_held_back(event) || first_event(event);
        bool changed = false;
        while (have_event) {
            changed = true;
            const double now = seconds_now();
            if (event.type == SDL_QUIT) state.apply(UiAction::of(UiAction::Kind::QuickExit), now);
            if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) library_in_place(true);  // a shortcut may need it
            if (event.type == SDL_KEYDOWN) handle_key_down(event.key, state, keys, now);
            if (event.type == SDL_KEYUP) handle_key_up(event.key, state, keys, now);
            if (!keys.enter_used) ImGui_ImplSDL2_ProcessEvent(&for_imgui(event));
            keys.enter_used = false;
            have_event = events.next(event);
        }
        events.end_frame();
        if (state.quit_requested()) {
            window.hide();  // quick exit: gone from the screen before anything else
            break;
        }
        const double now = seconds_now();
        if (options.watch && now - watched_at >= kWatchSeconds) {
            watched_at = now;
            for (const auto& path : watcher.changed()) {
                state.reload(path, load_scenario_file(path), now);
                changed = true;
            }
            if (!state.reload_notice(now).empty()) changed = true;  // and once more when it expires
        }
        if (!to_replay.empty() && frames_drawn >= 2 && !state.pending_capture() && !tour.busy()) {
            std::string why;
            state.replay({to_replay.front()}, now, &why);  // checked above
            if (changes_layout(to_replay.front())) tour.visit("after " + to_replay.front());
            to_replay.pop_front();
            frames_drawn = 0;
            changed = true;
        } else if (to_replay.empty() && !screen_shown && frames_drawn >= 2 && !state.pending_capture() && !tour.busy()) {
            show_requested_screen(now);
            if (!options.screen.empty()) tour.visit(first_step);
            screen_shown = true;
            frames_drawn = 0;
            changed = true;
        }
        library_in_place(state.screen() != ScreenId::ContentNote);
        const std::size_t revealed_before = state.pacer().revealed();
        state.update(now);
        if (state.pacer().revealed() != revealed_before) changed = true;
        frames_to_settle = changed ? 4 : frames_to_settle - 1;

        if (state.settings_changes() != settings_saved && !settings_path.empty()) {
            settings_saved = state.settings_changes();
            std::string why;
            if (!save_settings_file(settings_path, state.settings(), &why))
                std::cerr << "secondlook: settings not saved: " << why << '\n';
        }
        // espeak-ng starts the first time read aloud is switched on.
        if (state.settings().read_aloud && !speech.available() && state.read_aloud_problem().empty()) {
            std::string why;
            if (!speech.start(&why)) {
                state.set_read_aloud_problem(why);
                std::cerr << "secondlook: read aloud is silent: " << why << '\n';
            }
        }
        if (tour.active()) state.use_settings(tour.busy() ? tour.settings() : own_settings);
        window.rescale(state.settings(), state.projector());
        ImGui_ImplSDLRenderer_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        sounds.update(state, audio, now);
        begin_focus_frame();
        constexpr int kFramesToReport = 6;  // as for a screenshot: the layout has settled
        layout::begin_frame(tour.busy() && frames_drawn + 1 >= kFramesToReport);
        const std::vector<std::string> captions = sounds.captions(now);
        UiAction action = draw_frame(state, window.fonts(), window.scale(), now, captions, images, status_rows);
        read_aloud.speak(state, captions, focused_control().id, focused_control().spoken, speech);
        speech.update();
        ImGui::Render();
        const unsigned background = theme::rgb(theme::kBackground);
        SDL_SetRenderDrawColor(window.renderer(), background & 0xff, (background >> 8) & 0xff, (background >> 16) & 0xff, 0xff);
        SDL_RenderClear(window.renderer());
        ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        ++frames_drawn;

        // Evidence screenshots are real images of the screen, kept in this
        // play's session folder for the locker.
        if (auto capture = state.pending_capture(); capture && frames_drawn >= 2) {
            std::error_code ignored;
            state.capture_saved(*capture);
            std::string path = state.capture_path(*capture), why;
            std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ignored);
            if (!save_screenshot(window.renderer(), path, &why)) {
                state.capture_lost(*capture);
                std::cerr << "secondlook: cannot save evidence screenshot " << path << ": " << why
                          << "; the locker does not count it\n";
            }
        }
        if (tour.busy() && frames_drawn >= kFramesToReport && !state.pending_capture()) {
            std::string why;
            const layout::FrameFacts facts{tour.label(), window.fonts().body->FontSize, tour.fresh()};
            if (!layout::write_frame(options.layout_report, facts, window.renderer(), &why)) {
                std::cerr << "secondlook: " << why << '\n';
                return 1;
            }
            // With --screenshot too, each report's frame is kept beside it, numbered as the report's lines.
            if (!options.screenshot.empty()) {
                const std::string stem = options.screenshot.substr(0, options.screenshot.rfind(".png"));
                if (!save_screenshot(window.renderer(), stem + "-" + std::to_string(++reports_written) + ".png", &why))
                    std::cerr << "secondlook: cannot save the screenshot: " << why << '\n';
            }
            tour.next();
            frames_drawn = 0;
        }
        if (tour.active() && to_replay.empty() && screen_shown && !tour.busy()) return 0;
        if (screenshot_run && !tour.active() && screen_shown && frames_drawn >= kFramesToReport && !state.pending_capture()) {
            std::string why;
            if (!save_screenshot(window.renderer(), options.screenshot, &why)) {
                std::cerr << "secondlook: cannot save the screenshot to " << options.screenshot << ": " << why << '\n';
                return 1;
            }
            return 0;
        }
        if (keys.screenshot_requested) {
            keys.screenshot_requested = false;
            std::string path = next_screenshot_path(), why;
            if (save_screenshot(window.renderer(), path, &why))
                std::cout << "secondlook: screenshot saved to " << path << '\n';
            else
                std::cerr << "secondlook: cannot save the screenshot: " << why << '\n';
        }
        SDL_RenderPresent(window.renderer());
        start_loading();
        if (bench_first_frame) {
            report_first_frame();
            library_in_place(true);  // the bench's peak RSS is with the whole library loaded
            return 0;
        }
        if (action) {
            library_in_place(true);  // whatever the player does next may list scenarios
            state.apply(action, now);
            frames_to_settle = 4;
        }
    }
    // Results another program's read still held back get one more try as the
    // window closes (already off the screen); if they are still held, the
    // terminal is told where they are.
    if (records && state.records_waiting()) settle_records(*records, "window", std::cerr);
    return 0;
}

}  // namespace secondlook
