#!/usr/bin/env python3
"""Regenerates and checks AlgoArena problem packages: the native `problem.toml` format, and the
catalogue's ICPC/Kattis packages (`problem.yaml`).

    python3 problems/tools/package.py regen problems/<slug>...   rewrite data/ from the
        package's seeded generator, then run its input validator over every test
    python3 problems/tools/package.py check problems/<slug>...   change nothing: the generator
        must reproduce data/ byte for byte, and the validator must accept every test
    python3 problems/tools/package.py lint problems/<slug>...    `check`, plus the catalogue's
        requirements (issue 15): examples, constraints, >= 25 tests, three hint tiers, tags,
        companies, an editorial, accepted references in Python and C++, and for a stdin/stdout
        or interactive package `[starter_code]` in all ten languages (a function or design
        problem's starters are generated from its signature on import, so it is exempt)

A package's generator is `generators/generate.py`, run with the package folder as its working
directory; it writes every file of data/ and must be deterministic (seed its random numbers).
The validator is the file `validator = "..."` names in problem.toml (Python, or C++ compiled
here with g++); as on import, it reads one test input on stdin, gets its group's
`validator_flags` as arguments, and exits 42 to accept. Exits non-zero if anything fails.

A Kattis package (a folder with problem.yaml and no problem.toml) is handled the same way,
except:
  - its generator may write only part of data/ (tests written by hand before it are kept as
    they are); its .in and .ans files must be what the generator leaves in a copy of the
    package, byte for byte, and any other file of data/ (a group's testdata.yaml) too, unless
    the generator deletes it without writing it again (then it is kept by hand);
  - its input validator (input_validators/<name>) is not run here: the judge's import runs it
    over every test, with each group's flags;
  - `lint` reads the catalogue's facts from `algoarena.toml` beside problem.yaml (only the keys
    `order` (an integer), `tags`, `companies` (not empty), `premium`, `editorial_premium`,
    three `[[hints]]` tiers (`text`, `premium`) and `[starter_code]` in all ten languages) and
    the editorial from `solution/solution.en.md`; it counts the tests under data/sample and
    data/secret (nested group folders included), and asks for no statement examples
    (problem_statement/ has its own layout).

    python3 problems/tools/package.py sync problems/<slug>...    rewrite the shared blocks
        (below) of the package's validator and generator from problems/tools/lib

Shared code: a validator runs alone in the judge's sandbox, so it cannot import a module.
Code many packages need (problems/tools/lib/<name>.py: JSON test lines, design-problem calls,
level-order trees, writing tests) is copied into a package's Python files between the lines
`# --- shared: <name>.py ...` and `# --- end shared: <name>.py ---`; `check` and `lint` fail
when a copy differs from its source (run `sync`, which `regen` also does).

A folder that is not a package stands for the packages in it, native and Kattis. When
ALGOARENA_CACHE is set, a package that passed `check` or `lint` is remembered under
$ALGOARENA_CACHE/package-checks by a hash of its files, this tool, its library and the Python
and g++ versions, and is not checked again while none of those change (`--no-cache`: check
anyway). Packages are checked in parallel, one per CPU.
"""

import concurrent.futures
import filecmp
import hashlib
import json
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
# A Kattis package's catalogue facts and editorial (read on import by
# judge-farm/src/import/catalogue_facts.rs, which refuses unknown keys and languages).
FACTS_FILE = Path("algoarena.toml")
KATTIS_EDITORIAL = Path("solution/solution.en.md")
KATTIS_TEST_FOLDERS = ("sample", "secret")
FACTS_KEYS = {"order", "tags", "companies", "premium", "editorial_premium", "hints", "starter_code"}
HINT_KEYS = {"text", "premium"}
LANGUAGES = ("python3", "cpp17", "c", "java", "typescript", "go", "rust", "kotlin", "csharp",
             "javascript")
TOOLS = Path(__file__).resolve().parent
LIB = TOOLS / "lib"
SHARED_START = "# --- shared: "
SHARED_END = "# --- end shared: "


class PackageError(Exception):
    """A package that fails a check; the message says which file and why."""


def is_kattis(package: Path) -> bool:
    """A Kattis package: problem.yaml and no problem.toml (which wins on import)."""
    return (package / "problem.yaml").is_file() and not (package / "problem.toml").is_file()


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


def tests_of(package: Path, under: tuple[str, ...] = ("",)) -> list[Path]:
    """Every test input under data/ (or the given folders of it, recursively), in path order,
    each checked to have its answer."""
    inputs = sorted(p for folder in under for p in (package / "data" / folder).rglob("*.in"))
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


def same_tree(a: Path, b: Path, kept_by_hand=lambda path: False) -> list[str]:
    """The relative paths whose presence or bytes differ between two folders, except the files
    of `a` missing from `b` that `kept_by_hand` accepts."""
    files = lambda root: {p.relative_to(root) for p in root.rglob("*") if p.is_file()}
    left, right = files(a), files(b)
    differ = sorted(str(p) for p in left ^ right if p in right or not kept_by_hand(p))
    differ += sorted(str(p) for p in left & right if not filecmp.cmp(a / p, b / p, shallow=False))
    return differ


def kattis_kept_by_hand(path: Path) -> bool:
    """Files of a Kattis package's data/ other than tests (a group's testdata.yaml) may be kept
    by hand: a generator that deletes one without writing it again does not make data/ differ."""
    return path.suffix not in (".in", ".ans")


def reproduces(package: Path) -> None:
    """Runs the generator on a copy of the package (its data/ included, so a generator may
    rewrite part of it) and compares the data/ it leaves with the package's."""
    if not (package / GENERATOR).is_file():
        raise PackageError(f"{package / GENERATOR}: missing")
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / package.resolve().name
        shutil.copytree(package, copy)
        run_generator(copy)
        kept = kattis_kept_by_hand if is_kattis(package) else (lambda path: False)
        differ = same_tree(package / "data", copy / "data", kept)
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


def is_package(path: Path) -> bool:
    return (path / "problem.toml").is_file() or (path / "problem.yaml").is_file()


def packages_in(paths: list[Path]) -> list[Path]:
    """The packages the arguments name: a folder with a problem.toml or a problem.yaml, or the
    packages (native and Kattis) of a folder of packages."""
    found = []
    for path in paths:
        if is_package(path) or not path.is_dir():
            found.append(path)
            continue
        found += sorted(p for p in path.iterdir() if is_package(p))
    return found


def run_one(command: str, package: Path, cache: Path | None, versions: str) -> tuple[bool, str]:
    """Runs `command` on one package: (passed, the line to print)."""
    try:
        key = content_key(command, package, versions) if cache and command != "regen" else None
        if key and (cache / key).is_file():
            return True, f"ok   {package}: unchanged since it passed (cached)"
        kattis = is_kattis(package)
        m = {} if kattis else manifest(package)
        if command == "regen":
            sync(package)
            run_generator(package)
        else:
            shared_drift(package)
            reproduces(package)
        if kattis:
            # A Kattis package's input validator (input_validators/<name>) is not run here: the
            # judge's import runs it over every test, with each group's testdata.yaml flags.
            count = len(tests_of(package, KATTIS_TEST_FOLDERS))
            done = f"{count} tests (Kattis: the import runs its input validator)"
        else:
            count = validate(package, m)
            done = f"{count} tests valid"
        if command == "lint":
            if kattis:
                lint_kattis(package, count)
            else:
                lint(package, m, count)
        if key:
            cache.mkdir(parents=True, exist_ok=True)
            (cache / key).write_text(f"{package.resolve().name} {command}\n")
        return True, f"ok   {package}: {done}"
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
    problems += count_problems(samples, count)
    problems += facts_problems(m, "problem.toml")
    problems += native_starter_problems(m)
    problems += editorial_problems(package, Path("editorial.md"))
    problems += reference_problems(package)
    problems += exact_number_problems(package, m)
    if problems:
        raise PackageError(f"{package}:\n  " + "\n  ".join(problems))


def lint_kattis(package: Path, count: int) -> None:
    """The catalogue's requirements (issue 15) for a Kattis package: its facts in algoarena.toml,
    its editorial in solution/solution.en.md (the statement's layout is problem_statement/'s)."""
    samples = len(list((package / "data/sample").rglob("*.in")))
    problems = count_problems(samples, count)
    facts, problems_of_file = read_facts(package)
    problems += problems_of_file
    if facts is not None:
        problems += facts_problems(facts, str(FACTS_FILE))
    problems += editorial_problems(package, KATTIS_EDITORIAL)
    problems += reference_problems(package)
    if problems:
        raise PackageError(f"{package}:\n  " + "\n  ".join(problems))


def count_problems(samples: int, count: int) -> list[str]:
    """Enough samples, and enough tests in all."""
    problems = []
    if samples < MIN_SAMPLES:
        problems.append(f"data/sample: {samples} tests, need at least {MIN_SAMPLES}")
    if count < MIN_TESTS:
        problems.append(f"data: {count} tests, need at least {MIN_TESTS}")
    return problems


def facts_problems(facts: dict, name: str) -> list[str]:
    """Hint tiers, tags and companies, as problem.toml or algoarena.toml (`name`) gives them."""
    problems = []
    hints = facts.get("hints", [])
    hints = hints if isinstance(hints, list) else []
    if len(hints) != HINT_TIERS:
        problems.append(f"{name}: {len(hints)} hints, need {HINT_TIERS} tiers")
    if any(not isinstance(h, dict) or not str(h.get("text", "")).strip() for h in hints):
        problems.append(f"{name}: a hint's text is empty")
    for key in ("tags", "companies"):
        if not facts.get(key):
            problems.append(f"{name}: no {key}")
    return problems


def read_facts(package: Path) -> tuple[dict | None, list[str]]:
    """A Kattis package's algoarena.toml and what is wrong with its shape (keys, types, starter
    languages); None when it is missing or does not parse."""
    name, path = str(FACTS_FILE), package / FACTS_FILE
    if not path.is_file():
        return None, [f"{name}: missing (the catalogue's order, tags, companies, hints and "
                      "starter code)"]
    try:
        facts = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as e:
        return None, [f"{name}: does not parse: {e}"]
    problems = [f"{name}: unknown key '{k}'" for k in sorted(facts.keys() - FACTS_KEYS)]
    if type(facts.get("order")) is not int:
        problems.append(f"{name}: `order` must be an integer")
    for key in ("tags", "companies"):
        names = facts.get(key, [])
        if not isinstance(names, list) or not all(isinstance(v, str) and v.strip() for v in names):
            problems.append(f"{name}: `{key}` must be a list of names")
    for key in ("premium", "editorial_premium"):
        if not isinstance(facts.get(key, False), bool):
            problems.append(f"{name}: `{key}` must be true or false")
    hints = facts.get("hints", [])
    if not isinstance(hints, list) or not all(isinstance(h, dict) for h in hints):
        problems.append(f"{name}: `hints` must be [[hints]] tables")
        hints = []
    for i, hint in enumerate(hints, start=1):
        problems += [f"{name}: hint {i} has an unknown key '{k}'" for k in sorted(hint.keys() - HINT_KEYS)]
        if not isinstance(hint.get("text"), str) or not isinstance(hint.get("premium", False), bool):
            problems.append(f"{name}: hint {i}: `text` must be a string, `premium` true or false")
    problems += starter_problems(facts, name)
    return facts, problems


def starter_problems(facts: dict, name: str, why: str = "") -> list[str]:
    """What `[starter_code]` in problem.toml or algoarena.toml (`name`) lacks: a non-empty
    program in each of the ten languages, and no other language; `why` follows the list of
    missing languages."""
    code = facts.get("starter_code", {})
    if not isinstance(code, dict):
        return [f"{name}: [starter_code] must be a table"]
    problems = []
    missing = [lang for lang in LANGUAGES if lang not in code]
    if missing:
        problems.append(f"{name}: no starter code in {', '.join(missing)}{why}")
    problems += [f"{name}: starter_code has an unknown language '{lang}'"
                 for lang in sorted(code.keys() - set(LANGUAGES))]
    problems += [f"{name}: the starter code in {lang} is empty" for lang in LANGUAGES
                 if lang in code and (not isinstance(code[lang], str) or not code[lang].strip())]
    return problems


def native_starter_problems(m: dict) -> list[str]:
    """A native stdin/stdout or interactive package's starters are written by hand, so
    problem.toml needs all ten; a function or design problem's (`[function]`, `[design]`) are
    generated from its signature on import for every language it gives none, so it is exempt."""
    if "function" in m or "design" in m:
        return []
    kind = "an interactive" if "interactor" in m else "a stdin/stdout"
    return starter_problems(m, "problem.toml",
                            f" ({kind} package needs a hand-written starter in all ten languages:"
                            f" {', '.join(LANGUAGES)})")


def editorial_problems(package: Path, name: Path) -> list[str]:
    """What an editorial lacks: the idea is left to review, the complexity and the common
    mistakes are not."""
    path = package / name
    if not path.is_file():
        return [f"{name}: missing"]
    text = path.read_text()
    problems = []
    if "O(" not in text:
        problems.append(f"{name}: no complexity (O(...))")
    if "## Common mistakes" not in text:
        problems.append(f"{name}: no '## Common mistakes' section")
    return problems


def reference_problems(package: Path) -> list[str]:
    """Accepted references in Python and C++ (submissions/accepted)."""
    accepted = [p.suffix for p in (package / "submissions/accepted").glob("*")]
    return [f"submissions/accepted: no {language} reference"
            for suffix, language in ((".py", "Python"), (".cpp", "C++")) if suffix not in accepted]


# JavaScript and TypeScript hold every number as a double: an integer beyond this is not exact
# there, so a function problem whose tests hold one cannot be solved in those languages.
MAX_EXACT_INTEGER = 2**53 - 1


def exact_number_problems(package: Path, m: dict) -> list[str]:
    """A function or design problem's tests (JSON) hold only integers every language keeps exact."""
    if "function" not in m and "design" not in m:
        return []
    problems = []
    for test in sorted((package / "data").rglob("*")):
        if test.suffix not in (".in", ".ans"):
            continue
        lines = [line for line in test.read_text().splitlines() if line.strip()]
        try:
            values = [json.loads(line) for line in lines]
        except ValueError:
            continue  # not JSON: the validator decides what the test may hold
        if any(beyond_exact(v) for v in values):
            problems.append(f"{test.relative_to(package)}: an integer beyond ±(2^53 - 1), "
                            "which JavaScript and TypeScript cannot hold exactly")
    return problems


def beyond_exact(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) > MAX_EXACT_INTEGER
    if isinstance(value, list):
        return any(beyond_exact(v) for v in value)
    if isinstance(value, dict):
        return any(beyond_exact(v) for v in value.values())
    return False


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
