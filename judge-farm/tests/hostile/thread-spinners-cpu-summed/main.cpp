// Eight spinning threads: CPU time is summed over threads, so this ends at 1 s of CPU.
#include <thread>
#include <vector>
int main() {
    std::vector<std::thread> ts;
    for (int i = 0; i < 8; i++) ts.emplace_back([] { volatile unsigned long x = 0; for (;;) x++; });
    for (auto& t : ts) t.join();
}
