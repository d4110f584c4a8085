class WildcardLexicon {
    private static final class Node {
        final Node[] next = new Node[26];
        boolean word;
    }

    private final Node root = new Node();

    public WildcardLexicon() {}

    public void addWord(String word) {
        Node v = root;
        for (int i = 0; i < word.length(); i++) {
            int c = word.charAt(i) - 'a';
            if (v.next[c] == null) v.next[c] = new Node();
            v = v.next[c];
        }
        v.word = true;
    }

    public boolean matches(String pattern) { return match(root, pattern, 0); }

    private boolean match(Node v, String p, int i) {
        if (i == p.length()) return v.word;
        char ch = p.charAt(i);
        if (ch != '?') {
            Node c = v.next[ch - 'a'];
            return c != null && match(c, p, i + 1);
        }
        for (Node c : v.next)
            if (c != null && match(c, p, i + 1)) return true;
        return false;
    }
}
