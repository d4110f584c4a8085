#!/usr/bin/env bash
# The judge's toolchains that do not come from apt, and the caches that make slow compilers
# fast, all idempotent and keyed by version. Everything lands under /usr, which every sandbox
# sees read-only:
#   /usr/lib/node_modules/{esbuild,kotlin-compiler}   TypeScript type-stripping, Kotlin on the JDK
#   /usr/local/lib/algoarena/pch/bits/stdc++.h.gch    C++17 precompiled header (g++ -std=c++17 -O2)
#   /usr/local/lib/algoarena/go-cache                 Go build cache warmed with the standard library
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
if [ "$(cat "$cache/pch/.stamp" 2>/dev/null)" != "$gxx_version" ]; then
  log "precompiling bits/stdc++.h (one-time, ~10 s)"
  tmp=$(mktemp -d)
  mkdir -p "$tmp/bits"
  g++ -std=c++17 -O2 -pipe -x c++-header \
    "$(g++ -std=c++17 -O2 -x c++ -E -H - <<<'#include <bits/stdc++.h>' 2>&1 >/dev/null | awk '/bits\/stdc\+\+.h$/ {print $2; exit}')" \
    -o "$tmp/bits/stdc++.h.gch"
  echo "$gxx_version" >"$tmp/.stamp"
  chmod -R a+rX "$tmp"
  $sudo_cmd rm -rf "$cache/pch"
  $sudo_cmd mv "$tmp" "$cache/pch"
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
