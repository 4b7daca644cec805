// Problems found while loading or checking a scenario, each tied to a place in
// a file, so every tool can print them the way compilers do (FILE:LINE:COL).
#pragma once

#include <string>
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
    void error(const SourceLocation& where, std::string message);
    void warning(const SourceLocation& where, std::string message);

    bool has_errors() const;
    const std::vector<Diagnostic>& all() const { return items_; }
    // Orders by file, line and column so reports read top to bottom.
    void sort();

private:
    std::vector<Diagnostic> items_;
};

}  // namespace secondlook
