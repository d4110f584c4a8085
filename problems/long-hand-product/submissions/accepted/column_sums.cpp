class Solution {
public:
    string longHandProduct(string a, string b) {
        int m = a.size(), n = b.size();
        vector<int> acc(m + n, 0);  // acc[p]: the sum of the digit products of column p (10^p)
        for (int i = 0; i < m; i++) {
            int x = a[m - 1 - i] - '0';
            if (x == 0) continue;
            for (int j = 0; j < n; j++) acc[i + j] += x * (b[n - 1 - j] - '0');
        }
        for (int p = 0; p + 1 < m + n; p++) {  // one carry pass, lowest column first
            acc[p + 1] += acc[p] / 10;
            acc[p] %= 10;
        }
        int top = m + n - 1;
        while (top > 0 && acc[top] == 0) top--;  // strip leading zeros, keep one digit
        string out;
        for (int p = top; p >= 0; p--) out += char('0' + acc[p]);
        return out;
    }
};
