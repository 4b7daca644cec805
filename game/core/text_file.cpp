#include "text_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace secondlook {
namespace {

// Where the link leads when that is outside the folder holding `path`.
std::optional<std::string> link_leaving_folder(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::path given = fs::absolute(path, error);
    if (error) return std::nullopt;
    const fs::path target = fs::canonical(given, error);
    if (error) return std::nullopt;  // missing: reported when it cannot be opened
    const fs::path folder = fs::canonical(given.parent_path(), error);
    if (error) return std::nullopt;
    const auto relative = target.lexically_relative(folder);
    const bool inside = !relative.empty() && *relative.begin() != "..";
    if (inside) return std::nullopt;
    return target.string();
}

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a plain file";
}

std::string kilobytes(std::size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

std::string too_big(std::size_t bytes, std::size_t max_bytes) {
    return "the file is " + kilobytes(bytes) + ", more than the " + kilobytes(max_bytes) +
           " it may be, so it is not read; check it is the right file, or split it";
}

// Closes the descriptor however the read ends.
struct FileDescriptor {
    int fd;
    ~FileDescriptor() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

FileRead read_text_file(const std::string& path, const FileRules& rules) {
    FileRead result;
    if (rules.stay_in_folder)
        if (auto outside = link_leaving_folder(path)) {
            result.problem = "this file is a link to " + *outside +
                             ", outside the folder it is in, so it is not read; copy the file into the folder instead";
            return result;
        }
    // Non-blocking, so opening a named pipe with no writer returns at once
    // instead of waiting for one; it is refused below like any non-file.
    const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0) {
        const int error = errno;
        result.missing = error == ENOENT;
        result.unopened = true;
        result.problem = "cannot open this file (" + std::string(std::strerror(error)) +
                         "); check the path and that it is readable";
        return result;
    }
    struct stat status {};
    if (::fstat(file.fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        result.problem = "this is " + std::string(kind_of(status.st_mode)) +
                         ", not a file, so it is not read; give the path of a file";
        return result;
    }
    const auto size = static_cast<std::size_t>(status.st_size);
    if (size > rules.max_bytes) {
        result.problem = too_big(size, rules.max_bytes);
        return result;
    }
    // One byte past the limit tells a file that grew since fstat.
    std::string text(size + 1, '\0');
    std::size_t used = 0;
    for (;;) {
        if (used == text.size()) {
            if (text.size() > rules.max_bytes) break;
            text.resize(std::min(text.size() * 2, rules.max_bytes + 1));
        }
        const ssize_t got = ::read(file.fd, text.data() + used, text.size() - used);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            result.problem = "cannot read this file (" + std::string(std::strerror(errno)) + "); check the disk";
            return result;
        }
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
    }
    if (used > rules.max_bytes) {
        result.problem = too_big(used, rules.max_bytes);
        return result;
    }
    text.resize(used);
    result.text = std::move(text);
    return result;
}

std::optional<std::string> read_text_file(const std::string& path, const FileRules& rules,
                                          Diagnostics& diagnostics) {
    FileRead read = read_text_file(path, rules);
    // A file that could not be opened has no lines to point at.
    if (!read.text) diagnostics.error({path, read.unopened ? 0 : 1, read.unopened ? 0 : 1}, read.problem);
    return std::move(read.text);
}

bool replace_file(const std::string& path, std::string_view bytes, std::string* why) {
    const std::string temporary = path + ".part";
    auto fail = [&](const std::string& what) {
        *why = what + " (" + std::strerror(errno) + (errno == ENOSPC || errno == EFBIG ? "; the disk may be full" : "") +
               ")";
        ::unlink(temporary.c_str());
        return false;
    };
    FileDescriptor file{::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
    if (file.fd < 0) return fail("cannot create " + temporary);
    for (std::size_t done = 0; done < bytes.size();) {
        const ssize_t wrote = ::write(file.fd, bytes.data() + done, bytes.size() - done);
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote <= 0) return fail("cannot write " + temporary);
        done += static_cast<std::size_t>(wrote);
    }
    if (::fsync(file.fd) != 0) return fail("cannot write " + temporary);
    const int fd = file.fd;
    file.fd = -1;
    if (::close(fd) != 0) return fail("cannot write " + temporary);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) return fail("cannot replace " + path);
    return true;
}

}  // namespace secondlook
