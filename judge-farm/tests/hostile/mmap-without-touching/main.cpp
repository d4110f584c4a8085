// Reserving 64 GB it never touches costs nothing: only memory in use is limited.
#include <sys/mman.h>
#include <cstdio>
int main() {
    void* p = mmap(nullptr, 64ULL << 30, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    ((char*)p)[0] = 1;
    puts(p == MAP_FAILED ? "failed" : "mapped");
}
