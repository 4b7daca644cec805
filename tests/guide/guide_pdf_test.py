#!/usr/bin/python3
"""The facilitator's guide as a teacher prints it: `secondlook guide` for the
whole library, printed to PDF by headless Chromium, read back with pdftotext.
Checks that every part is there, that each scenario has its discussion
questions and debrief points, that the letter starts a page of its own and
that the handout is one page, the last.

Usage: guide_pdf_test.py SECONDLOOK SOURCE_DIR OUT_DIR
"""
import os
import subprocess
import sys

import yaml

secondlook, source, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
html = os.path.join(out, "guide.html")
pdf = os.path.join(out, "guide.pdf")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


subprocess.run([secondlook, "guide", "-o", html], cwd=source, check=True)
if os.path.exists(pdf):
    os.remove(pdf)
# A profile folder of its own, so two runs never share one and nothing is
# written to the user's home.
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + os.path.join(out, "chromium-profile"),
                "--print-to-pdf=" + pdf, "file://" + os.path.abspath(html)],
               check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pages = int(next(line.split()[1] for line in
                 subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout.splitlines()
                 if line.startswith("Pages:")))
text = [subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"],
                       capture_output=True, text=True, check=True).stdout for page in range(1, pages + 1)]
whole = "\n".join(text)
flat = " ".join(whole.split())  # lines broken anywhere by the page layout


def first_line(page_text):
    return next((line.strip() for line in page_text.splitlines() if line.strip()), "")


for heading in ["Second Look: facilitator's guide", "The session", "What players practise", "Content note",
                "Before the session", "Ground rules to agree", "Keeping it about the characters",
                "Opting out and a quiet space", "If a young person discloses", "Local contacts",
                "Letter for parents and carers", "Don't panic, don't pay", "Where to get help"]:
    check(heading in whole, "the heading '%s' is missing" % heading)

scenarios = []
for name in sorted(os.listdir(os.path.join(source, "scenarios"))):
    if name.endswith(".yaml"):
        with open(os.path.join(source, "scenarios", name), encoding="utf-8") as f:
            data = yaml.safe_load(f)
        if "nodes" in data:
            scenarios.append(data)
for scenario in scenarios:
    title = scenario["title"]
    starts = [i for i, page in enumerate(text) if first_line(page) == title]
    check(len(starts) == 1, "'%s' does not start a page of its own" % title)
    for node in scenario["nodes"]:
        if "discuss" in node and not node.get("continuation"):
            check(" ".join(node["discuss"].split()) in flat, "%s: the question at '%s' is missing" % (title, node["id"]))
        if "ending" in node and not node.get("continuation"):
            check(node["ending"]["title"] in flat, "%s: the ending '%s' is missing" % (title, node["id"]))
check(whole.count("Discussion questions, stage by stage") == len(scenarios),
      "not every scenario has its discussion questions")

letter = [i for i, page in enumerate(text) if first_line(page) == "Letter for parents and carers"]
check(len(letter) == 1, "the letter does not start a page of its own")
check(first_line(text[-1]) == "Don't panic, don't pay", "the handout is not one page, the last")
with open(os.path.join(source, "assets", "support", "en-GB.yaml"), encoding="utf-8") as f:
    support = yaml.safe_load(f)
for contact in support["contacts"]:
    check(contact["name"] in " ".join(text[-1].split()), "the handout page lacks the contact '%s'" % contact["name"])

for failure in failures:
    print("guide_pdf_test: " + failure)
print("guide_pdf_test: %d pages, %d scenarios, %s" % (pages, len(scenarios), "FAILED" if failures else "ok"))
sys.exit(1 if failures else 0)
