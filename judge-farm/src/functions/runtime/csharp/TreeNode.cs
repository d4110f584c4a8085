    // TreeNode's wire form, level order with null gaps and no trailing nulls, [1,null,2,3]
    // (AlgoArena driver runtime, C#; methods of AlgoArenaMain).
    static TreeNode r_treenode(object v) {
        List<object> a = Elements(v);
        if (a.Count == 0 || a[0] == null) return null;
        var root = new TreeNode(r_int(a[0]));
        var parents = new List<TreeNode> { root };
        int i = 1;
        for (int p = 0; p < parents.Count && i < a.Count; p++) {
            TreeNode parent = parents[p];
            if (a[i] != null) parents.Add(parent.left = new TreeNode(r_int(a[i])));
            i++;
            if (i < a.Count && a[i] != null) parents.Add(parent.right = new TreeNode(r_int(a[i])));
            i++;
        }
        return root;
    }

    static void w_treenode(StringBuilder b, TreeNode root) {
        var queue = new List<TreeNode> { root };
        var output = new List<string>();
        for (int q = 0; q < queue.Count; q++) {
            TreeNode node = queue[q];
            if (node == null) {
                output.Add("null");
            } else {
                output.Add(node.val.ToString(System.Globalization.CultureInfo.InvariantCulture));
                queue.Add(node.left);
                queue.Add(node.right);
            }
        }
        int n = output.Count;
        while (n > 0 && output[n - 1] == "null") n--;
        b.Append('[').Append(string.Join(",", output.GetRange(0, n))).Append(']');
    }
