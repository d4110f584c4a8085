# ListNode's wire form, [1,2,3] (AlgoArena driver runtime, Python 3).
def _aa_read_list_node(v):
    head = None
    for x in reversed(_aa_read(['int'], v)):
        head = ListNode(x, head)
    return head


def _aa_write_list_node(node):
    values = []
    while node is not None:
        values.append(_aa_write('int', node.val))
        node = node.next
    return '[' + ','.join(values) + ']'
