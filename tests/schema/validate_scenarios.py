#!/usr/bin/python3
"""Keeps scenarios/schema.json in step with the loader: every shipped scenario
(and every valid test scenario) must validate against the schema, and copies
broken in ways the loader rejects must fail it too.
Usage: validate_scenarios.py SOURCE_DIR"""
import copy
import pathlib
import sys

import jsonschema
import yaml


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def main():
    source = pathlib.Path(sys.argv[1])
    schema = load(source / "scenarios" / "schema.json")
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = 0

    files = sorted((source / "scenarios").glob("*.yaml")) + sorted((source / "tests/data/good").glob("*.yaml"))
    if not any(f.parent.name == "scenarios" for f in files):
        print("no shipped scenarios found")
        return 1
    for path in files:
        errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(e.absolute_path))
        for error in errors[:5]:
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path.relative_to(source)}: {where}: {error.message}")
        failures += bool(errors)
        if not errors:
            print(f"ok  {path.relative_to(source)}")

    # Broken copies of the campaign film: each must be rejected.
    base = load(source / "scenarios" / "friend-request.yaml")
    breakages = {
        "an unknown top-level key": lambda s: s.update({"titel": "typo"}),
        "a choice without feedback": lambda s: s["nodes"][1]["choices"][0].pop("feedback"),
        "an unknown screen": lambda s: s["nodes"][1].update({"screen": "smoke-signals"}),
        "an objective that does not exist": lambda s: s["objectives"].append("RESP-11"),
        "a handle with a space": lambda s: s["cast"][0].update({"handle": "sky 3"}),
        "a node with two ways on": lambda s: s["nodes"][1].update({"branches": [{"goto": "research"}]}),
        "no audience": lambda s: s.pop("audience"),
    }
    for name, breakage in breakages.items():
        broken = copy.deepcopy(base)
        breakage(broken)
        if validator.is_valid(broken):
            print(f"the schema accepts {name}")
            failures += 1
        else:
            print(f"ok  rejects {name}")

    print(f"{len(files) + len(breakages) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
