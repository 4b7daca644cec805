#include "cli/cli_args.h"

#include <cctype>
#include <ostream>

namespace secondlook {

bool parse_count(const std::string& text, std::size_t* count) {
    if (text.empty() || text.size() > 9) return false;
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    *count = static_cast<std::size_t>(std::stoul(text));
    return *count >= 1;
}

bool report_if_broken(const LoadResult& loaded, const std::string& file, const std::string& command,
                      std::ostream& err) {
    if (loaded.ok()) return true;
    for (const auto& diagnostic : loaded.diagnostics.all()) err << format_diagnostic(diagnostic) << '\n';
    err << "secondlook " << command << ": '" << file << "' has errors; fix them (see 'secondlook lint') and run again\n";
    return false;
}

}  // namespace secondlook
