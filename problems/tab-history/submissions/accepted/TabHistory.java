// An array list with the current index and the furthest reachable index.
class TabHistory {
    private final List<String> pages = new ArrayList<>();
    private int cur = 0, last = 0;

    public TabHistory(String home) { pages.add(home); }

    public void open(String url) {
        cur++;
        if (cur == pages.size()) pages.add(url);
        else pages.set(cur, url);
        last = cur;
    }

    public String back(int steps) {
        cur = Math.max(0, cur - steps);
        return pages.get(cur);
    }

    public String forward(int steps) {
        cur = Math.min(last, cur + steps);
        return pages.get(cur);
    }
}
