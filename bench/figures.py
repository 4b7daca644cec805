"""Printing tools/bench's figures, one a line: "name: value unit  # target".
A figure that cannot be measured is printed as unmeasured and remembered,
so the bench exits 1 at the end."""
import sys

failures = []


def report(name, value, unit, target):
    if value is None:
        print(f"{name}: unmeasured  # target {target}")
        failures.append(name)
    else:
        print(f"{name}: {value:.1f} {unit}  # target {target}", flush=True)


def finish():
    if failures:
        print("tools/bench: could not measure " + ", ".join(failures), file=sys.stderr)
        sys.exit(1)
