#!/usr/bin/env python3
"""The records figures of tools/bench: `secondlook export --format csv`,
`--format xapi` and `report` on a big records file (bench/make_records.py),
each beside the sqlite3 tool writing the same answer rows joined to their
plays and players as CSV: the floor of reading them at all. Times are the
median of 3 whole runs, output to /dev/null; the targets are ratios to the
sqlite3 tool, so they hold on a slower or busier machine. Peak RSS is the
child's ru_maxrss.

usage: measure_records.py BUILD_DIR RECORDS
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

from figures import finish, report

build, records = sys.argv[1:3]
secondlook = os.path.join(build, "secondlook")
env = dict(os.environ, XDG_DATA_HOME=tempfile.mkdtemp(prefix="secondlook-bench-"))

# The rows `export --format csv` writes, in its order, with the sqlite3 tool.
DUMP = """.mode csv
SELECT s.code, p.nickname, a.play_id, pl.scenario_id, a.seq, a.at, a.node, a.action, a.kind, a.points,
       a.response_ms, pl.ending, pl.outcome, pl.total, pl.max
FROM answers a JOIN plays pl ON pl.id = a.play_id JOIN players p ON p.id = pl.player_id
JOIN sessions s ON s.code = p.session_code ORDER BY s.code, p.nickname, pl.started_at, a.seq;
"""


def one_run(command, stdin_text=None):
    """Wall seconds and peak RSS (MB) of one run, or (None, None) if it failed."""
    start = time.monotonic()
    child = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, text=True)
    child.stdin.write(stdin_text or "")
    child.stdin.close()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        return None, None
    return seconds, usage.ru_maxrss / 1024.0


def median_run(command, stdin_text=None, runs=3):
    results = [one_run(command, stdin_text) for _ in range(runs)]
    if any(seconds is None for seconds, _ in results):
        return None, None
    return statistics.median(s for s, _ in results), max(rss for _, rss in results)


def ratio(value, floor):
    return value / floor if value and floor else None


report_file = os.path.join(env["XDG_DATA_HOME"], "report.html")
dump_s, dump_rss = median_run(["sqlite3", "-readonly", records], DUMP)
csv_s, csv_rss = median_run([secondlook, "export", "--records", records, "--format", "csv"])
xapi_s, xapi_rss = median_run([secondlook, "export", "--records", records, "--format", "xapi"])
report_s, report_rss = median_run([secondlook, "report", "--records", records, "--session", "BENCH",
                                   "-o", report_file])

ms = lambda seconds: seconds * 1000 if seconds else None
report("records_dump_sqlite3", ms(dump_s), "ms", "the floor: sqlite3 writing the 260,000 answer rows as CSV")
report("records_export_csv", ms(csv_s), "ms", "none; the ratio below")
report("records_export_csv_ratio", ratio(csv_s, dump_s), "x", "<= 3 x the sqlite3 tool")
report("records_export_xapi", ms(xapi_s), "ms", "none; the ratio below (about 8 times the bytes of the CSV)")
report("records_export_xapi_ratio", ratio(xapi_s, dump_s), "x", "<= 6 x the sqlite3 tool")
report("records_report", ms(report_s), "ms", "none; the ratio below")
report("records_report_ratio", ratio(report_s, dump_s), "x", "<= 3 x the sqlite3 tool")
report("records_peak_rss_sqlite3", dump_rss, "MB", "for comparison")
report("records_peak_rss_export_csv", csv_rss, "MB", "< 150 MB for any size")
report("records_peak_rss_export_xapi", xapi_rss, "MB", "< 150 MB for any size")
report("records_peak_rss_report", report_rss, "MB", "< 150 MB for any size")
finish()
