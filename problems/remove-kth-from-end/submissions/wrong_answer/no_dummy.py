# Without a dummy node the gap is counted from the head, and removing the head (k = n) ends
# up removing the second node instead.
class Solution:
    def removeKthFromEnd(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        if head.next is None:
            return None
        lead = trail = head
        for _ in range(k):
            if lead.next is None:
                break
            lead = lead.next
        while lead.next:
            lead, trail = lead.next, trail.next
        trail.next = trail.next.next
        return head
