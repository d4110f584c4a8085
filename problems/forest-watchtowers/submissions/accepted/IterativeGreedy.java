// The post-order greedy without recursion: reverse pre-order puts every child before its
// parent. State 0 waits for its parent, 1 is watched without a tower, 2 holds a tower.
class Solution {
    public int fewestNewTowers(TreeNode root) {
        List<TreeNode> order = new ArrayList<>();
        Deque<TreeNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            TreeNode v = stack.pop();
            order.add(v);
            if (v.left != null) stack.push(v.left);
            if (v.right != null) stack.push(v.right);
        }
        Map<TreeNode, Integer> state = new HashMap<>();
        int built = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            TreeNode v = order.get(i);
            int l = v.left == null ? 1 : state.get(v.left);
            int r = v.right == null ? 1 : state.get(v.right);
            int s;
            if (v.val == 1) s = 2;
            else if (l == 0 || r == 0) { built++; s = 2; }
            else if (l == 2 || r == 2) s = 1;
            else s = 0;
            state.put(v, s);
        }
        if (state.get(root) == 0) built++;
        return built;
    }
}
