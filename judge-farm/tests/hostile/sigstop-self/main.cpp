// A stopped process uses no CPU: the wall-time limit must still end it.
#include <csignal>
int main() { for (;;) raise(SIGSTOP); }
