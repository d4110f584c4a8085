# TreeNode's wire form, level order with null gaps and no trailing nulls,
# [1,null,2,3] (AlgoArena driver runtime, Python 3).
def _aa_read_tree_node(v):
    if not isinstance(v, list):
        _aa_fail('a JSON array', v)
    values = [None if x is None else _aa_read('int', x) for x in v]
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    parents, i = [root], 1
    for parent in parents:
        if i >= len(values):
            break
        if values[i] is not None:
            parent.left = TreeNode(values[i])
            parents.append(parent.left)
        i += 1
        if i < len(values) and values[i] is not None:
            parent.right = TreeNode(values[i])
            parents.append(parent.right)
        i += 1
    return root


def _aa_write_tree_node(root):
    out, queue = [], [root]
    for node in queue:
        if node is None:
            out.append('null')
        else:
            out.append(_aa_write('int', node.val))
            queue.append(node.left)
            queue.append(node.right)
    while out and out[-1] == 'null':
        out.pop()
    return '[' + ','.join(out) + ']'
