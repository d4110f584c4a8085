// A hash set of roots; each word tries its prefixes from the shortest, up to the longest root.
class Solution {
    public String shortenToRoots(String[] roots, String sentence) {
        Set<String> have = new HashSet<>(Arrays.asList(roots));
        int longest = 0;
        for (String r : roots) longest = Math.max(longest, r.length());
        StringBuilder out = new StringBuilder();
        for (String word : sentence.split(" ")) {
            String kept = word;
            for (int k = 1; k <= Math.min(longest, word.length()); k++) {
                if (have.contains(word.substring(0, k))) { kept = word.substring(0, k); break; }
            }
            if (out.length() > 0) out.append(' ');
            out.append(kept);
        }
        return out.toString();
    }
}
