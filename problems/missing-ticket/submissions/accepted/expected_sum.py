class Solution:
    def missingTicket(self, tickets: List[int]) -> int:
        n = len(tickets)
        return n * (n + 1) // 2 - sum(tickets)
