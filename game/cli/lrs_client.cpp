#include "cli/lrs_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "app/shared_library.h"

namespace secondlook {
namespace {

constexpr long kConnectSeconds = 10;
// Enough for the ids of thousands of statements; an answer longer than this
// is not a list of ids anyway.
constexpr std::size_t kBodyKept = 1 << 20;

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string base64(const std::string& text) {
    static const char* const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < text.size(); i += 3) {
        unsigned value = static_cast<unsigned char>(text[i]) << 16;
        if (i + 1 < text.size()) value |= static_cast<unsigned char>(text[i + 1]) << 8;
        if (i + 2 < text.size()) value |= static_cast<unsigned char>(text[i + 2]);
        out += digits[(value >> 18) & 63];
        out += digits[(value >> 12) & 63];
        out += i + 1 < text.size() ? digits[(value >> 6) & 63] : '=';
        out += i + 2 < text.size() ? digits[value & 63] : '=';
    }
    return out;
}

std::string authorization(const std::string& key) {
    if (key.rfind("Basic ", 0) == 0) return "Authorization: " + key;
    return "Authorization: Basic " + base64(key);
}

// libcurl's functions, from libcurl.so.4 opened on the first send (see
// app/shared_library.h for why it is not linked). The types come from
// <curl/curl.h>, so a call through them is checked as a direct call would be.
struct Curl {
    Curl() : library("libcurl.so.4") {
        library.find(global_init, "curl_global_init");
        library.find(easy_init, "curl_easy_init");
        library.find(easy_cleanup, "curl_easy_cleanup");
        library.find(easy_setopt, "curl_easy_setopt");
        library.find(easy_perform, "curl_easy_perform");
        library.find(easy_getinfo, "curl_easy_getinfo");
        library.find(easy_strerror, "curl_easy_strerror");
        library.find(slist_append, "curl_slist_append");
        library.find(slist_free_all, "curl_slist_free_all");
        // Once, before any handle, as libcurl asks; never cleaned up, as it stays loaded.
        if (library.loaded()) global_init(CURL_GLOBAL_DEFAULT);
    }

    SharedLibrary library;
    decltype(&curl_global_init) global_init = nullptr;
    decltype(&curl_easy_init) easy_init = nullptr;
    decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
    decltype(&curl_easy_setopt) easy_setopt = nullptr;
    decltype(&curl_easy_perform) easy_perform = nullptr;
    decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
    decltype(&curl_easy_strerror) easy_strerror = nullptr;
    decltype(&curl_slist_append) slist_append = nullptr;
    decltype(&curl_slist_free_all) slist_free_all = nullptr;
};

const Curl& curl_library() {
    static const Curl curl;  // thread-safe first use
    return curl;
}

std::size_t keep_body(char* data, std::size_t size, std::size_t count, void* target) {
    auto* body = static_cast<std::string*>(target);
    const std::size_t bytes = size * count;
    if (body->size() < kBodyKept) body->append(data, std::min(bytes, kBodyKept - body->size()));
    return bytes;
}

}  // namespace

std::optional<std::string> lrs_endpoint(const std::string& url, std::string* error) {
    const std::string scheme = lower(url.substr(0, url.find("://")));
    const auto host_start = url.find("://") == std::string::npos ? std::string::npos : url.find("://") + 3;
    if (host_start == std::string::npos || (scheme != "http" && scheme != "https")) {
        *error = "the LRS endpoint must be an http:// or https:// URL (like https://lrs.example.org/xapi/), not '" +
                 url + "'";
        return std::nullopt;
    }
    if (host_start >= url.size() || url[host_start] == '/' ||
        url.find_first_of(" \t\r\n") != std::string::npos) {
        *error = "the LRS endpoint '" + url + "' has no host name (or has spaces); give it like https://lrs.example.org/xapi/";
        return std::nullopt;
    }
    return url.back() == '/' ? url : url + "/";
}

bool is_plain_http(const std::string& endpoint) { return lower(endpoint.substr(0, 7)) == "http://"; }

bool valid_lrs_key(const std::string& key) {
    if (key.find_first_of("\r\n") != std::string::npos) return false;
    if (key.rfind("Basic ", 0) == 0) return key.size() > 6;
    const auto colon = key.find(':');
    return colon != std::string::npos && colon > 0 && colon + 1 < key.size();
}

bool lrs_client_ready(std::string* why) {
    const Curl& curl = curl_library();
    if (curl.library.loaded()) return true;
    *why = "cannot load libcurl (" + curl.library.soname() + "): " + curl.library.error() + "; install libcurl4";
    return false;
}

namespace {

// GET, or POST when `posted` is given, {endpoint}{resource} as xAPI 1.0.3.
LrsResponse request(const LrsSettings& lrs, const std::string& resource, const std::string* posted, long seconds) {
    LrsResponse response;
    if (!lrs_client_ready(&response.error)) return response;
    const Curl& api = curl_library();
    std::unique_ptr<CURL, void (*)(CURL*)> curl(api.easy_init(), api.easy_cleanup);
    if (!curl) {
        response.error = "could not start an HTTP request";
        return response;
    }
    curl_slist* headers = nullptr;
    for (const std::string& header : {std::string("X-Experience-API-Version: 1.0.3"),
                                      std::string("Content-Type: application/json"), authorization(lrs.key)})
        if (posted || header.rfind("Content-Type", 0) != 0) headers = api.slist_append(headers, header.c_str());
    std::unique_ptr<curl_slist, void (*)(curl_slist*)> free_headers(headers, api.slist_free_all);
    char message[CURL_ERROR_SIZE] = "";
    const std::string url = lrs.endpoint + resource;
    CURL* handle = curl.get();
    api.easy_setopt(handle, CURLOPT_URL, url.c_str());
    api.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    api.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);  // a redirected POST could land anywhere
    api.easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    if (posted) {
        api.easy_setopt(handle, CURLOPT_POSTFIELDS, posted->c_str());
        api.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(posted->size()));
    }
    api.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, std::min(kConnectSeconds, seconds));
    api.easy_setopt(handle, CURLOPT_TIMEOUT, seconds);
    api.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);  // safe on a worker thread
    api.easy_setopt(handle, CURLOPT_ERRORBUFFER, message);
    api.easy_setopt(handle, CURLOPT_WRITEFUNCTION, keep_body);
    api.easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
    const CURLcode result = api.easy_perform(handle);
    curl_off_t connect_time = 0;  // microseconds until connected; 0 when never connected
    long request_bytes = 0;       // of the request sent, which needs a connection
    api.easy_getinfo(handle, CURLINFO_CONNECT_TIME_T, &connect_time);
    api.easy_getinfo(handle, CURLINFO_REQUEST_SIZE, &request_bytes);
    response.connected = connect_time > 0 || request_bytes > 0;
    response.timed_out = result == CURLE_OPERATION_TIMEDOUT;
    if (result != CURLE_OK) {
        response.error = *message ? message : api.easy_strerror(result);
        return response;
    }
    api.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

// For a URL's query: every byte but letters, digits and "-._~" as %XX.
std::string percent_encoded(const std::string& text) {
    static const char* const hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

}  // namespace

LrsResponse post_statements(const LrsSettings& lrs, const std::string& statements, long seconds) {
    return request(lrs, "statements", &statements, seconds);
}

LrsResponse get_statement(const LrsSettings& lrs, const std::string& id, long seconds) {
    return request(lrs, "statements?statementId=" + percent_encoded(id), nullptr, seconds);
}

}  // namespace secondlook
