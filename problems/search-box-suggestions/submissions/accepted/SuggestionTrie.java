// Ranks the distinct searches (count descending, then dictionary order), then inserts them into
// an array-based trie best first; each node keeps the first three ranked words through it.
class Solution {
    public List<List<String>> suggest(String[] history, String[] prefixes) {
        Map<String, Integer> counts = new HashMap<>();
        for (String h : history) counts.merge(h, 1, Integer::sum);
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> {
            int ca = counts.get(a), cb = counts.get(b);
            return ca != cb ? Integer.compare(cb, ca) : a.compareTo(b);
        });

        int cap = 1;
        for (String w : ranked) cap += w.length();
        int[] child = new int[cap * 26];
        int[] top = new int[cap * 3];
        int[] size = new int[cap];
        int nodes = 1;
        for (int r = 0; r < ranked.size(); r++) {
            String w = ranked.get(r);
            int node = 0;
            for (int i = 0; i < w.length(); i++) {
                int c = w.charAt(i) - 'a';
                if (child[node * 26 + c] == 0) child[node * 26 + c] = nodes++;
                node = child[node * 26 + c];
                if (size[node] < 3) top[node * 3 + size[node]++] = r;
            }
        }

        List<List<String>> out = new ArrayList<>(prefixes.length);
        for (String p : prefixes) {
            int node = 0;
            for (int i = 0; i < p.length() && (i == 0 || node != 0); i++) {
                node = child[node * 26 + (p.charAt(i) - 'a')];
            }
            List<String> row = new ArrayList<>();
            if (node != 0) {
                for (int i = 0; i < size[node]; i++) row.add(ranked.get(top[node * 3 + i]));
            }
            out.add(row);
        }
        return out;
    }
}
