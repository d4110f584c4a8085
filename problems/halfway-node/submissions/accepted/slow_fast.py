class Solution:
    def halfwayNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast and fast.next:  # stops on the second middle for an even length
            slow, fast = slow.next, fast.next.next
        return slow
