class Solution {
    // The index of the last surviving letter at or before i, or -1.
    private static int nextLetter(String s, int i) {
        int skip = 0;
        for (; i >= 0; i--) {
            if (s.charAt(i) == '#') skip++;
            else if (skip > 0) skip--;
            else return i;
        }
        return -1;
    }

    public boolean sameText(String first, String second) {
        int i = first.length() - 1, j = second.length() - 1;
        while (true) {
            i = nextLetter(first, i);
            j = nextLetter(second, j);
            if (i < 0 || j < 0) return i < 0 && j < 0;
            if (first.charAt(i) != second.charAt(j)) return false;
            i--;
            j--;
        }
    }
}
