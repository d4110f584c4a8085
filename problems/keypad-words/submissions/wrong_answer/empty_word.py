# Starts from one empty word and never special-cases an empty code: "" gives [""].
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv",
        "9": "wxyz"}


class Solution:
    def keypadWords(self, code: str) -> List[str]:
        words = [""]
        for d in code:
            words = [w + c for w in words for c in KEYS[d]]
        return words
