// The statement rules of xAPI 1.0.3 (Data, section 2.4) that Second Look's
// statements use, checked with doctest: shared by the export and LRS tests.
#pragma once

#include <nlohmann/json.hpp>

void check_statement(const nlohmann::json& statement);
