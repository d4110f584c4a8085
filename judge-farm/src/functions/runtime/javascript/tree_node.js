// TreeNode's wire form, level order with null gaps and no trailing nulls, [1,null,2,3]
// (AlgoArena driver runtime, JavaScript and TypeScript).
function __aa_read_tree_node(v) {
    if (!Array.isArray(v)) __aa_fail('a JSON array', v);
    const values = v.map((x) => (x === null ? null : __aa_read('int', x)));
    if (values.length === 0 || values[0] === null) return null;
    const root = new TreeNode(values[0]);
    const parents = [root];
    let i = 1;
    for (let p = 0; p < parents.length && i < values.length; p++) {
        const parent = parents[p];
        if (values[i] !== null) parents.push(parent.left = new TreeNode(values[i]));
        i++;
        if (i < values.length && values[i] !== null) parents.push(parent.right = new TreeNode(values[i]));
        i++;
    }
    return root;
}

function __aa_write_tree_node(root) {
    const out = [];
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
        const node = queue[q];
        if (node === null || node === undefined) {
            out.push('null');
        } else {
            out.push(__aa_write('int', node.val));
            queue.push(node.left, node.right);
        }
    }
    while (out.length > 0 && out[out.length - 1] === 'null') out.pop();
    return '[' + out.join(',') + ']';
}
