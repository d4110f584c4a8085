// One index into each walk: a subtree ends when the next in-order value is its bound.
class Solution {
    private int p, i;

    private TreeNode build(int[] pre, int[] in, Integer bound) {
        if (i == in.length || (bound != null && in[i] == bound)) return null;
        TreeNode root = new TreeNode(pre[p++]);
        root.left = build(pre, in, root.val);
        i++;  // in[i] is root.val now
        root.right = build(pre, in, bound);
        return root;
    }

    public TreeNode rebuildTree(int[] preorder, int[] inorder) {
        p = 0;
        i = 0;
        return build(preorder, inorder, null);
    }
}
