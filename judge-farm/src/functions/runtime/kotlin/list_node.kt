// ListNode's wire form, [1,2,3] (AlgoArena driver runtime, Kotlin).
fun aaR_listnode(v: Any?): ListNode? {
    var head: ListNode? = null
    for (x in aaArray(v).asReversed()) head = ListNode(aaR_int(x)).also { it.next = head }
    return head
}

fun aaW_listnode(b: StringBuilder, head: ListNode?) {
    b.append('[')
    var node = head
    while (node != null) {
        if (node !== head) b.append(',')
        aaW_int(b, node.`val`)
        node = node.next
    }
    b.append(']')
}
