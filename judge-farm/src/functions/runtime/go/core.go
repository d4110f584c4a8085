// AlgoArena driver runtime for function-signature problems, Go; the protocol and the
// canonical JSON rules are in judge-farm/src/functions/mod.rs. Packages are imported under
// aa-prefixed names and every name here starts with aa, so the user's own imports and names
// never clash. Readers are aaR_<type>, writers aaW_<type> (append to a byte slice).

func aaReadInput() aaTests {
	data, err := aaio.ReadAll(aaos.Stdin)
	if err != nil {
		panic(err)
	}
	if null, err := aasyscall.Open("/dev/null", aasyscall.O_RDONLY, 0); err == nil {
		aasyscall.Dup3(null, 0, 0)
		aasyscall.Close(null)
	}
	lines := aastrings.Split(string(data), "\n")
	input := aaTests{marker: aastrings.TrimSpace(lines[0])}
	for _, line := range lines[1:] {
		if aastrings.TrimSpace(line) != "" {
			input.tests = append(input.tests, line)
		}
	}
	return input
}

func aaEmit(k int, result []byte) {
	frame := append([]byte("\n"+aaInput.marker+" "+aastrconv.Itoa(k)+" "), result...)
	aaos.Stdout.Write(append(frame, '\n'))
}

func aaFail(expected string, v interface{}) {
	panic(aafmt.Sprintf("expected %s, got %#v", expected, v))
}

// aaParse reads one JSON value; numbers stay text (aajson.Number) so each reader converts
// them exactly.
func aaParse(line string) interface{} {
	decoder := aajson.NewDecoder(aastrings.NewReader(line))
	decoder.UseNumber()
	var v interface{}
	if err := decoder.Decode(&v); err != nil {
		panic("bad test data: " + err.Error())
	}
	return v
}

func aaArity(args []interface{}, n int) {
	if len(args) != n {
		aaFail(aastrconv.Itoa(n)+" arguments", args)
	}
}

func aaArray(v interface{}) []interface{} {
	a, ok := v.([]interface{})
	if !ok {
		aaFail("a JSON array", v)
	}
	return a
}

func aaInteger(v interface{}, bits int) int64 {
	n, ok := v.(aajson.Number)
	if !ok {
		aaFail("an integer", v)
	}
	i, err := aastrconv.ParseInt(string(n), 10, bits)
	if err != nil {
		aaFail(aastrconv.Itoa(bits)+"-bit integer", v)
	}
	return i
}

func aaR_int(v interface{}) int     { return int(aaInteger(v, 32)) }
func aaR_long(v interface{}) int64  { return aaInteger(v, 64) }
func aaW_int(b []byte, v int) []byte { return aastrconv.AppendInt(b, int64(v), 10) }
func aaW_long(b []byte, v int64) []byte {
	return aastrconv.AppendInt(b, v, 10)
}

func aaR_double(v interface{}) float64 {
	n, ok := v.(aajson.Number)
	if !ok {
		aaFail("a number", v)
	}
	x, err := aastrconv.ParseFloat(string(n), 64)
	if err != nil {
		aaFail("a double", v)
	}
	return x
}

func aaW_double(b []byte, x float64) []byte {
	switch {
	case aamath.IsNaN(x):
		return append(b, `"NaN"`...)
	case aamath.IsInf(x, 1):
		return append(b, `"Infinity"`...)
	case aamath.IsInf(x, -1):
		return append(b, `"-Infinity"`...)
	case x == 0 && aamath.Signbit(x):
		return append(b, "-0.0"...)
	case x == 0:
		return append(b, "0.0"...)
	}
	if x < 0 {
		b = append(b, '-')
		x = -x
	}
	// The shortest round-trip digits, d.ddde±xx; only the layout is redone.
	s := aastrconv.FormatFloat(x, 'e', -1, 64)
	e := aastrings.IndexByte(s, 'e')
	exponent, _ := aastrconv.Atoi(s[e+1:])
	digits := aastrings.TrimRight(aastrings.Replace(s[:e], ".", "", 1), "0")
	return aaPlace(b, digits, exponent+1)
}

// aaPlace lays out significant digits whose value is 0.<digits> * 10^point.
func aaPlace(b []byte, digits string, point int) []byte {
	n := len(digits)
	switch {
	case n <= point && point <= 21:
		b = append(b, digits...)
		b = append(b, aastrings.Repeat("0", point-n)...)
		return append(b, ".0"...)
	case 0 < point && point <= 21:
		b = append(b, digits[:point]...)
		b = append(b, '.')
		return append(b, digits[point:]...)
	case -6 < point && point <= 0:
		b = append(b, "0."...)
		b = append(b, aastrings.Repeat("0", -point)...)
		return append(b, digits...)
	}
	b = append(b, digits[0])
	if n > 1 {
		b = append(b, '.')
		b = append(b, digits[1:]...)
	}
	b = append(b, 'e')
	if point-1 >= 0 {
		b = append(b, '+')
	}
	return aastrconv.AppendInt(b, int64(point-1), 10)
}

func aaR_bool(v interface{}) bool {
	x, ok := v.(bool)
	if !ok {
		aaFail("a bool", v)
	}
	return x
}

func aaW_bool(b []byte, v bool) []byte { return aastrconv.AppendBool(b, v) }

func aaR_string(v interface{}) string {
	s, ok := v.(string)
	if !ok {
		aaFail("a string", v)
	}
	return s
}

func aaR_char(v interface{}) byte {
	s := aaR_string(v)
	if len(s) != 1 {
		aaFail("a one-character string", v)
	}
	return s[0]
}

func aaW_char(b []byte, v byte) []byte { return aaW_string(b, string([]byte{v})) }

func aaW_string(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b = append(b, `\"`...)
		case c == '\\':
			b = append(b, `\\`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c == '\t':
			b = append(b, `\t`...)
		case c == '\b':
			b = append(b, `\b`...)
		case c == '\f':
			b = append(b, `\f`...)
		case c < 0x20:
			b = append(b, aafmt.Sprintf(`\u%04x`, c)...)
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

func aaRunFunction(solve func([]interface{}) []byte) {
	for k, line := range aaInput.tests {
		aaEmit(k, solve(aaArray(aaParse(line))))
	}
}

func aaRunDesign[T any](class string, construct func([]interface{}) T, call func(T, string, []interface{}) []byte) {
	for k, line := range aaInput.tests {
		test, ok := aaParse(line).(map[string]interface{})
		if !ok {
			aaFail(`{"calls":[...],"args":[...]}`, line)
		}
		calls, args := aaArray(test["calls"]), aaArray(test["args"])
		if len(calls) == 0 || len(calls) != len(args) || calls[0] != class {
			panic(`a design test needs "calls" starting with ` + class + ` and one "args" entry per call`)
		}
		obj := construct(aaArray(args[0]))
		out := []byte("[null")
		for i := 1; i < len(calls); i++ {
			out = append(out, ',')
			out = append(out, call(obj, aaR_string(calls[i]), aaArray(args[i]))...)
		}
		aaEmit(k, append(out, ']'))
	}
}
