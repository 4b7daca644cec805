#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/settings_file.h"
#include "test_files.h"

using namespace secondlook;
namespace fs = std::filesystem;

namespace {

fs::path fresh_folder(const std::string& name) {
    fs::path folder = scratch_path("settings-" + name);
    fs::remove_all(folder);
    return folder;
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("every setting survives writing and reading back") {
    PlayerSettings changed;
    changed.volume = 35;
    changed.muted = true;
    changed.timers = false;
    changed.captions = false;
    changed.text_size = 175;
    changed.high_contrast = true;
    changed.dyslexia_spacing = true;
    changed.reduced_motion = true;
    changed.read_aloud = true;
    std::vector<std::string> problems;
    const PlayerSettings read = parse_settings(format_settings(changed), &problems);
    CHECK(problems.empty());
    CHECK(read == changed);
    CHECK(read != PlayerSettings());
    CHECK(read.text_size == 175);
    CHECK(read.read_aloud);
}

TEST_CASE("unknown keys, comments and broken lines are skipped; the rest is read") {
    std::vector<std::string> problems;
    const PlayerSettings read = parse_settings(
        "# a comment\n"
        "\n"
        "volume = 40\r\n"
        "colour_scheme=purple\n"   // a newer version's key
        "this line is broken\n"
        "read_aloud=maybe\n"
        "high_contrast=yes\n"
        "text_size=lots\n",
        &problems);
    CHECK(read.volume == 40);
    CHECK(read.high_contrast);
    CHECK_FALSE(read.read_aloud);
    CHECK(read.text_size == 100);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0] == "line 5: not key=value, skipped");
    CHECK(problems[1] == "line 6: read_aloud needs on or off, not 'maybe'");
    CHECK(problems[2] == "line 8: text_size needs a whole number, not 'lots'");
}

TEST_CASE("values out of range are brought into range") {
    const PlayerSettings read = parse_settings("volume=250\ntext_size=190\n");
    CHECK(read.volume == 100);
    CHECK(read.text_size == 200);
    CHECK(parse_settings("volume=-5\ntext_size=10\n").volume == 0);
    CHECK(parse_settings("text_size=10\n").text_size == 100);
    CHECK(nearest_text_size(130) == 125);
}

TEST_CASE("saving makes the folder, replaces the file whole and leaves no temporary") {
    const fs::path folder = fresh_folder("save");
    const fs::path path = folder / "nested" / "settings.ini";
    PlayerSettings settings;
    settings.text_size = 200;
    std::string why;
    REQUIRE(save_settings_file(path.string(), settings, &why));
    CHECK(load_settings_file(path.string()).text_size == 200);
    settings.text_size = 125;
    REQUIRE(save_settings_file(path.string(), settings, &why));
    CHECK(load_settings_file(path.string()).text_size == 125);
    CHECK(read_text(path).find("text_size=125\n") != std::string::npos);
    CHECK_FALSE(fs::exists(path.string() + ".tmp"));
    fs::remove_all(folder);
}

TEST_CASE("a missing file gives the defaults; an unwritable place gives a reason") {
    const fs::path folder = fresh_folder("missing");
    std::vector<std::string> problems;
    CHECK(load_settings_file((folder / "none.ini").string(), &problems) == PlayerSettings());
    CHECK(problems.empty());
    // A file where the folder should be: the folder cannot be made.
    fs::create_directories(folder);
    std::ofstream(folder / "blocker") << "x";
    std::string why;
    CHECK_FALSE(save_settings_file((folder / "blocker" / "settings.ini").string(), PlayerSettings(), &why));
    CHECK(why.find("blocker") != std::string::npos);
    fs::remove_all(folder);
}
