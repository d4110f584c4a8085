class Solution {
    public boolean hasShuffledWord(String word, String text) {
        int m = word.length(), n = text.length();
        if (m > n) return false;
        int[] diff = new int[26];  // window count minus word count
        for (int i = 0; i < m; i++) { diff[word.charAt(i) - 'a']--; diff[text.charAt(i) - 'a']++; }
        int zeros = 0;
        for (int d : diff) if (d == 0) zeros++;
        for (int i = m; ; i++) {
            if (zeros == 26) return true;
            if (i == n) return false;
            int in = text.charAt(i) - 'a', out = text.charAt(i - m) - 'a';
            if (diff[in] == 0) zeros--;
            if (++diff[in] == 0) zeros++;
            if (diff[out] == 0) zeros--;
            if (--diff[out] == 0) zeros++;
        }
    }
}
