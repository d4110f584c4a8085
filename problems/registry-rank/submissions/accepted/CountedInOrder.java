// Recursive in-order walk with the countdown kept in a field, so every call sees the nodes
// already counted by the others.
class Solution {
    private int remaining;
    private int answer;

    public int registryRank(TreeNode root, int k) {
        remaining = k;
        walk(root);
        return answer;
    }

    private void walk(TreeNode node) {
        if (node == null || remaining == 0) return;
        walk(node.left);
        if (remaining == 0) return;
        if (--remaining == 0) {
            answer = node.val;
            return;
        }
        walk(node.right);
    }
}
