#include "yaml_document.h"

#include "decimal_number.h"

#include <yaml.h>

#include <algorithm>
#include <charconv>
#include <new>
#include <unordered_map>

namespace secondlook {

void* YamlDocument::allocate(std::size_t bytes) {
    constexpr std::size_t kBlockBytes = 64 * 1024;
    constexpr std::size_t kAlign = alignof(std::max_align_t);
    if (bytes == 0) return nullptr;  // an empty list or mapping
    bytes = (bytes + kAlign - 1) / kAlign * kAlign;
    if (blocks_.empty() || block_used_ + bytes > block_size_) {
        block_size_ = std::max(bytes, kBlockBytes);
        blocks_.push_back(std::make_unique<std::byte[]>(block_size_));
        block_used_ = 0;
    }
    void* at = blocks_.back().get() + block_used_;
    block_used_ += bytes;
    return at;
}

namespace {

// libyaml's own cleanup, tied to scope so every early return frees it.
struct ParserGuard {
    yaml_parser_t parser;
    ParserGuard() { yaml_parser_initialize(&parser); }
    ~ParserGuard() { yaml_parser_delete(&parser); }
};
struct EventGuard {
    yaml_event_t event;
    ~EventGuard() { yaml_event_delete(&event); }
};

std::string text_of(const yaml_char_t* text) {
    return text ? reinterpret_cast<const char*>(text) : "";
}

bool is_null_word(std::string_view text) {
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// True when the line holding `offset` is indented with a tab: libyaml then
// reports a puzzle ("cannot start any token") where the author needs "use spaces".
bool indented_with_tab(const std::string& text, std::size_t offset) {
    const std::size_t at = std::min(offset, text.size());
    const std::size_t newline = at == 0 ? std::string::npos : text.rfind('\n', at - 1);
    const std::size_t start = newline == std::string::npos ? 0 : newline + 1;
    for (std::size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
        if (text[i] == '\t') return true;
    return false;
}

// YAML allows a blank line to hold tabs, and editors leave them behind, but
// libyaml refuses a tab on a line with nothing else. The same text with those
// tabs made spaces (columns stay the same), or null when there are none.
std::optional<std::string> without_tabs_on_blank_lines(const std::string& text) {
    std::optional<std::string> cleaned;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = text.size();
        const std::size_t content = text.find_first_not_of(" \t\r", line_start);
        const bool blank = content == std::string::npos || content >= line_end;
        if (blank && std::find(text.begin() + line_start, text.begin() + line_end, '\t') != text.begin() + line_end) {
            if (!cleaned) cleaned = text;
            for (std::size_t i = line_start; i < line_end; ++i)
                if ((*cleaned)[i] == '\t') (*cleaned)[i] = ' ';
        }
        line_start = line_end + 1;
    }
    return cleaned;
}

}  // namespace

// Turns libyaml's stream of events into YamlNodes. Iterative, with the open
// lists and mappings on a stack, so a deeply nested file cannot overflow ours.
class YamlTreeBuilder {
public:
    YamlTreeBuilder(const std::string& text, const std::string& file, std::size_t max_depth,
                    Diagnostics& diagnostics)
        : text_(text), file_(file), max_depth_(max_depth), diagnostics_(diagnostics),
          document_(std::make_unique<YamlDocument>()) {}

    std::unique_ptr<YamlDocument> build() {
        ParserGuard guard;
        yaml_parser_t& parser = guard.parser;
        yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text_.data()),
                                     text_.size());
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
        for (;;) {
            EventGuard current;
            if (!yaml_parser_parse(&parser, &current.event)) {
                report_syntax_error(parser);
                return nullptr;
            }
            const yaml_event_t& event = current.event;
            if (event.type == YAML_STREAM_END_EVENT) {
                // "---" alone, or "~", is as empty as a file of comments.
                if (document_->root_ && document_->root_->is_null()) document_->root_ = nullptr;
                return std::move(document_);
            }
            if (!take(event)) return nullptr;
        }
    }

private:
    // False after reporting why the file cannot be read on.
    bool take(const yaml_event_t& event) {
        const yaml_mark_t& mark = event.start_mark;
        switch (event.type) {
            case YAML_DOCUMENT_START_EVENT:
                if (++documents_ > 1) {
                    error(mark, "a second YAML document starts here; a file holds one, so remove this "
                                "'---' line or move what follows into a file of its own");
                    return false;
                }
                return true;
            case YAML_SCALAR_EVENT: {
                const auto& scalar = event.data.scalar;
                YamlNode& node = add(mark, scalar.anchor);
                if (scalar.length > 0) {
                    char* text = static_cast<char*>(document_->allocate(scalar.length));
                    std::copy_n(reinterpret_cast<const char*>(scalar.value), scalar.length, text);
                    node.text_ = text;
                    node.text_size_ = static_cast<unsigned>(scalar.length);  // files are at most a few MB
                }
                // Only an untagged plain word means "nothing": "null" in quotes is text.
                const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && !scalar.tag;
                node.kind_ = plain && is_null_word(node.text()) ? YamlNode::Kind::Null : YamlNode::Kind::Scalar;
                attach(node);
                return true;
            }
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT: {
                if (open_.size() >= max_depth_) {
                    error(mark, "lists and mappings are nested more than " + std::to_string(max_depth_) +
                                    " levels deep here; a scenario needs fewer than 10, so check the "
                                    "brackets and indentation");
                    return false;
                }
                const bool sequence = event.type == YAML_SEQUENCE_START_EVENT;
                YamlNode& node = add(mark, sequence ? event.data.sequence_start.anchor
                                                    : event.data.mapping_start.anchor);
                node.kind_ = sequence ? YamlNode::Kind::Sequence : YamlNode::Kind::Map;
                attach(node);
                node.open_ = true;
                open_.push_back({&node, pending_.size()});
                return true;
            }
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                close();
                return true;
            case YAML_ALIAS_EVENT: {
                const std::string name = text_of(event.data.alias.anchor);
                auto anchor = anchors_.find(name);
                if (anchor == anchors_.end()) {
                    error(mark, "the alias *" + name + " comes before any &" + name +
                                    " that names a value; put the &" + name + " first, or write the value out");
                    return false;
                }
                if (anchor->second->open_) {
                    error(mark, "the alias *" + name + " sits inside the value &" + name +
                                    " names, so that value would contain itself forever; write it out instead");
                    return false;
                }
                attach(*anchor->second);
                return true;
            }
            default:
                return true;  // stream and document ends
        }
    }

    YamlNode& add(const yaml_mark_t& mark, const yaml_char_t* anchor) {
        YamlNode& node = *new (document_->allocate(sizeof(YamlNode))) YamlNode();
        node.line_ = static_cast<int>(mark.line) + 1;
        node.column_ = static_cast<int>(mark.column) + 1;
        if (anchor) anchors_[text_of(anchor)] = &node;  // a later &name replaces an earlier one
        return node;
    }

    // Puts the node in the open list or mapping, or makes it the root.
    void attach(const YamlNode& node) {
        if (open_.empty())
            document_->root_ = &node;
        else
            pending_.push_back(&node);
    }

    // The innermost open list or mapping is complete: its children move from
    // the pending stack to the arena, in one piece.
    void close() {
        const auto [node, first] = open_.back();
        open_.pop_back();
        const std::size_t count = pending_.size() - first;
        auto** children = static_cast<const YamlNode**>(document_->allocate(count * sizeof(YamlNode*)));
        std::copy(pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end(), children);
        pending_.resize(first);
        node->children_ = children;
        node->child_count_ = count;
        node->open_ = false;
        if (node->is_map()) report_repeated_keys(*node);
    }

    // YAML keys are unique: `{RESP-2: 3, "RESP-2": 2}` is not a mapping, and
    // reading either value would silently drop the other. Checked here, where
    // every mapping of every file passes once, aliases or not.
    void report_repeated_keys(const YamlNode& map) {
        keys_.clear();
        for (const auto [key, value] : map.entries())
            if (key.is_scalar()) keys_.push_back(&key);
        if (keys_.size() < 2) return;
        std::stable_sort(keys_.begin(), keys_.end(),
                         [](const YamlNode* a, const YamlNode* b) { return a->text() < b->text(); });
        for (std::size_t i = 1, first = 0; i < keys_.size(); ++i) {
            if (keys_[i]->text() != keys_[first]->text()) {
                first = i;
                continue;
            }
            diagnostics_.error({file_, keys_[i]->line(), keys_[i]->column()},
                               "key '" + std::string(keys_[i]->text()) + "' appears twice in this mapping (first on line " +
                                   std::to_string(keys_[first]->line()) + ", column " +
                                   std::to_string(keys_[first]->column()) + "); keep one");
        }
    }

    void report_syntax_error(const yaml_parser_t& parser) {
        const yaml_mark_t& mark = parser.problem_mark;
        if (indented_with_tab(text_, mark.index)) {
            error(mark, "this line is indented with a tab; YAML needs spaces for indentation, so replace "
                        "the tab with spaces");
            return;
        }
        std::string problem = parser.problem ? parser.problem : "unreadable";
        if (parser.context) problem += " " + std::string(parser.context);
        error(mark, "this is not valid YAML (" + problem +
                        "); check indentation and quotes around text containing ':'");
    }

    void error(const yaml_mark_t& mark, std::string message) {
        diagnostics_.error({file_, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1},
                           std::move(message));
    }

    const std::string& text_;
    const std::string& file_;
    std::size_t max_depth_;
    Diagnostics& diagnostics_;
    std::unique_ptr<YamlDocument> document_;
    struct Open {
        YamlNode* node;
        std::size_t first_pending;  // where its children start in pending_
    };
    std::vector<Open> open_;
    std::vector<const YamlNode*> pending_;
    std::vector<const YamlNode*> keys_;  // reused by report_repeated_keys
    std::unordered_map<std::string, YamlNode*> anchors_;
    int documents_ = 0;
};

std::unique_ptr<YamlDocument> parse_yaml(const std::string& text, const std::string& file,
                                         std::size_t max_depth, Diagnostics& diagnostics) {
    if (const auto cleaned = without_tabs_on_blank_lines(text))
        return YamlTreeBuilder(*cleaned, file, max_depth, diagnostics).build();
    return YamlTreeBuilder(text, file, max_depth, diagnostics).build();
}

namespace {

// The scalar's whole text as a T, with an optional leading '+'.
template <typename T>
std::optional<T> whole_text_as(const YamlNode& node) {
    if (!node.is_scalar()) return std::nullopt;
    const std::string_view text = node.text();
    const char* first = text.data();
    const char* last = first + text.size();
    if (first != last && *first == '+') ++first;
    T value{};
    auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last || first == last) return std::nullopt;
    return value;
}

}  // namespace

std::optional<int> yaml_int(const YamlNode& node) { return whole_text_as<int>(node); }

std::optional<double> yaml_number(const YamlNode& node) {
    if (!node.is_scalar()) return std::nullopt;
    std::string_view text = node.text();
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    return decimal_number(text);  // finite only: "inf" and "nan" are no delay or volume
}

std::optional<bool> yaml_bool(const YamlNode& node) {
    if (!node.is_scalar()) return std::nullopt;
    static const std::pair<const char*, const char*> kWords[] = {
        {"true", "false"}, {"yes", "no"}, {"on", "off"}, {"y", "n"}};
    // "true", "True" and "TRUE" count; "tRUE" does not.
    auto spelled_as = [](std::string_view text, const std::string& word) {
        if (text.size() != word.size()) return false;
        std::string upper = word, capital = word;
        for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
        capital[0] = upper[0];
        return text == word || text == upper || text == capital;
    };
    for (const auto& [yes, no] : kWords) {
        if (spelled_as(node.text(), yes)) return true;
        if (spelled_as(node.text(), no)) return false;
    }
    return std::nullopt;
}

}  // namespace secondlook
