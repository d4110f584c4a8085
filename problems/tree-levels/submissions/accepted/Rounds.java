// Breadth-first in rounds: the queue's size at the start of a round is the level's width.
class Solution {
    public List<List<Integer>> treeLevels(TreeNode root) {
        List<List<Integer>> rows = new ArrayList<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            List<Integer> row = new ArrayList<>();
            for (int width = queue.size(); width > 0; width--) {
                TreeNode node = queue.poll();
                row.add(node.val);
                if (node.left != null) queue.add(node.left);
                if (node.right != null) queue.add(node.right);
            }
            rows.add(row);
        }
        return rows;
    }
}
