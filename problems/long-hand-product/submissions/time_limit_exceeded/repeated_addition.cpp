// Right answers, but multiplies by repeated addition: adds a to a running total b times,
// counting b down digit string by digit string. b can be about 10^2000.
class Solution {
    static string add(const string& x, const string& y) {
        string out;
        int i = x.size() - 1, j = y.size() - 1, carry = 0;
        while (i >= 0 || j >= 0 || carry) {
            int s = carry + (i >= 0 ? x[i--] - '0' : 0) + (j >= 0 ? y[j--] - '0' : 0);
            out += char('0' + s % 10);
            carry = s / 10;
        }
        reverse(out.begin(), out.end());
        return out;
    }
    static void decrement(string& x) {  // x > 0
        int i = x.size() - 1;
        while (x[i] == '0') x[i--] = '9';
        x[i]--;
        if (x.size() > 1 && x[0] == '0') x.erase(0, 1);
    }
public:
    string longHandProduct(string a, string b) {
        string total = "0";
        if (a == "0") return total;
        while (b != "0") {
            total = add(total, a);
            decrement(b);
        }
        return total;
    }
};
