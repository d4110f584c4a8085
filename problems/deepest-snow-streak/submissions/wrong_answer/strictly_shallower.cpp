// Merges only strictly shallower mornings: a morning with equal depth wrongly ends the streak.
class SnowStreak {
    vector<pair<int, int>> stack;

public:
    SnowStreak() {}

    int measure(int depth) {
        int streak = 1;
        while (!stack.empty() && stack.back().first < depth) {
            streak += stack.back().second;
            stack.pop_back();
        }
        stack.push_back({depth, streak});
        return streak;
    }
};
