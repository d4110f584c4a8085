// Counts every prefix of every label in a hash map (at most 20 per label), then looks each
// query up: the same counts a trie keeps at its nodes.
class Solution {
    public int[] countByPrefix(String[] labels, String[] queries) {
        Map<String, Integer> count = new HashMap<>();
        for (String w : labels) {
            for (int k = 1; k <= w.length(); k++) count.merge(w.substring(0, k), 1, Integer::sum);
        }
        int[] out = new int[queries.length];
        for (int j = 0; j < queries.length; j++) out[j] = count.getOrDefault(queries[j], 0);
        return out;
    }
}
