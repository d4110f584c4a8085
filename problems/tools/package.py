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

    python3 problems/tools/package.py sync problems/<slug>...    rewrite the shared blocks
        (below) of the package's validator and generator from problems/tools/lib

Shared code: a validator runs alone in the judge's sandbox, so it cannot import a module.
Code many packages need (problems/tools/lib/<name>.py: JSON test lines, design-problem calls,
level-order trees, writing tests) is copied into a package's Python files between the lines
`# --- shared: <name>.py ...` and `# --- end shared: <name>.py ---`; `check` and `lint` fail
when a copy differs from its source (run `sync`, which `regen` also does).

A folder that is not a package stands for the native packages in it (Kattis packages, which
this tool does not handle, and the seed packages older than the catalogue, LEGACY, are left
out). When ALGOARENA_CACHE is set, a package that passed `check` or `lint` is remembered under
$ALGOARENA_CACHE/package-checks by a hash of its files, this tool, its library and the Python
and g++ versions, and is not checked again while none of those change (`--no-cache`: check
anyway). Packages are checked in parallel, one per CPU.
"""

import concurrent.futures
import filecmp
import hashlib
import os
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
TOOLS = Path(__file__).resolve().parent
LIB = TOOLS / "lib"
# The seed packages written before the catalogue's requirements (no generator): imported and
# judged like the rest, but not held to `check`/`lint` when a whole folder is checked.
LEGACY = {"a-plus-b", "circle-area", "maximum-depth-of-binary-tree", "maximum-subarray",
          "min-stack", "move-zeroes", "reverse-linked-list", "reverse-words", "two-sum"}
SHARED_START = "# --- shared: "
SHARED_END = "# --- end shared: "


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
    """How to run the package's validator (compiling it first if it is C++ or C), or None."""
    name = m.get("validator")
    if name is None:
        return None
    source = package / name
    if not source.is_file():
        raise PackageError(f"{source}: the validator problem.toml names is missing")
    if source.suffix == ".py":
        return [sys.executable, str(source)]
    if source.suffix in (".cpp", ".cc", ".c"):
        binary = scratch / "validator"
        compiler = (["gcc", "-std=gnu17", "-O2", "-o", str(binary), str(source), "-lm"]
                    if source.suffix == ".c" else
                    ["g++", "-std=c++17", "-O2", "-o", str(binary), str(source)])
        done = subprocess.run(compiler, capture_output=True, text=True)
        if done.returncode != 0:
            raise PackageError(f"{source}: does not compile:\n{done.stderr.strip()}")
        return [str(binary)]
    raise PackageError(f"{source}: only Python, C++ and C validators are run by this tool")


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


def shared_source(name: str) -> str:
    source = LIB / name
    if not source.is_file():
        raise PackageError(f"problems/tools/lib/{name}: no such shared file")
    return source.read_text()


def python_files(package: Path) -> list[Path]:
    """The package's Python sources that may hold shared blocks (not its references)."""
    return sorted(p for p in package.rglob("*.py")
                  if "submissions" not in p.relative_to(package).parts and "__pycache__" not in p.parts)


def with_shared(path: Path, text: str) -> str:
    """`text` with each shared block's body replaced by its source in problems/tools/lib."""
    out, lines, i = [], text.splitlines(keepends=True), 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not line.startswith(SHARED_START):
            continue
        name = line[len(SHARED_START):].split()[0]
        end = next((j for j in range(i, len(lines)) if lines[j].startswith(SHARED_END + name)), None)
        if end is None:
            raise PackageError(f"{path}: the shared block {name} has no end line")
        out.append(shared_source(name))
        i = end
    return "".join(out)


def shared_block(name: str) -> str:
    """A whole shared block, as `sync` keeps it (to paste into a new package's files)."""
    return (f"{SHARED_START}{name} (problems/tools/lib; `package.py sync` rewrites it) ---\n"
            f"{shared_source(name)}{SHARED_END}{name} ---\n")


def sync(package: Path) -> None:
    for path in python_files(package):
        text = path.read_text()
        synced = with_shared(path, text)
        if synced != text:
            path.write_text(synced)


def shared_drift(package: Path) -> None:
    """Fails when a shared block differs from its source in problems/tools/lib."""
    stale = [str(p.relative_to(package)) for p in python_files(package)
             if with_shared(p, p.read_text()) != p.read_text()]
    if stale:
        raise PackageError(f"{package}: shared code differs from problems/tools/lib in "
                           f"{', '.join(stale)} (run `package.py sync`)")


def tool_versions() -> str:
    """What else decides a check's outcome: the Python running generators and validators, g++."""
    try:
        gxx = subprocess.run(["g++", "--version"], capture_output=True, text=True).stdout
    except OSError:
        gxx = "no g++"
    return f"{sys.version}\n{gxx}"


def content_key(command: str, package: Path, versions: str) -> str:
    """A hash of everything a check of `package` depends on (see the module's comment)."""
    h = hashlib.sha256()

    def field(data: bytes) -> None:
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    field(command.encode())
    field(versions.encode())
    for tool in [TOOLS / "package.py", *sorted(LIB.glob("*.py"))]:
        field(tool.name.encode())
        field(tool.read_bytes())
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        field(str(path.relative_to(package)).encode())
        field(path.read_bytes())
    return h.hexdigest()


def cache_dir() -> Path | None:
    root = os.environ.get("ALGOARENA_CACHE")
    return Path(root) / "package-checks" if root else None


def packages_in(paths: list[Path]) -> list[Path]:
    """The packages the arguments name: a folder with a problem.toml, or the native packages of
    a folder of packages (Kattis ones and LEGACY left out)."""
    found = []
    for path in paths:
        if (path / "problem.toml").is_file() or not path.is_dir():
            found.append(path)
            continue
        found += sorted(p for p in path.iterdir()
                        if (p / "problem.toml").is_file() and p.name not in LEGACY)
    return found


def run_one(command: str, package: Path, cache: Path | None, versions: str) -> tuple[bool, str]:
    """Runs `command` on one package: (passed, the line to print)."""
    try:
        key = content_key(command, package, versions) if cache and command != "regen" else None
        if key and (cache / key).is_file():
            return True, f"ok   {package}: unchanged since it passed (cached)"
        m = manifest(package)
        if command == "regen":
            sync(package)
            run_generator(package)
        else:
            shared_drift(package)
            reproduces(package)
        count = validate(package, m)
        if command == "lint":
            lint(package, m, count)
        if key:
            cache.mkdir(parents=True, exist_ok=True)
            (cache / key).write_text(f"{package.resolve().name} {command}\n")
        return True, f"ok   {package}: {count} tests valid"
    except PackageError as e:
        return False, f"FAIL {e}"


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
    use_cache = "--no-cache" not in argv
    argv = [a for a in argv if a != "--no-cache"]
    if len(argv) < 2 or argv[0] not in ("regen", "check", "lint", "sync"):
        print(__doc__, file=sys.stderr)
        return 2
    command, packages = argv[0], packages_in([Path(p) for p in argv[1:]])
    if command == "sync":
        for package in packages:
            sync(package)
        return 0
    cache = cache_dir() if use_cache else None
    versions = tool_versions()
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda p: run_one(command, p, cache, versions), packages))
    for passed, line in results:
        print(line, file=sys.stdout if passed else sys.stderr)
    return 0 if all(passed for passed, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
