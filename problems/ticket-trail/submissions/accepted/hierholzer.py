class Solution:
    def ticketTrail(self, tickets: List[List[str]], start: str) -> List[str]:
        out = defaultdict(list)
        for a, b in sorted(tickets, reverse=True):
            out[a].append(b)  # the smallest destination sits at the end, ready to pop
        stack, trip = [start], []
        while stack:
            a = stack[-1]
            if out[a]:
                stack.append(out[a].pop())
            else:
                trip.append(stack.pop())  # stuck here: this airport comes last of what is left
        return trip[::-1]
