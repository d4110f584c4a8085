raise SystemExit(input() and 3)
