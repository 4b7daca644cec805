#!/usr/bin/env python3
"""Checks the window's own layout reports (secondlook --layout-report FILE).

Each line of a report is one screen at one setting: every text drawn and
every control, with its rectangle, what clips it, the box it belongs in and
the window's size. A problem is named with the screen and setting, the item
and what is wrong; the exit status is 1 when there is any.

Rules (README, "Accessibility"):
- text is never clipped, never overflows its box (bubble, card, option,
  button), never leaves the window; a control is never off screen. Inside an
  area that scrolls, text and controls may lie above or below what shows
  (the player scrolls to them), never beside it;
- a line breaks only at a space, or inside a word too long for the line;
- no text is drawn over other text;
- nothing is drawn over a pop-up from behind it;
- a screen opens at its top (a chat opens at its latest message);
- no text is smaller than the body text but a message's time (the aside
  font, never needed to play), and text has at
  least 4.5:1 contrast against what is behind it (WCAG AA).
Usage: layout_check.py REPORT...
"""
import json
import sys

SLACK = 1.0  # pixels: rounding of positions and font metrics


def inside(rect, box, vertical=True):
    x0, y0, x1, y1 = rect
    bx0, by0, bx1, by1 = box
    if x0 < bx0 - SLACK or x1 > bx1 + SLACK:
        return False
    return not vertical or (y0 >= by0 - SLACK and y1 <= by1 + SLACK)


def intersection(a, b):
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def area(rect):
    return max(0.0, rect[2] - rect[0]) * max(0.0, rect[3] - rect[1])


def luminance(hex_colour):
    def channel(value):
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    rgb = int(hex_colour, 16)
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff)


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def short(text, length=50):
    text = text.replace("\n", " ")
    return text if len(text) <= length else text[:length - 3] + "..."


def behind_cover(item, covers):
    """True when a pop-up is drawn over the item (it is dimmed on purpose)."""
    return any(item["order"] < cover["order"] and area(intersection(item["rect"], cover["rect"])) > 0
               for cover in covers)


def top_window(name):
    return name.split("/")[0]


def check_frame(frame):
    problems = []
    width, height = frame["window_size"]
    screen = (0.0, 0.0, width, height)
    covers = frame["covers"]
    items = frame["items"]

    def problem(item, what):
        problems.append(f"{frame['label']}: {item['kind']} '{short(item['text'])}' {what}")

    for item in items:
        rect, clip, scrolls = item["rect"], item["clip"], item["scrolls"]
        if item["kind"] == "control":
            if not inside(rect, clip, vertical=not scrolls) or not inside(rect, screen, vertical=not scrolls):
                problem(item, f"is off screen or cut off (at {rect}, shown only in {clip})")
            continue
        if not inside(rect, clip, vertical=not scrolls):
            problem(item, f"is clipped (at {rect}, shown only in {clip})")
        elif not inside(rect, screen, vertical=not scrolls):
            problem(item, f"leaves the window (at {rect}, window {width:g}x{height:g})")
        if "box" in item and not inside(rect, item["box"]):
            problem(item, f"overflows its box (at {rect}, box {item['box']})")
        for word, word_width in item["broken_words"]:
            if word_width <= item["wrap"]:  # the same test text_wrap.cpp makes
                problem(item, f"breaks inside the word '{word}', which fits on a line")
        if behind_cover(item, covers) or item.get("decoration"):
            continue
        if item["size"] < frame["body_size"] - 0.5 and not item.get("aside"):
            problem(item, f"is {item['size']:.0f} px, smaller than the body text ({frame['body_size']:.0f} px)")
        if item["background"] and item["opacity"] >= 1.0:
            ratio = contrast(item["colour"], item["background"])
            if ratio < 4.5:
                problem(item, f"has contrast {ratio:.1f}:1 (#{item['colour']} on #{item['background']}), under 4.5:1")

    texts = [item for item in items if item["kind"] == "text" and not behind_cover(item, covers)]
    for i, a in enumerate(texts):
        shown_a = intersection(a["rect"], a["clip"])
        for b in texts[i + 1:]:
            if top_window(a["window"]) != top_window(b["window"]):
                continue
            overlap = intersection(shown_a, intersection(b["rect"], b["clip"]))
            if overlap[2] - overlap[0] > 2 * SLACK and overlap[3] - overlap[1] > 2 * SLACK:
                problem(a, f"overlaps the text '{short(b['text'])}'")

    for cover in covers:
        for item in items:
            if item["order"] > cover["order"] and area(intersection(item["rect"], cover["rect"])) > 0 \
                    and not item["window"].startswith(cover["window"]) and cover["window"]:
                problem(item, "shows over the pop-up in front of it")

    if frame["fresh"]:
        seen = set()
        for item in items:
            if item["scroll_y"] > 0.5 and not item["follows_end"] and item["window"] not in seen:
                seen.add(item["window"])
                problem(item, f"is in an area that opens scrolled down ({item['scroll_y']:.0f} px), not at its top")
    return problems


def main(paths):
    problems, frames = [], 0
    for path in paths:
        with open(path, encoding="utf-8") as report:
            for line in report:
                frames += 1
                problems.extend(check_frame(json.loads(line)))
    for line in problems:
        print(line)
    print(f"layout check: {frames} screens, {len(problems)} problems", file=sys.stderr)
    return 1 if problems or frames == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
