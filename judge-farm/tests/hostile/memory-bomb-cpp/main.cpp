#include <cstdio>
#include <cstring>
#include <cstdlib>
int main() {
    for (;;) { char* p = (char*)malloc(1 << 20); memset(p, 1, 1 << 20); }
}
