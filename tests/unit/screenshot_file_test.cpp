// A screenshot (evidence or --screenshot) that cannot be written whole, as on
// a full disk, fails with the reason and leaves no half picture: the file
// already there stays as it was, and no temporary is left behind.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/resource.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_files.h"
#include "ui/image_files.h"

using namespace secondlook;
namespace fs = std::filesystem;

namespace {

// Noise, so the PNG cannot compress to a few bytes.
SDL_Surface* noisy_surface(int size) {
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_RGBA32);
    REQUIRE(surface);
    auto* pixels = static_cast<unsigned char*>(surface->pixels);
    unsigned seed = 12345;
    for (int i = 0; i < surface->pitch * size; ++i) pixels[i] = static_cast<unsigned char>((seed = seed * 1103515245 + 12345) >> 16);
    return surface;
}

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("a screenshot is written whole, or not at all when the disk is full") {
    const fs::path folder = scratch_path("screenshot-file");
    fs::remove_all(folder);
    fs::create_directories(folder);
    const fs::path path = folder / "evidence-1.png";
    SDL_Surface* surface = noisy_surface(200);
    std::string why;
    REQUIRE_MESSAGE(save_png(surface, path.string(), &why), why);
    const std::string first = bytes_of(path);
    CHECK(first.size() > 100000);
    CHECK(first.compare(1, 3, "PNG") == 0);
    CHECK(fs::directory_iterator(folder)->path() == path);  // nothing else in the folder

    // A file size limit makes writes fail as a full disk does (EFBIG instead of ENOSPC).
    rlimit before{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
    auto previous_handler = signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = 4096;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    SDL_Surface* other = noisy_surface(210);
    const bool saved = save_png(other, path.string(), &why);
    setrlimit(RLIMIT_FSIZE, &before);
    signal(SIGXFSZ, previous_handler);

    CHECK_FALSE(saved);
    CHECK_MESSAGE(why.find("the disk may be full") != std::string::npos, why);
    CHECK(bytes_of(path) == first);  // the picture already there is whole
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++files;
    CHECK(files == 1);  // no temporary left
    SDL_FreeSurface(surface);
    SDL_FreeSurface(other);
    fs::remove_all(folder);
}
