class Solution:
    def removeKthFromEnd(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        lead = trail = dummy
        for _ in range(k):
            lead = lead.next
        while lead.next:  # keep the gap of k until lead is on the last node
            lead, trail = lead.next, trail.next
        trail.next = trail.next.next
        return dummy.next
