#include "game/editor/inspector.h"

#include "engine/ui/ui.h"
#include "game/editor/names.h"
#include "game/editor/text_field.h"
#include "game/sim/props.h"
#include "game/text/strings.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

// Index
// [SECTION] undo steps
// [SECTION] one widget per property type
// [SECTION] the inspector

namespace sp::editor {

namespace {

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }
bool endsWith(const std::string& s, const char* tail) {
    const size_t n = std::char_traits<char>::length(tail);
    return s.size() >= n && s.compare(s.size() - n, n, tail) == 0;
}

// Names, titles and labels are a few words; everything else (a briefing, a lesson, a hint)
// is sentences, edited in a box several lines tall.
bool isLongText(const PropInfo& p) {
    const std::string key = p.key;
    return !(endsWith(key, "name") || endsWith(key, "title") || endsWith(key, "label"));
}

// How fast a drag field moves: proportional to the value, so Earth's radius and an
// eccentricity both move at a useful pace, with a floor from the allowed range for zero.
double dragSpeed(double v, const PropInfo& p) {
    const double range = p.max > p.min ? p.max - p.min : 1.0;
    return std::max(std::abs(v) * 0.005, range * 2e-5);
}

// The step a dragged value is rounded to: the power of ten under the drag speed, so values
// dragged by hand stay readable (6400, not 6397.218).
double dragStep(double speed) { return std::pow(10.0, std::floor(std::log10(speed))); }

void label(const std::string& text, gfx::Color color) {
    ImGui::PushStyleColor(ImGuiCol_Text, view::imColor(color));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

// A frame drawn around the next widget: the checkbox's box and a number field (which the theme
// leaves nearly as dark as the panel, so a field hardly looks like one), or a text still in the
// template's words. Pop with popOutline().
void pushOutline(gfx::Color color, float width = 2) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, width * ui::scale()));
    ImGui::PushStyleColor(ImGuiCol_Border, view::imColor(color));
}
void popOutline() {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

bool hasWarningAt(const std::vector<const Problem*>& mine, const std::string& pointer) {
    return std::any_of(mine.begin(), mine.end(), [&](const Problem* p) {
        return p->severity == Severity::Warning && p->pointer == pointer;
    });
}

} // namespace

// [SECTION] undo steps

void Inspector::changed(edit::Document& doc, edit::Ref r, const std::string& key, const Value& v) {
    if (groupOpen_ && (groupRef_ != r || groupKey_ != key)) close(doc);
    if (!groupOpen_) {
        doc.beginGroup(("edit " + key).c_str());
        groupOpen_ = true;
        groupRef_ = r;
        groupKey_ = key;
    }
    doc.set(r, key, v);
}

void Inspector::endFrame(edit::Document& doc) {
    if (groupOpen_ && !ImGui::IsAnyItemActive()) close(doc);
}

void Inspector::close(edit::Document& doc) {
    if (!groupOpen_) return;
    doc.endGroup();
    groupOpen_ = false;
}

// [SECTION] one widget per property type

void Inspector::property(edit::Document& doc, edit::Ref r, const PropInfo& p, const Strings& tr,
                         const std::vector<Problem>& problems) {
    const std::optional<Value> value = edit::get(doc.level(), r, p.key);
    if (!value) return;
    const view::Palette& pal = view::palette();
    const std::string pointer = edit::pointerOf(r, p.key);
    std::vector<const Problem*> mine;
    bool error = false;
    for (const Problem& pr : problems)
        if (pr.pointer == pointer || startsWith(pr.pointer, pointer + "/")) {
            mine.push_back(&pr);
            error = error || pr.severity == Severity::Error;
        }
    const gfx::Color labelColor = error ? pal.danger : !mine.empty() ? pal.accent : pal.textDim;
    const std::string name = fieldLabel(tr, doc.level(), r, p);
    if (reveal_ && reveal_->first == r && reveal_->second == p.key) {
        ImGui::SetScrollHereY(0.25f);
        reveal_.reset();
    }

    ImGui::PushID(p.key);
    switch (p.type) {
    case PropType::Bool: {
        bool b = std::get<bool>(*value);
        if (!mine.empty()) ImGui::PushStyleColor(ImGuiCol_Text, view::imColor(labelColor));
        if (view::checkBox(name.c_str(), b)) changed(doc, r, p.key, b);   // seen unticked too
        if (!mine.empty()) ImGui::PopStyleColor();
        break;
    }
    case PropType::Number: {
        label(name, labelColor);
        double v = std::get<double>(*value);
        const double speed = dragSpeed(v, p);
        // The value as a person writes it (398600.4418, not 398600.441800), shown as the
        // field's literal format: ImGui draws a format without '%' as it is.
        const std::string shown = formatNumber(v);
        const double* lo = p.max > p.min ? &p.min : nullptr;
        const double* hi = p.max > p.min ? &p.max : nullptr;
        ImGui::SetNextItemWidth(-FLT_MIN);
        // One click or tap starts typing; a drag changes the value (view::numberField).
        bool dragging = false;
        const bool edited = view::numberField("##v", v, speed, lo, hi, shown.c_str(), pal.border, &dragging);
        if (edited) {
            // Rounded only while dragging: a typed number is kept exactly as typed.
            if (dragging) v = std::round(v / dragStep(speed)) * dragStep(speed);
            if (lo && hi) v = std::clamp(v, *lo, *hi);
            changed(doc, r, p.key, v == 0 ? 0.0 : v);
        }
        if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) ImGui::SetTooltip("%s", tr("editor.drag_tip"));
        break;
    }
    case PropType::Int: {
        label(name, labelColor);
        int i = std::get<int>(*value);
        ImGui::SetNextItemWidth(-FLT_MIN);
        // A reference (a goal's zone, a station's planet): the level's entries by name.
        if (const std::optional<edit::Kind> target = edit::referredKind(doc.level(), r, p)) {
            const size_t n = edit::countOf(doc.level(), *target);
            const bool valid = i >= 0 && size_t(i) < n;
            const std::string current = valid    ? refName(tr, doc.level(), {*target, i})
                                        : n == 0 ? std::string(tr("editor.ref_none"))
                                                 : tr.format("editor.ref_missing", {kindName(tr, *target) + " " + std::to_string(i + 1)});
            if (ImGui::BeginCombo("##v", current.c_str())) {
                for (size_t j = 0; j < n; ++j) {
                    ImGui::PushID(int(j));
                    if (ImGui::Selectable(refName(tr, doc.level(), {*target, int(j)}).c_str(), int(j) == i))
                        changed(doc, r, p.key, int(j));
                    if (int(j) == i) ImGui::SetItemDefaultFocus();
                    ImGui::PopID();
                }
                if (n == 0) ImGui::TextDisabled("%s", tr("editor.ref_add_first"));
                ImGui::EndCombo();
            }
            break;
        }
        if (ImGui::InputInt("##v", &i, 1, 1)) {
            if (p.max > p.min) i = std::clamp(i, int(p.min), int(p.max));
            changed(doc, r, p.key, i);
        }
        break;
    }
    case PropType::String: {
        label(name, labelColor);
        std::string s = std::get<std::string>(*value);
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (inputText("##v", s)) changed(doc, r, p.key, s);
        break;
    }
    case PropType::Enum: {
        label(name, labelColor);
        const std::string current = std::get<std::string>(*value);
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##v", choiceLabel(tr, current.c_str(), p.key).c_str())) {
            for (const char* c : p.choices) {
                if (ImGui::Selectable(choiceLabel(tr, c, p.key).c_str(), current == c)) changed(doc, r, p.key, std::string(c));
                if (current == c) ImGui::SetItemDefaultFocus();
            }
            ImGui::EndCombo();
        }
        break;
    }
    case PropType::Text: {
        label(name, labelColor);
        Text t = std::get<Text>(*value);
        const float tag = ImGui::CalcTextSize(u8"中文").x + ImGui::GetStyle().ItemSpacing.x;
        for (int lang = 0; lang < 2; ++lang) {
            std::string& s = lang == 0 ? t.en : t.zh;
            ImGui::PushID(lang);
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("%s", lang == 0 ? "EN" : u8"中文");
            ImGui::SameLine(tag + ImGui::GetStyle().WindowPadding.x * 0.5f);
            // Words still as the template wrote them are outlined in amber until changed.
            const bool templ = hasWarningAt(mine, pointer) || hasWarningAt(mine, pointer + (lang == 0 ? "/en" : "/zh"));
            bool edited = false;
            if (isLongText(p)) {
                edited = longText(r, p.key, lang, s, templ);
            } else {
                if (templ) pushOutline(pal.accent);
                ImGui::SetNextItemWidth(-FLT_MIN);
                edited = inputText("##t", s);
                if (templ) popOutline();
            }
            if (edited) changed(doc, r, p.key, t);
            ImGui::PopID();
        }
        break;
    }
    }
    for (const Problem* pr : mine)
        view::wrappedText(problemText(tr, *pr), pr->severity == Severity::Error ? pal.danger : pal.accent);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, 2 * ui::scale()));
}

// Sentences (a briefing, a hint). ImGui 1.86 cannot wrap inside a text box, so the text is
// shown wrapped, as players will read it, in a box that turns into the editing field when
// clicked; while editing, the wrapped text stays visible under the field.
bool Inspector::longText(edit::Ref r, const std::string& key, int lang, std::string& text, bool templ) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const view::Palette& pal = view::palette();
    const bool editing = editing_ && editing_->ref == r && editing_->key == key && editing_->lang == lang;
    const float width = ImGui::GetContentRegionAvail().x;
    if (!editing) {
        const auto lines = view::wrapLines(text, width - 2 * st.FramePadding.x);
        const float lineH = ImGui::GetTextLineHeight();
        const float h = float(std::max<size_t>(lines.size(), 1)) * lineH + 2 * st.FramePadding.y;
        const ImVec2 lo = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("##view", ImVec2(width, h))) editing_ = Editing{r, key, lang, ImGui::GetFrameCount()};
        const bool hovered = ImGui::IsItemHovered();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 hi(lo.x + width, lo.y + h);
        dl->AddRectFilled(lo, hi, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), st.FrameRounding);
        if (templ) dl->AddRect(lo, hi, view::imColorU32(pal.accent), st.FrameRounding, 0, std::max(1.5f, 2 * ui::scale()));
        for (size_t i = 0; i < lines.size(); ++i)
            dl->AddText(ImVec2(lo.x + st.FramePadding.x, lo.y + st.FramePadding.y + float(i) * lineH), view::imColorU32(pal.text),
                        text.data() + lines[i].first, text.data() + lines[i].second);
        if (hovered) ImGui::SetTooltip("%s", tipText_);
        return false;
    }
    if (editing_->openedFrame == ImGui::GetFrameCount() - 1) ImGui::SetKeyboardFocusHere();
    const float h = ImGui::GetTextLineHeight() * 3.2f + st.FramePadding.y * 2;
    if (templ) pushOutline(pal.accent);
    const bool changed = inputTextMultiline("##t", text, ImVec2(-FLT_MIN, h));
    if (templ) popOutline();
    // Let go (clicked elsewhere, Esc): back to the wrapped view. Two frames' grace while the
    // focus request takes effect.
    if (!ImGui::IsItemActive() && ImGui::GetFrameCount() > editing_->openedFrame + 2) editing_.reset();
    view::wrappedText(text, pal.textDim);
    return changed;
}

// [SECTION] the inspector

void Inspector::draw(edit::Document& doc, edit::Ref r, const Strings& tr, const std::vector<Problem>& problems) {
    if (!edit::exists(doc.level(), r)) return;
    tipText_ = tr("editor.text_tip");
    ImGui::PushID(int(r.kind));
    ImGui::PushID(r.index);
    // A goal shows only what its type uses (PropInfo::usedBy): no orbit limits on a zone goal.
    for (const PropInfo* p : edit::propsOf(r.kind))
        if (edit::inUse(doc.level(), r, *p)) property(doc, r, *p, tr, problems);
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace sp::editor
