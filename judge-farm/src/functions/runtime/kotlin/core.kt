// AlgoArena driver runtime for function-signature problems, Kotlin; the protocol and the
// canonical JSON rules are in judge-farm/src/functions/mod.rs. Readers are aaR_<type>,
// writers aaW_<type>; everything is named aa... and uses qualified Java names, so the user's
// imports and names never clash.

/** A JSON number, kept as text so each reader converts it exactly. */
class AaNum(val text: String) {
    override fun toString() = text
}

class AaInput(val marker: String, val tests: List<String>)

fun aaReadInput(): AaInput {
    val data = System.`in`.readBytes()
    // The JVM never closes fd 0: it points it at /dev/null instead, which is the point.
    System.`in`.close()
    System.setIn(java.io.ByteArrayInputStream(ByteArray(0)))
    val lines = String(data, Charsets.UTF_8).split("\n")
    return AaInput(lines[0].trim(), lines.drop(1).filter { it.isNotBlank() })
}

fun aaEmit(k: Int, result: String) {
    // The user's buffered prints go first so output keeps its order around the frame.
    System.out.flush()
    val frame = "\n${aaInput.marker} $k $result\n".toByteArray(Charsets.UTF_8)
    aaOut.write(frame, 0, frame.size)
    aaOut.flush()
}

fun aaRunFunction(solve: (List<Any?>) -> String) {
    aaInput.tests.forEachIndexed { k, line -> aaEmit(k, solve(aaArray(aaParse(line)))) }
}

fun <T> aaRunDesign(cls: String, construct: (List<Any?>) -> T, call: (T, String, List<Any?>) -> String) {
    aaInput.tests.forEachIndexed { k, line ->
        val test = aaParse(line) as? Map<*, *> ?: throw aaFail("{\"calls\":[...],\"args\":[...]}", line)
        val calls = aaArray(test["calls"])
        val args = aaArray(test["args"])
        require(calls.isNotEmpty() && calls.size == args.size && calls[0] == cls) {
            "a design test needs \"calls\" starting with $cls and one \"args\" entry per call"
        }
        val obj = construct(aaArray(args[0]))
        val out = StringBuilder("[null")
        for (i in 1 until calls.size) out.append(',').append(call(obj, aaR_string(calls[i]), aaArray(args[i])))
        aaEmit(k, out.append(']').toString())
    }
}

fun aaFail(expected: String, value: Any?) = IllegalArgumentException("expected $expected, got $value")

fun aaArity(args: List<Any?>, n: Int) {
    if (args.size != n) throw aaFail("$n arguments", args)
}

fun aaArray(v: Any?): List<Any?> = v as? List<Any?> ?: throw aaFail("a JSON array", v)

fun aaNumber(v: Any?): String = (v as? AaNum ?: throw aaFail("a number", v)).text

fun aaR_int(v: Any?): Int = aaNumber(v).toInt()
fun aaR_long(v: Any?): Long = aaNumber(v).toLong()
fun aaR_double(v: Any?): Double = aaNumber(v).toDouble()
fun aaR_bool(v: Any?): Boolean = v as? Boolean ?: throw aaFail("a bool", v)
fun aaR_string(v: Any?): String = v as? String ?: throw aaFail("a string", v)
fun aaR_char(v: Any?): Char = aaR_string(v).singleOrNull() ?: throw aaFail("a one-character string", v)

fun aaW_int(b: StringBuilder, v: Int) { b.append(v) }
fun aaW_long(b: StringBuilder, v: Long) { b.append(v) }
fun aaW_bool(b: StringBuilder, v: Boolean) { b.append(v) }
fun aaW_char(b: StringBuilder, v: Char) = aaW_string(b, v.toString())

fun aaW_string(b: StringBuilder, s: String?) {
    if (s == null) {
        b.append("null")
        return
    }
    b.append('"')
    for (i in s.indices) {
        val c = s[i]
        when (c) {
            '"' -> b.append("\\\"")
            '\\' -> b.append("\\\\")
            '\n' -> b.append("\\n")
            '\r' -> b.append("\\r")
            '\t' -> b.append("\\t")
            '\b' -> b.append("\\b")
            '\u000C' -> b.append("\\f")
            else -> {
                val paired = if (c.isHighSurrogate()) i + 1 < s.length && s[i + 1].isLowSurrogate()
                else i > 0 && s[i - 1].isHighSurrogate()
                if (c < ' ' || (c.isSurrogate() && !paired)) b.append(String.format("\\u%04x", c.code))
                else b.append(c)
            }
        }
    }
    b.append('"')
}

fun aaW_double(b: StringBuilder, x: Double) {
    when {
        x.isNaN() -> b.append("\"NaN\"")
        x.isInfinite() -> b.append(if (x > 0) "\"Infinity\"" else "\"-Infinity\"")
        x == 0.0 -> b.append(if (1 / x < 0) "-0.0" else "0.0")
        else -> {
            if (x < 0) b.append('-')
            val digits = aaShortest(Math.abs(x))
            val text = digits.unscaledValue().toString()
            aaPlace(b, text, text.length - digits.scale())
        }
    }
}

/**
 * The shortest decimal that reads back as [a] (the closest one when several are that short),
 * without trailing zeros. The JVM's Double.toString is not always the shortest, so it is only
 * a first guess: at p digits the candidates are the exact value rounded down and up, and
 * whether any p-digit candidate reads back only grows with p.
 */
fun aaShortest(a: Double): java.math.BigDecimal {
    val exact = java.math.BigDecimal(a)
    val guess = java.math.BigDecimal(a.toString()).stripTrailingZeros().precision()
    var high = guess - 1
    if (aaAtPrecision(exact, a, high) == null) return aaAtPrecision(exact, a, guess)!!.stripTrailingZeros()
    var low = 1
    while (low < high) {
        val mid = (low + high) ushr 1
        if (aaAtPrecision(exact, a, mid) != null) high = mid else low = mid + 1
    }
    return aaAtPrecision(exact, a, high)!!.stripTrailingZeros()
}

/** The p-digit decimal closest to [exact] that reads back as [a], if any. */
fun aaAtPrecision(exact: java.math.BigDecimal, a: Double, p: Int): java.math.BigDecimal? {
    if (p < 1) return null
    val down = exact.round(java.math.MathContext(p, java.math.RoundingMode.FLOOR))
    val up = exact.round(java.math.MathContext(p, java.math.RoundingMode.CEILING))
    val downOk = down.toString().toDouble() == a
    val upOk = up.toString().toDouble() == a
    if (downOk && upOk) {
        val closer = exact.subtract(down).compareTo(up.subtract(exact))
        if (closer != 0) return if (closer < 0) down else up
        return if (down.unscaledValue().testBit(0)) up else down
    }
    return if (downOk) down else if (upOk) up else null
}

/** Lays out significant digits whose value is 0.<digits> * 10^point. */
fun aaPlace(b: StringBuilder, digits: String, point: Int) {
    val n = digits.length
    when {
        n <= point && point <= 21 -> b.append(digits).append("0".repeat(point - n)).append(".0")
        0 < point && point <= 21 -> b.append(digits, 0, point).append('.').append(digits, point, n)
        -6 < point && point <= 0 -> b.append("0.").append("0".repeat(-point)).append(digits)
        else -> {
            b.append(digits[0])
            if (n > 1) b.append('.').append(digits, 1, n)
            b.append('e').append(if (point - 1 >= 0) "+" else "-").append(Math.abs(point - 1))
        }
    }
}

fun aaParse(text: String): Any? {
    val parser = AaParser(text)
    val value = parser.value()
    parser.space()
    if (parser.i != text.length) throw parser.error()
    return value
}

/** A small JSON reader: arrays, objects, strings, numbers (as text), booleans, null. */
class AaParser(private val s: String) {
    var i = 0

    fun error() = IllegalArgumentException("bad test data at character $i: $s")

    fun space() {
        while (i < s.length && s[i] in " \t\r\n") i++
    }

    private fun next(): Char = if (i < s.length) s[i++] else throw error()

    private fun expect(word: String) {
        if (!s.startsWith(word, i)) throw error()
        i += word.length
    }

    fun value(): Any? {
        space()
        if (i >= s.length) throw error()
        when (s[i]) {
            '[' -> {
                i++
                val list = ArrayList<Any?>()
                space()
                if (i < s.length && s[i] == ']') {
                    i++
                    return list
                }
                while (true) {
                    list.add(value())
                    space()
                    when (next()) {
                        ']' -> return list
                        ',' -> {}
                        else -> throw error()
                    }
                }
            }
            '{' -> {
                i++
                val map = LinkedHashMap<String, Any?>()
                space()
                if (i < s.length && s[i] == '}') {
                    i++
                    return map
                }
                while (true) {
                    space()
                    if (next() != '"') throw error()
                    val key = string()
                    space()
                    if (next() != ':') throw error()
                    map[key] = value()
                    space()
                    when (next()) {
                        '}' -> return map
                        ',' -> {}
                        else -> throw error()
                    }
                }
            }
            '"' -> {
                i++
                return string()
            }
            't' -> { expect("true"); return true }
            'f' -> { expect("false"); return false }
            'n' -> { expect("null"); return null }
            else -> {
                val start = i
                while (i < s.length && s[i] in "+-.0123456789eE") i++
                if (start == i) throw error()
                return AaNum(s.substring(start, i))
            }
        }
    }

    private fun string(): String {
        val b = StringBuilder()
        while (true) {
            val c = next()
            if (c == '"') return b.toString()
            if (c != '\\') {
                b.append(c)
                continue
            }
            when (val e = next()) {
                'b' -> b.append('\b')
                'f' -> b.append('\u000C')
                'n' -> b.append('\n')
                'r' -> b.append('\r')
                't' -> b.append('\t')
                'u' -> {
                    if (i + 4 > s.length) throw error()
                    b.append(s.substring(i, i + 4).toInt(16).toChar())
                    i += 4
                }
                else -> b.append(e)
            }
        }
    }
}
