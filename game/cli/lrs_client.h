// The one place Second Look talks to a network: posting xAPI statements to
// a learning record store (LRS) with libcurl, opened only when a send needs
// it. Only http and https, no redirects followed, and time limits so a send
// never hangs. Nothing calls this unless a facilitator has configured an LRS
// (see lrs_outbox.h).
#pragma once

#include <optional>
#include <string>

#include "records/lrs_outbox.h"

namespace secondlook {

// `url` as the statements resource's base ("https://host/xapi/", always
// ending in '/'), or nullopt with the reason in `error`: only http:// and
// https:// URLs with a host are taken.
std::optional<std::string> lrs_endpoint(const std::string& url, std::string* error);

// "key:secret" (the LRS's Basic credentials) or a ready "Basic TOKEN".
bool valid_lrs_key(const std::string& key);

struct LrsResponse {
    long status = 0;     // the HTTP status; 0 when no answer came
    std::string error;   // why no answer came (network, timeout, TLS)
    std::string body;    // the start of the LRS's answer, for messages
};

// libcurl can be loaded (it is opened at run time, not linked); false with
// what to install in `why` when it cannot.
bool lrs_client_ready(std::string* why);

// POST {endpoint}statements with `statements` (a JSON array), as xAPI 1.0.3.
LrsResponse post_statements(const LrsSettings& lrs, const std::string& statements);

}  // namespace secondlook
