// Waits on a pipe nobody writes: only the wall-time limit ends it.
#include <unistd.h>
int main() { int fds[2]; pipe(fds); char c; read(fds[0], &c, 1); }
