// Builds the filtered lowercase string, then compares it with its reverse.
class Solution {
    public boolean isMirrorPhrase(String s) {
        StringBuilder kept = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c)) kept.append(Character.toLowerCase(c));
        }
        String forward = kept.toString();
        return forward.equals(kept.reverse().toString());
    }
}
