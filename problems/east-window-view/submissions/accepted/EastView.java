// Breadth-first in rounds; the queue's size at the start of a round is the level's width, and
// the last node of the round is the one seen from the right.
class Solution {
    public List<Integer> eastWindowView(TreeNode root) {
        List<Integer> view = new ArrayList<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            TreeNode node = null;
            for (int width = queue.size(); width > 0; width--) {
                node = queue.poll();
                if (node.left != null) queue.add(node.left);
                if (node.right != null) queue.add(node.right);
            }
            view.add(node.val);
        }
        return view;
    }
}
