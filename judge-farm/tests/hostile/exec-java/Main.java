// Runtime.exec and ProcessBuilder fail (the JVM's jspawnhelper cannot start either).
import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        String[][] tries = {
            {"/bin/sh", "-c", "exit 7"},
            {"/lib64/ld-linux-x86-64.so.2", "/bin/sh", "-c", "exit 7"},
            {"/usr/lib/jvm/java-17-openjdk-amd64/bin/java", "-version"},
        };
        List<String> escaped = new ArrayList<>();
        for (String[] command : tries) {
            try {
                Process p = Runtime.getRuntime().exec(command);
                int code = p.waitFor();
                if (code == 7 || (code == 0 && command[0].endsWith("java"))) escaped.add(command[0]);
            } catch (Exception e) {
            }
        }
        try {
            if (new ProcessBuilder("/bin/sh", "-c", "exit 7").start().waitFor() == 7) escaped.add("ProcessBuilder");
        } catch (Exception e) {
        }
        System.out.println(escaped.isEmpty() ? "refused" : "escaped " + escaped);
    }
}
