// Per use count, a LinkedHashSet keeps keys in the order of their last use.
class LeastUsedCache {
    private final int capacity;
    private final Map<Integer, Integer> value = new HashMap<>(), count = new HashMap<>();
    private final Map<Integer, LinkedHashSet<Integer>> groups = new HashMap<>();
    private int low = 0;

    public LeastUsedCache(int capacity) { this.capacity = capacity; }

    private void use(int key) {
        int f = count.get(key);
        LinkedHashSet<Integer> from = groups.get(f);
        from.remove(key);
        if (from.isEmpty()) {
            groups.remove(f);
            if (low == f) low = f + 1;
        }
        count.put(key, f + 1);
        groups.computeIfAbsent(f + 1, k -> new LinkedHashSet<>()).add(key);
    }

    public int get(int key) {
        if (!value.containsKey(key)) return -1;
        use(key);
        return value.get(key);
    }

    public void put(int key, int v) {
        if (value.containsKey(key)) {
            value.put(key, v);
            use(key);
            return;
        }
        if (value.size() == capacity) {
            LinkedHashSet<Integer> oldest = groups.get(low);
            int victim = oldest.iterator().next();
            oldest.remove(victim);
            if (oldest.isEmpty()) groups.remove(low);
            value.remove(victim);
            count.remove(victim);
        }
        value.put(key, v);
        count.put(key, 1);
        groups.computeIfAbsent(1, k -> new LinkedHashSet<>()).add(key);
        low = 1;
    }
}
