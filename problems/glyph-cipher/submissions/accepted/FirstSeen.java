// Two strings are related by a cipher exactly when, at every position, their glyphs were last
// seen at the same earlier position (or both are new).
class Solution {
    public boolean isCipher(String plain, String coded) {
        int[] lastPlain = new int[128], lastCoded = new int[128];  // position + 1, 0 = unseen
        for (int i = 0; i < plain.length(); i++) {
            char p = plain.charAt(i), c = coded.charAt(i);
            if (lastPlain[p] != lastCoded[c]) return false;
            lastPlain[p] = lastCoded[c] = i + 1;
        }
        return true;
    }
}
