// Problems found while loading or checking a scenario, each tied to a place in
// a file, so every tool can print them the way compilers do (FILE:LINE:COL).
#pragma once

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

namespace secondlook {

// A place in a source file. Lines and columns are 1-based; 0 means unknown.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLocation where;
    std::string message;
};

// "file:line:col: error: message", the format editors know how to jump to.
std::string format_diagnostic(const Diagnostic& diagnostic);

// The one list every loading and checking pass adds to.
class Diagnostics {
public:
    // A broken file can repeat one mistake hundreds of thousands of times
    // through aliases; past this many, problems are counted, not kept, as
    // compilers stop listing errors.
    static constexpr std::size_t kMaxListed = 1000;

    void error(const SourceLocation& where, std::string message);
    void warning(const SourceLocation& where, std::string message);
    // An error whose message is built only if it will be listed. Past
    // kMaxListed a problem is only counted, so the costly part of a message
    // ("did you mean", the closest names) is never computed for the hundreds
    // of thousands of copies a hostile file can repeat.
    template <typename BuildMessage,
              typename = std::enable_if_t<std::is_invocable_r_v<std::string, BuildMessage&>>>
    void error(const SourceLocation& where, BuildMessage&& build_message) {
        if (listing_full()) ++unlisted_errors_;
        else add(Severity::Error, where, build_message());
    }
    // True once kMaxListed problems are kept: later ones are only counted.
    bool listing_full() const { return items_.size() >= kMaxListed; }

    bool has_errors() const;
    // The first kMaxListed problems.
    const std::vector<Diagnostic>& all() const { return items_; }
    // How many errors and warnings came after those and are not listed.
    std::size_t unlisted_errors() const { return unlisted_errors_; }
    std::size_t unlisted_warnings() const { return unlisted_warnings_; }
    // Orders by file, line and column so reports read top to bottom.
    void sort();

private:
    void add(Severity severity, const SourceLocation& where, std::string message);

    std::vector<Diagnostic> items_;
    std::size_t unlisted_errors_ = 0, unlisted_warnings_ = 0;
};

}  // namespace secondlook
