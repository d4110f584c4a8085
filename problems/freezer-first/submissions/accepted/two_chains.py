class Solution:
    def freezerFirst(self, head: Optional[ListNode], limit: int) -> Optional[ListNode]:
        cold = cold_tail = ListNode()
        warm = warm_tail = ListNode()
        node = head
        while node:
            if node.val < limit:
                cold_tail.next = cold_tail = node
            else:
                warm_tail.next = warm_tail = node
            node = node.next
        warm_tail.next = None  # the last warm node may still point at a cold one
        cold_tail.next = warm.next
        return cold.next
