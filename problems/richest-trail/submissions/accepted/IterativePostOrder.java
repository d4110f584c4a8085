// Post-order without recursion: nodes in reverse pre-order have their children done first.
class Solution {
    public int richestTrail(TreeNode root) {
        List<TreeNode> order = new ArrayList<>();
        Deque<TreeNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            TreeNode v = stack.pop();
            order.add(v);
            if (v.left != null) stack.push(v.left);
            if (v.right != null) stack.push(v.right);
        }
        Map<TreeNode, Integer> down = new HashMap<>();
        int best = Integer.MIN_VALUE;
        for (int i = order.size() - 1; i >= 0; i--) {
            TreeNode v = order.get(i);
            int left = v.left == null ? 0 : Math.max(0, down.get(v.left));
            int right = v.right == null ? 0 : Math.max(0, down.get(v.right));
            best = Math.max(best, v.val + left + right);
            down.put(v, v.val + Math.max(left, right));
        }
        return best;
    }
}
