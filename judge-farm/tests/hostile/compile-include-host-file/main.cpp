#include "/etc/shadow"
#include "/etc/passwd"
int main() {}
