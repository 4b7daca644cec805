#!/usr/bin/env python3
"""The measurements behind tools/bench; run it through tools/bench, which
builds Release, writes the generated scenario and starts Xvfb.

usage: measure.py BUILD_DIR SOURCE_DIR BIG_SCENARIO

Prints one "name: value unit  # target" line per figure. Exits 1 when a
figure cannot be measured; a figure over its target is reported, not failed.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

from figures import finish, report

build, source, big = sys.argv[1:4]
secondlook = os.path.join(build, "secondlook")
bare_window = os.path.join(build, "bench", "secondlook_bare_window")
library = os.path.join(source, "scenarios")

# Nothing the bench starts writes to the player's own data folder, and SDL
# uses its dummy sound driver: these machines have no sound card.
env = dict(os.environ, XDG_DATA_HOME=tempfile.mkdtemp(prefix="secondlook-bench-"), SDL_AUDIODRIVER="dummy")


def first_frame(program, args):
    """Start to first frame, and peak RSS, of one run. Start is the monotonic
    clock just before the process is created; the program reads the same
    clock right after presenting its first frame (app/first_frame_report.h)
    and exits, so closing down is not counted. Peak RSS is the child's
    ru_maxrss from wait4."""
    run_env = dict(env, SECONDLOOK_BENCH_FIRST_FRAME="1")
    start = time.monotonic_ns()
    child = subprocess.Popen([program] + args, env=run_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             cwd=source, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    for line in output.splitlines():
        if line.startswith("first-frame-monotonic-ns:") and child.returncode == 0:
            return (int(line.split(":")[1]) - start) / 1e6, usage.ru_maxrss / 1024.0
    return None, None


def median_first_frames(program, args, runs):
    results = [first_frame(program, args) for _ in range(runs)]
    if any(ms is None for ms, _ in results):
        return None, None
    return statistics.median(ms for ms, _ in results), statistics.median(rss for _, rss in results)


def idle_cpu(args, settle_seconds=4.0, seconds=10.0):
    """Percent of one core the window uses over `seconds` while it waits for
    the player, from utime + stime in /proc/PID/stat."""
    child = subprocess.Popen([secondlook] + args, env=env, cwd=source,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ticks_per_second = os.sysconf("SC_CLK_TCK")

    def cpu_ticks():
        with open(f"/proc/{child.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)

    try:
        time.sleep(settle_seconds)
        if child.poll() is not None:
            return None
        before = cpu_ticks()
        time.sleep(seconds)
        if child.poll() is not None:
            return None
        used = cpu_ticks() - before
        return 100.0 * used / ticks_per_second / seconds
    finally:
        child.terminate()  # SDL turns SIGTERM into a quit event
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def median_wall_ms(args, runs, expect=0):
    times = []
    for _ in range(runs):
        start = time.monotonic_ns()
        done = subprocess.run([secondlook] + args, env=env, cwd=source,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode != expect:
            return None
        times.append((time.monotonic_ns() - start) / 1e6)
    return statistics.median(times)


print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start "
      "(the machine is shared; wall times grow with load)")

runs = 7
bare_ms, bare_rss = median_first_frames(bare_window, [], runs)
ours_ms, ours_rss = median_first_frames(secondlook, [], runs)
report("first_frame_bare_window", bare_ms, "ms", "the floor of SDL2 + ImGui here")
report("first_frame_secondlook", ours_ms, "ms", "<= 150 ms and <= 1.6x the bare window")
report("first_frame_ratio", ours_ms / bare_ms if ours_ms and bare_ms else None, "x", "<= 1.6")
report("peak_rss_bare_window", bare_rss, "MB", "the floor")
report("peak_rss_secondlook", ours_rss, "MB", "<= the bare window's + 25 MB, whole library loaded")
report("peak_rss_over_bare_window", ours_rss - bare_rss if ours_rss and bare_rss else None, "MB", "<= 25")

report("idle_cpu_scenario_list", idle_cpu(["--screen", "scenarios"]), "% of a core", "<= 1")
report("idle_cpu_conversation", idle_cpu(["--scenario", "tests/data/good/mini.yaml"]), "% of a core", "<= 1")
report("idle_cpu_countdown", idle_cpu(["--scenario", "tests/data/good/actions.yaml", "--choose", "go-on"]),
       "% of a core", "none (not idle: the blackmail clock on screen is redrawn once a second)")

report("cli_startup", median_wall_ms(["--version"], runs), "ms", "none; included in the two below")
report("lint_library", median_wall_ms(["lint", library], runs), "ms", "<= 50 ms, whole command")
report("lint_10000_nodes", median_wall_ms(["lint", big], 3), "ms", "<= 200 ms, load + validate, whole command")

finish()
