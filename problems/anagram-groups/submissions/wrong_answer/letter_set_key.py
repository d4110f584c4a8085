# Groups by the set of letters, so "aab" and "abb" land together.
class Solution:
    def anagramGroups(self, words: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for w in words:
            groups[frozenset(w)].append(w)
        return [sorted(g) for g in groups.values()]
