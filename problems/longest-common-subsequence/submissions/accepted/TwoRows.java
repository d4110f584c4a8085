// Two rows of the table, swapped after each letter of a.
class Solution {
    public int longestCommonSubsequence(String a, String b) {
        int m = b.length();
        int[] previous = new int[m + 1], current = new int[m + 1];
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            for (int j = 1; j <= m; j++) {
                current[j] = x == b.charAt(j - 1)
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }
}
