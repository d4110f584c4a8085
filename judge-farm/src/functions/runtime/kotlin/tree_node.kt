// TreeNode's wire form, level order with null gaps and no trailing nulls, [1,null,2,3]
// (AlgoArena driver runtime, Kotlin).
fun aaR_treenode(v: Any?): TreeNode? {
    val a = aaArray(v)
    fun node(i: Int): TreeNode? = if (i < a.size && a[i] != null) TreeNode(aaR_int(a[i])) else null
    val root = node(0) ?: return null
    val parents = arrayListOf(root)
    var i = 1
    var p = 0
    while (p < parents.size && i < a.size) {
        val parent = parents[p++]
        parent.left = node(i)
        parent.right = node(i + 1)
        i += 2
        parent.left?.let { parents.add(it) }
        parent.right?.let { parents.add(it) }
    }
    return root
}

fun aaW_treenode(b: StringBuilder, root: TreeNode?) {
    val queue = arrayListOf(root)
    val out = ArrayList<String>()
    var q = 0
    while (q < queue.size) {
        val node = queue[q++]
        if (node == null) {
            out.add("null")
        } else {
            out.add(node.`val`.toString())
            queue.add(node.left)
            queue.add(node.right)
        }
    }
    while (out.isNotEmpty() && out.last() == "null") out.removeAt(out.size - 1)
    b.append('[').append(out.joinToString(",")).append(']')
}
