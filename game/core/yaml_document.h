// A YAML file read into a tree of plain values, each with its line and
// column, for the loaders to walk. libyaml does the parsing: it reads a large
// scenario about seven times faster than yaml-cpp did, which is what keeps
// `lint` of a 10,000-node story within its time (see tools/bench).
// Internal to the loaders; nothing outside game/core sees YAML.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "diagnostics.h"

namespace secondlook {

class YamlNode {
public:
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind() const { return kind_; }
    bool is_null() const { return kind_ == Kind::Null; }
    bool is_scalar() const { return kind_ == Kind::Scalar; }
    bool is_sequence() const { return kind_ == Kind::Sequence; }
    bool is_map() const { return kind_ == Kind::Map; }
    // 1-based, counted in characters, where the value starts in the file.
    int line() const { return line_; }
    int column() const { return column_; }
    // The text of a scalar; empty for anything else.
    std::string_view text() const { return {text_, text_size_}; }

    // A run of nodes, as the items of a list are.
    class List {
    public:
        List(const YamlNode* const* first, std::size_t size) : first_(first), size_(size) {}
        const YamlNode* const* begin() const { return first_; }
        const YamlNode* const* end() const { return first_ + size_; }
        std::size_t size() const { return size_; }
        bool empty() const { return size_ == 0; }
        const YamlNode* operator[](std::size_t i) const { return first_[i]; }

    private:
        const YamlNode* const* first_;
        std::size_t size_;
    };
    // The items of a sequence, in order; empty for anything else.
    List items() const { return kind_ == Kind::Sequence ? children() : List(nullptr, 0); }
    // A sequence's items, or a mapping's keys and values alternating.
    List children() const { return {children_, child_count_}; }

    struct Entry {
        const YamlNode& key;
        const YamlNode& value;
    };
    // The entries of a mapping, in file order (a repeated key, already
    // reported by parse_yaml, included); nothing for anything else.
    class Entries {
    public:
        class Iterator {
        public:
            explicit Iterator(const YamlNode* const* at) : at_(at) {}
            Entry operator*() const { return {*at_[0], *at_[1]}; }
            Iterator& operator++() {
                at_ += 2;
                return *this;
            }
            bool operator!=(const Iterator& other) const { return at_ != other.at_; }

        private:
            const YamlNode* const* at_;
        };
        explicit Entries(List pairs) : pairs_(pairs) {}
        Iterator begin() const { return Iterator(pairs_.begin()); }
        Iterator end() const { return Iterator(pairs_.end()); }
        std::size_t size() const { return pairs_.size() / 2; }

    private:
        List pairs_;
    };
    Entries entries() const { return Entries(kind_ == Kind::Map ? children() : List(nullptr, 0)); }

private:
    friend class YamlTreeBuilder;

    // Kept small, and the texts and child lists live in the document's
    // arena: a 10,000-node story is 300,000 values, and one allocation each
    // was a third of the time it took to read.
    Kind kind_ = Kind::Null;
    bool open_ = false;  // a list or mapping still being read: an alias to it would loop
    int line_ = 0;
    int column_ = 0;
    unsigned text_size_ = 0;
    const char* text_ = "";
    const YamlNode* const* children_ = nullptr;  // items, or keys and values alternating
    std::size_t child_count_ = 0;
};

// Nodes live in the document's arena, which frees them without running
// destructors: they must have none to run.
static_assert(std::is_trivially_destructible_v<YamlNode>);

// Owns every node of one file; an alias (*name) is the same node again.
class YamlDocument {
public:
    // Null when the file holds no value at all (empty, only comments, or a null).
    const YamlNode* root() const { return root_; }

private:
    friend class YamlTreeBuilder;
    // Hands out memory from large blocks, all freed with the document; null
    // for zero bytes.
    void* allocate(std::size_t bytes);

    // Nodes, texts and child lists, all in large blocks that never move.
    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::size_t block_used_ = 0, block_size_ = 0;
    const YamlNode* root_ = nullptr;
};

// Reads `text`, the whole of `file`. A syntax error, a second document, an
// alias with no anchor before it or inside what it names, and lists or
// mappings nested deeper than `max_depth`, are reported at their place with
// what to do, and give null. A key repeated in a mapping is reported too,
// but the document is still given, so the loader can report more.
std::unique_ptr<YamlDocument> parse_yaml(const std::string& text, const std::string& file,
                                         std::size_t max_depth, Diagnostics& diagnostics);

// Scalar conversions, as a scenario author would expect them: decimal whole
// numbers, finite numbers, and true/false (also yes/no, on/off, y/n, in lower
// case, Capitalised or UPPER CASE, as YAML 1.1 writers may use). Nullopt for
// anything else, lists and mappings included.
std::optional<int> yaml_int(const YamlNode& node);
std::optional<double> yaml_number(const YamlNode& node);
std::optional<bool> yaml_bool(const YamlNode& node);

}  // namespace secondlook
