// Exact decimal <-> double conversion for the C# driver runtime (AlgoArena). Mono's own
// double.Parse and ToString("R") are not correctly rounded, and mcs references no
// System.Numerics, so this carries a small unsigned big integer of its own.
static class AlgoArenaDecimal {
    /// <summary>An unsigned big integer, little-endian 32-bit limbs.</summary>
    sealed class Big {
        uint[] limbs;
        int length;

        public Big(ulong value) {
            limbs = new uint[8];
            limbs[0] = (uint) value;
            limbs[1] = (uint) (value >> 32);
            length = limbs[1] != 0 ? 2 : limbs[0] != 0 ? 1 : 0;
        }

        Big(uint[] limbs, int length) {
            this.limbs = limbs;
            this.length = length;
        }

        public bool IsZero { get { return length == 0; } }

        public int BitLength {
            get {
                if (length == 0) return 0;
                int bits = 32 * (length - 1);
                for (uint top = limbs[length - 1]; top != 0; top >>= 1) bits++;
                return bits;
            }
        }

        public bool TestBit(int bit) {
            int limb = bit >> 5;
            return limb < length && (limbs[limb] >> (bit & 31) & 1) != 0;
        }

        /// <summary>Whether any bit below <paramref name="bit"/> is set.</summary>
        public bool AnyBelow(int bit) {
            for (int i = 0; i < length && 32 * i < bit; i++) {
                uint mask = 32 * (i + 1) <= bit ? uint.MaxValue : (1u << (bit & 31)) - 1;
                if ((limbs[i] & mask) != 0) return true;
            }
            return false;
        }

        public void MulAdd(uint factor, uint addend) {
            ulong carry = addend;
            for (int i = 0; i < length; i++) {
                carry += (ulong) limbs[i] * factor;
                limbs[i] = (uint) carry;
                carry >>= 32;
            }
            if (carry != 0) {
                if (length == limbs.Length) System.Array.Resize(ref limbs, 2 * length);
                limbs[length++] = (uint) carry;
            }
        }

        /// <summary>Multiplies by base^n (base below 10, so base^9 fits a limb).</summary>
        public void MulPow(uint @base, int n) {
            uint chunk = 1;
            for (int i = 0; i < 9; i++) chunk *= @base;
            for (; n >= 9; n -= 9) MulAdd(chunk, 0);
            uint rest = 1;
            for (; n > 0; n--) rest *= @base;
            MulAdd(rest, 0);
        }

        public Big ShiftLeft(int bits) {
            int whole = bits >> 5, part = bits & 31;
            var result = new uint[length + whole + 1];
            for (int i = length - 1; i >= 0; i--) {
                ulong wide = (ulong) limbs[i] << part;
                result[i + whole + 1] |= (uint) (wide >> 32);
                result[i + whole] |= (uint) wide;
            }
            int n = result.Length;
            while (n > 0 && result[n - 1] == 0) n--;
            return new Big(result, n);
        }

        /// <summary>The value shifted right, as a ulong (the caller knows it fits).</summary>
        public ulong ShiftRightToULong(int bits) {
            ulong value = 0;
            for (int bit = 63; bit >= 0; bit--) value = value << 1 | (TestBit(bits + bit) ? 1UL : 0UL);
            return value;
        }

        public static int Compare(Big a, Big b) {
            if (a.length != b.length) return a.length.CompareTo(b.length);
            for (int i = a.length - 1; i >= 0; i--) {
                if (a.limbs[i] != b.limbs[i]) return a.limbs[i].CompareTo(b.limbs[i]);
            }
            return 0;
        }

        /// <summary>this -= other, for other no greater than this.</summary>
        public void Subtract(Big other) {
            long borrow = 0;
            for (int i = 0; i < length; i++) {
                long difference = (long) limbs[i] - (i < other.length ? other.limbs[i] : 0) - borrow;
                borrow = difference < 0 ? 1 : 0;
                limbs[i] = (uint) (difference + (borrow << 32));
            }
            while (length > 0 && limbs[length - 1] == 0) length--;
        }

        /// <summary>The quotient, and whether a remainder is left (this is destroyed).</summary>
        public Big DivideInto(Big divisor, out bool remainder) {
            int shift = BitLength - divisor.BitLength;
            var quotient = new Big(0);
            for (; shift >= 0; shift--) {
                Big scaled = divisor.ShiftLeft(shift);
                quotient = quotient.ShiftLeft(1);
                if (Compare(this, scaled) >= 0) {
                    Subtract(scaled);
                    quotient.MulAdd(1, 1);
                }
            }
            remainder = !IsZero;
            return quotient;
        }

        public string ToDecimal() {
            var copy = new Big((uint[]) limbs.Clone(), length);
            var chunks = new List<uint>();
            while (!copy.IsZero) {
                ulong rest = 0;
                for (int i = copy.length - 1; i >= 0; i--) {
                    ulong current = rest << 32 | copy.limbs[i];
                    copy.limbs[i] = (uint) (current / 1000000000);
                    rest = current % 1000000000;
                }
                while (copy.length > 0 && copy.limbs[copy.length - 1] == 0) copy.length--;
                chunks.Add((uint) rest);
            }
            if (chunks.Count == 0) return "0";
            var text = new StringBuilder(chunks[chunks.Count - 1].ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (int i = chunks.Count - 2; i >= 0; i--) text.Append(chunks[i].ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
            return text.ToString();
        }
    }

    // Built by multiplying (each product is exact), not parsed: Mono's parser is the problem.
    static readonly double[] PowersOfTen = PowersUpTo(22);

    static double[] PowersUpTo(int n) {
        var powers = new double[n + 1];
        powers[0] = 1;
        for (int i = 1; i <= n; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    /// <summary>The double nearest to a JSON number (ties to even), like strtod.</summary>
    public static double Parse(string text) {
        int i = 0;
        bool negative = i < text.Length && text[i] == '-';
        if (negative || (i < text.Length && text[i] == '+')) i++;
        var digits = new StringBuilder();
        int exponent = 0;
        bool seenDigit = false, seenPoint = false;
        for (; i < text.Length && (char.IsDigit(text[i]) || (text[i] == '.' && !seenPoint)); i++) {
            if (text[i] == '.') {
                seenPoint = true;
                continue;
            }
            seenDigit = true;
            if (digits.Length > 0 || text[i] != '0') digits.Append(text[i]);
            if (seenPoint) exponent--;
        }
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E')) {
            exponent += int.Parse(text.Substring(i + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
            i = text.Length;
        }
        if (!seenDigit || i != text.Length) throw new System.FormatException("not a number: " + text);
        double magnitude = Magnitude(digits.ToString(), exponent);
        return negative ? -magnitude : magnitude;
    }

    /// <summary>The double nearest to digits * 10^exponent.</summary>
    static double Magnitude(string digits, int exponent) {
        if (digits.Length == 0 || digits.Length + exponent < -324) return 0;
        if (digits.Length + exponent > 310) return double.PositiveInfinity;
        // Both factors are exact doubles, so one correctly rounded operation is the answer.
        if (digits.Length <= 15 && System.Math.Abs(exponent) <= 22) {
            double mantissa = ulong.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            return exponent >= 0 ? mantissa * PowersOfTen[exponent] : mantissa / PowersOfTen[-exponent];
        }
        var value = new Big(0);
        foreach (char c in digits) value.MulAdd(10, (uint) (c - '0'));
        if (exponent >= 0) {
            value.MulPow(10, exponent);
            return Round(value, 0, false);
        }
        var divisor = new Big(1);
        divisor.MulPow(10, -exponent);
        // Enough quotient bits (55 or more) that rounding sees a guard bit and the rest.
        int shift = System.Math.Max(0, 56 + divisor.BitLength - value.BitLength);
        bool remainder;
        Big quotient = value.ShiftLeft(shift).DivideInto(divisor, out remainder);
        return Round(quotient, -shift, remainder);
    }

    /// <summary>The double nearest to (value + a bit more if sticky) * 2^exponent.</summary>
    static double Round(Big value, int exponent, bool sticky) {
        int bits = value.BitLength;
        int lsb = System.Math.Max(exponent + bits - 53, -1074);
        int drop = lsb - exponent;
        ulong mantissa;
        if (drop <= 0) {
            mantissa = value.ShiftRightToULong(0);
            lsb = exponent;
        } else {
            mantissa = value.ShiftRightToULong(drop);
            bool half = value.TestBit(drop - 1), rest = sticky || value.AnyBelow(drop - 1);
            if (half && (rest || (mantissa & 1) == 1)) mantissa++;
            if (mantissa == 1UL << 53) {
                mantissa >>= 1;
                lsb++;
            }
        }
        while (mantissa != 0 && mantissa < 1UL << 52 && lsb > -1074) {
            mantissa <<= 1;
            lsb--;
        }
        if (mantissa >= 1UL << 52 && lsb > 971) return double.PositiveInfinity;
        long raw = mantissa < 1UL << 52 ? (long) mantissa : (long) ((ulong) (lsb + 1075) << 52 | (mantissa - (1UL << 52)));
        return System.BitConverter.Int64BitsToDouble(raw);
    }

    /// <summary>A double in the canonical layout (see judge-farm/src/functions/mod.rs).</summary>
    public static string Format(double x) {
        if (double.IsNaN(x)) return "\"NaN\"";
        if (double.IsInfinity(x)) return x > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        long raw = System.BitConverter.DoubleToInt64Bits(x);
        if (x == 0) return raw < 0 ? "-0.0" : "0.0";
        var b = new StringBuilder();
        if (raw < 0) b.Append('-');
        int point;
        string digits = Shortest(raw & long.MaxValue, out point);
        Place(b, digits, point);
        return b.ToString();
    }

    /// <summary>
    /// The shortest digits that read back as the double (the closest ones when several are that
    /// short): the first precision at which the exact value rounded down or up lies strictly
    /// inside the double's rounding interval (or on its edge, when the mantissa is even).
    /// </summary>
    static string Shortest(long bits, out int point) {
        int biased = (int) (bits >> 52);
        ulong fraction = (ulong) bits & ((1UL << 52) - 1);
        ulong mantissa = biased == 0 ? fraction : fraction | 1UL << 52;
        int exponent = (biased == 0 ? 1 : biased) - 1075;
        // In units of 2^(exponent-2): the value, and the midpoints to its neighbours. Below a
        // power of two the gap to the lower neighbour is half as wide.
        bool narrowBelow = fraction == 0 && biased > 1;
        int valuePoint, lowPoint, highPoint;
        string value = Expand(4 * mantissa, exponent - 2, out valuePoint);
        string low = Expand(4 * mantissa - (narrowBelow ? 1UL : 2UL), exponent - 2, out lowPoint);
        string high = Expand(4 * mantissa + 2, exponent - 2, out highPoint);
        bool inclusive = mantissa % 2 == 0;
        for (int p = 1; ; p++) {
            if (value.Length <= p) {
                point = valuePoint;
                return value;
            }
            string down = value.Substring(0, p);
            int downPoint = valuePoint;
            int upPoint;
            string up = RoundUp(value, valuePoint, p, out upPoint);
            bool downOk = Inside(down, downPoint, low, lowPoint, high, highPoint, inclusive);
            bool upOk = Inside(up, upPoint, low, lowPoint, high, highPoint, inclusive);
            if (!downOk && !upOk) continue;
            bool pickUp = upOk && (!downOk || CloserToUp(value, p));
            point = pickUp ? upPoint : downPoint;
            return (pickUp ? up : down).TrimEnd('0');
        }
    }

    /// <summary>The exact decimal digits of n * 2^exponent, and the point (value = 0.digits * 10^point).</summary>
    static string Expand(ulong n, int exponent, out int point) {
        var big = new Big(n);
        string digits;
        if (exponent >= 0) {
            digits = big.ShiftLeft(exponent).ToDecimal();
            point = digits.Length;
        } else {
            // n * 2^-k = n * 5^k / 10^k
            big.MulPow(5, -exponent);
            digits = big.ToDecimal();
            point = digits.Length + exponent;
        }
        return digits.TrimEnd('0');
    }

    /// <summary>The digits rounded up at p significant digits.</summary>
    static string RoundUp(string digits, int point, int p, out int upPoint) {
        upPoint = point;
        if (digits.Length <= p) return digits;
        char[] head = digits.Substring(0, p).ToCharArray();
        int i = p - 1;
        while (i >= 0 && head[i] == '9') head[i--] = '0';
        if (i >= 0) {
            head[i]++;
            return new string(head);
        }
        upPoint++;
        return "1" + new string(head);
    }

    /// <summary>Whether the exact value is at least halfway from its p-digit truncation to the next.</summary>
    static bool CloserToUp(string digits, int p) {
        if (digits[p] != '5') return digits[p] > '5';
        if (digits.Length > p + 1) return true;
        // An exact tie: the even last digit wins.
        return (digits[p - 1] - '0') % 2 == 1;
    }

    static bool Inside(string d, int dPoint, string low, int lowPoint, string high, int highPoint, bool inclusive) {
        int aboveLow = CompareDecimal(d, dPoint, low, lowPoint), belowHigh = CompareDecimal(high, highPoint, d, dPoint);
        return inclusive ? aboveLow >= 0 && belowHigh >= 0 : aboveLow > 0 && belowHigh > 0;
    }

    static int CompareDecimal(string a, int aPoint, string b, int bPoint) {
        if (aPoint != bPoint) return aPoint.CompareTo(bPoint);
        for (int i = 0; i < System.Math.Max(a.Length, b.Length); i++) {
            char x = i < a.Length ? a[i] : '0', y = i < b.Length ? b[i] : '0';
            if (x != y) return x.CompareTo(y);
        }
        return 0;
    }

    /// <summary>Lays out significant digits whose value is 0.digits * 10^point.</summary>
    static void Place(StringBuilder b, string digits, int point) {
        int n = digits.Length;
        if (n <= point && point <= 21) {
            b.Append(digits).Append('0', point - n).Append(".0");
        } else if (0 < point && point <= 21) {
            b.Append(digits, 0, point).Append('.').Append(digits, point, n - point);
        } else if (-6 < point && point <= 0) {
            b.Append("0.").Append('0', -point).Append(digits);
        } else {
            b.Append(digits[0]);
            if (n > 1) b.Append('.').Append(digits, 1, n - 1);
            b.Append('e').Append(point - 1 >= 0 ? "+" : "-").Append(System.Math.Abs(point - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
