class Solution:
    def anagramGroups(self, words: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for w in words:
            counts = [0] * 26
            for c in w:
                counts[ord(c) - 97] += 1
            groups[tuple(counts)].append(w)  # anagrams share their letter counts
        return [sorted(g) for g in groups.values()]
