// The entry point may be an object's @JvmStatic main, not only a top-level fun main.
object GroupSum {
    @JvmStatic
    fun main(args: Array<String>) {
        readln()
        println(readln().trim().split(" ").sumOf { it.toLong() })
    }
}
