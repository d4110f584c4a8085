#!/usr/bin/env bash
# The judge's toolchains that do not come from apt, and the caches that make slow compilers
# fast, all idempotent and keyed by version, and a check that C's gcc works. Everything lands
# under /usr, which every sandbox sees read-only:
#   /usr/lib/node_modules/{esbuild,kotlin-compiler}   TypeScript type-stripping, Kotlin on the JDK
#   /usr/local/lib/algoarena/pch/bits/stdc++.h.gch    C++17 precompiled header (g++ -std=c++17 -O2)
#   /usr/local/lib/algoarena/go-cache                 Go build cache warmed with the standard library
#   /usr/local/lib/algoarena/kotlinc.jsa              class-data-sharing archive of kotlinc
# Run as root (or with sudo); called by install-deps.sh.
set -euo pipefail
ESBUILD_VERSION=0.28.2
KOTLIN_VERSION=2.4.20
cache=/usr/local/lib/algoarena
log() { printf '\033[1;34m[install]\033[0m %s\n' "$*" >&2; }
sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
npm_root=$(npm root -g)

npm_global() { # package version
  local have
  have=$(node -p "try{require('$npm_root/$1/package.json').version}catch(e){''}" 2>/dev/null)
  if [ "$have" != "$2" ]; then
    log "npm install -g $1@$2 (one-time)"
    $sudo_cmd npm install -g --silent --no-audit --no-fund "$1@$2" >/dev/null
  fi
}
npm_global esbuild "$ESBUILD_VERSION"
npm_global kotlin-compiler "$KOTLIN_VERSION"

$sudo_cmd mkdir -p "$cache"

# C++: the precompiled header must be built by the same g++ with the same flags the judge uses
# (languages/cpp17.rs); the stamp holds the compiler's version.
gxx_version=$(g++ --version | head -1)
if [ "$(cat "$cache/pch/.stamp" 2>/dev/null)" != "$gxx_version" ] || [ ! -f "$cache/pch/bits/stdc++.h" ]; then
  log "precompiling bits/stdc++.h (one-time, ~10 s)"
  tmp=$(mktemp -d)
  mkdir -p "$tmp/bits"
  header=$(g++ -std=c++17 -O2 -x c++ -E -H - <<<'#include <bits/stdc++.h>' 2>&1 >/dev/null | awk '/bits\/stdc\+\+.h$/ && !n {print $2; n = 1}')
  # The header itself sits beside its .gch: a second `#include <bits/stdc++.h>` (after the
  # judge's `-include`) finds this folder first and must find a header there, not only the PCH.
  cp "$header" "$tmp/bits/stdc++.h"
  g++ -std=c++17 -O2 -pipe -x c++-header "$header" -o "$tmp/bits/stdc++.h.gch"
  echo "$gxx_version" >"$tmp/.stamp"
  chmod -R a+rX "$tmp"
  $sudo_cmd rm -rf "$cache/pch"
  $sudo_cmd mv "$tmp" "$cache/pch"
fi

# C: gcc comes with g++ (install-deps.sh) and needs no cache, its headers parse in milliseconds;
# languages/c.rs calls /usr/bin/gcc and links libm, so a host without either fails here, not at
# the worker's self-test.
if ! printf '#include <math.h>\nint main(void){volatile double x = 2; return sqrt(x) > 1 ? 0 : 1;}\n' \
    | /usr/bin/gcc -std=gnu17 -O2 -x c -o /dev/null - -lm; then
  echo "/usr/bin/gcc cannot build a C17 program linked with libm (install gcc and libc6-dev)" >&2
  exit 1
fi

# Go: a build cache warmed with the packages contest programs import, built with the judge's
# flags (languages/go.rs); each compile copies it into its private /tmp.
go=/usr/lib/go-1.23/bin/go
go_version=$($go version)
if [ "$(cat "$cache/go-cache/.stamp" 2>/dev/null)" != "$go_version" ]; then
  log "warming the Go build cache (one-time, ~30 s)"
  tmp=$(mktemp -d)
  mkdir -p "$tmp/src"
  cat >"$tmp/src/main.go" <<'GO'
package main

import (
	"bufio"
	"container/heap"
	"container/list"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"os"
	"sort"
	"strconv"
	"strings"
	"slices"
	"maps"
	"unicode"
)

var _ = heap.Init
var _ = list.New
var _ = big.NewInt
var _ = bits.Len
var _ = sort.Ints
var _ = strconv.Itoa
var _ = strings.Fields
var _ = slices.Sort[[]int]
var _ = maps.Keys[map[int]int]
var _ = unicode.IsDigit
var _ = math.Sqrt

func main() { w := bufio.NewWriter(os.Stdout); fmt.Fprintln(w, 1); w.Flush() }
GO
  (cd "$tmp/src" && GOROOT=/usr/lib/go-1.23 GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GO111MODULE=off \
    GOTOOLCHAIN=local GOPROXY=off CGO_ENABLED=0 $go build -trimpath -o "$tmp/main" main.go)
  echo "$go_version" >"$tmp/cache/.stamp"
  chmod -R a+rX "$tmp/cache"
  $sudo_cmd rm -rf "$cache/go-cache"
  $sudo_cmd mv "$tmp/cache" "$cache/go-cache"
  rm -rf "$tmp"
fi

# Kotlin: a dynamic class-data-sharing archive of the compiler, recorded with the judge's exact
# command line (languages/kotlin.rs, languages/jvm.rs).
kotlin_home="$npm_root/kotlin-compiler"
jsa_key="$KOTLIN_VERSION $(java -version 2>&1 | head -1)"
if [ "$(cat "$cache/kotlinc.jsa.stamp" 2>/dev/null)" != "$jsa_key" ] || [ ! -f "$cache/kotlinc.jsa" ]; then
  log "recording kotlinc's class-data-sharing archive (one-time, ~15 s)"
  tmp=$(mktemp -d)
  printf 'fun main() {\n    val (a, b) = readln().trim().split(" ").map { it.toLong() }\n    println(listOf(a, b).sorted().sum())\n}\n' >"$tmp/main.kt"
  (cd "$tmp" && /usr/lib/jvm/java-17-openjdk-amd64/bin/java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss16m -Xmx768m \
    -XX:-UsePerfData -XX:ArchiveClassesAtExit="$tmp/kotlinc.jsa" -Dkotlin.home="$kotlin_home" \
    -cp "$kotlin_home/lib/kotlin-preloader.jar" org.jetbrains.kotlin.preloading.Preloader \
    -cp "$kotlin_home/lib/kotlin-compiler.jar" org.jetbrains.kotlin.cli.jvm.K2JVMCompiler \
    -no-reflect -nowarn -d "$tmp/out" main.kt >/dev/null 2>&1)
  chmod a+r "$tmp/kotlinc.jsa"
  $sudo_cmd mv "$tmp/kotlinc.jsa" "$cache/kotlinc.jsa"
  echo "$jsa_key" | $sudo_cmd tee "$cache/kotlinc.jsa.stamp" >/dev/null
  rm -rf "$tmp"
fi
