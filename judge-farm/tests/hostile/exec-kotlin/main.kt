// ProcessBuilder fails: no shell, no loader trick, not the JVM again.
fun main() {
    val tries = listOf(
        listOf("/bin/sh", "-c", "exit 7"),
        listOf("/lib64/ld-linux-x86-64.so.2", "/bin/sh", "-c", "exit 7"),
    )
    val escaped = mutableListOf<String>()
    for (command in tries) {
        try {
            if (ProcessBuilder(command).start().waitFor() == 7) escaped.add(command[0])
        } catch (e: Exception) {
        }
    }
    try {
        if (Runtime.getRuntime().exec(arrayOf("/usr/lib/jvm/java-17-openjdk-amd64/bin/java", "-version")).waitFor() == 0) escaped.add("java")
    } catch (e: Exception) {
    }
    println(if (escaped.isEmpty()) "refused" else "escaped $escaped")
}
