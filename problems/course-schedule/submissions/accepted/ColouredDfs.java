// Depth-first search with three colours and an explicit stack (no deep recursion): meeting a
// course that is still on the current path closes a cycle.
class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> dependents = new ArrayList<>();
        for (int c = 0; c < numCourses; c++) dependents.add(new ArrayList<>());
        for (int[] p : prerequisites) dependents.get(p[1]).add(p[0]);
        final int fresh = 0, onPath = 1, done = 2;
        int[] colour = new int[numCourses];
        int[] nextEdge = new int[numCourses];
        int[] stack = new int[numCourses];
        for (int start = 0; start < numCourses; start++) {
            if (colour[start] != fresh) continue;
            int top = 0;
            stack[top++] = start;
            colour[start] = onPath;
            while (top > 0) {
                int course = stack[top - 1];
                List<Integer> out = dependents.get(course);
                if (nextEdge[course] == out.size()) {
                    colour[course] = done;
                    top--;
                    continue;
                }
                int next = out.get(nextEdge[course]++);
                if (colour[next] == onPath) return false;
                if (colour[next] == fresh) {
                    colour[next] = onPath;
                    stack[top++] = next;
                }
            }
        }
        return true;
    }
}
