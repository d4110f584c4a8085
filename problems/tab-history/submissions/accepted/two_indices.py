class TabHistory:
    def __init__(self, home: str):
        self.pages = [home]
        self.cur = 0   # the page shown
        self.last = 0  # the furthest page forward can reach

    def open(self, url: str) -> None:
        self.cur += 1
        if self.cur == len(self.pages):
            self.pages.append(url)
        else:
            self.pages[self.cur] = url  # old entries past `last` are dead; overwrite them
        self.last = self.cur

    def back(self, steps: int) -> str:
        self.cur = max(0, self.cur - steps)
        return self.pages[self.cur]

    def forward(self, steps: int) -> str:
        self.cur = min(self.last, self.cur + steps)
        return self.pages[self.cur]
