// Iterative in-order traversal: the values must come out strictly increasing.
class Solution {
    public boolean isValidSearchTree(TreeNode root) {
        Deque<TreeNode> stack = new ArrayDeque<>();
        Integer previous = null;
        TreeNode node = root;
        while (node != null || !stack.isEmpty()) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            if (previous != null && node.val <= previous) return false;
            previous = node.val;
            node = node.right;
        }
        return true;
    }
}
