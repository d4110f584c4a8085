// A hash map from each code to its number of entries; a code is shadowed if one of its proper
// prefixes is a code, or it occurs twice or more.
class Solution {
    public int countShadowed(String[] codes) {
        Map<String, Integer> count = new HashMap<>();
        for (String c : codes) count.merge(c, 1, Integer::sum);
        int shadowed = 0;
        for (String c : codes) {
            boolean hit = count.get(c) >= 2;
            for (int k = 1; k < c.length() && !hit; k++) {
                if (count.containsKey(c.substring(0, k))) hit = true;
            }
            if (hit) shadowed++;
        }
        return shadowed;
    }
}
