// Depth-first search with three colours and an explicit stack: reaching a sticker that is still
// on the current path closes a cycle.
class Solution {
    public boolean canLayer(List<List<String>> rules) {
        Map<String, Integer> ids = new HashMap<>();
        for (List<String> r : rules) {
            ids.putIfAbsent(r.get(0), ids.size());
            ids.putIfAbsent(r.get(1), ids.size());
        }
        int n = ids.size();
        List<List<Integer>> after = new ArrayList<>();
        for (int i = 0; i < n; i++) after.add(new ArrayList<>());
        for (List<String> r : rules) after.get(ids.get(r.get(0))).add(ids.get(r.get(1)));
        int[] colour = new int[n];  // 0 unseen, 1 on the path, 2 finished
        int[] next = new int[n];
        int[] stack = new int[n];
        for (int s = 0; s < n; s++) {
            if (colour[s] != 0) continue;
            int top = 0;
            stack[top++] = s;
            colour[s] = 1;
            while (top > 0) {
                int u = stack[top - 1];
                if (next[u] < after.get(u).size()) {
                    int v = after.get(u).get(next[u]++);
                    if (colour[v] == 1) return false;
                    if (colour[v] == 0) {
                        colour[v] = 1;
                        stack[top++] = v;
                    }
                } else {
                    colour[u] = 2;
                    top--;
                }
            }
        }
        return true;
    }
}
