#include <cstring>
#include <iterator>
#include <set>

#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

// The two small forms of a class session: the facilitator sets one up, a
// player joins one. Typed text stays in ImGui's buffers until submitted.
namespace secondlook {
namespace {

struct FormCard {
    float pad, inner;
};

FormCard begin_form(const ScreenContext& context, const Rect& area, const char* id, const std::string& title,
                    const std::string& explanation) {
    const float s = context.scale;
    const float width = std::min(area.width() - 80 * s, 680 * s);
    Rect card{{area.min.x + (area.width() - width) / 2, area.min.y + 40 * s},
              {area.min.x + (area.width() + width) / 2, area.max.y - 30 * s}};
    begin_area(id, card, theme::kPanel, true);
    FormCard form{32 * s, width - 64 * s - ImGui::GetStyle().ScrollbarSize};
    ImGui::SetCursorPos(ImVec2(form.pad, form.pad));
    wrapped_text(context.fonts.title, theme::kText, title, form.inner);
    ImGui::SetCursorPosX(form.pad);
    wrapped_text(context.fonts.body, theme::kMutedText, explanation, form.inner);
    ImGui::Dummy(ImVec2(0, 8 * s));
    return form;
}

bool text_field(const ScreenContext& context, const FormCard& form, const char* label, const char* id, char* buffer,
                std::size_t size, ImGuiInputTextFlags flags = 0) {
    ImGui::SetCursorPosX(form.pad);
    return labelled_text_field(context.fonts, context.scale, label, id, buffer, size, form.inner, flags);
}

std::string scenario_list(const std::set<std::string>& ids) {
    std::string list;
    for (const auto& id : ids) list += (list.empty() ? "" : ",") + id;
    return list;
}

}  // namespace

UiAction draw_session_setup(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const FormCard form = begin_form(context, area, "session-setup", ui_text("setup.title"), ui_text("setup.intro"));
    static char label[64] = "";
    static int track = 0;
    static bool timers = true, prepost = false;
    static std::set<std::string> picked;  // scenario ids; none picked: all of the audience's
    if (ImGui::IsWindowAppearing()) {
        label[0] = '\0';
        picked.clear();
        ImGui::SetKeyboardFocusHere();
    }
    text_field(context, form, ui_text("setup.label").c_str(), "##label", label, sizeof label);
    keep_heading_in_view();
    ImGui::SetCursorPosX(form.pad);
    wrapped_text(context.fonts.strong, theme::kText, ui_text("setup.audience"), form.inner);
    const auto& tracks = kTracks;
    for (int i = 0; i < static_cast<int>(std::size(tracks)); ++i) {
        const std::string& name = ui_text(std::string("track.") + tracks[i]);
        ImGui::SetCursorPosX(form.pad);
        ImGui::PushFont(context.fonts.body);
        ImGui::RadioButton(name.c_str(), &track, i);
        ImGui::PopFont();
        focus_ring(s, track == i ? ui_text("focus.selected", {{"label", name}}) : name);
    }
    ImGui::SetCursorPosX(form.pad);
    wrapped_checkbox(ui_text("setup.timers"), "##timers", &timers, form.inner, context.fonts, s,
                     ui_text(timers ? "setup.timers-focus-on" : "setup.timers-focus-off"));
    ImGui::SetCursorPosX(form.pad);
    wrapped_checkbox(ui_text("setup.prepost"), "##prepost", &prepost, form.inner, context.fonts, s,
                     ui_text(prepost ? "setup.prepost-focus-on" : "setup.prepost-focus-off"));
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::SetCursorPosX(form.pad);
    wrapped_text(context.fonts.strong, theme::kText, ui_text("setup.scenarios"), form.inner);
    for (const auto& entry : context.state.catalogue()) {
        if (!entry.scenario) continue;
        bool on = picked.count(entry.scenario->id) > 0;
        ImGui::SetCursorPosX(form.pad);
        if (wrapped_checkbox(entry.scenario->title, ("##" + entry.scenario->id).c_str(), &on, form.inner, context.fonts, s,
                             ui_text(on ? "focus.ticked" : "focus.not-ticked", {{"label", entry.scenario->title}}))) {
            if (on) picked.insert(entry.scenario->id);
            else picked.erase(entry.scenario->id);
        }
    }
    ImGui::Dummy(ImVec2(0, 10 * s));
    ImGui::SetCursorPosX(form.pad);
    if (filled_button(ui_text("setup.create").c_str(), ImVec2(240 * s, 52 * s), theme::kAccent, context.fonts.strong, s))
        action = {UiAction::Kind::CreateSession, 0,
                  std::string(label) + "\t" + tracks[track] + "\t" + (timers ? "1" : "0") + "\t" +
                      (prepost ? "1" : "0") + "\t" + scenario_list(picked)};
    ImGui::SameLine(0, 14 * s);
    if (filled_button(ui_text("form.back").c_str(), ImVec2(140 * s, 52 * s), 0x5d6b7d, context.fonts.strong, s))
        action = {UiAction::Kind::ShowSession, 0, context.state.dashboard_session()};
    ImGui::EndChild();
    return action;
}

UiAction draw_join_session(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const FormCard form = begin_form(context, area, "join-session", ui_text("join.title"), ui_text("join.intro"));
    static char code[9] = "";
    // Room for 20 characters of up to 4 bytes each: the rule (core/session_join.h) counts characters.
    static char nickname[kMaxNicknameCharacters * 4 + 1] = "";
    if (ImGui::IsWindowAppearing()) {
        code[0] = nickname[0] = '\0';
        ImGui::SetKeyboardFocusHere();
    }
    const bool entered_code = text_field(context, form, ui_text("join.code").c_str(), "##code", code, sizeof code,
                                         ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank);
    keep_heading_in_view();
    const bool entered_name = text_field(context, form, ui_text("join.nickname").c_str(), "##nickname", nickname, sizeof nickname);
    if (!context.state.join_message().empty()) {
        ImGui::SetCursorPosX(form.pad);
        wrapped_text(context.fonts.small, theme::kDanger, context.state.join_message(), form.inner);
    }
    ImGui::Dummy(ImVec2(0, 8 * s));
    ImGui::SetCursorPosX(form.pad);
    if (filled_button(ui_text("join.join").c_str(), ImVec2(200 * s, 52 * s), theme::kAccent, context.fonts.strong, s) || entered_code ||
        entered_name)
        action = {UiAction::Kind::JoinSession, 0, std::string(code) + "\t" + nickname};
    ImGui::SameLine(0, 14 * s);
    if (filled_button(ui_text("form.back").c_str(), ImVec2(140 * s, 52 * s), 0x5d6b7d, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::BackToList);
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
