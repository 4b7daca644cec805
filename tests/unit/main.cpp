#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "test_files.h"

int main(int argc, char** argv) {
    const int status = doctest::Context(argc, argv).run();
    // A failed run keeps its scratch files, to look at.
    if (status == 0) {
        std::error_code ignored;
        std::filesystem::remove_all(test_scratch_folder(), ignored);
    }
    return status;
}
