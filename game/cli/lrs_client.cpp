#include "cli/lrs_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>

namespace secondlook {
namespace {

constexpr long kConnectSeconds = 10;
constexpr long kTotalSeconds = 60;
constexpr std::size_t kBodyKept = 300;

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

bool valid_lrs_key(const std::string& key) {
    if (key.find_first_of("\r\n") != std::string::npos) return false;
    if (key.rfind("Basic ", 0) == 0) return key.size() > 6;
    const auto colon = key.find(':');
    return colon != std::string::npos && colon > 0 && colon + 1 < key.size();
}

LrsResponse post_statements(const LrsSettings& lrs, const std::string& statements) {
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    LrsResponse response;
    std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        response.error = "could not start an HTTP request";
        return response;
    }
    curl_slist* headers = nullptr;
    for (const std::string& header : {std::string("X-Experience-API-Version: 1.0.3"),
                                      std::string("Content-Type: application/json"), authorization(lrs.key)})
        headers = curl_slist_append(headers, header.c_str());
    std::unique_ptr<curl_slist, void (*)(curl_slist*)> free_headers(headers, curl_slist_free_all);
    char message[CURL_ERROR_SIZE] = "";
    const std::string url = lrs.endpoint + "statements";
    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);  // a redirected POST could land anywhere
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, statements.c_str());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(statements.size()));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, kConnectSeconds);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, kTotalSeconds);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);  // safe on a worker thread
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, message);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, keep_body);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
    const CURLcode result = curl_easy_perform(handle);
    if (result != CURLE_OK) {
        response.error = *message ? message : curl_easy_strerror(result);
        return response;
    }
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

}  // namespace secondlook
