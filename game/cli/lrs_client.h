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

// The endpoint is plain http://, so the key and the statements cross the
// network unencrypted (a loopback address too: this machine may relay them).
bool is_plain_http(const std::string& endpoint);

// "key:secret" (the LRS's Basic credentials) or a ready "Basic TOKEN".
bool valid_lrs_key(const std::string& key);

struct LrsResponse {
    long status = 0;         // the HTTP status; 0 when no answer came
    std::string error;       // why no answer came (network, timeout, TLS)
    bool connected = false;  // the connection was made (so no answer means the LRS is slow, not unreachable)
    bool timed_out = false;  // no complete answer within the time allowed
    std::string body;        // the LRS's answer (its first megabyte)
};

// libcurl can be loaded (it is opened at run time, not linked); false with
// what to install in `why` when it cannot.
bool lrs_client_ready(std::string* why);

// POST {endpoint}statements with `statements` (a JSON array), as xAPI 1.0.3,
// giving up after `seconds` (connecting alone: at most 10).
LrsResponse post_statements(const LrsSettings& lrs, const std::string& statements, long seconds);

// GET {endpoint}statements?statementId=ID: the statement the LRS holds under `id`.
LrsResponse get_statement(const LrsSettings& lrs, const std::string& id, long seconds);

}  // namespace secondlook
