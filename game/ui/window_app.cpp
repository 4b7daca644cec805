#include "window_app.h"

#include <SDL.h>
#include <malloc.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <iostream>
#include <optional>

#include "app/file_watcher.h"
#include "app/first_frame_report.h"
#include "app/resource_paths.h"
#include "app/ui_text.h"
#include "app/settings_file.h"
#include "audio/audio_player.h"
#include "audio/speech.h"
#include "platform/storage.h"
#include "cli/cli_args.h"
#include "records/record_store.h"
#include "core/scenario_loader.h"
#include "ui/frame_captures.h"
#include "ui/frame_drawing.h"
#include "ui/frame_events.h"
#include "ui/game_state.h"
#include "ui/image_cache.h"
#include "ui/keyboard.h"
#include "ui/layout_report.h"
#include "ui/layout_tour.h"
#include "ui/learning_platform.h"
#include "ui/library_loader.h"
#include "ui/main_loop.h"
#include "ui/read_aloud.h"
#include "ui/sdl_window.h"
#include "ui/sound_director.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"
#include "ui/widgets.h"

namespace secondlook {
namespace {

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

constexpr double kWatchSeconds = 0.5;  // how often --watch looks at the files
constexpr int kFramesToReport = 6;     // as for a screenshot: the layout has settled

bool is_first_input(const SDL_Event& event) {
    return event.type == SDL_KEYDOWN || event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_FINGERDOWN;
}

}  // namespace

// Everything the window keeps between frames, in the order it is made (and
// so taken down in reverse: the images before the renderer, the window
// before the records).
struct WindowApp::Parts {
    explicit Parts(const WindowOptions& given) : options(given) {}

    const WindowOptions options;
    bool library_to_come = false;
    LibraryLoader loader;
    std::unique_ptr<GameState> state;
    double start = 0;
    bool test_run = false;
    std::unique_ptr<RecordStore> records;
    // The ids are replayed one per frame, so an evidence screenshot among
    // them saves the screen as it was at that point, not the final one.
    std::deque<std::string> to_replay;
    std::string settings_path;
    int settings_saved = 0;
    PlayerSettings own_settings;
    std::optional<LayoutTour> tour;
    int reports_written = 0;
    std::string first_step;
    bool screen_shown = false;
    SdlWindow window;
    AudioPlayer audio;
    bool sound_tried = false;
    SoundDirector sounds;
    Speech speech{audio};
    ReadAloud read_aloud;
    std::unique_ptr<ImageCache> images;
    KeyState keys;
    FrameEvents events;
    TouchScroll touch_scroll;
    StatusRows status_rows;
    std::unique_ptr<FileWatcher> watcher;
    double watched_at = 0;
    int frames_to_settle = 4;  // ImGui lays out over a couple of frames after any change
    int frames_drawn = 0;      // since the last replayed id (or the start)
    bool bench_first_frame = false;
    int exit_code = 0;
    bool settle_on_close = false;
    bool layout_requested = false;
    std::optional<std::string> layout;
    std::int64_t records_persisted = 0;  // the records' changes() when persisting last began
    std::string storage_failure;         // shown as the records problem while storing fails

    // Puts the loaded library in place, waiting for it with `wait` (starting
    // it first if it was not yet).
    void library_in_place(bool wait) {
        if (wait) start_loading();
        std::optional<Library> loaded = loader.take(wait);
        if (!loaded) return;
        library_to_come = false;
        state->set_catalogue(std::move(loaded->catalogue));
        state->set_knowledge_check(loaded->check);
    }
    void start_loading() {
        if (library_to_come) loader.start();
    }
    void open_sound() {
        if (sound_tried) return;
        sound_tried = true;
        std::string no_sound;
        if (!audio.open(data_directory() + "/assets/sounds", &no_sound))
            std::cerr << "secondlook: playing without sound (" << no_sound << "); captions still show every cue\n";
    }
    void show_requested_screen(double now);
    void handle_events(const SDL_Event* first, bool* changed);
    bool before_drawing(double now, bool changed);
    std::optional<int> after_drawing();
    void keep_durable();
    FrameEnd end(int code, bool settle) {
        exit_code = code;
        settle_on_close = settle;
        return FrameEnd::Quit;
    }
};

void WindowApp::Parts::show_requested_screen(double now) {
    GameState& state = *this->state;
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
}

WindowApp::WindowApp(const WindowOptions& options) : parts_(std::make_unique<Parts>(options)) {}
WindowApp::~WindowApp() = default;

int WindowApp::open() {
    Parts& p = *parts_;
    const WindowOptions& options = p.options;
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
    // content note, does not need it: it loads (on a second thread where
    // there are threads) once the note is on screen, so it does not compete
    // with opening the window, and is in place before any screen that lists
    // scenarios or uses the knowledge check is drawn, and before any action
    // of the player.
    const bool library_up_front = !options.screen.empty() || !options.track.empty() || options.watch;
    p.library_to_come = options.scenario.empty() && !library_up_front;
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
    p.state = std::make_unique<GameState>(support.info, std::move(library.catalogue));
    GameState& state = *p.state;
    state.set_knowledge_check(library.check);
    state.set_shared_folder(options.shared_folder);
    const double start = p.start = seconds_now();
    // Results stay on this machine, in the player's own data folder (or
    // --records). Screenshot runs are for reviewers and tests: not recorded
    // unless a records file is named.
    p.test_run = !options.screenshot.empty() || !options.layout_report.empty();
    if (!p.test_run || !options.records.empty()) {
        const std::string path = options.records.empty() ? storage::records_path() : options.records;
        try {
            p.records = std::make_unique<RecordStore>(path);
            p.records_persisted = p.records->changes();
            state.record_to(p.records.get(), options.session, options.player);
        } catch (const std::exception& error) {
            state.set_records_problem(error.what());
            std::cerr << "secondlook: results will not be saved: " << error.what() << '\n';
        }
        if (const std::string why = storage::problem(); !why.empty())
            state.set_records_problem(ui_text("storage.not-kept", {{"why", why}}));
    }
    if (!options.scenario.empty()) {
        state.start_after_content_note(0);
        // Replays and screenshots are for reviewers and tests: straight in.
        if (!options.projector && (!options.choose.empty() || p.test_run)) state.start(0, start);
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
    p.to_replay.assign(options.choose.begin(), options.choose.end());
    if (!options.track.empty()) state.apply({UiAction::Kind::FilterTrack, 0, options.track}, start);
    // The player's settings, kept between runs. A screenshot run is for
    // reviewers and tests: it uses the defaults unless --settings names a file.
    p.settings_path = !options.settings.empty() ? options.settings : !p.test_run ? storage::settings_path() : "";
    if (!p.settings_path.empty()) {
        std::vector<std::string> problems;
        state.use_settings(load_settings_file(p.settings_path, &problems));
        for (const auto& problem : problems) std::cerr << "secondlook: " << p.settings_path << ": " << problem << '\n';
    }
    p.settings_saved = state.settings_changes();
    // Reports are drawn with their own settings; the player's are put back after.
    p.own_settings = state.settings();
    p.tour.emplace(!options.layout_report.empty(), p.own_settings, options.projector);
    p.first_step = options.screen.empty() ? "start" : options.screen;
    p.screen_shown = p.to_replay.empty();
    if (p.screen_shown) {
        p.show_requested_screen(start);
        p.tour->visit(p.first_step);
    }
    state.set_session_folder(options.session_dir.empty() ? storage::new_session_folder() : options.session_dir);
    state.set_exports_folder(storage::exports_folder());

    if (!p.window.open(options)) return 1;
    if (!sound_waits_for_first_input()) p.open_sound();
    p.images = std::make_unique<ImageCache>(p.window.renderer());
    std::vector<std::string> watched;
    for (const auto& entry : state.catalogue()) watched.push_back(entry.path);
    p.watcher = std::make_unique<FileWatcher>(options.watch ? watched : std::vector<std::string>{});
    p.bench_first_frame = first_frame_report_wanted();  // tools/bench: start-up time
    return 0;
}

EventWait WindowApp::next_wait() const {
    const Parts& p = *parts_;
    if (p.frames_to_settle > 0 || p.test_run || p.layout_requested) return {EventWait::Kind::Poll, 0};
    if (p.state->animating() || p.speech.busy() || ImGui::IsAnyMouseDown()) {
        // Speech waiting to be said needs the loop too, at the animation pace,
        // and so does a held press (a reply held steady, a finger on the
        // breathing button): its hold is timed by the frames that pass.
        const double wait = seconds_until_redraw(*p.state, seconds_now());
        return {EventWait::Kind::Timeout, std::max(1, static_cast<int>(std::ceil(wait * 1000)))};
    }
    // --watch looks at the files; results held back by a reader are tried again.
    if (p.options.watch || p.state->records_waiting())
        return {EventWait::Kind::Timeout, static_cast<int>(kWatchSeconds * 1000)};
    return {EventWait::Kind::Forever, 0};  // idle: no CPU until the player acts
}

bool WindowApp::take_held_back(SDL_Event& event) { return parts_->events.take_held_back(event); }

void WindowApp::Parts::handle_events(const SDL_Event* first, bool* changed) {
    if (!first) return;
    SDL_Event event = *first;
    bool have_event = true;
    while (have_event) {
        *changed = true;
        const double now = seconds_now();
        if (is_first_input(event)) open_sound();  // the browser allows sound from here on
        if (event.type == SDL_QUIT) state->apply(UiAction::of(UiAction::Kind::QuickExit), now);
        if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) library_in_place(true);  // a shortcut may need it
        if (event.type == SDL_KEYDOWN) handle_key_down(event.key, *state, keys, now);
        if (event.type == SDL_KEYUP) handle_key_up(event.key, *state, keys, now);
        touch_scroll.handle(event);
        if (!keys.enter_used) ImGui_ImplSDL2_ProcessEvent(&for_imgui(event));
        keys.enter_used = false;
        have_event = events.next(event);
    }
}

// The play moves on before the frame is drawn: file watching, replayed ids,
// the requested screen, pacing, settings saved, read aloud started. Returns
// whether anything changed.
bool WindowApp::Parts::before_drawing(double now, bool changed) {
    GameState& state = *this->state;
    if (options.watch && now - watched_at >= kWatchSeconds) {
        watched_at = now;
        for (const auto& path : watcher->changed()) {
            state.reload(path, load_scenario_file(path), now);
            changed = true;
        }
        if (!state.reload_notice(now).empty()) changed = true;  // and once more when it expires
    }
    if (!to_replay.empty() && frames_drawn >= 2 && !state.pending_capture() && !tour->busy()) {
        std::string why;
        state.replay({to_replay.front()}, now, &why);  // checked in open()
        if (changes_layout(to_replay.front())) tour->visit("after " + to_replay.front());
        to_replay.pop_front();
        frames_drawn = 0;
        changed = true;
    } else if (to_replay.empty() && !screen_shown && frames_drawn >= 2 && !state.pending_capture() && !tour->busy()) {
        show_requested_screen(now);
        if (!options.screen.empty()) tour->visit(first_step);
        screen_shown = true;
        frames_drawn = 0;
        changed = true;
    }
    library_in_place(state.screen() != ScreenId::ContentNote);
    const std::size_t revealed_before = state.pacer().revealed();
    state.update(now);
    if (state.pacer().revealed() != revealed_before) changed = true;

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
    return changed;
}

// After the frame is drawn and before it is shown: evidence screenshots, the
// layout report and the requested screenshot. An exit code when the run is over.
std::optional<int> WindowApp::Parts::after_drawing() {
    GameState& state = *this->state;
    if (frames_drawn >= 2) save_evidence_capture(state, window.renderer());
    if (tour->busy() && frames_drawn >= kFramesToReport && !state.pending_capture()) {
        std::string why;
        const layout::FrameFacts facts{tour->label(), window.fonts().body->FontSize, tour->fresh()};
        if (!layout::write_frame(options.layout_report, facts, window.renderer(), &why)) {
            std::cerr << "secondlook: " << why << '\n';
            return 1;
        }
        // With --screenshot too, each report's frame is kept beside it, numbered as the report's lines.
        if (!options.screenshot.empty()) {
            const std::string stem = options.screenshot.substr(0, options.screenshot.rfind(".png"));
            save_numbered_screenshot(window.renderer(), stem, ++reports_written);
        }
        tour->next();
        frames_drawn = 0;
    }
    if (layout_requested && layout::noting()) {
        layout_requested = false;
        std::string report, why;
        const layout::FrameFacts facts{"page", window.fonts().body->FontSize, false};
        if (!layout::frame_report(facts, window.renderer(), &report, &why)) report = "{\"error\":\"" + why + "\"}";
        layout = report;
    }
    if (tour->active() && to_replay.empty() && screen_shown && !tour->busy()) return 0;
    if (test_run && !tour->active() && screen_shown && frames_drawn >= kFramesToReport && !state.pending_capture())
        return save_requested_screenshot(window.renderer(), options.screenshot) ? 0 : 1;
    if (keys.screenshot_requested) {
        keys.screenshot_requested = false;
        save_player_screenshot(window.renderer());
    }
    return std::nullopt;
}

// What was written is made durable as it is written (each answer, so a play
// can be carried on after a reload in the page), and the debrief waits while
// that is under way (platform/storage.h: the desktop's writes already are).
void WindowApp::Parts::keep_durable() {
    if (records && records->changes() != records_persisted) {
        records_persisted = records->changes();
        storage::persist();
    }
    std::string why;
    const storage::Persisted persisted = storage::persisted(&why);
    state->set_records_saving(persisted == storage::Persisted::Pending);
    if (persisted == storage::Persisted::Failed && storage_failure.empty()) {
        storage_failure = ui_text("storage.not-stored", {{"why", why}});
        state->set_records_problem(storage_failure);
        std::cerr << "secondlook: " << storage_failure << '\n';
    } else if (persisted == storage::Persisted::Done && !storage_failure.empty()) {
        // Stored after all (the next copy worked): the warning would now be untrue.
        if (state->records_problem() == storage_failure) state->set_records_problem("");
        storage_failure.clear();
    }
}

FrameEnd WindowApp::frame(const SDL_Event* first) {
    Parts& p = *parts_;
    GameState& state = *p.state;
    bool changed = false;
    p.handle_events(first, &changed);
    p.events.end_frame();
    if (state.quit_requested()) {
        p.window.hide();  // quick exit: gone from the screen before anything else
        return p.end(0, true);
    }
    const double now = seconds_now();
    changed = p.before_drawing(now, changed);
    p.frames_to_settle = changed ? 4 : p.frames_to_settle - 1;

    if (p.tour->active()) state.use_settings(p.tour->busy() ? p.tour->settings() : p.own_settings);
    p.window.rescale(state.settings(), state.projector());
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // Two frames within one tick of SDL's clock (the browser's timer is
    // coarse) would give ImGui no time passing, which it refuses.
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = std::max(io.DeltaTime, 1e-4f);
    ImGui::NewFrame();
    p.sounds.update(state, p.audio, now);
    begin_focus_frame();
    layout::begin_frame((p.tour->busy() && p.frames_drawn + 1 >= kFramesToReport) || p.layout_requested);
    const std::vector<std::string> captions = p.sounds.captions(now);
    UiAction action = draw_frame(state, p.window.fonts(), p.window.scale(), now, captions, *p.images, p.status_rows);
    p.read_aloud.speak(state, captions, focused_control().id, focused_control().spoken, p.speech);
    p.speech.update();
    ImGui::Render();
    const unsigned background = theme::rgb(theme::kBackground);
    SDL_SetRenderDrawColor(p.window.renderer(), background & 0xff, (background >> 8) & 0xff, (background >> 16) & 0xff, 0xff);
    SDL_RenderClear(p.window.renderer());
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    ++p.frames_drawn;

    if (std::optional<int> code = p.after_drawing()) return p.end(*code, false);
    SDL_RenderPresent(p.window.renderer());
    p.start_loading();
    if (p.bench_first_frame) {
        report_first_frame();
        p.library_in_place(true);  // the bench's peak RSS is with the whole library loaded
        return p.end(0, false);
    }
    if (action) {
        p.library_in_place(true);  // whatever the player does next may list scenarios
        state.apply(action, now);
        p.frames_to_settle = 4;
    }
    tell_platform(state);
    p.keep_durable();
    if (state.quit_requested()) return p.end(0, true);
    return FrameEnd::Continue;
}

int WindowApp::exit_code() const { return parts_->exit_code; }

void WindowApp::close() {
    Parts& p = *parts_;
    // Results another program's read still held back get one more try as the
    // window closes (already off the screen); if they are still held, the
    // terminal is told where they are.
    if (p.settle_on_close && p.records && p.state->records_waiting()) settle_records(*p.records, "window", std::cerr);
}

void WindowApp::fit_window(int width, int height, float pixel_ratio) { parts_->window.fit(width, height, pixel_ratio); }

void WindowApp::request_layout() { parts_->layout_requested = true; }

bool WindowApp::layout_taken(std::string* json) {
    if (!parts_->layout) return false;
    *json = std::move(*parts_->layout);
    parts_->layout.reset();
    return true;
}

int run_window(const WindowOptions& options) {
    auto app = std::make_unique<WindowApp>(options);
    if (const int code = app->open()) return code;
    return run_main_loop(std::move(app));
}

}  // namespace secondlook
