# Only swaps the first two nodes: right for the second sample alone.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head and head.next:
            second = head.next
            head.next = second.next
            second.next = head
            return second
        return head
