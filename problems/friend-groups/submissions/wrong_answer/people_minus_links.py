# Each link is assumed to join two groups: right for a forest of distinct links, wrong as soon
# as a link is repeated or closes a cycle (and it can even go negative).
class Solution:
    def countGroups(self, n: int, links: List[List[int]]) -> int:
        return n - len(links)
