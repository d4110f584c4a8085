# Iterative, O(1) extra space: look k nodes ahead, then reverse the batch in place.
class Solution:
    def flipInBatches(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        prev = dummy  # last node of the finished part
        while True:
            probe = prev
            for _ in range(k):
                probe = probe.next
                if probe is None:
                    return dummy.next  # fewer than k nodes left: the tail stays as it is
            first, after = prev.next, probe.next
            # Reverse the k nodes, starting the reversed chain at `after`.
            tail, node = after, first
            for _ in range(k):
                node.next, tail, node = tail, node, node.next
            prev.next = tail  # the batch's old last node now leads it
            prev = first
