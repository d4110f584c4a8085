class Solution {
    public List<List<String>> anagramGroups(String[] words) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String w : words) {
            char[] key = w.toCharArray();
            Arrays.sort(key);
            groups.computeIfAbsent(new String(key), x -> new ArrayList<>()).add(w);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : groups.values()) {
            Collections.sort(g);
            out.add(g);
        }
        return out;
    }
}
