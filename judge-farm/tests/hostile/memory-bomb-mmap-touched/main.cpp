#include <sys/mman.h>
int main() {
    char* p = (char*)mmap(nullptr, 8ULL << 30, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    for (unsigned long long i = 0; i < (8ULL << 30); i += 4096) p[i] = 1;
}
