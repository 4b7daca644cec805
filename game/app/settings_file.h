// The player's settings (sound, timers, text size, contrast, spacing, motion,
// read aloud) and the small key=value file that keeps them between runs.
// No SDL or ImGui here, so the file format is tested headless.
#pragma once

#include <string>
#include <vector>

namespace secondlook {

// Text sizes offered, in percent of the normal size.
inline constexpr int kTextSizes[] = {100, 125, 150, 175, 200};

struct PlayerSettings {
    int volume = 70;              // percent
    bool muted = false;
    bool timers = true;           // countdowns run; off removes time pressure entirely
    bool captions = true;         // a caption for every sound
    int text_size = 100;          // percent, one of kTextSizes
    bool high_contrast = false;   // black, white and yellow, for low vision
    bool dyslexia_spacing = false;  // wider letter, line and item spacing
    bool reduced_motion = false;  // messages appear at once, nothing animates
    bool read_aloud = false;      // messages, choices and focus spoken (espeak-ng)

    bool operator==(const PlayerSettings& other) const;
    bool operator!=(const PlayerSettings& other) const { return !(*this == other); }
};

// Reads "key=value" lines. Unknown keys, comments (#), blank and broken
// lines are skipped, each broken one noted in *problems (if given), so a
// hand-edited or newer file never stops the game; missing keys keep their
// defaults. Values out of range are clamped (volume) or snapped (text size).
PlayerSettings parse_settings(const std::string& text, std::vector<std::string>* problems = nullptr);
std::string format_settings(const PlayerSettings& settings);

// Loads `path`; a missing file gives the defaults without a problem. A file
// that is not a plain file, is over 64 KB or holds a BOM is handled too (the
// defaults with a problem; the BOM skipped).
PlayerSettings load_settings_file(const std::string& path, std::vector<std::string>* problems = nullptr);
// Writes through a temporary file renamed over `path` (replace_file), so a crash or full
// disk never leaves half a file. Creates the folder. Comments, blank lines
// and unknown keys already in the file are kept in place. On failure returns
// false with the reason in *why.
bool save_settings_file(const std::string& path, const PlayerSettings& settings, std::string* why);

// The nearest offered text size to `percent`.
int nearest_text_size(int percent);

}  // namespace secondlook
