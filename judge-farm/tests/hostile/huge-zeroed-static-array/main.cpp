// 1 GB of zeroed static memory compiles; touching it is what costs.
static char a[1 << 30];
int main() { for (int i = 0; i < (1 << 30); i += 4096) a[i] = 1; return a[4096]; }
