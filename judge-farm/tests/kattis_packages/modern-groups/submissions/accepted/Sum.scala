object Sum extends App { println(scala.io.StdIn.readLine()) }
