#include "diagnostics.h"

#include <algorithm>
#include <tuple>

namespace secondlook {

std::string format_diagnostic(const Diagnostic& diagnostic) {
    const auto& where = diagnostic.where;
    std::string text = where.file.empty() ? std::string("<input>") : where.file;
    if (where.line > 0) {
        text += ":" + std::to_string(where.line);
        if (where.column > 0) text += ":" + std::to_string(where.column);
    }
    text += diagnostic.severity == Severity::Error ? ": error: " : ": warning: ";
    text += diagnostic.message;
    return text;
}

void Diagnostics::add(Severity severity, const SourceLocation& where, std::string message) {
    if (listing_full())
        ++(severity == Severity::Error ? unlisted_errors_ : unlisted_warnings_);
    else
        items_.push_back({severity, where, std::move(message)});
}

void Diagnostics::error(const SourceLocation& where, std::string message) {
    add(Severity::Error, where, std::move(message));
}

void Diagnostics::warning(const SourceLocation& where, std::string message) {
    add(Severity::Warning, where, std::move(message));
}

bool Diagnostics::has_errors() const {
    return unlisted_errors_ > 0 || std::any_of(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
}

}  // namespace secondlook
