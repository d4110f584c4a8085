#!/usr/bin/env python3
"""Regenerates and checks AlgoArena problem packages (the native `problem.toml` format).

    python3 problems/tools/package.py regen problems/<slug>...   rewrite data/ from the
        package's seeded generator, then run its input validator over every test
    python3 problems/tools/package.py check problems/<slug>...   change nothing: the generator
        must reproduce data/ byte for byte, and the validator must accept every test
    python3 problems/tools/package.py lint problems/<slug>...    `check`, plus the catalogue's
        requirements (issue 15): examples, constraints, >= 25 tests, three hint tiers, tags,
        companies, an editorial, accepted references in Python and C++

A package's generator is `generators/generate.py`, run with the package folder as its working
directory; it writes every file of data/ and must be deterministic (seed its random numbers).
The validator is the file `validator = "..."` names in problem.toml (Python, or C++ compiled
here with g++); as on import, it reads one test input on stdin, gets its group's
`validator_flags` as arguments, and exits 42 to accept. Exits non-zero if anything fails.
"""

import filecmp
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

GENERATOR = Path("generators/generate.py")
MIN_TESTS = 25
MIN_SAMPLES = 2
HINT_TIERS = 3


class PackageError(Exception):
    """A package that fails a check; the message says which file and why."""


def manifest(package: Path) -> dict:
    path = package / "problem.toml"
    if not path.is_file():
        raise PackageError(f"{path}: missing (only the native format is handled here)")
    return tomllib.loads(path.read_text())


def run_generator(package: Path) -> None:
    """Runs the package's generator in `package`, which rewrites its data/."""
    if not (package / GENERATOR).is_file():
        raise PackageError(f"{package / GENERATOR}: missing")
    done = subprocess.run([sys.executable, str(GENERATOR)], cwd=package, capture_output=True, text=True)
    if done.returncode != 0:
        raise PackageError(f"{package / GENERATOR} failed:\n{done.stderr.strip()}")


def tests_of(package: Path) -> list[Path]:
    """Every test input under data/, in path order, each checked to have its answer."""
    inputs = sorted((package / "data").rglob("*.in"))
    for path in inputs:
        if not path.with_suffix(".ans").is_file():
            raise PackageError(f"{path}: no matching .ans")
    return inputs


def validator_command(package: Path, m: dict, scratch: Path) -> list[str] | None:
    """How to run the package's validator (compiling it first if it is C++), or None."""
    name = m.get("validator")
    if name is None:
        return None
    source = package / name
    if not source.is_file():
        raise PackageError(f"{source}: the validator problem.toml names is missing")
    if source.suffix == ".py":
        return [sys.executable, str(source)]
    if source.suffix in (".cpp", ".cc"):
        binary = scratch / "validator"
        done = subprocess.run(["g++", "-std=c++17", "-O2", "-o", str(binary), str(source)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise PackageError(f"{source}: does not compile:\n{done.stderr.strip()}")
        return [str(binary)]
    raise PackageError(f"{source}: only Python and C++ validators are run by this tool")


def flags_for(test: Path, package: Path, m: dict) -> list[str]:
    """The validator flags of the test's group (data/secret/<group>/...), as on import."""
    parts = test.relative_to(package / "data").parts
    group = parts[1] if parts[0] == "secret" and len(parts) > 2 else None
    entry = m.get("groups", {}).get(group, {})
    return entry.get("validator_flags", "").split()


def validate(package: Path, m: dict) -> int:
    """Runs the validator over every test input; returns how many tests there are."""
    tests = tests_of(package)
    with tempfile.TemporaryDirectory() as scratch:
        command = validator_command(package, m, Path(scratch))
        if command is None:
            raise PackageError(f"{package}/problem.toml: no `validator`")
        for test in tests:
            with test.open("rb") as stdin:
                done = subprocess.run(command + flags_for(test, package, m), stdin=stdin,
                                      capture_output=True, text=True)
            if done.returncode != 42:
                why = (done.stderr or done.stdout).strip()[:500]
                raise PackageError(f"{test}: rejected by the validator (exit {done.returncode}): {why}")
    return len(tests)


def same_tree(a: Path, b: Path) -> list[str]:
    """The relative paths whose presence or bytes differ between two folders."""
    files = lambda root: {p.relative_to(root) for p in root.rglob("*") if p.is_file()}
    left, right = files(a), files(b)
    differ = sorted(str(p) for p in left ^ right)
    differ += sorted(str(p) for p in left & right if not filecmp.cmp(a / p, b / p, shallow=False))
    return differ


def reproduces(package: Path) -> None:
    """Runs the generator on a copy and compares the data/ it writes with the package's."""
    if not (package / GENERATOR).is_file():
        raise PackageError(f"{package / GENERATOR}: missing")
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / package.resolve().name
        shutil.copytree(package, copy)
        run_generator(copy)
        differ = same_tree(package / "data", copy / "data")
        if differ:
            shown = ", ".join(differ[:5]) + (" ..." if len(differ) > 5 else "")
            raise PackageError(f"{package}/data differs from what its generator writes: {shown}"
                               " (run `package.py regen`)")


def lint(package: Path, m: dict, count: int) -> None:
    """The catalogue's requirements for a new problem (issue 15)."""
    problems = []
    statement = (package / "statement.md").read_text()
    if statement.count("**Example") < 2:
        problems.append("statement.md: fewer than two worked examples ('**Example ...')")
    if "Constraints" not in statement and not (package / "constraints.md").is_file():
        problems.append("statement.md: no constraints")
    samples = len(list((package / "data/sample").glob("*.in")))
    if samples < MIN_SAMPLES:
        problems.append(f"data/sample: {samples} tests, need at least {MIN_SAMPLES}")
    if count < MIN_TESTS:
        problems.append(f"data: {count} tests, need at least {MIN_TESTS}")
    if len(m.get("hints", [])) != HINT_TIERS:
        problems.append(f"problem.toml: {len(m.get('hints', []))} hints, need {HINT_TIERS} tiers")
    for key in ("tags", "companies"):
        if not m.get(key):
            problems.append(f"problem.toml: no {key}")
    editorial = package / "editorial.md"
    if not editorial.is_file():
        problems.append("editorial.md: missing")
    else:
        text = editorial.read_text()
        if "O(" not in text:
            problems.append("editorial.md: no complexity (O(...))")
        if "## Common mistakes" not in text:
            problems.append("editorial.md: no '## Common mistakes' section")
    accepted = [p.suffix for p in (package / "submissions/accepted").glob("*")]
    for suffix, language in ((".py", "Python"), (".cpp", "C++")):
        if suffix not in accepted:
            problems.append(f"submissions/accepted: no {language} reference")
    if problems:
        raise PackageError(f"{package}:\n  " + "\n  ".join(problems))


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("regen", "check", "lint"):
        print(__doc__, file=sys.stderr)
        return 2
    command, packages = argv[0], [Path(p) for p in argv[1:]]
    failed = 0
    for package in packages:
        try:
            m = manifest(package)
            if command == "regen":
                run_generator(package)
            else:
                reproduces(package)
            count = validate(package, m)
            if command == "lint":
                lint(package, m, count)
            print(f"ok   {package}: {count} tests valid")
        except PackageError as e:
            failed += 1
            print(f"FAIL {e}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
