# Replays forwards, but a backspace on an empty box is remembered and erases the next letter.
class Solution:
    def sameText(self, first: str, second: str) -> bool:
        def replay(log):
            text, owed = [], 0
            for c in log:
                if c == "#":
                    if text:
                        text.pop()
                    else:
                        owed += 1
                elif owed:
                    owed -= 1
                else:
                    text.append(c)
            return "".join(text)

        return replay(first) == replay(second)
