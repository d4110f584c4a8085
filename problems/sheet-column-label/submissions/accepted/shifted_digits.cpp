class Solution {
public:
    string columnLabel(int n) {
        string out;
        long long m = n;
        while (m > 0) {
            m--;
            out += char('A' + m % 26);
            m /= 26;
        }
        reverse(out.begin(), out.end());
        return out;
    }
};
