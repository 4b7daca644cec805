#include <doctest/doctest.h>

#include <fstream>

#include "core/support.h"
#include "test_files.h"

using namespace secondlook;

TEST_CASE("the shipped support contacts file loads and lists UK help") {
    auto support = load_support_file(source_path("assets/support/en-GB.yaml"));
    std::string problems;
    for (const auto& d : support.diagnostics.all()) problems += format_diagnostic(d) + "\n";
    REQUIRE_MESSAGE(support.diagnostics.all().empty(), problems);
    CHECK(support.info.region == "en-GB");
    CHECK_FALSE(support.info.crisis.empty());
    CHECK(support.info.contacts.size() >= 4);
    bool childline = false, ceop = false, report_remove = false, take_it_down = false;
    for (const auto& contact : support.info.contacts) {
        CHECK_FALSE(contact.name.empty());
        CHECK((!contact.phone.empty() || !contact.web.empty() || !contact.text.empty()));
        childline = childline || contact.name.find("Childline") != std::string::npos;
        ceop = ceop || contact.name.find("CEOP") != std::string::npos;
        // The removal tools scenarios teach (RESP-10) must be where their endings point.
        report_remove = report_remove || contact.what.find("Report Remove") != std::string::npos;
        take_it_down = take_it_down || (contact.name.find("Take It Down") != std::string::npos &&
                                        contact.web.find("takeitdown.ncmec.org") != std::string::npos);
    }
    CHECK(childline);
    CHECK(ceop);
    CHECK(report_remove);
    CHECK(take_it_down);
    CHECK(support_lines(support.info).size() == support.info.contacts.size());
}

TEST_CASE("a broken support file is reported with its place") {
    const std::string path = "support_test_broken.yaml";
    {
        std::ofstream out(path);
        out << "region: xx\nheading: Help\nintro: Hi\ncrisis: Call\ncontacts:\n  - name: A\n    wat: typo\n";
    }
    auto support = load_support_file(path);
    bool found = false;
    for (const auto& d : support.diagnostics.all())
        found = found || (d.where.line == 7 && d.message.find("unknown key 'wat'") != std::string::npos);
    CHECK(found);
    std::remove(path.c_str());
}
