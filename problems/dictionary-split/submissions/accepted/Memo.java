// Top-down: can s[i..] be split? Each start is answered once and remembered.
class Solution {
    private String s;
    private Set<String> have;
    private byte[] memo;  // 0 unknown, 1 yes, 2 no

    public boolean canSplit(String s, String[] words) {
        this.s = s;
        this.have = new HashSet<>(Arrays.asList(words));
        this.memo = new byte[s.length() + 1];
        // Fill from the back so the recursion never goes deep.
        for (int i = s.length(); i >= 0; i--) from(i);
        return from(0);
    }

    private boolean from(int i) {
        if (i == s.length()) return true;
        if (memo[i] != 0) return memo[i] == 1;
        boolean ok = false;
        for (int k = 1; k <= 20 && i + k <= s.length() && !ok; k++)
            ok = have.contains(s.substring(i, i + k)) && from(i + k);
        memo[i] = (byte) (ok ? 1 : 2);
        return ok;
    }
}
