// The JVM's heap ceiling sits above the limit: the cgroup's OOM killer, not OutOfMemoryError, ends this.
import java.util.ArrayList;
public class Main {
    public static void main(String[] args) {
        ArrayList<long[]> blocks = new ArrayList<>();
        while (true) blocks.add(new long[1 << 17]);
    }
}
