    // TreeNode's wire form, level order with null gaps and no trailing nulls, [1,null,2,3]
    // (AlgoArena driver runtime, Java; methods of Main).
    static TreeNode r_treenode(Object v) {
        java.util.List<Object> a = array(v);
        if (a.isEmpty() || a.get(0) == null) return null;
        TreeNode root = new TreeNode(r_int(a.get(0)));
        java.util.ArrayList<TreeNode> parents = new java.util.ArrayList<>();
        parents.add(root);
        int i = 1;
        for (int p = 0; p < parents.size() && i < a.size(); p++) {
            TreeNode parent = parents.get(p);
            if (a.get(i) != null) parents.add(parent.left = new TreeNode(r_int(a.get(i))));
            i++;
            if (i < a.size() && a.get(i) != null) parents.add(parent.right = new TreeNode(r_int(a.get(i))));
            i++;
        }
        return root;
    }

    static void w_treenode(StringBuilder b, TreeNode root) {
        java.util.ArrayList<TreeNode> queue = new java.util.ArrayList<>();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        queue.add(root);
        for (int q = 0; q < queue.size(); q++) {
            TreeNode node = queue.get(q);
            if (node == null) {
                out.add("null");
            } else {
                out.add(Integer.toString(node.val));
                queue.add(node.left);
                queue.add(node.right);
            }
        }
        int n = out.size();
        while (n > 0 && out.get(n - 1).equals("null")) n--;
        b.append('[').append(String.join(",", out.subList(0, n))).append(']');
    }
