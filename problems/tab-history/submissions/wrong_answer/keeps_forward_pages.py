# Never forgets the pages ahead: after open, forward can reach pages that should be gone.
class TabHistory:
    def __init__(self, home: str):
        self.pages = [home]
        self.cur = 0

    def open(self, url: str) -> None:
        self.cur += 1
        if self.cur == len(self.pages):
            self.pages.append(url)
        else:
            self.pages[self.cur] = url

    def back(self, steps: int) -> str:
        self.cur = max(0, self.cur - steps)
        return self.pages[self.cur]

    def forward(self, steps: int) -> str:
        self.cur = min(len(self.pages) - 1, self.cur + steps)
        return self.pages[self.cur]
