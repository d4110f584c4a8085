# Looks only k - 1 nodes ahead before flipping, so a tail of exactly k - 1 nodes is taken for
# a full batch: [1,2,3,4,5] with k = 3 gives [3,2,1,5,4] (and the batch runs past the end).
class Solution:
    def flipInBatches(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        prev = dummy
        while True:
            probe = prev.next
            for _ in range(k - 1):
                if probe is None:
                    return dummy.next
                probe = probe.next
            if prev.next is None:
                return dummy.next
            first = prev.next
            tail, node, count = None, first, 0
            while node is not None and count < k:
                node.next, tail, node = tail, node, node.next
                count += 1
            first.next = node
            prev.next = tail
            prev = first
