// Prefix sums down the route from the root, kept in a HashMap that is undone on the way back.
class Solution {
    private final Map<Long, Integer> seen = new HashMap<>();
    private long target;

    public int countDescents(TreeNode root, long target) {
        seen.clear();
        seen.put(0L, 1);
        this.target = target;
        return walk(root, 0L);
    }

    private int walk(TreeNode node, long above) {
        if (node == null) return 0;
        long total = above + node.val;
        int count = seen.getOrDefault(total - target, 0);
        seen.merge(total, 1, Integer::sum);
        count += walk(node.left, total) + walk(node.right, total);
        seen.merge(total, -1, Integer::sum);
        return count;
    }
}
