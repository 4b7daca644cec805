#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <iterator>
#include <utility>

#include <sys/stat.h>

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
    CHECK(std::distance(fs::directory_iterator(path.parent_path()), fs::directory_iterator()) == 1);  // no temporary
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

TEST_CASE("a settings file saved with a byte order mark is read from its first line") {
    const PlayerSettings read = parse_settings("\xEF\xBB\xBFvolume=40\ntext_size=150\n");
    CHECK(read.volume == 40);
    CHECK(read.text_size == 150);
}

TEST_CASE("a settings line that is not UTF-8 text, or holds a control character, is skipped with its line") {
    std::vector<std::string> problems;
    const PlayerSettings read = parse_settings("# volume up\n# bell \x07 here\nvolume=40\nmuted=on\xff\n", &problems);
    CHECK(read.volume == 40);
    CHECK_FALSE(read.muted);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].rfind("line 2: column 8: the file holds an invisible control character (code 7)", 0) == 0);
    CHECK(problems[1].rfind("line 4: column 9: this is not valid UTF-8 text", 0) == 0);
}

TEST_CASE("a named pipe, a folder or a huge file in place of the settings gives the defaults and says why") {
    const fs::path folder = fresh_folder("not-a-file");
    fs::create_directories(folder / "a-folder.ini");
    REQUIRE(mkfifo((folder / "pipe.ini").c_str(), 0600) == 0);
    std::ofstream(folder / "huge.ini") << "volume=40\n" << std::string(100 * 1024, '#') << "\n";
    for (const auto& [name, why] : {std::pair{"a-folder.ini", "this is a folder, not a file"},
                                    std::pair{"pipe.ini", "this is a named pipe (FIFO), not a file"},
                                    std::pair{"huge.ini", "more than the 64 KB it may be"}}) {
        std::vector<std::string> problems;
        CHECK(load_settings_file((folder / name).string(), &problems) == PlayerSettings());
        REQUIRE(problems.size() == 1);
        CHECK_MESSAGE(problems[0].find(why) != std::string::npos, problems[0]);
    }
    // And none of them is replaced by a save, which could not keep what is in it.
    std::string why;
    CHECK_FALSE(save_settings_file((folder / "huge.ini").string(), PlayerSettings(), &why));
    CHECK(why.find("more than the 64 KB") != std::string::npos);
    CHECK(fs::file_size(folder / "huge.ini") > 100 * 1024);
    fs::remove_all(folder);
}

TEST_CASE("saving keeps the file's comments, blank lines and unknown keys where they were") {
    const fs::path folder = fresh_folder("keep");
    fs::create_directories(folder);
    const fs::path path = folder / "settings.ini";
    std::ofstream(path) << "# Set up by the school: keep the volume low.\n"
                           "colour_scheme=purple\n"
                           "volume = 20\n"
                           "\n"
                           "# read_aloud is for the reading group\n"
                           "read_aloud=on\n"
                           "volume=25\n";
    PlayerSettings settings = load_settings_file(path.string());
    CHECK(settings.volume == 25);
    settings.volume = 55;
    std::string why;
    REQUIRE_MESSAGE(save_settings_file(path.string(), settings, &why), why);
    const std::string text = read_text(path);
    CHECK(text.rfind("# Set up by the school: keep the volume low.\n"
                     "colour_scheme=purple\n"
                     "volume=55\n"
                     "\n"
                     "# read_aloud is for the reading group\n"
                     "read_aloud=on\n"
                     "text_size=100\n",  // keys the file lacked follow, in the usual order
                     0) == 0);
    CHECK(text.find("volume=25") == std::string::npos);  // the second volume line went with the old value
    CHECK(load_settings_file(path.string()) == settings);
    fs::remove_all(folder);
}
