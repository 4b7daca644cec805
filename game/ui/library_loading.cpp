#include "ui/library_loading.h"

#include <iostream>

#include "app/resource_paths.h"
#include "cli/scenario_files.h"
#include "core/scenario_loader.h"

namespace secondlook {

CatalogueEntry load_entry(const std::string& path) {
    auto loaded = load_scenario_file(path);
    CatalogueEntry entry{path, loaded.ok() ? loaded.scenario : nullptr, loaded.diagnostics.all()};
    return entry;
}

std::shared_ptr<const KnowledgeCheck> load_knowledge_check() {
    for (const auto& file : question_sets_only(scenario_files({scenarios_directory()}))) {
        auto loaded = load_check_file(file);
        for (const auto& diagnostic : loaded.diagnostics.all()) std::cerr << format_diagnostic(diagnostic) << '\n';
        if (loaded.ok()) return loaded.check;
    }
    return nullptr;
}

std::vector<CatalogueEntry> load_catalogue() {
    std::vector<CatalogueEntry> catalogue;
    for (const auto& file : scenarios_only(scenario_files({scenarios_directory()}))) catalogue.push_back(load_entry(file));
    return catalogue;
}

}  // namespace secondlook
