#include "lint_command.h"

#include <filesystem>
#include <ostream>

#include "app/resource_paths.h"
#include "cli/cli_args.h"
#include "cli/scenario_files.h"
#include "core/content_rules.h"
#include "core/knowledge_check.h"
#include "core/scenario_loader.h"
#include "core/support.h"

namespace secondlook {

int lint_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandLine line = parse_command_line(args, {});
    if (line.help) {
        out << "usage: secondlook lint [PATH...]\n"
               "Checks scenario files (folders are searched for *.yaml); default: scenarios/\n"
               "Question sets for the knowledge check (a top-level 'questions:') get their own rules.\n"
               "Every story rule, plus the content rules: audience and minimum age declared,\n"
               "a helpful debrief at every ending, feedback on every choice, and a support\n"
               "file that signposts help. Prints FILE:LINE:COL: error: MESSAGE; exit 0 when\n"
               "clean, 1 on any error.\n";
        return 0;
    }
    if (!line.error.empty()) {
        err << "secondlook lint: " << line.error << "; see 'secondlook lint --help'\n";
        return 2;
    }
    std::vector<std::string> paths = line.positional;
    if (paths.empty())
        paths.push_back(default_library_path());

    const auto files = scenario_files(paths);
    if (files.empty()) {
        err << "secondlook lint: no scenario files (*.yaml) found in the given paths\n";
        return 1;
    }
    std::size_t errors = 0, warnings = 0;
    auto report = [&](const Diagnostics& diagnostics) {
        for (const auto& diagnostic : diagnostics.all()) {
            out << format_diagnostic(diagnostic) << '\n';
            (diagnostic.severity == Severity::Error ? errors : warnings)++;
        }
        if (const std::size_t more = diagnostics.unlisted_errors() + diagnostics.unlisted_warnings()) {
            const std::string file = diagnostics.all().empty() ? "" : diagnostics.all().back().where.file;
            out << file << ": " << more << " more problems are not listed; fix the first "
                << Diagnostics::kMaxListed << " and lint again\n";
            errors += diagnostics.unlisted_errors();
            warnings += diagnostics.unlisted_warnings();
        }
    };
    Diagnostics signposting;
    check_signposting(load_support_file(support_file_path()), support_file_path(), signposting);
    report(signposting);
    for (const auto& file : files) {
        // Question sets for the knowledge check live beside scenarios and have their own rules.
        if (is_question_set_file(file)) {
            auto check = load_check_file(file);
            check.diagnostics.sort();
            report(check.diagnostics);
            continue;
        }
        auto result = load_scenario_file(file);
        if (result.scenario) check_content_rules(*result.scenario, result.diagnostics);
        result.diagnostics.sort();
        report(result.diagnostics);
    }
    err << "secondlook lint: " << files.size() << (files.size() == 1 ? " file" : " files") << ", "
        << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
        << (warnings == 1 ? " warning" : " warnings") << '\n';
    return errors ? 1 : 0;
}

}  // namespace secondlook
