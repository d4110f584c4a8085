// Kruskal one cost at a time: the pipes of a cost between different groups form a multigraph
// on the union-find roots, and its bridges are the pipes every cheapest plan needs.
class Solution {
    vector<int> parent;

    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

public:
    vector<int> classifyPipes(int n, vector<vector<int>>& pipes) {
        int m = pipes.size();
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        vector<int> order(m);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return pipes[a][2] < pipes[b][2]; });
        vector<int> verdict(m, 0), disc(n, -1), low(n, 0), head(n, -1);
        // Adjacency as linked lists over slots: slot 2k and 2k+1 belong to the k-th pipe kept.
        vector<int> nxt, to, id, touched;
        for (int i = 0; i < m;) {
            int j = i;
            while (j < m && pipes[order[j]][2] == pipes[order[i]][2]) j++;
            nxt.clear(), to.clear(), id.clear(), touched.clear();
            auto addArc = [&](int a, int b, int e) {
                if (head[a] == -1 && disc[a] == -1) touched.push_back(a);
                to.push_back(b), id.push_back(e), nxt.push_back(head[a]);
                head[a] = to.size() - 1;
            };
            for (int t = i; t < j; t++) {
                int e = order[t], a = find(pipes[e][0]), b = find(pipes[e][1]);
                if (a == b) continue;
                verdict[e] = 1;
                addArc(a, b, e), addArc(b, a, e);
            }
            int timer = 0;
            vector<array<int, 3>> st;  // point, pipe it came by, next arc to look at
            for (int s : touched) {
                if (disc[s] != -1) continue;
                disc[s] = low[s] = timer++;
                st.push_back({s, -1, head[s]});
                while (!st.empty()) {
                    auto& top = st.back();
                    int v = top[0];
                    if (top[2] != -1) {
                        int arc = top[2];
                        top[2] = nxt[arc];
                        if (id[arc] == top[1]) continue;
                        int w = to[arc];
                        if (disc[w] != -1) low[v] = min(low[v], disc[w]);
                        else {
                            disc[w] = low[w] = timer++;
                            st.push_back({w, id[arc], head[w]});
                        }
                    } else {
                        int came = top[1];
                        st.pop_back();
                        if (!st.empty()) {
                            int p = st.back()[0];
                            low[p] = min(low[p], low[v]);
                            if (low[v] > disc[p]) verdict[came] = 2;
                        }
                    }
                }
            }
            for (int s : touched) head[s] = -1, disc[s] = -1;
            for (int t = i; t < j; t++) {
                int e = order[t], a = find(pipes[e][0]), b = find(pipes[e][1]);
                if (a != b) parent[a] = b;
            }
            i = j;
        }
        return verdict;
    }
};
