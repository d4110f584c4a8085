KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv",
        "9": "wxyz"}


class Solution:
    def keypadWords(self, code: str) -> List[str]:
        if not code:
            return []  # no digits spell no word, not one empty word
        words, buffer = [], []

        def spell(i):
            if i == len(code):
                words.append("".join(buffer))
                return
            for letter in KEYS[code[i]]:
                buffer.append(letter)
                spell(i + 1)
                buffer.pop()

        spell(0)
        return words
