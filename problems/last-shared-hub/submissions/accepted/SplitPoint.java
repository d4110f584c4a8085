// Recursive form: descend into the side that holds both codes, stop where they part.
class Solution {
    public int lastSharedHub(TreeNode root, int a, int b) {
        if (a < root.val && b < root.val) return lastSharedHub(root.left, a, b);
        if (a > root.val && b > root.val) return lastSharedHub(root.right, a, b);
        return root.val;
    }
}
