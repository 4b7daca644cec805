#include "objectives.h"

#include "app/ui_text.h"

namespace secondlook {

const std::vector<Objective>& objective_catalogue() {
    static const std::vector<Objective> catalogue = {
        {"SPOT-1", "Treat an unexpected request from an attractive stranger as a possible approach"},
        {"SPOT-2", "Notice the signs of a fake identity"},
        {"SPOT-3", "Recognise fast flattery and the push to a private video call"},
        {"SPOT-4", "Stop when someone you have never met asks for intimate acts on camera"},
        {"SPOT-5", "Treat a request for nude images as a warning sign; a threat can use a fake"},
        {"RESP-1", "Don't panic: it is a crime, you are the victim, you are not alone"},
        {"RESP-2", "Don't pay"},
        {"RESP-3", "Stop all contact and don't negotiate"},
        {"RESP-4", "Keep the evidence: screenshots, the account ID, links, transfer numbers"},
        {"RESP-5", "Deactivate the account rather than delete it"},
        {"RESP-6", "Report to the platforms and set an alert"},
        {"RESP-7", "If money was sent, check it and cancel it if you can"},
        {"RESP-8", "Report to the police (or CEOP if under 18)"},
        {"RESP-9", "Talk to someone you trust and get support"},
        {"RESP-10", "Get images taken down: Report Remove, Take It Down, the platforms"},
        {"HELP-1", "Support someone who confides in you: a friend, or your child"},
    };
    return catalogue;
}

const Objective* find_objective(const std::string& id) {
    for (const auto& objective : objective_catalogue())
        if (objective.id == id) return &objective;
    return nullptr;
}

const std::string& objective_title(const Objective& objective) {
    const std::string id = "objective." + objective.id;  // in the table: see ui_strings()
    return ui_text(id);
}

}  // namespace secondlook
