// Flattens the tree in order at construction (an iterative traversal with an explicit stack),
// then the cursor is an index into that array: O(n) memory, O(1) per call.
class ShelfBrowser {
    private final int[] sorted;
    private int pos = -1;

    public ShelfBrowser(TreeNode root) {
        List<Integer> out = new ArrayList<>();
        Deque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root;
        while (node != null || !stack.isEmpty()) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            out.add(node.val);
            node = node.right;
        }
        sorted = new int[out.size()];
        for (int i = 0; i < sorted.length; i++) sorted[i] = out.get(i);
    }

    public boolean hasNext() {
        return pos + 1 < sorted.length;
    }

    public int next() {
        return sorted[++pos];
    }

    public boolean hasPrev() {
        return pos > 0;
    }

    public int prev() {
        return sorted[--pos];
    }
}
