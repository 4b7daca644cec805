#include "xapi_rules.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>

using nlohmann::json;

void check_statement(const json& statement) {
    static const std::regex uuid("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    static const std::regex iri("^[a-z][a-z0-9+.-]*://[^ ]+$");
    static const std::regex timestamp(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)");
    INFO(statement.dump());
    CHECK(std::regex_match(statement.at("id").get<std::string>(), uuid));
    const json& actor = statement.at("actor");
    CHECK(actor.at("objectType") == "Agent");
    // Exactly one inverse functional identifier, and it is an anonymous account.
    int identifiers = 0;
    for (const char* ifi : {"mbox", "mbox_sha1sum", "openid", "account"}) identifiers += actor.contains(ifi) ? 1 : 0;
    CHECK(identifiers == 1);
    CHECK(std::regex_match(actor.at("account").at("homePage").get<std::string>(), iri));
    CHECK_FALSE(actor.at("account").at("name").get<std::string>().empty());
    CHECK(std::regex_match(statement.at("verb").at("id").get<std::string>(), iri));
    CHECK(statement.at("verb").at("display").is_object());
    CHECK(statement.at("object").at("objectType") == "Activity");
    CHECK(std::regex_match(statement.at("object").at("id").get<std::string>(), iri));
    CHECK(std::regex_match(statement.at("context").at("registration").get<std::string>(), uuid));
    CHECK(std::regex_match(statement.at("timestamp").get<std::string>(), timestamp));
    if (statement.contains("result")) {
        const json& result = statement.at("result");
        if (result.contains("score")) {
            const json& score = result.at("score");
            if (score.contains("scaled")) {
                CHECK(score.at("scaled").get<double>() >= -1.0);
                CHECK(score.at("scaled").get<double>() <= 1.0);
            }
            if (score.contains("min") && score.contains("max")) {
                CHECK(score.at("min").get<int>() <= score.at("raw").get<int>());
                CHECK(score.at("raw").get<int>() <= score.at("max").get<int>());
            }
        }
        if (result.contains("extensions"))
            for (const auto& [key, value] : result.at("extensions").items()) CHECK(std::regex_match(key, iri));
    }
}

